import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIALECTS, openTestDatabase, openTestDatabasePair } from '../../test/support/databases.js';
import { importDocuments } from '../import-export/importer.js';
import { createApp } from '../app.js';
import { createLogger } from '../lib/logger.js';
import { loadStarterData } from '../starter/load-starter.js';
import { useStarterApp } from '../../test/support/starter-app.js';

describe('GET /api/search', () => {
  const starter = useStarterApp();

  const get = async (query: string) => {
    const res = await starter.app.request(`/api/search?${query}`);
    const text = await res.text();
    expect(text).not.toMatch(/stack|SqliteError|at \//);
    return { status: res.status, body: JSON.parse(text) };
  };

  it('answers everyday words with results, reasons in the reader\'s language, and what it understood', async () => {
    const { status, body } = await get(`q=${encodeURIComponent('albergeu en tapachula')}&lang=es`);
    expect(status).toBe(200);
    expect(body.understood.corrections).toEqual([{ from: 'albergeu', to: 'albergue' }]);
    expect(body.understood.place.name).toBe('Tapachula');
    expect(body.contents[0].service.name).toMatch(/Albergue/);
    expect(body.contents[0].explanation).toMatch(/km/);
    const en = await get(`q=shelter&lang=en&place=Tapachula`);
    expect(en.body.contents[0].reasons.find((r: { code: string }) => r.code === 'need').text).toBe('Shelter and housing');
  });

  it.each([
    ['an empty query lists services by the filters alone', 'q=', (b: { total_items: number }) => b.total_items > 0],
    ['only punctuation finds nothing', `q=${encodeURIComponent('¿¡!?...')}`, (b: { total_items: number }) => b.total_items === 0],
    ['emoji find nothing', `q=${encodeURIComponent('🏠🍞')}`, (b: { total_items: number }) => b.total_items === 0],
    ['SQL is just words', `q=${encodeURIComponent("'); DROP TABLE service;--")}`, () => true],
    ['FTS syntax is just words', `q=${encodeURIComponent('albergue NEAR "comida" OR *')}`, (b: { total_items: number }) => b.total_items > 0],
  ])('%s', async (_label, query, check) => {
    const { status, body } = await get(query);
    expect(status).toBe(200);
    expect(check(body)).toBe(true);
  });

  it.each([
    [`q=${'a'.repeat(10_000)}`, 'q'],
    ['place=Atlantida%20Perdida', 'place'],
    ['lat=14.9&lng=-92.2&radius=0', 'radius'],
    ['lat=14.9&lng=-92.2&radius=1000000000', 'radius'],
    ['lat=14.9', 'lng'],
    ['open=mañana', 'open'],
    ['lang=xx', 'lang'],
    ['need=unicornios', 'need'],
    ['population=marcianos', 'population'],
    ['page=0', 'page'],
  ])('%s is a 400 naming %s', async (query, field) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect(body.error.details[0].field).toBe(field);
  });

  it('filters by need, population, language, free and open at a time', async () => {
    const shelter = await get('need=shelter');
    expect(shelter.body.total_items).toBeGreaterThan(0);
    const women = await get('population=women');
    expect(women.body.total_items).toBeGreaterThan(0);
    for (const r of women.body.contents) expect(r.reasons).toContainEqual(expect.objectContaining({ code: 'population', population: 'women' }));
    // The example shelter in Tapachula keeps office hours in its own time zone (UTC−6).
    const night = await get(`need=shelter&open=${encodeURIComponent('2026-12-01T03:00:00-06:00')}`);
    const day = await get(`need=shelter&open=${encodeURIComponent('2026-12-01T11:00:00-06:00')}`);
    expect(day.body.total_items).toBeGreaterThanOrEqual(night.body.total_items);
  });
});

const shelter = (name: string, status = 'active') => ({
  id: '5b0c7e1a-2f3d-4c5b-8a9e-0d1c2b3a4f5e',
  name,
  status,
  description: 'Albergue de prueba con cama y comida.',
  organization: { id: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b', name: 'Prueba — Red de rutas', description: 'Organización de prueba.' },
});

describe.each(DIALECTS)('cached answers of /api/search on %s', (dialect) => {
  it('follow every change to the directory, from another process too', async () => {
    const [one, two] = await openTestDatabasePair(dialect);
    try {
      await loadStarterData(one);
      const app = createApp({ database: two, config: { publicUrl: 'http://localhost:3000' }, logger: createLogger('silent') });
      const names = async () => {
        const body = await (await app.request('/api/search?q=tlapaneca')).json();
        return body.contents.map((r: { service: { name: string } }) => r.service.name);
      };
      expect(await names()).toEqual([]);
      expect(await names()).toEqual([]); // asked twice: the second answer comes from the cache
      await importDocuments(one, [{ table: 'service', doc: shelter('Albergue Tlapaneca de prueba'), file: 'test', line: 1 }], { updatedBy: 'test' });
      expect(await names()).toEqual(['Albergue Tlapaneca de prueba']);
      await importDocuments(one, [{ table: 'service', doc: shelter('Albergue Tlapaneca de prueba', 'defunct'), file: 'test', line: 1 }], { updatedBy: 'test' });
      expect(await names()).toEqual([]);
    } finally {
      await two.close();
      await one.close();
    }
  });

  it('are the same JSON gzipped or plain, and honour a refused gzip', async () => {
    const database = await openTestDatabase(dialect);
    try {
      await loadStarterData(database);
      const app = createApp({ database, config: { publicUrl: 'http://localhost:3000' }, logger: createLogger('silent') });
      const path = `/api/search?q=${encodeURIComponent('albergue tapachula')}`;
      const plain = await app.request(path);
      const zipped = await app.request(path, { headers: { 'Accept-Encoding': 'gzip, br' } });
      const refused = await app.request(path, { headers: { 'Accept-Encoding': 'gzip;q=0, identity' } });
      expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
      expect(refused.headers.get('Content-Encoding')).toBeNull();
      const zippedText = gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8');
      const plainText = await plain.text();
      expect(JSON.parse(zippedText)).toEqual(JSON.parse(plainText));
      expect(JSON.parse(plainText).total_items).toBeGreaterThan(0);
      expect(await refused.text()).toBe(plainText);
    } finally {
      await database.close();
    }
  });
});
