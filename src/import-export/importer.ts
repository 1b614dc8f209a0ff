import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Database } from '../lib/db.js';
import type { ProblemDetail } from '../lib/errors.js';
import { flattenRecord, type Flattened } from '../directory/flatten.js';
import { columnsOf } from '../directory/relations.js';
import type { HsdsTable } from '../directory/hsds-tables.js';
import { createValidator } from '../hsds/validator.js';
import type { SchemaSet } from '../hsds/schemas.js';
import { csvRows, packageResources } from './csv-package.js';
import { describeParseError } from './json-splitter.js';
import { JsonStructureError } from './json-splitter.js';
import { jsonRecords } from './json-records.js';
import { RowWriter, type TableCounts } from './row-writer.js';
import { UnreadableFileError } from './text-stream.js';

export interface ImportProgress {
  bytes: number;
  totalBytes: number;
  records: number;
}

export interface ImportOptions {
  /** What each JSON record is; HSDS exchanges fully nested services. */
  rootTable?: HsdsTable;
  /** Which schemas records must meet. */
  schemaSet?: SchemaSet;
  /** Recorded in the metadata rows as who made the change. */
  updatedBy?: string;
  /** Keep references to rows that exist nowhere, reporting them as warnings. */
  allowDangling?: boolean;
  /** Check everything, including references to the directory, then change nothing. */
  dryRun?: boolean;
  maxProblems?: number;
  onProgress?: (p: ImportProgress) => void;
}

export interface ImportReport {
  ok: boolean;
  dryRun: boolean;
  format: 'json' | 'csv';
  records: number;
  tables: Partial<Record<HsdsTable, TableCounts>>;
  problems: ProblemDetail[];
  warnings: ProblemDetail[];
}

class Rollback extends Error {}

const BATCH = 500;

export function detectFormat(path: string): 'json' | 'csv' {
  if (existsSync(path) && statSync(path).isDirectory()) return 'csv';
  return /\.csv$/i.test(path) || basename(path) === 'datapackage.json' ? 'csv' : 'json';
}

/**
 * Imports a file or data package in one transaction: all of it or nothing. Every problem is
 * collected with its file, line and field (up to maxProblems) before anything is decided.
 */
export async function importPath(database: Database, path: string, opts: ImportOptions = {}): Promise<ImportReport> {
  const format = detectFormat(path);
  const maxProblems = opts.maxProblems ?? 100;
  const report: ImportReport = { ok: false, dryRun: opts.dryRun ?? false, format, records: 0, tables: {}, problems: [], warnings: [] };
  const name = basename(path);
  try {
    await database.db.transaction().execute(async (trx) => {
      const writer = new RowWriter(trx, opts.updatedBy ?? `import ${name}`);
      const problems = writer.problems;
      if (format === 'json') await importJson(path, writer, report, opts, maxProblems);
      else await importCsv(path, writer, report, opts, maxProblems);
      await writer.flush();
      if (problems.length < maxProblems) await writer.checkReferences(maxProblems, opts.allowDangling);
      report.warnings = writer.warnings.slice(0, maxProblems);
      report.tables = Object.fromEntries(writer.counts);
      report.problems = problems.slice(0, maxProblems);
      if (problems.length > 0 || report.dryRun) throw new Rollback();
    });
    report.ok = true;
  } catch (err) {
    if (err instanceof UnreadableFileError) report.problems.push({ file: basename(err.file), line: err.line, reason: err.message });
    else if (!(err instanceof Rollback)) throw err;
    report.ok = report.problems.length === 0;
    if (!report.ok) report.tables = {};
  }
  return report;
}

function isColumn(table: HsdsTable, field: string): boolean {
  return columnsOf(table).includes(field);
}

function totalBytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

async function importJson(path: string, writer: RowWriter, report: ImportReport, opts: ImportOptions, max: number) {
  const file = basename(path);
  const root = opts.rootTable ?? 'service';
  const validator = createValidator(opts.schemaSet ?? 'ruta');
  const total = totalBytes(path);
  let given: Flattened['given'] = [];
  try {
    for await (const raw of jsonRecords(path)) {
      report.records++;
      let doc: unknown;
      try {
        doc = JSON.parse(raw.text);
      } catch (e) {
        const { line, reason } = describeParseError(e, raw);
        writer.problems.push({ file, line, reason });
        continue;
      }
      const schemaProblems = validator.validate(root, doc);
      const flat = flattenRecord(root, doc as Record<string, unknown>);
      const problems = [...schemaProblems.map((p) => ({ field: p.field, reason: p.message })), ...flat.problems];
      for (const p of problems) writer.problems.push({ file, line: raw.line, field: p.field || undefined, reason: p.reason });
      if (writer.problems.length >= max) break;
      if (problems.length > 0) continue;
      for (const r of flat.rows) await writer.add(r.table, r.row, { file, line: raw.line, path: r.path });
      given.push(...flat.given);
      if (report.records % BATCH === 0) {
        await writer.removeStale(given);
        given = [];
        opts.onProgress?.({ bytes: raw.bytes, totalBytes: total, records: report.records });
      }
    }
  } catch (e) {
    if (e instanceof JsonStructureError) writer.problems.push({ file, line: e.line, reason: e.message });
    else throw e;
  }
  await writer.removeStale(given);
  opts.onProgress?.({ bytes: total, totalBytes: total, records: report.records });
}

async function importCsv(path: string, writer: RowWriter, report: ImportReport, opts: ImportOptions, max: number) {
  const validator = createValidator(opts.schemaSet ?? 'ruta');
  const resources = packageResources(path);
  if (resources.length === 0) throw new UnreadableFileError(path, undefined, 'holds no HSDS CSV files (organizations.csv, services.csv, …)');
  const total = resources.reduce((n, r) => n + totalBytes(r.file), 0);
  let done = 0;
  for (const resource of resources) {
    const file = basename(resource.file);
    for await (const r of csvRows(resource)) {
      report.records++;
      // A CSV row holds keys, not nested objects: "required" on a nested property does not apply.
      const schemaProblems = r.problems.length
        ? []
        : validator.validate(r.table, r.row).filter((p) => !(p.keyword === 'required' && !isColumn(r.table, p.field)));
      const problems = [...r.problems, ...schemaProblems.map((p) => ({ field: p.field, reason: p.message }))];
      for (const p of problems) writer.problems.push({ file, line: r.line, field: p.field || undefined, reason: p.reason });
      if (writer.problems.length >= max) return;
      if (problems.length === 0) await writer.add(r.table, r.row, { file, line: r.line, path: '' });
      if (report.records % BATCH === 0) opts.onProgress?.({ bytes: done + r.bytes, totalBytes: total, records: report.records });
    }
    done += totalBytes(resource.file);
  }
  opts.onProgress?.({ bytes: total, totalBytes: total, records: report.records });
}
