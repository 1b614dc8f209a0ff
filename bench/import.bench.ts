/**
 * Import benchmark: a generated directory of fully nested HSDS services, imported with
 * `importPath` into a fresh, migrated database, beside a plain bulk insert of the same service
 * rows, then imported a second time (nothing changed, so nothing should be written).
 *
 *   npx tsx bench/import.bench.ts [--count 100000] [--db sqlite|postgres] [--seed 1]
 *                                 [--db-file FILE.sqlite] [--ndjson FILE] [--json FILE] [--cpu-prof DIR]
 *                                 [--no-pipeline] [--no-baseline] [--sqlite-pragma "name=value;..."]
 *
 * --db-file keeps the imported SQLite database there (for bench/api.bench.ts); --ndjson reuses
 * (or keeps) the generated file; --json writes the figures as JSON; --cpu-prof writes V8 CPU
 * profiles of the two imports into DIR/import and DIR/reimport; --no-pipeline and --no-baseline
 * skip those runs; --sqlite-pragma runs both imports with extra pragmas (an experiment: the
 * figures to quote are those of openSqlite's own settings). PostgreSQL: RUTA_BENCH_PG_URL (default
 * postgres://postgres@127.0.0.1:5432/test); each run works in schemas of its own, dropped at the end.
 *
 * Each measured phase runs in a child process of its own, so its peak RSS is its own.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { importPath, type ImportReport } from '../src/import-export/importer.js';
import { jsonRecords } from '../src/import-export/json-records.js';
import { flattenRecord } from '../src/directory/flatten.js';
import { columnsOf } from '../src/directory/relations.js';
import { HSDS_TABLES, type HsdsTable } from '../src/directory/hsds-tables.js';
import { createValidator } from '../src/hsds/validator.js';
import type { Database, DialectName } from '../src/lib/db.js';
import { migrateToLatest } from '../src/lib/migrate.js';
import { writeNdjson } from './generate-directory.js';
import {
  QueryTimer,
  argFlag,
  argInt,
  argValue,
  createSchema,
  dropSchema,
  fmt,
  machineFacts,
  newSchemaName,
  openTarget,
  pgUrl,
  runChild,
  schemaUrl,
  startMemorySampler,
  table,
  timeSqliteStatements,
  withPlugin,
  type MemoryReport,
  type QueryStat,
  type Target,
} from './support.js';

const SELF = fileURLToPath(import.meta.url);

interface PhaseResult {
  phase: string;
  seconds: number;
  /** CPU time of this process (user + system) during the measurement: below `seconds` when it waited. */
  cpuSeconds: number;
  records: number;
  memory: MemoryReport;
  /** Rows in each table afterwards (non-empty tables only). */
  rows?: Record<string, number>;
  report?: Pick<ImportReport, 'ok' | 'records' | 'tables' | 'problems'>;
  /** Time spent in SQL statements, by statement kind, and in all of them. */
  sql?: { totalMs: number; top: QueryStat[] };
  /** Pipeline phase: seconds spent in each step. */
  steps?: Record<string, number>;
  metadataBefore?: number;
  metadataAfter?: number;
  dbBytes?: number;
}

// ---------------------------------------------------------------------------------------------
// Phases (each in a child process)

async function countRows(database: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of Object.keys(HSDS_TABLES)) {
    const r = await database.db.selectFrom(t).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
    const n = Number(r?.n ?? 0);
    if (n > 0) out[t] = n;
  }
  return out;
}

async function phaseImport(phase: 'import' | 'reimport', file: string, target: Target, pragmas: string[]): Promise<PhaseResult> {
  const opened = openTarget(target);
  // Experiments only: the measured configuration is openSqlite's own.
  for (const p of pragmas) await sql.raw(`pragma ${p}`).execute(opened.db);
  if (phase === 'import') await migrateToLatest(opened);
  // SQL time: every better-sqlite3 statement on SQLite; every Kysely query on PostgreSQL.
  const timer = new QueryTimer();
  if (opened.sqlite) timeSqliteStatements(opened.sqlite, timer);
  const database = opened.sqlite ? opened : withPlugin(opened, timer);
  const metadataBefore = phase === 'reimport' ? (await countRows(opened)).metadata ?? 0 : 0;
  // Warm the validator outside the measurement: schema compilation happens once per process.
  createValidator('ruta').validate('service', { id: '00000000-0000-4000-8000-000000000000', name: 'x', status: 'active' });
  timer.stats.clear();
  timer.enabled = true;

  const memory = startMemorySampler();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const report = await importPath(database, file, { schemaSet: 'ruta' });
  const seconds = (performance.now() - start) / 1000;
  const cpuSeconds = cpuSince(cpu);
  const mem = memory.stop();

  const sqlTime = { totalMs: timer.totalMs(), top: timer.top() };
  timer.enabled = false;
  const rows = await countRows(opened);
  await opened.close();
  return {
    phase,
    seconds,
    cpuSeconds,
    records: report.records,
    memory: mem,
    rows,
    report: { ok: report.ok, records: report.records, tables: report.tables, problems: report.problems.slice(0, 5) },
    sql: sqlTime,
    metadataBefore,
    metadataAfter: rows.metadata ?? 0,
    dbBytes: target.dialect === 'sqlite' ? sqliteBytes(target.where) : undefined,
  };
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1e6;
}

