import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type Dialect } from 'kysely';
import pg from 'pg';

export type DialectName = 'sqlite' | 'postgres';

/**
 * The one handle every module gets. Directory tables are generic (derived from HSDS), so the
 * query builder is untyped here; modules with fixed tables narrow it with their own interfaces.
 */
export interface Database {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>;
  dialect: DialectName;
  /** PostgreSQL schema holding Ruta's tables when not the default (tests isolate themselves so). */
  schema?: string;
  /** The SQLite handle itself, for bulk writes with prepared statements (see import-export/bulk-sql). */
  sqlite?: SQLite.Database;
  close(): Promise<void>;
}

export function fromDialect(dialect: Dialect, name: DialectName, onClose?: () => Promise<void>): Database {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const db = new Kysely<any>({ dialect });
  return {
    db,
    dialect: name,
    async close() {
      await db.destroy();
      await onClose?.();
    },
  };
}

export function openSqlite(path: string): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  // WAL lets the site read while an import writes; NORMAL sync is safe with WAL and much faster.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  // Ids are random UUIDs, so index pages are touched all over: a 64 MB page cache (instead of
  // the 2 MB default) keeps imports and lookups of a large directory out of the disk.
  sqlite.pragma('cache_size = -65536');
  // SQLite's own lower() folds only A–Z; PostgreSQL's folds every letter. One meaning on both:
  // "ÁREA" matches "área" in searches on either database.
  sqlite.function('lower', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? s.toLowerCase() : s));
  const database = fromDialect(new SqliteDialect({ database: sqlite }), 'sqlite');
  database.sqlite = sqlite;
  return database;
}

export function openPostgres(connectionString: string): Database {
  const pool = new pg.Pool({ connectionString, max: 10 });
  return fromDialect(new PostgresDialect({ pool }), 'postgres');
}

export function openDatabase(opts: { databaseUrl?: string; sqlitePath: string }): Database {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openSqlite(opts.sqlitePath);
}

/** Redacts the password of a connection string for logs and messages. */
export function describeDatabase(opts: { databaseUrl?: string; sqlitePath: string }): string {
  if (!opts.databaseUrl) return `SQLite ${opts.sqlitePath}`;
  try {
    const u = new URL(opts.databaseUrl);
    if (u.password) u.password = '***';
    return `PostgreSQL ${u.toString()}`;
  } catch {
    return 'PostgreSQL (unparsable DATABASE_URL)';
  }
}
