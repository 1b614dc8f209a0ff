import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { fromDialect, openSqlite, type Database, type DialectName } from '../../src/lib/db.js';
import { migrateToLatest } from '../../src/lib/migrate.js';

export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];

const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';

function reachable(url: string, timeoutMs = 500): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port || 5432) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

let pgTarget: Promise<{ kind: 'server'; url: string } | { kind: 'pglite' }> | undefined;

/**
 * The PostgreSQL dialect runs against the real server when one answers (RUTA_TEST_PG_URL, or the
 * local default); where none runs it falls back to PGlite so `npm test` passes anywhere.
 * Setting RUTA_TEST_PG_URL makes the server mandatory, so CI cannot silently fall back;
 * RUTA_TEST_PG_URL=pglite forces PGlite.
 */
export function postgresTarget() {
  pgTarget ??= (async () => {
    const explicit = process.env.RUTA_TEST_PG_URL;
    if (explicit === 'pglite') return { kind: 'pglite' as const };
    const url = explicit || DEFAULT_PG_URL;
    if (await reachable(url)) return { kind: 'server' as const, url };
    if (explicit) throw new Error(`RUTA_TEST_PG_URL is set but no PostgreSQL server answers at ${url}`);
    return { kind: 'pglite' as const };
  })();
  return pgTarget;
}

/**
 * Two handles on one fresh database, as two app processes would have: two connections to one
 * SQLite file, two pools on one PostgreSQL schema, or two query builders on one PGlite.
 */
export async function openTestDatabasePair(dialect: DialectName): Promise<[Database, Database]> {
  if (dialect === 'sqlite') {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const file = join(mkdtempSync(join(tmpdir(), 'ruta-pair-')), 'ruta.sqlite');
    const first = openSqlite(file);
    await migrateToLatest(first);
    return [first, openSqlite(file)];
  }
  const target = await postgresTarget();
  if (target.kind === 'pglite') {
    const client = new PGlite();
    const first = fromDialect(new PGliteDialect(client), 'postgres', async () => {
      if (!client.closed) await client.close();
    });
    await migrateToLatest(first);
    return [first, fromDialect(new PGliteDialect(client), 'postgres')];
  }
  const first = await openTestDatabase('postgres');
  const pool = new pg.Pool({ connectionString: target.url, max: 2, options: `-c search_path=${first.schema}` });
  return [first, fromDialect(new PostgresDialect({ pool }), 'postgres')];
}

/** A fresh, migrated database of the given dialect, isolated from every other test file. */
export async function openTestDatabase(dialect: DialectName): Promise<Database> {
  let database: Database;
  if (dialect === 'sqlite') {
    database = openSqlite(':memory:');
  } else {
    const target = await postgresTarget();
    if (target.kind === 'server') {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: target.url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      const pool = new pg.Pool({ connectionString: target.url, max: 4, options: `-c search_path=${schema}` });
      database = fromDialect(new PostgresDialect({ pool }), 'postgres', async () => {
        const c = new pg.Client({ connectionString: target.url });
        await c.connect();
        await c.query(`DROP SCHEMA ${schema} CASCADE`);
        await c.end();
      });
      database.schema = schema;
    } else {
      const client = new PGlite();
      database = fromDialect(new PGliteDialect(client), 'postgres', async () => {
        if (!client.closed) await client.close();
      });
    }
  }
  await migrateToLatest(database);
  return database;
}
