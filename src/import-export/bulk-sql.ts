import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { HsdsTable } from '../directory/hsds-tables.js';
import { columnsOf, type Row } from '../directory/relations.js';

/** The two statements an import repeats millions of times: insert rows, fetch rows by id. */
export interface BulkSql {
  insertRows(table: HsdsTable, rows: Row[]): Promise<void>;
  rowsByIds(table: HsdsTable, ids: unknown[]): Promise<Row[]>;
}

const CHUNK = 500;

/** Any dialect, through Kysely: multi-row inserts and chunked `IN` lists. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function kyselyBulk(db: Kysely<any>): BulkSql {
  return {
    async insertRows(table, rows) {
      for (let i = 0; i < rows.length; i += CHUNK) await db.insertInto(table).values(rows.slice(i, i + CHUNK)).execute();
    },
    async rowsByIds(table, ids) {
      const out: Row[] = [];
      for (let i = 0; i < ids.length; i += CHUNK) {
        out.push(...((await db.selectFrom(table).selectAll().where('id', 'in', ids.slice(i, i + CHUNK)).execute()) as Row[]));
      }
      return out;
    },
  };
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * SQLite, on the connection Kysely's transaction holds: statements prepared once per table and
 * run row by row, which SQLite executes far faster than building one large multi-row statement
 * per batch. Only for the importer, inside its transaction.
 */
export function sqliteBulk(sqlite: SQLite.Database): BulkSql {
  const inserts = new Map<HsdsTable, SQLite.Statement>();
  const selects = new Map<HsdsTable, SQLite.Statement>();
  return {
    async insertRows(table, rows) {
      let stmt = inserts.get(table);
      const columns = columnsOf(table);
      if (!stmt) {
        stmt = sqlite.prepare(`insert into ${quote(table)} (${columns.map(quote).join(', ')}) values (${columns.map(() => '?').join(', ')})`);
        inserts.set(table, stmt);
      }
      for (const row of rows) stmt.run(columns.map((c) => (row[c] === undefined ? null : row[c])));
    },
    async rowsByIds(table, ids) {
      let stmt = selects.get(table);
      if (!stmt) {
        stmt = sqlite.prepare(`select * from ${quote(table)} where id in (${Array.from({ length: CHUNK }, () => '?').join(', ')})`);
        selects.set(table, stmt);
      }
      const out: Row[] = [];
      for (let i = 0; i < ids.length; i += CHUNK) {
        const part = ids.slice(i, i + CHUNK);
        while (part.length < CHUNK) part.push(null);
        out.push(...(stmt.all(part) as Row[]));
      }
      return out;
    },
  };
}
