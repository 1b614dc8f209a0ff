// Filters of GET /api/taxonomy_terms and GET /api/service_at_locations (postcode, and Ruta's
// lat/lng/radius in km), with AND semantics. Expected results come from the fixture tables;
// distances are great-circle distances computed here, not the server's approximation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases.js';
import { ORIGIN, SERVICES, SITES, distanceKm, ids, type FixtureService, type FixtureSite } from '../support/directory-fixtures.js';
import { forEachObject, idsOf, openDirectory, walkPages, walkProblems, type Obj, type TestDirectory } from './harness.js';

interface Sal {
  id: string;
  service: FixtureService;
  site: FixtureSite;
}

const SALS: Sal[] = SERVICES.flatMap((service) =>
  service.sites.map((key) => ({ id: ids.serviceAtLocation(service.key, key), service, site: SITES.find((s) => s.key === key)! })),
);
const PUBLIC_SALS = SALS.filter((s) => !s.site.confidential);
const salIds = (list: Sal[]) => list.map((s) => s.id).sort();
const km = (site: FixtureSite) => distanceKm(ORIGIN, site);
const at = `lat=${ORIGIN.lat}&lng=${ORIGIN.lng}`;

const RADII = [2, 10, 20, 30, 50, 300];

describe.each(DIALECTS)('list filters on places and terms (%s)', (dialect) => {
  let dir: TestDirectory;
  beforeAll(async () => {
    dir = await openDirectory(dialect);
  });
  afterAll(async () => {
    await dir?.close();
  });

  async function list(path: string): Promise<Obj[]> {
    const pages = await walkPages(dir.getJson, path, 5);
    expect(walkProblems(pages, 5), path).toEqual([]);
    return pages.flatMap((p) => p.contents);
  }

  describe('GET /api/taxonomy_terms', () => {
    /** The terms as the fixture gives them, nested in the attributes of its records. */
    function fixtureTerms(): Obj[] {
      const terms = new Map<string, Obj>();
      forEachObject(dir.fixture.services, (o) => {
        if (dir.fixture.termIds.includes(o.id) && 'taxonomy_id' in o) terms.set(o.id, o);
      });
      expect(terms.size).toBe(dir.fixture.termIds.length);
      return [...terms.values()];
    }

    const CASES: [string, () => string, (t: Obj) => boolean][] = [
      ['parent_id of a term with a child', () => `parent_id=${ids.term('salud')}`, (t) => t.parent_id === ids.term('salud')],
      ['parent_id of a term without children', () => `parent_id=${ids.term('alimentacion')}`, () => false],
      ['top_only=true', () => 'top_only=true', (t) => !t.parent_id],
      ['top_only=false', () => 'top_only=false', () => true],
      ['taxonomy_id', () => `taxonomy_id=${ids.taxonomy}`, (t) => t.taxonomy_id === ids.taxonomy],
      ['taxonomy_id of the Ruta profile', () => `taxonomy_id=${ids.profileTaxonomy}`, (t) => t.taxonomy_id === ids.profileTaxonomy],
      ['taxonomy_id AND top_only', () => `taxonomy_id=${ids.taxonomy}&top_only=true`, (t) => t.taxonomy_id === ids.taxonomy && !t.parent_id],
      ['taxonomy_id AND parent_id of another taxonomy', () => `taxonomy_id=${ids.profileTaxonomy}&parent_id=${ids.term('salud')}`, () => false],
      ['search', () => 'search=SALUD', (t) => `${t.name}\n${t.description}\n${t.code}`.toLowerCase().includes('salud')],
    ];

    it.each(CASES)('%s', async (_label, query, expected) => {
      const want = fixtureTerms().filter(expected).map((t) => t.id as string).sort();
      expect(idsOf(await list(`/api/taxonomy_terms?${query()}`))).toEqual(want);
    });
  });

  describe('GET /api/service_at_locations', () => {
    it.each([
      ['30700', (s: Sal) => s.site.postalCode === '30700'],
      ['30640', (s: Sal) => s.site.postalCode === '30640'],
      ['99999', () => false],
    ] as const)('postcode=%s gives the public sites with that postal code', async (postcode, expected) => {
      expect(idsOf(await list(`/api/service_at_locations?postcode=${postcode}`))).toEqual(salIds(PUBLIC_SALS.filter(expected)));
    });

    it('the fixture puts no site within 2% of a tested radius, so approximations cannot decide a case', () => {
      for (const r of RADII) for (const site of SITES) expect(Math.abs(km(site) - r) / r, `${site.key} vs ${r} km`).toBeGreaterThan(0.02);
    });

    it.each(RADII)('lat/lng/radius=%d km gives exactly the public sites within that distance', async (radius) => {
      const want = salIds(PUBLIC_SALS.filter((s) => km(s.site) <= radius));
      expect(idsOf(await list(`/api/service_at_locations?${at}&radius=${radius}`))).toEqual(want);
    });

    it('a site 5 km away is inside radius 10 and outside radius 2', async () => {
      const site = SITES.find((s) => s.key === 'comedor-norte')!;
      expect(km(site)).toBeCloseTo(5, 2);
      const there = salIds(PUBLIC_SALS.filter((s) => s.site === site));
      expect(there.length).toBeGreaterThan(0);
      const within10 = idsOf(await list(`/api/service_at_locations?${at}&radius=10`));
      const within2 = idsOf(await list(`/api/service_at_locations?${at}&radius=2`));
      expect(within10).toEqual(expect.arrayContaining(there));
      expect(within2.filter((id) => there.includes(id))).toEqual([]);
    });

    it('lat/lng without radius searches the documented default of 10 km', async () => {
      expect(idsOf(await list(`/api/service_at_locations?${at}`))).toEqual(idsOf(await list(`/api/service_at_locations?${at}&radius=10`)));
    });

    const AND_CASES: [string, string, (s: Sal) => boolean][] = [
      ['organization_id', `organization_id=${ids.organization('clinica')}`, (s) => s.service.org === 'clinica'],
      ['taxonomy_term_id', `taxonomy_term_id=${ids.term('alimentacion')}`, (s) => s.service.terms.includes('alimentacion')],
      ['search', 'search=CONSULTA', (s) => `${s.service.name}\n${s.service.description}`.toLowerCase().includes('consulta')],
      ['radius AND taxonomy_term_id', `${at}&radius=10&taxonomy_term_id=${ids.term('alimentacion')}`, (s) => km(s.site) <= 10 && s.service.terms.includes('alimentacion')],
      ['radius AND organization_id', `${at}&radius=50&organization_id=${ids.organization('defensoria')}`, (s) => km(s.site) <= 50 && s.service.org === 'defensoria'],
      ['postcode AND search', 'postcode=30700&search=prenatal', (s) => s.site.postalCode === '30700' && s.service.name.includes('prenatal')],
    ];

    it.each(AND_CASES)('%s', async (label, query, expected) => {
      // Place filters never match the confidential site; the others list it (without its place).
      const pool = /radius|postcode/.test(label) ? PUBLIC_SALS : SALS;
      const want = salIds(pool.filter(expected));
      expect(want.length).toBeLessThan(SALS.length);
      expect(idsOf(await list(`/api/service_at_locations?${query}`))).toEqual(want);
    });
  });
});
