import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Kysely } from 'kysely';
import type { Database } from '../lib/db.js';
import { assemble } from '../directory/assemble.js';
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

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** Fully nested services as a JSON array or as NDJSON, streamed. Returns how many were written. */
export async function exportServicesJson(database: Database, out: Writable, format: 'json' | 'ndjson'): Promise<number> {
  let n = 0;
  if (format === 'json') await write(out, '[');
  for await (const rows of tablePages(database.db, 'service')) {
    const services = await assemble(database.db, 'service', rows, 'full');
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
export async function exportCsvPackage(database: Database, dir: string): Promise<Record<string, number>> {
  mkdirSync(dir, { recursive: true });
  const counts: Record<string, number> = {};
  for (const [table, spec] of Object.entries(HSDS_TABLES) as [HsdsTable, (typeof HSDS_TABLES)[HsdsTable]][]) {
    const columns = columnsOf(table);
    const types = spec.columns as Record<string, string>;
    const file = createWriteStream(join(dir, spec.csv));
    const csv = stringify({ header: true, columns });
    csv.pipe(file);
    let n = 0;
    for await (const rows of tablePages(database.db, table, 1000)) {
      for (const row of rows) {
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
