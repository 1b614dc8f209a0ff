import type { Kysely } from 'kysely';

/**
 * Ruta's own tables beside HSDS: translated names of taxonomy terms (HSDS has one name per
 * term), and a small key/value table for facts about the installation itself.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('ruta_term_label')
    .addColumn('term_id', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('reviewed', 'integer', (c) => c.notNull()) // 0 or 1: one type on every dialect
    .addPrimaryKeyConstraint('ruta_term_label_pk', ['term_id', 'lang'])
    .execute();
  await db.schema
    .createTable('ruta_setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  // HSDS search and the modified_after filter read these columns on every list request.
  await db.schema.createIndex('service_last_modified_idx').on('service').column('last_modified').execute();
  await db.schema.createIndex('service_name_idx').on('service').column('name').execute();
  await db.schema.createIndex('address_postal_code_idx').on('address').column('postal_code').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('ruta_setting').execute();
  await db.schema.dropTable('ruta_term_label').execute();
}
