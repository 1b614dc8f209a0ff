// The by-id endpoints, for every id the lists give (the ORUK validator's "useIdFrom" checks).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases.js';
import { ENDPOINTS, openDirectory, problemsOfItems, ruta, walkPages, type Obj, type TestDirectory } from './harness.js';

describe.each(DIALECTS)('HSDS by-id endpoints (%s)', (dialect) => {
  let dir: TestDirectory;
  beforeAll(async () => {
    dir = await openDirectory(dialect);
  });
  afterAll(async () => {
    await dir?.close();
  });

  async function idsFromList(path: string): Promise<string[]> {
    const pages = await walkPages(dir.getJson, path, 5);
    return pages.flatMap((p) => p.contents.map((c) => c.id as string));
  }

  async function fetchAll(path: string, ids: string[], query = ''): Promise<Obj[]> {
    const bodies: Obj[] = [];
    for (const id of ids) {
      const body = await dir.getJson(`${path}/${id}${query}`);
      expect(body.id, `${path}/${id}`).toBe(id);
      bodies.push(body);
    }
    return bodies;
  }

  it.each(ENDPOINTS.map((e) => [e.path, e] as const))('GET %s/{id} answers 200, the requested id and a valid object for every listed id', async (_path, endpoint) => {
    const ids = await idsFromList(endpoint.path);
    expect([...ids].sort()).toEqual([...endpoint.fixtureIds(dir.fixture)].sort());
    const bodies = await fetchAll(endpoint.path, ids);
    expect(problemsOfItems(bodies, endpoint.byId)).toEqual({});
  });

  it('GET /api/services/{id} is fully nested: organization, phones, schedules, languages, sites and attributes', async () => {
    const bodies = await fetchAll('/api/services', dir.fixture.serviceIds);
    for (const [i, body] of bodies.entries()) {
      const given = dir.fixture.services[i]!;
      const label = String(given.name);
      expect(body.organization?.id, label).toBe(given.organization_id);
      for (const key of ['phones', 'schedules', 'languages', 'service_at_locations', 'attributes'] as const) {
        const ids = (given[key] as Obj[]).map((o) => o.id).sort();
        expect((body[key] as Obj[]).map((o) => o.id).sort(), `${label} ${key}`).toEqual(ids);
      }
      for (const sal of body.service_at_locations as Obj[]) expect(sal.location?.id, label).toBe(sal.location_id);
      for (const a of body.attributes as Obj[]) expect(a.taxonomy_term?.id, label).toBe(a.taxonomy_term_id);
    }
  });

  it('GET /api/organizations/{id}?full_service=true validates and nests services fully', async () => {
    const bodies = await fetchAll('/api/organizations', dir.fixture.organizationIds, '?full_service=true');
    expect(problemsOfItems(bodies, (o) => ruta.validate('organization', o))).toEqual({});
    for (const org of bodies) {
      const expected = dir.fixture.services.filter((s) => s.organization_id === org.id).map((s) => s.id);
      expect((org.services as Obj[]).map((s) => s.id).sort()).toEqual(expected.sort());
      expect(problemsOfItems(org.services as Obj[], (s) => ruta.validate('service', s))).toEqual({});
      for (const s of org.services as Obj[]) expect(Array.isArray(s.service_at_locations), String(s.id)).toBe(true);
    }
  });

  it('GET /api/organizations/{id} lists its services', async () => {
    const bodies = await fetchAll('/api/organizations', dir.fixture.organizationIds);
    for (const org of bodies) {
      const expected = dir.fixture.services.filter((s) => s.organization_id === org.id).map((s) => s.id);
      expect((org.services as Obj[]).map((s) => s.id).sort()).toEqual(expected.sort());
    }
  });

  it('GET /api/taxonomy_terms/{id} keeps parent_id and taxonomy_id', async () => {
    const terms = await fetchAll('/api/taxonomy_terms', dir.fixture.termIds);
    const byId = new Map(terms.map((t) => [t.id, t]));
    for (const line of dir.fixture.services) {
      for (const a of line.attributes as Obj[]) {
        const given = a.taxonomy_term as Obj;
        expect(byId.get(given.id)?.parent_id, given.code).toBe(given.parent_id);
        expect(byId.get(given.id)?.taxonomy_id, given.code).toBe(given.taxonomy_id);
      }
    }
  });
});
