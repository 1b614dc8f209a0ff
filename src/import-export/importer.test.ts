import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, openTestDatabase } from '../../test/support/databases.js';
import type { Database } from '../lib/db.js';
import { importPath } from './importer.js';

const dir = mkdtempSync(join(tmpdir(), 'ruta-import-'));
const ORG = '11111111-1111-4111-8111-111111111111';
const SVC = '22222222-2222-4222-8222-222222222222';
const PHONE_A = '33333333-3333-4333-8333-333333333333';
const PHONE_B = '44444444-4444-4444-8444-444444444444';

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function service(over: Record<string, unknown> = {}) {
  return {
    id: SVC,
    name: 'Albergue de prueba',
    status: 'active',
    organization: { id: ORG, name: 'Red de prueba', description: 'Organización de prueba' },
    phones: [{ id: PHONE_A, number: '000 000 0000' }],
    ...over,
  };
}

async function count(db: Database, table: string): Promise<number> {
  const r = await db.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

describe.each(DIALECTS)('import on %s', (dialect) => {
  let db: Database;
  beforeEach(async () => {
    db = await openTestDatabase(dialect);
  });
  afterEach(() => db.close());

  it('imports a nested service, fills implied keys and records each creation once, on the object created', async () => {
    const report = await importPath(db, file('one.json', JSON.stringify([service()])));
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    const phone = await db.db.selectFrom('phone').selectAll().executeTakeFirstOrThrow();
    expect(phone.service_id).toBe(SVC);
    const svc = await db.db.selectFrom('service').selectAll().executeTakeFirstOrThrow();
    expect(svc.organization_id).toBe(ORG);
    const created = await db.db.selectFrom('metadata').selectAll().where('last_action_type', '=', 'create').execute();
    // The phone was created with its service: one record of the creation, on the service.
    expect(created.map((m) => m.resource_type).sort()).toEqual(['organization', 'service']);
    expect(created[0]!.updated_by).toBe('import one.json');
    // A phone added later to the existing service is a creation of its own.
    await importPath(db, file('more.json', JSON.stringify([service({ phones: [{ id: PHONE_A, number: '000 000 0000' }, { id: PHONE_B, number: '1' }] })])));
    const later = await db.db.selectFrom('metadata').selectAll().where('last_action_type', '=', 'create').where('resource_id', '=', PHONE_B).execute();
    expect(later.map((m) => [m.resource_type, m.updated_by])).toEqual([['phone', 'import more.json']]);
  });

  it('is idempotent, records field changes, and removes children the new record no longer lists', async () => {
    await importPath(db, file('v1.json', JSON.stringify([service({ phones: [{ id: PHONE_A, number: '1' }, { id: PHONE_B, number: '2' }] })])));
    const again = await importPath(db, file('v1b.json', JSON.stringify([service({ phones: [{ id: PHONE_A, number: '1' }, { id: PHONE_B, number: '2' }] })])));
    expect(again.tables.service).toEqual({ created: 0, updated: 0, unchanged: 1, deleted: 0 });
    expect(again.tables.phone).toEqual({ created: 0, updated: 0, unchanged: 2, deleted: 0 });
    const metadataBefore = await count(db, 'metadata');

    const v2 = await importPath(db, file('v2.json', JSON.stringify([service({ name: 'Albergue renombrado', phones: [{ id: PHONE_A, number: '1' }] })])));
    expect(v2.ok).toBe(true);
    expect(v2.tables.service?.updated).toBe(1);
    expect(v2.tables.phone?.deleted).toBe(1);
    expect(await count(db, 'phone')).toBe(1);
    const changes = await db.db.selectFrom('metadata').selectAll().where('last_action_type', 'in', ['update', 'delete']).execute();
    expect(changes.map((m) => [m.last_action_type, m.field_name, m.previous_value, m.replacement_value])).toEqual(
      expect.arrayContaining([
        ['update', 'name', 'Albergue de prueba', 'Albergue renombrado'],
        ['delete', '', '', ''],
      ]),
    );
    expect(await count(db, 'metadata')).toBe(metadataBefore + changes.length);
  });

  it('rejects the whole file when one record is bad, naming file, line and field, and changes nothing', async () => {
    await importPath(db, file('base.json', JSON.stringify([service()])));
    const before = await count(db, 'service');
    const other = { ...service(), id: '55555555-5555-4555-8555-555555555555', name: 'Otro', phones: [] };
    const text = `[\n${JSON.stringify({ ...service(), name: 'cambiado' })},\n${JSON.stringify({ ...other, status: 'abierto' })}\n]`;
    const report = await importPath(db, file('mixed.json', text));
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      { file: 'mixed.json', line: 3, field: 'status', reason: 'must be one of: active, inactive, defunct, temporarily closed' },
    ]);
    expect(await count(db, 'service')).toBe(before);
    const svc = await db.db.selectFrom('service').select('name').where('id', '=', SVC).executeTakeFirstOrThrow();
    expect(svc.name).toBe('Albergue de prueba');
  });

  it('reports malformed JSON on the line where it breaks', async () => {
    const report = await importPath(db, file('broken.json', '[\n{"id": "x",\n "name": }\n]'));
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ file: 'broken.json', line: 3 });
    expect(report.problems[0]!.reason).toMatch(/^is not valid JSON/);
  });

  it('reports a file that is not UTF-8 with its line', async () => {
    const latin1 = Buffer.concat([Buffer.from('[\n{"id": "a",\n "name": "ni'), Buffer.from([0xf1]), Buffer.from('os"}]')]);
    const report = await importPath(db, file('latin1.json', latin1));
    expect(report.problems).toEqual([{ file: 'latin1.json', line: 3, reason: 'is not UTF-8 text: save or export it as UTF-8 and try again' }]);
  });

  it('refuses references to records that exist nowhere, unless allowed as warnings', async () => {
    const dangling = { ...service(), organization: undefined, organization_id: '66666666-6666-4666-8666-666666666666' };
    const path = file('dangling.json', JSON.stringify([dangling]));
    const strict = await importPath(db, path);
    expect(strict.problems).toEqual([
      {
        file: 'dangling.json',
        line: 1,
        field: 'organization_id',
        reason: 'refers to organization 66666666-6666-4666-8666-666666666666, which is neither in this import nor in the directory',
      },
    ]);
    expect(await count(db, 'service')).toBe(0);
    const lenient = await importPath(db, path, { allowDangling: true });
    expect(lenient.ok).toBe(true);
    expect(lenient.warnings).toHaveLength(1);
  });

  it('refuses one id given twice with different content, but merges copies of a shared object', async () => {
    const two = [service(), { ...service({ name: 'Otro nombre' }) }];
    const report = await importPath(db, file('dup.json', JSON.stringify(two)));
    expect(report.ok).toBe(false);
    expect(report.problems[0]!.reason).toMatch(/service 22222222-2222-4222-8222-222222222222 is also given at line 1 with name "Albergue de prueba", here "Otro nombre"/);
    // The same phone under the service and under a contact: one row carrying both keys.
    const contactId = '77777777-7777-4777-8777-777777777777';
    const shared = service({ contacts: [{ id: contactId, name: 'Recepción', phones: [{ id: PHONE_A, number: '000 000 0000' }] }] });
    const ok = await importPath(db, file('shared.json', JSON.stringify([shared])));
    expect(ok.problems).toEqual([]);
    const phone = await db.db.selectFrom('phone').selectAll().executeTakeFirstOrThrow();
    expect([phone.service_id, phone.contact_id]).toEqual([SVC, contactId]);
  });

  it('checks a file with dryRun and changes nothing', async () => {
    const report = await importPath(db, file('dry.json', JSON.stringify([service()])), { dryRun: true });
    expect(report.ok).toBe(true);
    expect(report.tables.service?.created).toBe(1);
    expect(await count(db, 'service')).toBe(0);
    expect(await count(db, 'metadata')).toBe(0);
  });

  it('imports a 50 MB NDJSON file in one transaction', async () => {
    const lines: string[] = [];
    const description = 'x'.repeat(5000);
    for (let i = 0; i < 10_000; i++) {
      const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      lines.push(JSON.stringify({ id, name: `Servicio ${i}`, status: 'active', description, organization: { id: ORG, name: 'Red', description: 'd' } }));
    }
    const path = file('big.ndjson', lines.join('\n'));
    const report = await importPath(db, path);
    expect(report.ok).toBe(true);
    expect(report.records).toBe(10_000);
    expect(await count(db, 'service')).toBe(10_000);
  }, 120_000);
});

