/** Shared pieces of the benchmarks: arguments, memory sampling, databases, machine facts. */
import { execFileSync, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import pg from 'pg';
import SQLite from 'better-sqlite3';
import { openPostgres, openSqlite, type Database, type DialectName } from '../src/lib/db.js';

export const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';

export function pgUrl(): string {
  return process.env.RUTA_BENCH_PG_URL || DEFAULT_PG_URL;
}

// ---------------------------------------------------------------------------------------------
// Arguments

export function argValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const v = argv[i + 1];
  if (v === undefined || v.startsWith('--')) throw new Error(`--${name} needs a value`);
  return v;
}

export function argFlag(argv: readonly string[], name: string): boolean {
  return argv.includes(`--${name}`);
}

export function argInt(argv: readonly string[], name: string, fallback: number): number {
  const v = argValue(argv, name);
  if (v === undefined) return fallback;
  const n = Number(v.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got "${v}"`);
  return n;
}

// ---------------------------------------------------------------------------------------------
// Memory

export interface MemoryReport {
  /** RSS when the measurement started: the process before the measured work (Node, tsx, modules). */
  startRssMb: number;
  /** Highest process.memoryUsage().rss seen by the 50 ms sampler, in MB. */
  peakSampledRssMb: number;
  /** process.resourceUsage().maxRSS: the kernel's high-water mark for the whole process, in MB. */
  maxRssMb: number;
  /** Highest heapUsed seen by the sampler, in MB. */
  peakHeapMb: number;
  samples: number;
  /** Longest gap between two samples: how long the event loop was kept busy at a stretch. */
  longestGapMs: number;
}

/**
 * Samples RSS every 50 ms on the main thread. The sampler only runs when the event loop is free,
 * so the kernel's maxRSS is reported beside it; the longest gap between samples tells how long
 * the measured code kept the event loop busy at a stretch.
 */
export function startMemorySampler(intervalMs = 50): { stop(): MemoryReport } {
  let peakRss = 0;
  let peakHeap = 0;
  let samples = 0;
  let last = performance.now();
  let longestGap = 0;
  const startRss = process.memoryUsage.rss();
  const sample = () => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    samples++;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return {
        startRssMb: mb(startRss),
        peakSampledRssMb: mb(peakRss),
        maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        peakHeapMb: mb(peakHeap),
        samples,
        longestGapMs: Math.round(longestGap),
      };
    },
  };
}

export function mb(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

// ---------------------------------------------------------------------------------------------
// Where SQL time goes

export interface QueryStat {
  statement: string;
  count: number;
  ms: number;
}

function tableOf(node: unknown): string {
  // Kysely operation nodes: pick the first table name found, whatever the statement.
  const seen = new Set<unknown>();
  const walk = (n: unknown, depth: number): string | undefined => {
    if (!n || typeof n !== 'object' || seen.has(n) || depth > 6) return undefined;
    seen.add(n);
    const o = n as Record<string, unknown>;
    if (o.kind === 'TableNode') {
      const t = (o.table as { identifier?: { name?: string } } | undefined)?.identifier?.name;
      if (t) return t;
    }
    for (const key of ['into', 'from', 'table', 'froms', 'node']) {
      const child = o[key];
      const list = Array.isArray(child) ? child : [child];
      for (const c of list) {
        const found = walk(c, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(node, 0) ?? '?';
}

const VERB: Record<string, string> = {
  SelectQueryNode: 'select',
  InsertQueryNode: 'insert',
  UpdateQueryNode: 'update',
  DeleteQueryNode: 'delete',
};

/**
 * A Kysely plugin that adds up the time of each kind of statement (`insert service`,
 * `select phone`, ...): from just before compilation to the result, so on SQLite (whose driver
 * runs synchronously) it is the database's own time plus Kysely's compilation.
 */
export class QueryTimer implements KyselyPlugin {
  private readonly started = new Map<unknown, { at: number; key: string }>();
  readonly stats = new Map<string, QueryStat>();
  enabled = true;

  add(key: string, ms: number): void {
    const stat = this.stats.get(key) ?? { statement: key, count: 0, ms: 0 };
    stat.count++;
    stat.ms += ms;
    this.stats.set(key, stat);
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const node = args.node;
    const key = `${VERB[node.kind] ?? node.kind} ${tableOf(node)}`;
    this.started.set(args.queryId, { at: performance.now(), key });
    return node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const s = this.started.get(args.queryId);
    if (s) {
      this.started.delete(args.queryId);
      this.add(s.key, performance.now() - s.at);
    }
    return args.result;
  }

  top(n = 12): QueryStat[] {
    return [...this.stats.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, n)
      .map((s) => ({ ...s, ms: Math.round(s.ms) }));
  }

  totalMs(): number {
    let t = 0;
    for (const s of this.stats.values()) t += s.ms;
    return Math.round(t);
  }
}

const STATEMENT = /^\s*(select|insert|update|delete)\b[\s\S]*?\b(?:from|into|update)\s+"?([A-Za-z_][\w]*)"?/i;

function statementKey(source: string): string {
  const m = STATEMENT.exec(source);
  return m ? `${m[1]!.toLowerCase()} ${m[2]}` : source.trim().split(/\s+/).slice(0, 2).join(' ').toLowerCase();
}

/**
 * Times every statement run on a better-sqlite3 connection, whether Kysely runs it or the
 * importer's own prepared statements do, by wrapping the Statement methods of that connection.
 * Costs two clock reads per statement (well under 1 µs).
 */
export function timeSqliteStatements(sqlite: SQLite.Database, timer: QueryTimer): void {
  const proto = Object.getPrototypeOf(sqlite.prepare('select 1')) as Record<string, unknown>;
  if (proto.__benchTimed) return;
  proto.__benchTimed = true;
  const keys = new WeakMap<object, string>();
  for (const method of ['run', 'all', 'get', 'iterate'] as const) {
    const original = proto[method] as (...args: unknown[]) => unknown;
    proto[method] = function (this: { source: string }, ...args: unknown[]) {
      if (!timer.enabled) return original.apply(this, args);
      let key = keys.get(this);
      if (key === undefined) keys.set(this, (key = statementKey(this.source)));
      const at = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        timer.add(key, performance.now() - at);
      }
    };
  }
}

export function withPlugin(database: Database, plugin: KyselyPlugin): Database {
  return { ...database, db: database.db.withPlugin(plugin), close: () => database.close() };
}

// ---------------------------------------------------------------------------------------------
// Databases

export interface Target {
  dialect: DialectName;
  /** SQLite file, or PostgreSQL schema. */
  where: string;
}

export function newSchemaName(prefix = 'bench'): string {
  return `${prefix}_${randomBytes(5).toString('hex')}`;
}

export function schemaUrl(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createSchema(schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`);
  await adminQuery(`CREATE SCHEMA ${schema}`);
}

