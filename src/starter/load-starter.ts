import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../lib/db.js';
import { fromRoot, readJson } from '../hsds/paths.js';
import { importDocuments, type ImportReport, type SourceDocument } from '../import-export/importer.js';
import { needsTaxonomy, profileTaxonomy, type TaxonomyData } from '../taxonomy/taxonomy-data.js';
import { hsdsTaxonomyDocuments, termLabels } from '../taxonomy/taxonomy-documents.js';

/** Bump when the starter files change, so existing installations take the new version on start. */
export const STARTER_VERSION = '1';
const SETTING = 'starter_data_version';

function taxonomyDocs(data: TaxonomyData, file: string): SourceDocument[] {
  const { taxonomy, terms } = hsdsTaxonomyDocuments(data);
  return [
    { table: 'taxonomy', doc: taxonomy, file, line: 1 },
    ...terms.map((doc) => ({ table: 'taxonomy_term' as const, doc, file, line: 1 })),
  ];
}

/** The starter listings: one file per organization, `{ organization, services }`, each sourced. */
export function starterDocuments(): SourceDocument[] {
  const dir = fromRoot('src/starter/data');
  const docs: SourceDocument[] = [
    ...taxonomyDocs(needsTaxonomy(), 'needs.json'),
    ...taxonomyDocs(profileTaxonomy(), 'ruta-profile-taxonomy.json'),
  ];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const { organization, services } = readJson(join(dir, file)) as { organization: unknown; services: unknown[] };
    docs.push({ table: 'organization', doc: organization, file, line: 1 });
    for (const doc of services) docs.push({ table: 'service', doc, file, line: 1 });
  }
  return docs;
}

/**
 * Loads the need taxonomy, the Ruta profile taxonomy and the starter listings once (again only
 * when their version changes), in one transaction, through the same checks as any import.
 */
export async function loadStarterData(database: Database, force = false): Promise<ImportReport | undefined> {
  const current = await database.db.selectFrom('ruta_setting').select('value').where('key', '=', SETTING).executeTakeFirst();
  if (!force && current?.value === STARTER_VERSION) return undefined;
  const labels = [...termLabels(needsTaxonomy()), ...termLabels(profileTaxonomy())];
  return importDocuments(database, starterDocuments(), {
    updatedBy: 'ruta starter data',
    afterWrite: async (trx) => {
      const ids = [...new Set(labels.map((l) => l.term_id))];
      for (let i = 0; i < ids.length; i += 500) await trx.deleteFrom('ruta_term_label').where('term_id', 'in', ids.slice(i, i + 500)).execute();
      for (let i = 0; i < labels.length; i += 200) await trx.insertInto('ruta_term_label').values(labels.slice(i, i + 200)).execute();
      await trx.deleteFrom('ruta_setting').where('key', '=', SETTING).execute();
      await trx.insertInto('ruta_setting').values({ key: SETTING, value: STARTER_VERSION }).execute();
    },
  });
}
