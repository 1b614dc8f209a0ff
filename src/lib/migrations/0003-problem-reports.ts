import type { Kysely } from 'kysely';

/**
 * Problems people report with a listing, kept for the directory stewards. No column can hold who
 * sent it: no address, no device, no time finer than the day.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('ruta_problem_report')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('reported_on', 'text', (c) => c.notNull()) // YYYY-MM-DD
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('new'))
    .execute();
  await db.schema.createIndex('ruta_problem_report_service_idx').on('ruta_problem_report').column('service_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('ruta_problem_report').execute();
}
