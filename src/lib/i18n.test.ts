import { describe, expect, it } from 'vitest';
import { missingKeys, negotiateLocale, registerMessages, t } from './i18n.js';

describe('i18n kernel', () => {
  registerMessages('demo', {
    es: { hello: 'Hola {name}', count: '{n, plural, one {# servicio} other {# servicios}}' },
    en: { hello: 'Hello {name}', count: '{n, plural, one {# service} other {# services}}' },
    fr: { hello: 'Bonjour {name}' },
    ht: { hello: 'Bonjou {name}' },
    pt: { hello: 'Olá {name}' },
  });

  it('formats ICU messages with plurals in each locale', () => {
    expect(t('en', 'demo.count', { n: 1 })).toBe('1 service');
    expect(t('es', 'demo.count', { n: 3 })).toBe('3 servicios');
    expect(t('ht', 'demo.hello', { name: 'Woody' })).toBe('Bonjou Woody');
  });

  it('falls back to Spanish for a key a locale lacks, and reports the gap', () => {
    expect(t('fr', 'demo.count', { n: 2 })).toBe('2 servicios');
    expect(missingKeys({ es: { a: '1', b: '2' }, en: { a: '1' }, fr: { a: '', b: '' }, ht: { a: '', b: '' }, pt: { a: '', b: '' } })).toEqual(['en: b']);
  });

  it('refuses an unknown key instead of showing it', () => {
    expect(() => t('es', 'demo.nope')).toThrow(/demo.nope/);
  });

  it('negotiates Accept-Language with q-values, defaulting to Spanish', () => {
    expect(negotiateLocale('ht-HT,fr;q=0.8')).toBe('ht');
    expect(negotiateLocale('de-DE,pt;q=0.5,en;q=0.9')).toBe('en');
    expect(negotiateLocale('de, zh;q=0.2')).toBe('es');
    expect(negotiateLocale(undefined)).toBe('es');
    expect(negotiateLocale(';;;,q=,fr;q=abc')).toBe('es');
  });
});
