import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DIALECTS, openTestDatabase } from '../../test/support/databases.js';
import { HSDS_TABLES } from '../directory/hsds-tables.js';
import type { Database } from './db.js';
import { migrateToLatest } from './migrate.js';

describe.each(DIALECTS)('migrations on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(dialect);
  });
  afterAll(() => database.close());

  it('creates every HSDS table with exactly the columns of the model', async () => {
    const tables = await database.db.introspection.getTables();
    for (const [name, spec] of Object.entries(HSDS_TABLES)) {
      const table = tables.find((t) => t.name === name);
      expect(table, name).toBeDefined();
      expect(table!.columns.map((c) => c.name).sort()).toEqual(Object.keys(spec.columns).sort());
    }
  });

  it('is idempotent: running again applies nothing', async () => {
    expect(await migrateToLatest(database)).toEqual([]);
  });

  it('stores numbers as double precision on both dialects', async () => {
    await database.db.insertInto('location').values({ id: 'x', location_type: 'physical', latitude: 15.3667 }).execute();
    const row = await database.db.selectFrom('location').select(['latitude']).where('id', '=', 'x').executeTakeFirstOrThrow();
    expect(row.latitude).toBe(15.3667);
    await sql`delete from location`.execute(database.db);
  });
});
