// Bad input answers with a JSON error naming what is wrong (4xx, never 500), hostile text is
// data, not SQL, and no response body ever shows internals (checked on every request by the
// harness: no "stack", "at /", "Error:" or "SqliteError").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases.js';
import { fixtureId, ids } from '../support/directory-fixtures.js';
import { ENDPOINTS, openDirectory, ruta, stringsIn, type ApiResponse, type TestDirectory } from './harness.js';

const SAL = '/api/service_at_locations';
const AT = 'lat=14.9&lng=-92.26';
const q = encodeURIComponent;

/** [path, query, the parameter details[0].field must name] */
const BAD_PARAMETERS: [string, string, string][] = [
  ['/api/services', 'page=0', 'page'],
  ['/api/services', 'page=-1', 'page'],
  ['/api/services', 'page=abc', 'page'],
  ['/api/services', 'page=1.5', 'page'],
  ['/api/services', 'per_page=0', 'per_page'],
  ['/api/services', 'per_page=100000', 'per_page'],
  ['/api/services', 'per_page=', 'per_page'],
  ['/api/services', 'modified_after=yesterday', 'modified_after'],
  ['/api/services', 'modified_after=2025-03-01', 'modified_after'],
  ['/api/services', 'taxonomy_term_id=salud', 'taxonomy_term_id'],
  ['/api/services', 'organization_id=1', 'organization_id'],
  ['/api/services', 'minimal=maybe', 'minimal'],
  ['/api/services', 'format=xml', 'format'],
  ['/api/services', `search=${'a'.repeat(10_000)}`, 'search'],
  ['/api/services', 'unknown=1', 'unknown'],
  ['/api/services', 'postcode=30700', 'postcode'],
  ['/api/organizations', 'per_page=100000', 'per_page'],
  ['/api/organizations', 'parent_id=x', 'parent_id'],
  ['/api/taxonomies', 'page=0', 'page'],
  ['/api/taxonomies', 'taxonomy_id=' + ids.taxonomy, 'taxonomy_id'],
  ['/api/taxonomy_terms', 'parent_id=not-a-uuid', 'parent_id'],
  ['/api/taxonomy_terms', 'top_only=sometimes', 'top_only'],
  ['/api/taxonomy_terms', `search=${'á'.repeat(10_000)}`, 'search'],
  [SAL, 'lat=91&lng=-92.26', 'lat'],
  [SAL, 'lat=-91&lng=-92.26', 'lat'],
  [SAL, 'lat=14.9&lng=181', 'lng'],
  [SAL, 'lat=NaN&lng=-92.26', 'lat'],
  [SAL, 'lat=14.9', 'lng'],
  [SAL, `${AT}&radius=0`, 'radius'],
  [SAL, `${AT}&radius=-5`, 'radius'],
  [SAL, `${AT}&radius=1e9`, 'radius'],
  [SAL, 'radius=10', 'radius'],
  [SAL, 'proximity=1000', 'proximity'],
  [SAL, 'postcode=30700&proximity=0', 'proximity'],
  [SAL, `postcode=${'9'.repeat(100)}`, 'postcode'],
  [SAL, 'near=tapachula', 'near'],
];

const HOSTILE_SEARCHES = ["'); DROP TABLE service;--", '"', '*', "' OR '1'='1", '\\', '%_%', '--', '/* */'];

function expectError(res: ApiResponse, status: number, code?: string) {
  expect(res.status, res.text.slice(0, 300)).toBe(status);
  expect(res.headers.get('content-type') ?? '').toMatch(/^application\/json/);
  expect(res.body?.error?.status).toBe(status);
  expect(typeof res.body?.error?.message).toBe('string');
  if (code) expect(res.body.error.code).toBe(code);
}

describe.each(DIALECTS)('bad input (%s)', (dialect) => {
  let dir: TestDirectory;
  beforeAll(async () => {
    dir = await openDirectory(dialect);
  });
  afterAll(async () => {
    await dir?.close();
  });

  it.each(ENDPOINTS.flatMap((e) => ['not-a-uuid', '12345', q("' OR 1=1 --"), `${fixtureId('x')}x`].map((id) => [e.path, id])))(
    '%s/%s is a 400 INVALID_ID',
    async (path, id) => {
      const res = await dir.get(`${path}/${id}`);
      expectError(res, 400, 'INVALID_ID');
      expect(res.body.error.details?.[0]?.field).toBe('id');
    },
  );

  it.each(ENDPOINTS.map((e) => e.path))('%s/{unknown id} is a 404 RECORD_NOT_FOUND', async (path) => {
    expectError(await dir.get(`${path}/${fixtureId('no such record')}`), 404, 'RECORD_NOT_FOUND');
  });

  it('an existing id in upper case finds its record (UUIDs are case-insensitive)', async () => {
    const id = ids.service('comedor');
    const res = await dir.get(`/api/services/${id.toUpperCase()}`);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(id);
  });

  it.each(BAD_PARAMETERS)('%s?%s is a 400 naming %s', async (path, query, field) => {
    const res = await dir.get(`${path}?${query}`);
    expectError(res, 400);
    expect(['INVALID_PARAMETER', 'INVALID_ID']).toContain(res.body.error.code);
    expect(res.body.error.details?.[0]?.field).toBe(field);
  });

  it('unknown parameters on the by-id endpoints and the root leak nothing', async () => {
    for (const path of [`/api/services/${ids.service('comedor')}`, `/api/taxonomies/${ids.taxonomy}`, '/api/']) {
      const res = await dir.get(`${path}?unknown=1`);
      expect([res.status, res.body?.error?.details?.[0]?.field]).toEqual([400, 'unknown']);
    }
  });

  it('a NUL byte in a text parameter is a 400 naming it', async () => {
    for (const [path, field] of [
      ['/api/services?search=a%00b', 'search'],
      ['/api/taxonomy_terms?search=%00', 'search'],
      [`${SAL}?postcode=%00`, 'postcode'],
    ]) {
      const res = await dir.get(path!); // the harness also checks the body for leaked internals
      expectError(res, 400, 'INVALID_PARAMETER');
      expect(res.body.error.details?.[0]?.field).toBe(field);
    }
  });

  it.each(ENDPOINTS.flatMap((e) => HOSTILE_SEARCHES.map((s) => [e.path, s])))('%s?search=%s is just text: 200 and a valid, empty page', async (path, term) => {
    const res = await dir.get(`${path}?search=${q(term)}`);
    expect(res.status, res.text.slice(0, 300)).toBe(200);
    expect(ruta.validatePageEnvelope(res.body)).toEqual([]);
    // No fixture text contains the term, so any match would mean it was not taken literally.
    expect(stringsIn(dir.fixture.services).filter((t) => t.toLowerCase().includes(term.toLowerCase()))).toEqual([]);
    expect(res.body.contents).toEqual([]);
  });

  it('the hostile searches changed nothing', async () => {
    for (const e of ENDPOINTS) {
      const page = await dir.getJson(`${e.path}?per_page=1`);
      expect(page.total_items, e.path).toBe(e.fixtureIds(dir.fixture).length);
    }
  });

  it('unknown paths under /api are JSON 404s', async () => {
    for (const path of ['/api/nope', '/api/services/a/b', '/api/locations']) expectError(await dir.get(path), 404, 'NOT_FOUND');
  });
});
