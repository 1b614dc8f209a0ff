import type { Kysely } from 'kysely';
import { HSDS_TABLES, type ColumnType } from '../../directory/hsds-tables.js';

const SQL_TYPE: Record<ColumnType, 'text' | 'double precision' | 'boolean'> = {
  text: 'text',
  number: 'double precision',
  boolean: 'boolean',
};

/**
 * One table per HSDS 3.1 object, one column per scalar field, ids as text (UUIDs), so the same
 * DDL runs on SQLite and PostgreSQL. References are checked by the importer, which can say
 * which file and line is wrong, instead of by foreign-key constraints, which cannot.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const [table, spec] of Object.entries(HSDS_TABLES)) {
    let create = db.schema.createTable(table);
    for (const [column, type] of Object.entries(spec.columns)) {
      create = create.addColumn(column, SQL_TYPE[type as ColumnType], (c) => (column === 'id' ? c.primaryKey() : c));
    }
    await create.execute();
    for (const column of Object.keys(spec.columns)) {
      if (column !== 'id' && /_id$/.test(column)) {
        await db.schema.createIndex(`${table}_${column}_idx`).on(table).column(column).execute();
      }
    }
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of Object.keys(HSDS_TABLES)) await db.schema.dropTable(table).execute();
}
