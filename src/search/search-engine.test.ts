import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestDatabase, openTestDatabasePair } from '../../test/support/databases.js';
import { ids, loadDirectoryFixture } from '../../test/support/directory-fixtures.js';
import type { Database } from '../lib/db.js';
import { importDocuments } from '../import-export/importer.js';
import { loadStarterData } from '../starter/load-starter.js';
import { openSearchEngine, type SearchEngine, type SearchQuery } from './search-engine.js';

const QUERIES: SearchQuery[] = [
  { q: 'albergue', lang: 'es' },
  { q: 'albergeu en tapachula', lang: 'es' },
  { q: 'manje gratis', lang: 'ht' },
  { q: 'legal help asylum', lang: 'en' },
  { q: 'trata de personas' },
  { q: 'consulta', lat: 14.9057, lng: -92.263, radius: 5 },
  { q: 'tapachula' },
  { need: 'shelter' },
  { q: 'orientación', language: 'hat' },
];

async function directory(dialect: (typeof DIALECTS)[number]): Promise<Database> {
  const database = await openTestDatabase(dialect);
  await loadStarterData(database);
  const { report } = await loadDirectoryFixture(database);
  expect(report.problems).toEqual([]);
  return database;
}

const newShelter = (name: string, status = 'active') => ({
  id: '7d4f0a3c-58f1-4b6e-9c2d-1a2b3c4d5e6f',
  name,
  status,
  description: 'Albergue de prueba con cama y comida.',
  organization: { id: '1f2e3d4c-5b6a-4789-8a7b-6c5d4e3f2a1b', name: 'Prueba — Red', description: 'Organización de prueba.' },
});

describe('search on both databases', () => {
  const engines: SearchEngine[] = [];
  const databases: Database[] = [];
  beforeAll(async () => {
    for (const dialect of DIALECTS) {
      const db = await directory(dialect);
      databases.push(db);
      engines.push(await openSearchEngine(db));
    }
  });
  afterAll(async () => {
    for (const db of databases) await db.close();
  });

  it.each(QUERIES)('gives the same results in the same order: %j', async (query) => {
    const [sqlite, postgres] = await Promise.all(engines.map((e) => e.search({ ...query, limit: 50 })));
    expect(sqlite!.total).toBeGreaterThan(0);
    expect(postgres!.hits.map((h) => [h.serviceId, h.score])).toEqual(sqlite!.hits.map((h) => [h.serviceId, h.score]));
  });

  it('finds the fixture shelter by need and place, and explains why', async () => {
    const result = await engines[0]!.search({ q: 'albergue en tapachula', lang: 'es', limit: 5 });
    expect(result.understood.place?.name).toBe('Tapachula');
    expect(result.understood.needs.map((n) => n.code)).toContain('shelter');
    const top = result.hits[0]!;
    expect(top.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['need', 'distance']));
  });

  it('never shows where a confidential site is', async () => {
    for (const engine of engines) {
      const result = await engine.search({ q: 'albergue para mujeres', lat: 14.9057, lng: -92.263, limit: 50 });
      const hidden = result.hits.filter((h) => h.serviceId === ids.service('albergue-mujeres'));
      // Found (it ranks by its town), but nothing says where it is.
      expect(hidden).toHaveLength(1);
      expect(hidden[0]!.distanceKm).toBeUndefined();
      expect(hidden[0]!.site).toBeUndefined();
      expect(hidden[0]!.reasons.some((r) => r.code === 'distance')).toBe(false);
      for (const h of result.hits) expect(h.site?.locationId).not.toBe(ids.location('albergue-confidencial'));
    }
  });
});

describe.each(DIALECTS)('search stays in step with the directory on %s', (dialect) => {
  it('sees an import, a change and a closure at the next search, from another process too', async () => {
    const [one, two] = await openTestDatabasePair(dialect);
    try {
      await loadStarterData(one);
      const here = await openSearchEngine(one);
      const there = await openSearchEngine(two);
      const find = async (engine: SearchEngine, q: string) => (await engine.search({ q, limit: 50 })).hits.map((h) => h.name);

      expect(await find(there, 'zapoteca')).toEqual([]);
      const imported = await importDocuments(one, [{ table: 'service', doc: newShelter('Albergue Zapoteca de prueba'), file: 'test', line: 1 }], { updatedBy: 'test' });
      expect(imported.problems).toEqual([]);
      expect(await find(here, 'zapoteca')).toEqual(['Albergue Zapoteca de prueba']);
      expect(await find(there, 'zapoteca')).toEqual(['Albergue Zapoteca de prueba']);

      await importDocuments(one, [{ table: 'service', doc: newShelter('Albergue Mixteca de prueba'), file: 'test', line: 1 }], { updatedBy: 'test' });
      expect(await find(there, 'zapoteca')).toEqual([]);
      expect(await find(there, 'mixteca')).toEqual(['Albergue Mixteca de prueba']);

      await importDocuments(one, [{ table: 'service', doc: newShelter('Albergue Mixteca de prueba', 'defunct'), file: 'test', line: 1 }], { updatedBy: 'test' });
      expect(await find(there, 'mixteca')).toEqual([]);
    } finally {
      await two.close();
      await one.close();
    }
  });
});
