import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { HsdsTable } from '../directory/hsds-tables.js';
import { HSDS_TABLES } from '../directory/hsds-tables.js';
import { isHsdsTable } from '../directory/relations.js';
import { restoreCell } from './csv-cells.js';
import { readUtf8, UnreadableFileError } from './text-stream.js';

export interface CsvResource {
  table: HsdsTable;
  file: string;
}

export interface CsvRow {
  table: HsdsTable;
  file: string;
  line: number;
  row: Record<string, unknown>;
  problems: { field: string; reason: string }[];
  bytes: number;
}

/**
 * The CSV files of a Tabular Data Package: from its datapackage.json when there is one, else
 * by the HSDS file names; a lone CSV file is matched to its table by its name.
 */
export function packageResources(path: string): CsvResource[] {
  const isDir = existsSync(path) && statSync(path).isDirectory();
  const dir = isDir ? path : dirname(path);
  const descriptor = isDir ? join(path, 'datapackage.json') : basename(path) === 'datapackage.json' ? path : undefined;
  if (!isDir && descriptor === undefined) {
    const table = Object.entries(HSDS_TABLES).find(([, t]) => t.csv === basename(path))?.[0];
    if (!table || !isHsdsTable(table)) {
      throw new UnreadableFileError(path, undefined, `is not named like an HSDS table (${Object.values(HSDS_TABLES).map((t) => t.csv).join(', ')})`);
    }
    return [{ table, file: path }];
  }
  if (descriptor && existsSync(descriptor)) {
    let json: { resources?: { name?: string; path?: string }[] };
    try {
      json = JSON.parse(readFileSync(descriptor, 'utf8'));
    } catch (e) {
      throw new UnreadableFileError(descriptor, undefined, `is not valid JSON (${(e as Error).message})`);
    }
    const out: CsvResource[] = [];
    for (const r of json.resources ?? []) {
      if (!r.name || !r.path || !isHsdsTable(r.name)) continue;
      const file = join(dir, r.path);
      if (existsSync(file)) out.push({ table: r.name, file });
    }
    return out;
  }
  return Object.entries(HSDS_TABLES)
    .map(([table, t]) => ({ table: table as HsdsTable, file: join(dir, t.csv) }))
    .filter((r) => existsSync(r.file));
}

function convert(table: HsdsTable, record: Record<string, string>): Pick<CsvRow, 'row' | 'problems'> {
  const columns = HSDS_TABLES[table].columns as Record<string, string>;
  const required = HSDS_TABLES[table].required as readonly string[];
  const row: Record<string, unknown> = {};
  const problems: CsvRow['problems'] = [];
  for (const [column, raw] of Object.entries(record)) {
    const type = columns[column];
    if (type === undefined || raw === undefined) continue;
    // CSV cannot tell empty from absent: an empty cell is absent, except in a required text
    // column, where it is the empty string (metadata rows of a creation have no field name).
    if (raw === '') {
      row[column] = type === 'text' && required.includes(column) ? '' : null;
      continue;
    }
    if (type === 'number') {
      const n = Number(raw.trim());
      if (raw.trim() === '' || !Number.isFinite(n)) problems.push({ field: column, reason: `must be a number, got "${raw.slice(0, 40)}"` });
      else row[column] = n;
    } else row[column] = restoreCell(raw);
  }
  for (const column of HSDS_TABLES[table].tabularRequired) {
    if (row[column] === undefined || row[column] === null) problems.push({ field: column, reason: 'is required in the CSV form' });
  }
  return { row, problems };
}

/** Streams the rows of one CSV file, typed by the table's columns, each with its line number. */
export async function* csvRows(resource: CsvResource): AsyncGenerator<CsvRow> {
  const { table, file } = resource;
  const known = HSDS_TABLES[table].columns as Record<string, string>;
  let bytes = 0;
  const text = Readable.from(
    (async function* () {
      for await (const chunk of readUtf8(file)) {
        bytes = chunk.bytes;
        yield chunk.text;
      }
    })(),
  );
  let headerProblem: string | undefined;
  const parser = parse({
    bom: true,
    info: true,
    skip_empty_lines: true,
    columns: (header: string[]) => {
      const names = header.map((h) => h.trim());
      if (!names.includes('id')) headerProblem = 'has no "id" column';
      const unknown = names.filter((n) => !(n in known));
      if (unknown.length) headerProblem ??= `has columns that ${table} does not define: ${unknown.join(', ')}`;
      return names;
    },
  });
  text.on('error', (e) => parser.destroy(e));
  text.pipe(parser);
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      if (headerProblem) throw new UnreadableFileError(file, 1, headerProblem);
      yield { table, file, line: info.lines, bytes, ...convert(table, record) };
    }
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    const err = e as Error & { lines?: number; code?: string };
    throw new UnreadableFileError(file, err.lines, `is not valid CSV: ${err.message.replace(/^Invalid \w+ Format: /, '')}`);
  }
  if (headerProblem) throw new UnreadableFileError(file, 1, headerProblem);
}
