import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Kysely } from 'kysely';
import type { Database } from '../lib/db.js';
import { assemble, rowsWhereIn } from '../directory/assemble.js';
import { HIDDEN_LOCATION_FIELDS, redactConfidential, redactLocation } from '../directory/confidential.js';
import { profileTermId } from '../taxonomy/taxonomy-data.js';
import { HSDS_TABLES, type HsdsTable } from '../directory/hsds-tables.js';
import { columnsOf, referencesOf, type Row } from '../directory/relations.js';
import { neutraliseCell } from './csv-cells.js';

const PAGE = 200;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

/** Every row of a table in id order, a page at a time (keyset paging: constant cost per page). */
export async function* tablePages(db: Db, table: HsdsTable, size = PAGE): AsyncGenerator<Row[]> {
  let after: string | undefined;
  for (;;) {
    let q = db.selectFrom(table).selectAll().orderBy('id').limit(size);
    if (after !== undefined) q = q.where('id', '>', after);
    const rows = (await q.execute()) as Row[];
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.id as string;
    if (rows.length < size) return;
  }
}

interface Hidden {
  locations: Set<string>;
  addresses: Set<string>;
}

/** Confidential locations and their addresses, whose rows or history a public export leaves out. */
async function allConfidential(db: Db): Promise<Hidden> {
  const rows = await db.selectFrom('attribute').select('link_id').where('taxonomy_term_id', '=', profileTermId('confidential-location')).execute();
  const locations = new Set(rows.map((r) => r.link_id as string));
  const addresses = new Set<string>();
  for (const r of await rowsWhereIn(db, 'address', 'location_id', [...locations])) addresses.add(r.id as string);
  return { locations, addresses };
}

function isHidden(table: HsdsTable, row: Row, hidden: Hidden): boolean {
  if (table === 'address') return hidden.addresses.has(row.id as string);
  if (table === 'attribute') return hidden.addresses.has(row.link_id as string);
  if (table === 'metadata') {
    if (hidden.addresses.has(row.resource_id as string)) return true;
    return hidden.locations.has(row.resource_id as string) && HIDDEN_LOCATION_FIELDS.includes(row.field_name as string);
  }
  return false;
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** Fully nested services as a JSON array or as NDJSON, streamed. Returns how many were written. */
export interface ExportOptions {
  /** Keep the address and coordinates of confidential locations (for a private backup only). */
  includeConfidential?: boolean;
}

export async function exportServicesJson(
  database: Database,
  out: Writable,
  format: 'json' | 'ndjson',
  opts: ExportOptions = {},
): Promise<number> {
  let n = 0;
  if (format === 'json') await write(out, '[');
  for await (const rows of tablePages(database.db, 'service')) {
    const services = await assemble(database.db, 'service', rows, 'full');
    if (!opts.includeConfidential) await redactConfidential(database.db, 'service', services);
    for (const s of services) {
      const text = JSON.stringify(s);
      if (format === 'json') await write(out, `${n === 0 ? '\n' : ',\n'}${text}`);
      else await write(out, `${text}\n`);
      n++;
    }
  }
  if (format === 'json') await write(out, n === 0 ? ']\n' : '\n]\n');
  return n;
}

/** The Tabular Data Package descriptor of what Ruta exports, derived from the same model. */
export function datapackageDescriptor(): Record<string, unknown> {
  return {
    name: 'ruta-hsds-export',
    profile: 'tabular-data-package',
    title: 'Ruta directory (HSDS 3.1, Ruta profile)',
    resources: Object.entries(HSDS_TABLES).map(([name, spec]) => ({
      name,
      path: spec.csv,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: Object.entries(spec.columns).map(([field, type]) => ({
          name: field,
          type: type === 'number' ? 'number' : 'string',
          ...(field === 'id' || field.endsWith('_id') ? { format: 'uuid' } : {}),
          constraints: { required: (spec.required as readonly string[]).includes(field) || (spec.tabularRequired as readonly string[]).includes(field) },
        })),
        primaryKey: 'id',
        foreignKeys: referencesOf(name as HsdsTable).map((r) => ({ fields: r.column, reference: { resource: r.target, fields: 'id' } })),
      },
    })),
  };
}

/** Writes one CSV per table plus datapackage.json into `dir`. Returns rows written per table. */
export async function exportCsvPackage(database: Database, dir: string, opts: ExportOptions = {}): Promise<Record<string, number>> {
  mkdirSync(dir, { recursive: true });
  const counts: Record<string, number> = {};
  const hidden = opts.includeConfidential ? { locations: new Set<string>(), addresses: new Set<string>() } : await allConfidential(database.db);
  for (const [table, spec] of Object.entries(HSDS_TABLES) as [HsdsTable, (typeof HSDS_TABLES)[HsdsTable]][]) {
    const columns = columnsOf(table);
    const types = spec.columns as Record<string, string>;
    const file = createWriteStream(join(dir, spec.csv));
    const csv = stringify({ header: true, columns });
    csv.pipe(file);
    let n = 0;
    for await (const rows of tablePages(database.db, table, 1000)) {
      for (const row of rows) {
        if (isHidden(table, row, hidden)) continue;
        if (table === 'location' && hidden.locations.has(row.id as string)) redactLocation(row);
        const cells = columns.map((c) => {
          const v = row[c];
          if (v === null || v === undefined) return '';
          return types[c] === 'text' ? neutraliseCell(String(v)) : String(v);
        });
        if (!csv.write(cells)) await once(csv, 'drain');
        n++;
      }
    }
    csv.end();
    await once(file, 'close');
    counts[table] = n;
  }
  writeFileSync(join(dir, 'datapackage.json'), `${JSON.stringify(datapackageDescriptor(), null, 2)}\n`);
  return counts;
}
