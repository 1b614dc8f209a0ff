import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LOCALES, missingKeys, registeredCatalogues, t } from '../../lib/i18n.js';
import { REVIEWED, SITE_MESSAGES } from './index.js';

describe('site messages', () => {
  it('every key exists in every language', () => {
    expect(missingKeys(SITE_MESSAGES, 'site')).toEqual([]);
    expect(registeredCatalogues().get('site')).toBe(SITE_MESSAGES);
  });

  it('the check catches a key missing in one language', () => {
    const broken = { ...SITE_MESSAGES, ht: { ...SITE_MESSAGES.ht } };
    delete broken.ht['report.title'];
    expect(missingKeys(broken, 'site')).toEqual(['ht: site.report.title']);
  });

  it('no language carries keys Spanish lacks, and none is left empty or untranslated by accident', () => {
    const es = SITE_MESSAGES.es;
    for (const l of LOCALES) {
      for (const [key, text] of Object.entries(SITE_MESSAGES[l])) {
        expect(key in es, `${l}: ${key}`).toBe(true);
        expect(text.trim(), `${l}: ${key}`).not.toBe('');
      }
    }
    // Sentences copied from Spanish into another language would be a silent gap.
    const sameOnPurpose: Record<string, string[]> = { pt: ['results.page'] };
    for (const l of LOCALES.filter((x) => x !== 'es')) {
      const same = Object.keys(es).filter((k) => SITE_MESSAGES[l][k] === es[k] && es[k]!.split(' ').length > 3 && !sameOnPurpose[l]?.includes(k));
      expect(same, l).toEqual([]);
    }
  });

  it('every message is valid ICU in its language and uses the same placeholders as Spanish', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]).sort();
    for (const l of LOCALES) {
      for (const [key, text] of Object.entries(SITE_MESSAGES[l])) {
        expect(() => new IntlMessageFormat(text, l === 'ht' ? 'fr' : l), `${l}: ${key}`).not.toThrow();
        expect(placeholders(text), `${l}: ${key}`).toEqual(placeholders(SITE_MESSAGES.es[key]!));
      }
    }
  });

  it('plurals follow each language', () => {
    expect(t('es', 'site.results.count', { count: 1 })).toBe('1 servicio');
    expect(t('es', 'site.results.count', { count: 3 })).toBe('3 servicios');
    expect(t('en', 'site.results.count', { count: 0 })).toBe('No services');
    expect(t('fr', 'site.results.count', { count: 2 })).toBe('2 services');
    expect(t('pt', 'site.results.count', { count: 1 })).toBe('1 serviço');
  });

  it('only the Spanish source counts as reviewed; the rest are marked as waiting for review', () => {
    expect(REVIEWED).toEqual({ es: true, en: false, fr: false, ht: false, pt: false });
  });
});
