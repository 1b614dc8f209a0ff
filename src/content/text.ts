import type { Locale } from '../lib/i18n.js';

/** Content text: Spanish and English always; other languages when a translation exists. */
export type Text = { es: string; en: string } & Partial<Record<'fr' | 'ht' | 'pt', string>>;

/** The text in the reader's language, else Spanish (the language of most sources), with whether it fell back. */
export function pick(text: Text, locale: Locale): string {
  return text[locale] ?? text.es;
}
