// The five HSDS list endpoints: Page envelope, item schemas and the Open Referral UK paging
// rules, walking every page with per_page=5 as the ORUK validator does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases.js';
import { ENDPOINTS, idsOf, openDirectory, pageRuleProblems, problemsOfItems, ruta, walkPages, walkProblems, type Page, type TestDirectory } from './harness.js';

const PER_PAGE = 5;

describe.each(DIALECTS)('HSDS list endpoints (%s)', (dialect) => {
  let dir: TestDirectory;
  beforeAll(async () => {
    dir = await openDirectory(dialect);
  });
  afterAll(async () => {
    await dir?.close();
  });

  it('the fixture is big enough to page: 24 services make 5 pages of 5 with a partial last page', async () => {
    const pages = await walkPages(dir.getJson, '/api/services', PER_PAGE);
    expect(dir.fixture.serviceIds).toHaveLength(24);
    expect(pages.map((p) => p.size)).toEqual([5, 5, 5, 5, 4]);
  });

  describe.each(ENDPOINTS.map((e) => [e.path, e] as const))('GET %s', (_path, endpoint) => {
    let pages: Page[];
    beforeAll(async () => {
      pages = await walkPages(dir.getJson, endpoint.path, PER_PAGE);
    });

    it('every page envelope validates against Page of openapi.json', () => {
      for (const page of pages) expect(ruta.validatePageEnvelope(page), `page ${page.page_number}`).toEqual([]);
    });

    it('every item validates against its list schema', () => {
      const items = pages.flatMap((p) => p.contents);
      expect(items.length).toBeGreaterThan(0);
      expect(problemsOfItems(items, endpoint.item)).toEqual({});
    });

    it('keeps the ORUK paging rules on every page, and totals and ids across pages', () => {
      expect(walkProblems(pages, PER_PAGE)).toEqual([]);
    });

    it('walks to exactly the records of the fixture', () => {
      expect(idsOf(pages.flatMap((p) => p.contents))).toEqual([...endpoint.fixtureIds(dir.fixture)].sort());
    });

    it('answers a page past the end with an empty page', async () => {
      const past = pages[0]!.total_pages + 1;
      const page = (await dir.getJson(`${endpoint.path}?page=${past}&per_page=${PER_PAGE}`)) as Page;
      expect(ruta.validatePageEnvelope(page)).toEqual([]);
      expect(page.contents).toEqual([]);
      expect(page.total_items).toBe(pages[0]!.total_items);
      expect(pageRuleProblems(page, past, PER_PAGE)).toEqual([]);
    });

    it('returns everything with page=1&per_page=1000', async () => {
      const page = (await dir.getJson(`${endpoint.path}?page=1&per_page=1000`)) as Page;
      expect(pageRuleProblems(page, 1, 1000)).toEqual([]);
      expect(page.total_pages).toBe(1);
      expect(page.size).toBe(page.total_items);
      expect(idsOf(page.contents)).toEqual(idsOf(pages.flatMap((p) => p.contents)));
    });

    it('answers page 1 when no page is given', async () => {
      const implicit = (await dir.getJson(endpoint.path)) as Page;
      expect(implicit.page_number).toBe(1);
      expect(implicit.first_page).toBe(true);
      expect(implicit).toEqual(await dir.getJson(`${endpoint.path}?page=1`));
    });
  });
});
