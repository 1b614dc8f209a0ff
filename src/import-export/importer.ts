import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Database } from '../lib/db.js';
import type { ProblemDetail } from '../lib/errors.js';
import { flattenRecord, type Flattened } from '../directory/flatten.js';
import { columnsOf } from '../directory/relations.js';
import type { HsdsTable } from '../directory/hsds-tables.js';
import type { Kysely } from 'kysely';
import { createValidator, type HsdsValidator } from '../hsds/validator.js';
import type { SchemaSet } from '../hsds/schemas.js';
import { csvRows, packageResources } from './csv-package.js';
import { describeParseError } from './json-splitter.js';
import { JsonStructureError } from './json-splitter.js';
import { jsonRecords } from './json-records.js';
import { kyselyBulk, sqliteBulk } from './bulk-sql.js';
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
  /** Runs inside the transaction after the rows are written, when there were no problems. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  afterWrite?: (trx: Kysely<any>) => Promise<void>;
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

export interface SourceDocument {
  table: HsdsTable;
  doc: unknown;
  file: string;
  line: number;
}

interface Ingest {
  writer: RowWriter;
  report: ImportReport;
  validator: HsdsValidator;
  opts: ImportOptions;
  max: number;
  given: Flattened['given'];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  trx: Kysely<any>;
}

/**
 * Runs one import in one transaction: all of it or nothing. Every problem is collected with its
 * file, line and field (up to maxProblems) before anything is decided.
 */
async function runImport(
  database: Database,
  format: ImportReport['format'],
  updatedBy: string,
  opts: ImportOptions,
  body: (ctx: Ingest) => Promise<void>,
): Promise<ImportReport> {
  const max = opts.maxProblems ?? 100;
  const report: ImportReport = { ok: false, dryRun: opts.dryRun ?? false, format, records: 0, tables: {}, problems: [], warnings: [] };
  try {
    await database.db.transaction().execute(async (trx) => {
      const bulk = database.sqlite ? sqliteBulk(database.sqlite) : kyselyBulk(trx);
      const writer = new RowWriter(trx, opts.updatedBy ?? updatedBy, bulk);
      const ctx: Ingest = { writer, report, validator: createValidator(opts.schemaSet ?? 'ruta'), opts, max, given: [], trx };
      await body(ctx);
      await writer.removeStale(ctx.given);
      await writer.flush();
      if (writer.problems.length < max) await writer.checkReferences(max, opts.allowDangling);
      if (writer.problems.length === 0) {
        await opts.afterWrite?.(trx);
        const changed = [...writer.counts.values()].some((c) => c.created + c.updated + c.deleted > 0);
        if (!report.dryRun && changed) await bumpDirectoryVersion(trx);
      }
      report.tables = Object.fromEntries(writer.counts);
      report.problems = writer.problems.slice(0, max);
      report.warnings = writer.warnings.slice(0, max);
      if (writer.problems.length > 0 || report.dryRun) throw new Rollback();
    });
    report.ok = true;
  } catch (err) {
    if (err instanceof UnreadableFileError) {
      report.problems.push({ file: basename(err.file), line: err.line, reason: err.message });
    } else if (!(err instanceof Rollback)) throw err;
    report.ok = report.problems.length === 0;
    if (!report.ok) report.tables = {};
  }
  return report;
}

/**
 * Every committed change to the directory gets a new version; search and other caches compare
 * it before answering, so the next search sees the change, in this process or any other.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function bumpDirectoryVersion(db: Kysely<any>): Promise<void> {
  const value = `${Date.now().toString(36)}-${randomUUID()}`;
  await db
    .insertInto('ruta_setting')
    .values({ key: 'directory_version', value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** Imports a JSON file (array, Page, NDJSON, one object) or a CSV data package, all or nothing. */
export async function importPath(database: Database, path: string, opts: ImportOptions = {}): Promise<ImportReport> {
  const format = detectFormat(path);
  return runImport(database, format, `import ${basename(path)}`, opts, (ctx) =>
    format === 'json' ? importJson(path, ctx) : importCsv(path, ctx),
  );
}

/** Imports objects already in memory (starter data, tests), with the same checks as a file. */
export async function importDocuments(
  database: Database,
  docs: Iterable<SourceDocument>,
  opts: ImportOptions & { updatedBy: string },
): Promise<ImportReport> {
  return runImport(database, 'json', opts.updatedBy, opts, async (ctx) => {
    for (const d of docs) {
      ctx.report.records++;
      if (!(await ingest(ctx, d.table, d.doc, d.file, d.line))) break;
    }
  });
}

/** Validates, flattens and queues one nested object. Returns false once too many problems were seen. */
async function ingest(ctx: Ingest, table: HsdsTable, doc: unknown, file: string, line: number): Promise<boolean> {
  const { writer } = ctx;
  const schemaProblems = ctx.validator.validate(table, doc);
  const flat = isObject(doc) ? flattenRecord(table, doc) : { rows: [], problems: [], given: [] };
  const problems = [...schemaProblems.map((p) => ({ field: p.field, reason: p.message })), ...flat.problems];
  for (const p of problems) writer.problems.push({ file, line, field: p.field || undefined, reason: p.reason });
  if (writer.problems.length >= ctx.max) return false;
  if (problems.length > 0) return true;
  for (const r of flat.rows) await writer.add(r.table, r.row, { file, line, path: r.path }, r.parent);
  ctx.given.push(...flat.given);
  if (ctx.given.length >= BATCH * 10) {
    await writer.removeStale(ctx.given);
    ctx.given = [];
  }
  return true;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The cells that hold a value: an empty cell is absent, not null, to the schema. */
function present(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null));
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

async function importJson(path: string, ctx: Ingest) {
  const file = basename(path);
  const root = ctx.opts.rootTable ?? 'service';
  const total = totalBytes(path);
  const { writer, report } = ctx;
  try {
    for await (const raw of jsonRecords(path)) {
      report.records++;
      let doc: unknown;
      try {
        doc = JSON.parse(raw.text);
      } catch (e) {
        const { line, reason } = describeParseError(e, raw);
        writer.problems.push({ file, line, reason });
        if (writer.problems.length >= ctx.max) break;
        continue;
      }
      if (!(await ingest(ctx, root, doc, file, raw.line))) break;
      if (report.records % BATCH === 0) ctx.opts.onProgress?.({ bytes: raw.bytes, totalBytes: total, records: report.records });
    }
  } catch (e) {
    if (e instanceof JsonStructureError) writer.problems.push({ file, line: e.line, reason: e.message });
    else throw e;
  }
  ctx.opts.onProgress?.({ bytes: total, totalBytes: total, records: report.records });
}

async function importCsv(path: string, ctx: Ingest) {
  const { writer, report, validator, opts } = ctx;
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
        : validator.validate(r.table, present(r.row)).filter((p) => !(p.keyword === 'required' && !isColumn(r.table, p.field)));
      const problems = [...r.problems, ...schemaProblems.map((p) => ({ field: p.field, reason: p.message }))];
      for (const p of problems) writer.problems.push({ file, line: r.line, field: p.field || undefined, reason: p.reason });
      if (writer.problems.length >= ctx.max) return;
      if (problems.length === 0) await writer.add(r.table, r.row, { file, line: r.line, path: '', partial: true });
      if (report.records % BATCH === 0) opts.onProgress?.({ bytes: done + r.bytes, totalBytes: total, records: report.records });
    }
    done += totalBytes(resource.file);
  }
  opts.onProgress?.({ bytes: total, totalBytes: total, records: report.records });
}
