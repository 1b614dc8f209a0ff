import { isLocale, LOCALES, t, type Locale } from '../lib/i18n.js';
import { REVIEWED } from './messages/index.js';

export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** The site's messages in one locale: `tr('home.title')` reads "site.home.title". */
export function translator(lang: Locale): Translate {
  return (key, values) => t(lang, `site.${key}`, values);
}

/** Each interface language named in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { es: 'Español', en: 'English', fr: 'Français', ht: 'Kreyòl ayisyen', pt: 'Português' };

/** The locale a path starts with ("/ht/buscar" → "ht"), else Spanish. */
export function localeOfPath(path: string): Locale {
  const first = path.split('/')[1];
  return isLocale(first) ? first : 'es';
}

export const isReviewed = (lang: Locale) => REVIEWED[lang];
export { LOCALES };
