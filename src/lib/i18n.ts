import { IntlMessageFormat } from 'intl-messageformat';
import { preferredValues } from './accept-header.js';

/** The interface languages of the public site; Spanish is the default and the fallback. */
export const LOCALES = ['es', 'en', 'fr', 'ht', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'es';

export const isLocale = (code: string | undefined): code is Locale => LOCALES.includes(code as Locale);

/** One feature's messages: ICU strings by key, per locale. Spanish must hold every key. */
export type Catalogue = Record<Locale, Record<string, string>>;

const catalogues = new Map<string, Catalogue>();
const compiled = new Map<string, IntlMessageFormat>();

/** Registers a feature's messages under a namespace ("site", "guides"); keys become "site.home.title". */
export function registerMessages(namespace: string, catalogue: Catalogue): void {
  catalogues.set(namespace, catalogue);
  for (const id of compiled.keys()) if (id.includes(`:${namespace}.`)) compiled.delete(id);
}

export function registeredCatalogues(): ReadonlyMap<string, Catalogue> {
  return catalogues;
}

/** Keys that some locale of a catalogue lacks, as "fr: site.home.title"; the tests require none. */
export function missingKeys(catalogue: Catalogue, namespace = ''): string[] {
  const all = new Set(LOCALES.flatMap((l) => Object.keys(catalogue[l] ?? {})));
  const prefix = namespace ? `${namespace}.` : '';
  return LOCALES.flatMap((l) => [...all].filter((k) => !(k in (catalogue[l] ?? {}))).map((k) => `${l}: ${prefix}${k}`));
}

/** Formats "namespace.key" in a locale; a key missing in that locale falls back to Spanish. */
export function t(locale: Locale, id: string, values?: Record<string, unknown>): string {
  const dot = id.indexOf('.');
  const catalogue = catalogues.get(id.slice(0, dot));
  const key = id.slice(dot + 1);
  if (!catalogue) throw new Error(`No messages are registered for "${id}"`);
  const own = catalogue[locale]?.[key];
  const use = own === undefined ? DEFAULT_LOCALE : locale;
  const source = own ?? catalogue[DEFAULT_LOCALE][key];
  if (source === undefined) throw new Error(`No message "${id}"`);
  const cacheId = `${use}:${id}`;
  let fmt = compiled.get(cacheId);
  if (!fmt) compiled.set(cacheId, (fmt = new IntlMessageFormat(source, use === 'ht' ? 'fr' : use)));
  return String(fmt.format(values as Record<string, string>));
}

/** The best interface language for an Accept-Language header (q-values honoured), else Spanish. */
export function negotiateLocale(header: string | undefined): Locale {
  for (const value of preferredValues(header)) {
    const lang = value.split('-')[0];
    if (isLocale(lang)) return lang;
  }
  return DEFAULT_LOCALE;
}