export async function dropSchema(schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`);
  await adminQuery(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
}

/** The database the measured code gets: openSqlite(file), or openPostgres(url) confined to a schema. */
export function openTarget(target: Target): Database {
  if (target.dialect === 'sqlite') return openSqlite(target.where);
  const database = openPostgres(schemaUrl(pgUrl(), target.where));
  database.schema = target.where;
  return database;
}

// ---------------------------------------------------------------------------------------------
// The machine

export interface MachineFacts {
  /** Commit measured, with "+changes" when src/ had uncommitted changes. */
  commit: string;
  nproc: number;
  cpu: string;
  memoryGb: number;
  node: string;
  sqlite: string;
  postgres: string;
  os: string;
}

/** The commit measured (RUTA_BENCH_COMMIT overrides), with "+changes" when src/ has uncommitted changes. */
function gitCommit(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${commit}+changes` : commit;
  } catch {
    return 'unknown';
  }
}

export async function machineFacts(withPostgres: boolean): Promise<MachineFacts> {
  let cpu = cpus()[0]?.model ?? '?';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1]!.trim();
  } catch {
    // not Linux
  }
  let nproc = cpus().length;
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  } catch {
    // keep os.cpus()
  }
  const memory = new SQLite(':memory:');
  const sqlite = (memory.prepare('select sqlite_version() as v').get() as { v: string }).v;
  memory.close();
  let postgres = 'not reached';
  if (withPostgres) {
    try {
      const client = new pg.Client({ connectionString: pgUrl() });
      await client.connect();
      postgres = ((await client.query('show server_version')).rows[0] as { server_version: string }).server_version;
      await client.end();
    } catch (e) {
      postgres = `not reached (${(e as Error).message})`;
    }
  }
  let os = `${process.platform} ${process.arch}`;
  try {
    const m = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (m) os = `${m[1]} (${process.arch})`;
  } catch {
    // keep platform
  }
  return { commit: process.env.RUTA_BENCH_COMMIT || gitCommit(), nproc, cpu, memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version, sqlite, postgres, os };
}

// ---------------------------------------------------------------------------------------------
// Child processes: each measured phase runs in a process of its own, so its peak RSS is its own.

export function runChild<T>(script: string, args: string[], extraExecArgv: string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(script, args, { execArgv: [...process.execArgv, ...extraExecArgv], stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
    let result: T | undefined;
    child.on('message', (m) => {
      result = m as T;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (result !== undefined && code === 0) resolve(result);
      else reject(new Error(`${script} ${args.join(' ')} exited with ${signal ?? code}`));
    });
  });
}

export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map(String));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(headers), `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...cells.map(line)].join('\n');
}
