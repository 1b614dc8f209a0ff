// Filters of GET /api/services (AND semantics), minimal, full and format=ndjson. The expected
// results are worked out from the fixture tables, independently of the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases.js';
import { SERVICES, ids, type FixtureService } from '../support/directory-fixtures.js';
import { ENDPOINTS, allItems, idsOf, openDirectory, problemsOfItems, ruta, walkPages, walkProblems, type TestDirectory } from './harness.js';

type Expect = (s: FixtureService) => boolean;

const text = (s: FixtureService) => [s.name, s.alternateName ?? '', s.description].join('\n').toLowerCase();
const contains = (needle: string): Expect => (s) => text(s).includes(needle.toLowerCase());
const tagged = (code: string): Expect => (s) => s.terms.includes(code);
const inOrg = (key: string): Expect => (s) => s.org === key;
const after = (iso: string): Expect => (s) => Date.parse(s.lastModified) >= Date.parse(iso);
const all = (...conditions: Expect[]): Expect => (s) => conditions.every((c) => c(s));
const q = encodeURIComponent;

const CASES: [string, string, Expect][] = [
  ['taxonomy_term_id of a top term', `taxonomy_term_id=${ids.term('salud')}`, tagged('salud')],
  ['taxonomy_term_id of a child term', `taxonomy_term_id=${ids.term('asilo')}`, tagged('asilo')],
  ['taxonomy_id', `taxonomy_id=${ids.taxonomy}`, (s) => s.terms.length > 0],
  ['taxonomy_id of a taxonomy no service uses', `taxonomy_id=${ids.profileTaxonomy}`, () => false],
  ['organization_id', `organization_id=${ids.organization('clinica')}`, inOrg('clinica')],
  ['modified_after, UTC', `modified_after=${q('2025-03-12T00:00:00Z')}`, after('2025-03-12T00:00:00Z')],
  ['modified_after, with offset', `modified_after=${q('2025-03-20T00:00:00-06:00')}`, after('2025-03-20T00:00:00-06:00')],
  // "Control prenatal" was written as 2025-03-12T06:00:00-06:00, i.e. 12:00Z: after 08:00Z.
  ['modified_after, records in local time', `modified_after=${q('2025-03-12T08:00:00Z')}`, after('2025-03-12T08:00:00Z')],
  ['organization_id AND taxonomy_term_id', `organization_id=${ids.organization('clinica')}&taxonomy_term_id=${ids.term('salud-mental')}`, all(inOrg('clinica'), tagged('salud-mental'))],
  ['taxonomy_id AND modified_after', `taxonomy_id=${ids.taxonomy}&modified_after=${q('2025-03-18T00:00:00Z')}`, all((s) => s.terms.length > 0, after('2025-03-18T00:00:00Z'))],
  ['organization_id AND a term of another organization', `organization_id=${ids.organization('casa')}&taxonomy_term_id=${ids.term('asilo')}`, () => false],
];

