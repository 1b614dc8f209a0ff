import { describe, expect, it } from 'vitest';
import { iso6393 } from 'iso-639-3';
import { CONTENT_LANGUAGES, contentLanguageName, contentLanguagesOf, isContentLanguage, pick, type Text } from './text.js';

// A made-up test text: Ruta holds no Mayan translation yet, and none is invented for its pages.
const withKiche: Text = { es: 'Texto en español', en: 'Text in English', fr: 'Texte en français', quc: '[prueba] texto en quc' };
const plain: Text = { es: 'Solo español', en: 'Only English' };

describe('content in Mayan languages', () => {
  it('are real ISO 639-3 codes, named from the register', () => {
    for (const code of CONTENT_LANGUAGES) expect(iso6393.some((l) => l.iso6393 === code), code).toBe(true);
    expect(contentLanguageName('quc')).toBe("K'iche'");
    expect(contentLanguageName('kjb')).toBe("Q'anjob'al");
    expect(isContentLanguage('mam')).toBe(true);
    expect(isContentLanguage('es')).toBe(false);
    expect(isContentLanguage('<script>')).toBe(false);
  });

  it('pick the chosen Mayan text, else Spanish whatever the interface language', () => {
    expect(pick(withKiche, 'fr', 'quc')).toBe('[prueba] texto en quc');
    expect(pick(withKiche, 'fr', 'mam')).toBe('Texto en español');
    expect(pick(withKiche, 'en', 'mam')).toBe('Texto en español');
    expect(pick(withKiche, 'fr')).toBe('Texte en français');
    expect(pick(plain, 'ht')).toBe('Solo español');
  });

  it('list the languages in which every text of an article exists', () => {
    expect(contentLanguagesOf([withKiche, withKiche])).toEqual(['quc']);
    expect(contentLanguagesOf([withKiche, plain])).toEqual([]);
    expect(contentLanguagesOf([])).toEqual([]);
  });
});
