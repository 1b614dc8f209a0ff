import { iso6393 } from 'iso-639-3';
import type { Locale } from '../lib/i18n.js';

/**
 * Mayan languages spoken on the route (ISO 639-3), in which content may be written besides the
 * five interface languages: K'iche', Mam, Q'eqchi', Kaqchikel, Q'anjob'al, Ixil, Chuj, Tsotsil,
 * Tseltal. The interface stays in the reader's locale; a text not yet in the chosen Mayan
 * language is shown in Spanish, saying so.
 */
export const CONTENT_LANGUAGES = ['quc', 'mam', 'kek', 'cak', 'kjb', 'ixl', 'cac', 'tzo', 'tzh'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export const isContentLanguage = (code: string | undefined): code is ContentLanguage => CONTENT_LANGUAGES.includes(code as ContentLanguage);

/** The language's name from the ISO 639-3 register (the iso-639-3 package), not typed here. */
export function contentLanguageName(code: ContentLanguage): string {
  return iso6393.find((l) => l.iso6393 === code)?.name ?? code;
}

/** Content text: Spanish and English always; other interface and Mayan languages when translated. */
export type Text = { es: string; en: string } & Partial<Record<'fr' | 'ht' | 'pt' | ContentLanguage, string>>;

/**
 * The text in the reader's language, else Spanish (the language of most sources). With a Mayan
 * language chosen: that text, else Spanish, the second language of most of its speakers.
 */
export function pick(text: Text, locale: Locale, content?: ContentLanguage): string {
  return (content ? text[content] : text[locale]) ?? text.es;
}

/** The Mayan languages every one of these texts exists in: those an article can be read in whole. */
export function contentLanguagesOf(texts: Text[]): ContentLanguage[] {
  return CONTENT_LANGUAGES.filter((code) => texts.length > 0 && texts.every((t) => t[code] !== undefined));
}