describe.each(DIALECTS)('GET /api/services filters (%s)', (dialect) => {
  let dir: TestDirectory;
  beforeAll(async () => {
    dir = await openDirectory(dialect);
  });
  afterAll(async () => {
    await dir?.close();
  });

  it.each(CASES)('%s', async (_label, query, expected) => {
    const want = SERVICES.filter(expected).map((s) => ids.service(s.key)).sort();
    expect(want.length, 'a filter case must narrow the list').toBeLessThan(SERVICES.length);
    const pages = await walkPages(dir.getJson, `/api/services?${query}`, 5);
    expect(walkProblems(pages, 5)).toEqual([]);
    expect(idsOf(pages.flatMap((p) => p.contents))).toEqual(want);
  });

  // HSDS `search` is answered by Ruta's search engine: words are folded, stemmed and read for
  // needs and places, and results come in order of relevance. What must hold whatever the ranking:
  const searchIds = async (term: string, extra = '') => idsOf(await allItems(dir.getJson, `/api/services?search=${q(term)}${extra}`));
  const ranked = async (term: string) => ((await dir.getJson(`/api/services?search=${q(term)}&per_page=1000`)) as { contents: { id: string }[] }).contents.map((c) => c.id);

  it.each([
    ['TAPACHULA', 'tapachula'],
    ['CoMuNiTaRiO', 'comunitario'],
    ['ÁREA', 'área', 'area', 'Área'],
  ])('search ignores case and accents: %s', async (...terms) => {
    const lists = await Promise.all(terms.map((t) => ranked(t)));
    expect(lists[0]!.length).toBeGreaterThan(0);
    for (const l of lists) expect(l).toEqual(lists[0]);
  });

  it.each(['comunitario', 'orientación', 'anticonceptivos'])('search finds every service whose text has the word "%s"', async (word) => {
    const want = SERVICES.filter(contains(word)).map((s) => ids.service(s.key));
    expect(want.length).toBeGreaterThan(0);
    expect(await searchIds(word)).toEqual(expect.arrayContaining(want));
  });

  it('search reads accented capitals: ÁREA finds "Prueba — ÁREA DE SALUD SEXUAL"', async () => {
    expect(await searchIds('ÁREA')).toContain(ids.service('salud-sexual'));
  });

  it('search matches words of alternate_name', async () => {
    expect(await searchIds('asesoria_legal')).toContain(ids.service('whatsapp-legal'));
  });

  it.each(['%', '_', 'a_l', '%_%', 'zzyzxqw'])('search for "%s" finds nothing', async (term) => {
    expect(await searchIds(term)).toEqual([]);
  });

  it('search AND other filters: only services meeting both', async () => {
    const both = await searchIds('albergue', `&taxonomy_term_id=${ids.term('alojamiento')}`);
    const tagged_ = SERVICES.filter(tagged('alojamiento')).map((s) => ids.service(s.key));
    expect(both.length).toBeGreaterThan(0);
    for (const id of both) expect(tagged_).toContain(id);
    const inDefensoria = await searchIds('orientación', `&organization_id=${ids.organization('defensoria')}`);
    expect(inDefensoria.length).toBeGreaterThan(0);
    for (const id of inDefensoria) expect(SERVICES.find((s) => ids.service(s.key) === id)!.org).toBe('defensoria');
  });

  it('minimal=true gives only id and last_modified, the instant of the source in UTC', async () => {
    const items = await allItems(dir.getJson, '/api/services?minimal=true');
    expect(idsOf(items)).toEqual([...dir.fixture.serviceIds].sort());
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(['id', 'last_modified']);
      const given = SERVICES.find((s) => ids.service(s.key) === item.id)!;
      expect(item.last_modified).toBe(new Date(given.lastModified).toISOString());
    }
  });

  it('minimal=true pages by the ORUK rules and keeps the other filters', async () => {
    expect(walkProblems(await walkPages(dir.getJson, '/api/services?minimal=true', 5), 5)).toEqual([]);
    const items = await allItems(dir.getJson, `/api/services?minimal=true&organization_id=${ids.organization('casa')}`);
    expect(idsOf(items)).toEqual(SERVICES.filter(inOrg('casa')).map((s) => ids.service(s.key)).sort());
  });

  it('full=true gives fully nested services, each equal to GET /api/services/{id}', async () => {
    const pages = await walkPages(dir.getJson, '/api/services?full=true', 5);
    expect(walkProblems(pages, 5)).toEqual([]);
    const items = pages.flatMap((p) => p.contents);
    expect(idsOf(items)).toEqual([...dir.fixture.serviceIds].sort());
    expect(problemsOfItems(items, (s) => ruta.validateCompiled('service_with_definitions', s))).toEqual({});
    for (const item of items) expect(item).toEqual(await dir.getJson(`/api/services/${item.id}`));
  });

  it.each(ENDPOINTS.map((e) => [e.path, e] as const))('format=ndjson on %s: one valid object per line, as many as the list holds', async (_path, endpoint) => {
    const res = await dir.get(`${endpoint.path}?format=ndjson`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = res.text.split('\n');
    expect(lines.pop(), 'the stream ends with a newline').toBe('');
    const objects = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const total = (await dir.getJson(`${endpoint.path}?per_page=1`)).total_items as number;
    expect(objects).toHaveLength(total);
    expect(idsOf(objects)).toEqual([...endpoint.fixtureIds(dir.fixture)].sort());
    expect(problemsOfItems(objects, endpoint.byId)).toEqual({});
  });

  it('format=ndjson keeps the filters', async () => {
    const query = `taxonomy_id=${ids.taxonomy}&organization_id=${ids.organization('defensoria')}`;
    const res = await dir.get(`/api/services?format=ndjson&${query}`);
    const lines = res.text.split('\n').filter((l) => l !== '');
    const page = await dir.getJson(`/api/services?${query}`);
    expect(page.total_items).toBeGreaterThan(0);
    expect(lines).toHaveLength(page.total_items);
    expect(idsOf(lines.map((l) => JSON.parse(l)))).toEqual(idsOf(page.contents));
  });
});
