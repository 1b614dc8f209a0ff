import { fromRoot, readJson } from '../hsds/paths.js';

export const UI_LANGUAGES = ['es', 'en', 'fr', 'ht', 'pt'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export interface TermData {
  id: string;
  code: string;
  parent_code: string | null;
  names: Partial<Record<UiLanguage, string>> & { es: string; en: string };
  descriptions: Partial<Record<UiLanguage, string>> & { es: string; en: string };
  translations_reviewed: Partial<Record<UiLanguage, boolean>>;
  open_eligibility: { code: string; name: string }[];
  value_format?: string;
}

export interface TaxonomyData {
  taxonomy: { id: string; name: string; description: string; uri: string; version: string };
  terms: TermData[];
}

let needs: TaxonomyData | undefined;
let profile: TaxonomyData | undefined;

/** Ruta's taxonomy of migrant needs (shelter, food, asylum…), with translations and Open Eligibility mappings. */
export function needsTaxonomy(): TaxonomyData {
  return (needs ??= readJson(fromRoot('src/taxonomy/data/needs.json')) as TaxonomyData);
}

/** The taxonomy of the Ruta profile's attributes (populations served, source, confidential location…). */
export function profileTaxonomy(): TaxonomyData {
  return (profile ??= readJson(fromRoot('src/taxonomy/data/ruta-profile-taxonomy.json')) as TaxonomyData);
}

export function profileTermId(code: string): string {
  const term = profileTaxonomy().terms.find((t) => t.code === code);
  if (!term) throw new Error(`The Ruta profile taxonomy has no term "${code}"`);
  return term.id;
}