describe.each(DIALECTS)('CSV data packages on %s', (dialect) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(dialect);
  });
  afterAll(() => db.close());

  it('reports wrong types and missing keys per file, line and field', async () => {
    const pkg = mkdtempSync(join(dir, 'pkg-'));
    writeFileSync(join(pkg, 'organizations.csv'), `id,name,description\n${ORG},Red,Descripción\n`);
    writeFileSync(join(pkg, 'services.csv'), `id,name,status,minimum_age\n${SVC},Albergue,active,doce\n`);
    const report = await importPath(db, pkg);
    expect(report.problems).toEqual([
      { file: 'services.csv', line: 2, field: 'minimum_age', reason: 'must be a number, got "doce"' },
      { file: 'services.csv', line: 2, field: 'organization_id', reason: 'is required in the CSV form' },
    ]);
  });

  it('leaves the columns a CSV file does not have as they were', async () => {
    const pkg = mkdtempSync(join(dir, 'pkg-'));
    writeFileSync(join(pkg, 'organizations.csv'), `id,name,description,email\n${ORG},Red,Descripción,red@example.org\n`);
    expect((await importPath(db, pkg)).problems).toEqual([]);
    const partial = mkdtempSync(join(dir, 'pkg-'));
    writeFileSync(join(partial, 'organizations.csv'), `id,name,description\n${ORG},Red renombrada,Descripción\n`);
    expect((await importPath(db, partial)).problems).toEqual([]);
    const org = await db.db.selectFrom('organization').selectAll().where('id', '=', ORG).executeTakeFirstOrThrow();
    expect([org.name, org.email]).toEqual(['Red renombrada', 'red@example.org']);
  });

  it('names a malformed CSV line', async () => {
    const pkg = mkdtempSync(join(dir, 'pkg-'));
    writeFileSync(join(pkg, 'organizations.csv'), `id,name,description\n${ORG},"Red,Descripción\n`);
    const report = await importPath(db, pkg);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ file: 'organizations.csv' });
    expect(report.problems[0]!.reason).toMatch(/^is not valid CSV/);
  });
});
