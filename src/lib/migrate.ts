import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './db.js';
import * as m0001 from './migrations/0001-hsds-directory.js';
import * as m0002 from './migrations/0002-ruta-tables.js';
import * as m0003 from './migrations/0003-problem-reports.js';

/** Migrations are imported statically so the compiled build and the tests run the same set. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-hsds-directory': m0001,
  '0002-ruta-tables': m0002,
  '0003-problem-reports': m0003,
};

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

export async function migrateToLatest(database: Database): Promise<string[]> {
  const migrator = new Migrator({
    db: database.db,
    provider: new StaticProvider(),
    // Kysely looks for its own tables in every schema; name ours so two schemas never mix.
    ...(database.schema ? { migrationTableSchema: database.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
