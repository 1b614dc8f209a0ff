import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DIALECTS, openTestDatabase } from '../../test/support/databases.js';
import { createValidator } from '../hsds/validator.js';
import { loadStarterData } from '../starter/load-starter.js';
import { exportCsvPackage, exportServicesJson } from './exporter.js';
import { importPath } from './importer.js';
import type { Database } from '../lib/db.js';

const EXAMPLES = [
  { version: '3.1', set: '3.1', path: 'vendor/hsds/3.1-dev/examples' },
  { version: '3.0', set: '3.0', path: 'vendor/hsds/3.0/examples' },
] as const;

async function exportJson(db: Database): Promise<unknown[]> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportServicesJson(db, out, 'json');
  out.end();
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function dump(db: Database): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of ['service', 'organization', 'location', 'phone', 'attribute', 'taxonomy_term', 'schedule', 'address']) {
    out[t] = await db.db.selectFrom(t).selectAll().orderBy('id').execute();
  }
  return out;
}

describe.each(DIALECTS)('export and re-import on %s', (dialect) => {
  it.each(EXAMPLES)('official HSDS $version examples: JSON and CSV import, export, still validate, re-import unchanged', async ({ set, path }) => {
    const db = await openTestDatabase(dialect);
    const fromJson = await importPath(db, join(path, 'service_full.json'), { schemaSet: set, allowDangling: true });
    expect(fromJson.problems).toEqual([]);
    const fromCsv = await importPath(db, join(path, 'csv'), { schemaSet: set, allowDangling: true });
    expect(fromCsv.problems).toEqual([]);

    const services = await exportJson(db);
    expect(services.length).toBeGreaterThan(0);
    const validator = createValidator(set);
    for (const s of services) expect(validator.validate('service', s)).toEqual([]);

    const dir = mkdtempSync(join(tmpdir(), 'ruta-export-'));
    await exportCsvPackage(db, dir);
    expect(readdirSync(dir)).toContain('datapackage.json');
    const before = await dump(db);

    const fresh = await openTestDatabase(dialect);
    const again = await importPath(fresh, dir, { schemaSet: set, allowDangling: true });
    expect(again.problems).toEqual([]);
    expect(await dump(fresh)).toEqual(before);
    const reimported = await importPath(db, dir, { schemaSet: set, allowDangling: true });
    for (const c of Object.values(reimported.tables)) expect([c!.created, c!.updated, c!.deleted]).toEqual([0, 0, 0]);
    await fresh.close();
    await db.close();
  });

  it('neutralises spreadsheet formulas in CSV and restores them on import', async () => {
    const db = await openTestDatabase(dialect);
    await loadStarterData(db);
    const dir = mkdtempSync(join(tmpdir(), 'ruta-export-'));
    await exportCsvPackage(db, dir);
    const phones = readFileSync(join(dir, 'phones.csv'), 'utf8');
    expect(phones).toContain(",'+502 2422-2525,");
    expect(phones).not.toMatch(/,\+502/);
    const locations = readFileSync(join(dir, 'locations.csv'), 'utf8');
    expect(locations).toMatch(/,-92\.\d+/); // numbers stay numbers
    const fresh = await openTestDatabase(dialect);
    expect((await importPath(fresh, dir)).problems).toEqual([]);
    const phone = await fresh.db.selectFrom('phone').select('number').where('number', 'like', '+502 2422%').executeTakeFirst();
    expect(phone?.number).toBe('+502 2422-2525');
    await fresh.close();
    await db.close();
  });

  it('leaves confidential addresses and coordinates out of exports unless asked', async () => {
    const db = await openTestDatabase(dialect);
    await loadStarterData(db);
    const services = (await exportJson(db)) as { name: string; service_at_locations?: { location?: Record<string, unknown> }[] }[];
    const shelter = services.find((s) => /mujeres/i.test(s.name) && s.service_at_locations?.length);
    expect(shelter, 'the example women shelter').toBeDefined();
    const location = shelter!.service_at_locations![0]!.location!;
    expect(location.latitude).toBeUndefined();
    expect(location.addresses).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'ruta-export-'));
    await exportCsvPackage(db, dir);
    const withAll = mkdtempSync(join(tmpdir(), 'ruta-export-'));
    await exportCsvPackage(db, withAll, { includeConfidential: true });
    const rows = (d: string) => readFileSync(join(d, 'addresses.csv'), 'utf8').trim().split('\n').length;
    expect(rows(withAll)).toBe(rows(dir) + 1);
    await db.close();
  });
});