function sqliteBytes(path: string): number {
  return [path, `${path}-wal`].reduce((n, p) => n + (existsSync(p) ? statSync(p).size : 0), 0);
}

/** The same service rows, flat, with no validation, nesting or metadata: one prepared INSERT. */
async function phaseBaseline(file: string, target: Target): Promise<PhaseResult> {
  const migrated = openTarget(target);
  await migrateToLatest(migrated);
  await migrated.close();
  const columns = columnsOf('service');
  const lines = () => createInterface({ input: createReadStream(file, { highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  const memory = startMemorySampler();
  const cpu = process.cpuUsage();
  const start = performance.now();
  let records = 0;
  if (target.dialect === 'sqlite') {
    const db = new SQLite(target.where);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    const insert = db.prepare(`insert into service (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
    const begin = db.prepare('begin');
    const commit = db.prepare('commit');
    begin.run();
    for await (const line of lines()) {
      if (!line) continue;
      const doc = JSON.parse(line) as Record<string, unknown>;
      insert.run(columns.map((c) => (doc[c] === undefined ? null : (doc[c] as string | number))));
      records++;
    }
    commit.run();
    db.close();
  } else {
    // Multi-row INSERTs of 500 rows (PostgreSQL's 65,535-parameter limit allows up to ~2,500).
    const client = new pg.Client({ connectionString: schemaUrl(pgUrl(), target.where) });
    await client.connect();
    await client.query('begin');
    const batch: unknown[][] = [];
    const flushBatch = async () => {
      if (batch.length === 0) return;
      const values = batch.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ');
      await client.query(`insert into service (${columns.join(', ')}) values ${values}`, batch.flat());
      batch.length = 0;
    };
    for await (const line of lines()) {
      if (!line) continue;
      const doc = JSON.parse(line) as Record<string, unknown>;
      batch.push(columns.map((c) => (doc[c] === undefined ? null : doc[c])));
      records++;
      if (batch.length === 500) await flushBatch();
    }
    await flushBatch();
    await client.query('commit');
    await client.end();
  }
  const seconds = (performance.now() - start) / 1000;
  return { phase: 'baseline', seconds, cpuSeconds: cpuSince(cpu), records, memory: memory.stop(), rows: { service: records } };
}

/** What the importer does before the database, step by step: read, parse, validate, flatten. */
async function phasePipeline(file: string): Promise<PhaseResult> {
  const validator = createValidator('ruta');
  validator.validate('service', { id: '00000000-0000-4000-8000-000000000000', name: 'x', status: 'active' });
  const steps = { read: 0, parse: 0, validate: 0, flatten: 0 };
  let rows = 0;
  let problems = 0;
  const memory = startMemorySampler();
  const cpu = process.cpuUsage();
  const start = performance.now();
  let t = performance.now();
  let records = 0;
  for await (const raw of jsonRecords(file)) {
    const t1 = performance.now();
    steps.read += t1 - t;
    const doc = JSON.parse(raw.text) as Record<string, unknown>;
    const t2 = performance.now();
    problems += validator.validate('service', doc).length;
    const t3 = performance.now();
    rows += flattenRecord('service', doc).rows.length;
    t = performance.now();
    steps.parse += t2 - t1;
    steps.validate += t3 - t2;
    steps.flatten += t - t3;
    records++;
  }
  const seconds = (performance.now() - start) / 1000;
  if (problems > 0) throw new Error(`${problems} schema problems in the generated file`);
  return {
    phase: 'pipeline',
    seconds,
    cpuSeconds: cpuSince(cpu),
    records,
    memory: memory.stop(),
    rows: { flattened: rows },
    steps: Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, v / 1000])),
  };
}

/** `--sqlite-pragma "cache_size=-262144;temp_store=memory"`: an experiment, not the default. */
function pragmasOf(argv: readonly string[]): string[] {
  const v = argValue(argv, 'sqlite-pragma');
  if (!v) return [];
  const list = v.split(';').map((p) => p.trim()).filter(Boolean);
  for (const p of list) if (!/^[a-z_]+\s*=\s*[-\w]+$/i.test(p)) throw new Error(`--sqlite-pragma: "${p}" is not name=value`);
  return list;
}

async function child(argv: string[]) {
  const phase = argValue(argv, 'phase')!;
  const file = argValue(argv, 'file')!;
  const target: Target = { dialect: argValue(argv, 'dialect') as DialectName, where: argValue(argv, 'where') ?? '' };
  let result: PhaseResult;
  if (phase === 'pipeline') result = await phasePipeline(file);
  else if (phase === 'baseline') result = await phaseBaseline(file, target);
  else if (phase === 'import' || phase === 'reimport') result = await phaseImport(phase, file, target, pragmasOf(argv));
  else throw new Error(`unknown phase ${phase}`);
  process.send!(result);
}

// ---------------------------------------------------------------------------------------------
// Orchestration

function perSecond(n: number, s: number): string {
  return fmt(n / s);
}

function written(r: PhaseResult): number {
  let n = 0;
  for (const c of Object.values(r.report?.tables ?? {})) n += c.created + c.updated + c.deleted;
  return n + ((r.metadataAfter ?? 0) - (r.metadataBefore ?? 0));
}

async function main(argv: string[]) {
  const count = argInt(argv, 'count', 100_000);
  const seed = argInt(argv, 'seed', 1);
  const dialect = (argValue(argv, 'db') ?? 'sqlite') as DialectName;
  if (dialect !== 'sqlite' && dialect !== 'postgres') throw new Error('--db must be sqlite or postgres');
  const jsonOut = argValue(argv, 'json');
  const cpuProf = argValue(argv, 'cpu-prof');
  const skipPipeline = argFlag(argv, 'no-pipeline');
  const skipBaseline = argFlag(argv, 'no-baseline');

  const work = mkdtempSync(join(tmpdir(), 'ruta-bench-'));
  const ndjsonArg = argValue(argv, 'ndjson');
  const file = ndjsonArg ? resolve(ndjsonArg) : join(work, `directory-${count}.ndjson`);
  const dbFileArg = argValue(argv, 'db-file');
  const dbFile = dbFileArg ? resolve(dbFileArg) : join(work, 'import.sqlite');
  const schemas: string[] = [];

  try {
    const startLoad = loadavg()[0]!;
    const machine = await machineFacts(dialect === 'postgres');
    console.log(`commit ${machine.commit}; machine: ${machine.nproc} cores, ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}, SQLite ${machine.sqlite}, PostgreSQL ${machine.postgres}`);

    let generated: { seconds: number; bytes: number } | undefined;
    if (ndjsonArg && existsSync(file)) {
      console.log(`reusing ${file} (${fmt(statSync(file).size / 1e6, 1)} MB); --count and --seed must match how it was made`);
    } else {
      const t = performance.now();
      const { bytes } = await writeNdjson(file, count, seed);
      generated = { seconds: (performance.now() - t) / 1000, bytes };
      console.log(`generated ${fmt(count)} services (${fmt(bytes / 1e6, 1)} MB NDJSON) in ${fmt(generated.seconds, 1)} s`);
    }

    const targetFor = async (name: string): Promise<Target> => {
      if (dialect === 'sqlite') {
        const path = name === 'import' ? dbFile : join(work, `${name}.sqlite`);
        for (const p of [path, `${path}-wal`, `${path}-shm`]) rmSync(p, { force: true });
        return { dialect, where: path };
      }
      const schema = newSchemaName(`bench_${name}`);
      await createSchema(schema);
      schemas.push(schema);
      return { dialect, where: schema };
    };

    const pragmas = pragmasOf(argv);
    if (pragmas.length && dialect !== 'sqlite') throw new Error('--sqlite-pragma is for --db sqlite');
    if (pragmas.length) console.log(`EXPERIMENT: both imports run with pragma ${pragmas.join('; ')}`);
    const run = (phase: string, target: Target | undefined, execArgv: string[] = []) =>
      runChild<PhaseResult>(
        SELF,
        ['--phase', phase, '--file', file, '--dialect', dialect, '--where', target?.where ?? '', ...(pragmas.length ? ['--sqlite-pragma', pragmas.join(';')] : [])],
        execArgv,
      );

    const pipeline = skipPipeline ? undefined : await run('pipeline', undefined);
    if (pipeline) console.log(`pipeline (no database): ${fmt(pipeline.seconds, 1)} s`);
    const baseline = skipBaseline ? undefined : await run('baseline', await targetFor('baseline'));
    if (baseline) console.log(`baseline: ${fmt(baseline.seconds, 1)} s`);
    const importTarget = await targetFor('import');
    const profile = (name: string) => (cpuProf ? ['--cpu-prof', '--cpu-prof-dir', join(resolve(cpuProf), name)] : []);
    const first = await run('import', importTarget, profile('import'));
    console.log(`import: ${fmt(first.seconds, 1)} s`);
    const second = await run('reimport', importTarget, profile('reimport'));
    console.log(`re-import: ${fmt(second.seconds, 1)} s`);

    // ------------------------------------------------------------------------- report
    const out: string[] = [];
    out.push(`\n## Import, ${fmt(count)} services, ${dialect === 'sqlite' ? 'SQLite' : `PostgreSQL ${machine.postgres}`}${pragmas.length ? ` (experiment: pragma ${pragmas.join('; ')})` : ''}\n`);
    const phases: [string, PhaseResult, number][] = [
      ...(baseline ? [['baseline: service rows only, one transaction', baseline, baseline.records] as [string, PhaseResult, number]] : []),
      ['importPath, fresh database', first, written(first)],
      ['importPath again, nothing changed', second, written(second)],
    ];
    out.push(
      table(
        ['run', 'wall s', 'Node CPU s', 'services/s', 'rows written', 'rows/s', 'RSS at start MB', 'peak RSS MB (50 ms samples)', 'maxRSS MB', 'longest event-loop stall ms'],
        phases.map(([name, r, w]) => [
          name,
          fmt(r.seconds, 1),
          fmt(r.cpuSeconds, 1),
          perSecond(r.records, r.seconds),
          fmt(w),
          perSecond(w, r.seconds),
          r.memory.startRssMb,
          r.memory.peakSampledRssMb,
          r.memory.maxRssMb,
          r.memory.longestGapMs,
        ]),
      ),
    );
    if (!first.report?.ok || !second.report?.ok) out.push(`\nIMPORT FAILED: ${JSON.stringify(first.report?.problems ?? second.report?.problems)}`);

    out.push('\nRows per table (report.tables of the first and second import; rows in the database afterwards)\n');
    const tables = new Set<string>([...Object.keys(first.report?.tables ?? {}), ...Object.keys(first.rows ?? {})]);
    out.push(
      table(
        ['table', 'created', 'updated', 'unchanged', 'deleted', 'second: created', 'second: updated', 'second: unchanged', 'second: deleted', 'rows in db'],
        [...tables].sort().map((t) => {
          const a = first.report?.tables[t as HsdsTable];
          const b = second.report?.tables[t as HsdsTable];
          return [
            t,
            a?.created ?? '-',
            a?.updated ?? '-',
            a?.unchanged ?? '-',
            a?.deleted ?? '-',
            b?.created ?? '-',
            b?.updated ?? '-',
            b?.unchanged ?? '-',
            b?.deleted ?? '-',
            fmt(second.rows?.[t] ?? 0),
          ];
        }),
      ),
    );
    out.push(`\nmetadata rows: ${fmt(first.metadataAfter ?? 0)} after the first import, ${fmt(second.metadataAfter ?? 0)} after the second`);
    if (first.dbBytes) out.push(`SQLite file after both imports: ${fmt(second.dbBytes! / 1e6, 1)} MB (with its WAL)`);

    for (const [name, r] of [['first import', first], ['second import', second]] as const) {
      out.push(`\nSQL time in the ${name}: ${fmt(r.sql!.totalMs / 1000, 1)} s of ${fmt(r.seconds, 1)} s\n`);
      out.push(table(['statement', 'count', 'ms'], r.sql!.top.map((s) => [s.statement, fmt(s.count), fmt(s.ms)])));
    }
    if (pipeline) {
      out.push(`\nBefore the database (same file, no database): ${fmt(pipeline.seconds, 1)} s (${fmt(pipeline.cpuSeconds, 1)} CPU s), peak RSS ${pipeline.memory.maxRssMb} MB\n`);
      out.push(table(['step', 's'], Object.entries(pipeline.steps!).map(([k, v]) => [k, fmt(v, 1)])));
    }
    out.push(`\nload average (1 min) at start ${startLoad.toFixed(2)}, at end ${loadavg()[0]!.toFixed(2)} (other work on the machine skews the figures)`);
    const text = out.join('\n');
    console.log(text);
    if (jsonOut) {
      writeFileSync(jsonOut, JSON.stringify({ count, seed, dialect, machine, generated, pipeline, baseline, import: first, reimport: second }, null, 2));
    }
  } finally {
    for (const s of schemas) await dropSchema(s).catch((e: Error) => console.error(`could not drop schema ${s}: ${e.message}`));
    if (!ndjsonArg) rmSync(file, { force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

const argv = process.argv.slice(2);
if (argv.includes('--phase')) await child(argv);
else await main(argv);
