import type { TaxonomyData } from './taxonomy-data.js';

/**
 * A taxonomy file as HSDS objects: the taxonomy and its terms, Spanish first (HSDS holds one
 * name per term; the other languages go to Ruta's own label table).
 */
export function hsdsTaxonomyDocuments(data: TaxonomyData) {
  const idOf = new Map(data.terms.map((t) => [t.code, t.id]));
  const { id, name, description, uri, version } = data.taxonomy;
  const taxonomy = { id, name, description, uri, version };
  const terms = data.terms.map((t) => ({
    id: t.id,
    code: t.code,
    name: t.names.es,
    description: t.descriptions.es,
    ...(t.parent_code ? { parent_id: idOf.get(t.parent_code) } : {}),
    taxonomy: name,
    taxonomy_id: id,
    language: 'es',
  }));
  return { taxonomy, terms };
}

export function termLabels(data: TaxonomyData) {
  return data.terms.flatMap((t) =>
    Object.entries(t.names).map(([lang, name]) => ({
      term_id: t.id,
      lang,
      name: name as string,
      description: (t.descriptions as Record<string, string | undefined>)[lang] ?? null,
      reviewed: t.translations_reviewed[lang as keyof typeof t.translations_reviewed] === true ? 1 : 0,
    })),
  );
}
