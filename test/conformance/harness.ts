// Shared helpers of the HSDS API conformance suite: a directory loaded with the test fixtures,
// a request helper that checks every response for leaked internals, and the Open Referral UK
// paging rules (vendor/hsds/third-party/oruk-validator/TestData/pagination*.json).
import { expect } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../src/app.js';
import type { Database, DialectName } from '../../src/lib/db.js';
import { createLogger } from '../../src/lib/logger.js';
import { createValidator, type SchemaProblem } from '../../src/hsds/validator.js';
import { openTestDatabase } from '../support/databases.js';
import { loadDirectoryFixture, type DirectoryFixture } from '../support/directory-fixtures.js';
import type { Page as ServerPage } from '../../src/directory/paging.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Obj = Record<string, any>;

export const PUBLIC_URL = 'http://localhost:3000';

/** The envelope as the server types it; the checks below judge what it actually sends. */
export type Page<T = Obj> = ServerPage<T>;

export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body for JSON responses; undefined otherwise. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** Words that only appear in a response when an internal error or stack trace leaks out. */
export const LEAK_MARKERS = ['stack', 'at /', 'Error:', 'SqliteError'] as const;

export const ruta = createValidator('ruta');

export function appFor(database: Database): Hono {
  return createApp({ database, config: { publicUrl: PUBLIC_URL }, logger: createLogger('silent') });
}

/** GET through the app; every body is checked for leaked internals before it is returned. */
export async function request(app: Hono, path: string): Promise<ApiResponse> {
  const res = await app.request(path);
  const text = await res.text();
  for (const marker of LEAK_MARKERS) expect(text, `${path} leaks "${marker}"`).not.toContain(marker);
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, headers: res.headers, text, body: type.startsWith('application/json') ? JSON.parse(text) : undefined };
}

/** GET that must answer 200 with JSON. */
export async function getJson(app: Hono, path: string): Promise<Obj> {
  const res = await request(app, path);
  expect(res.status, `${path}: ${res.text.slice(0, 300)}`).toBe(200);
  expect(res.headers.get('content-type') ?? '', path).toMatch(/^application\/json/);
  return res.body as Obj;
}

export interface TestDirectory {
  database: Database;
  app: Hono;
  fixture: DirectoryFixture;
  get: (path: string) => Promise<ApiResponse>;
  getJson: (path: string) => Promise<Obj>;
  close: () => Promise<void>;
}

/** A fresh database of the dialect, loaded with the fixture directory, and the app over it. */
export async function openDirectory(dialect: DialectName): Promise<TestDirectory> {
  const database = await openTestDatabase(dialect);
  const { fixture, report } = await loadDirectoryFixture(database);
  expect(report.problems).toEqual([]);
  expect(report.warnings).toEqual([]);
  expect(report.ok).toBe(true);
  const app = appFor(database);
  return {
    database,
    app,
    fixture,
    get: (path) => request(app, path),
    getJson: (path) => getJson(app, path),
    close: () => database.close(),
  };
}

export function withQuery(path: string, query: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}${query}`;
}

/** Every page of a list, from page 1 to total_pages (at most 200 pages). */
export async function walkPages(get: (path: string) => Promise<Obj>, path: string, perPage: number): Promise<Page[]> {
  const pages: Page[] = [];
  for (let page = 1; page <= 200; page++) {
    const body = (await get(withQuery(path, `page=${page}&per_page=${perPage}`))) as Page;
    pages.push(body);
    if (page >= body.total_pages) break;
  }
  return pages;
}

/** Every item of a list, in one request. */
export async function allItems(get: (path: string) => Promise<Obj>, path: string): Promise<Obj[]> {
  const page = (await get(withQuery(path, 'page=1&per_page=1000'))) as Page;
  expect(page.contents.length, `${path}: more than 1000 items`).toBe(page.total_items);
  return page.contents;
}

export function idsOf(items: readonly Obj[]): string[] {
  return items.map((i) => i.id as string).sort();
}

/** The rules of one page, as problems (empty when the page keeps them all). */
export function pageRuleProblems(page: Page, requested: number, perPage: number): string[] {
  const p: string[] = [];
  const n = page.contents.length;
  const at = `page ${requested}`;
  if (page.page_number !== requested) p.push(`${at}: page_number is ${page.page_number}`);
  if (page.first_page !== (requested === 1)) p.push(`${at}: first_page is ${page.first_page}`);
  if (page.last_page !== (requested === page.total_pages)) p.push(`${at}: last_page is ${page.last_page} (total_pages ${page.total_pages})`);
  if (page.empty !== (n === 0)) p.push(`${at}: empty is ${page.empty} with ${n} items`);
  if (page.size !== n) p.push(`${at}: size is ${page.size} with ${n} items`);
  if (n > perPage) p.push(`${at}: ${n} items, more than per_page ${perPage}`);
  if (requested < page.total_pages && n !== perPage) p.push(`${at}: not the last page but holds ${n} items, not ${perPage}`);
  const pages = Math.ceil(page.total_items / perPage);
  if (page.total_pages !== pages && !(page.total_items === 0 && page.total_pages === 1)) {
    p.push(`${at}: total_pages ${page.total_pages} for ${page.total_items} items of ${perPage}`);
  }
  return p;
}

/** The rules of a whole walk: each page's rules, plus totals and ids across pages. */
export function walkProblems(pages: readonly Page[], perPage: number): string[] {
  const p = pages.flatMap((page, i) => pageRuleProblems(page, i + 1, perPage));
  const first = pages[0];
  if (!first) return ['no page'];
  if (pages.length !== first.total_pages) p.push(`walked ${pages.length} pages, total_pages is ${first.total_pages}`);
  for (const page of pages) {
    if (page.total_items !== first.total_items) p.push(`page ${page.page_number}: total_items changed to ${page.total_items}`);
  }
  const sum = pages.reduce((n, page) => n + page.size, 0);
  if (sum !== first.total_items) p.push(`sizes add up to ${sum}, total_items is ${first.total_items}`);
  const seen = new Set<string>();
  for (const page of pages) {
    for (const item of page.contents) {
      if (seen.has(item.id)) p.push(`id ${item.id} repeats (page ${page.page_number})`);
      seen.add(item.id);
    }
  }
  return p;
}

/** Problems of each item, labelled with its id, so a failure names the record. */
export function problemsOfItems(items: readonly Obj[], check: (item: Obj) => SchemaProblem[]): Record<string, SchemaProblem[]> {
  const out: Record<string, SchemaProblem[]> = {};
  for (const item of items) {
    const problems = check(item);
    if (problems.length) out[String(item.id)] = problems;
  }
  return out;
}

/** Calls `visit` for every object nested anywhere in a JSON value. */
export function forEachObject(value: unknown, visit: (o: Obj) => void): void {
  if (Array.isArray(value)) for (const v of value) forEachObject(v, visit);
  else if (value && typeof value === 'object') {
    visit(value as Obj);
    for (const v of Object.values(value)) forEachObject(v, visit);
  }
}

/** Every string value nested anywhere in a JSON value. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** The list endpoints, their by-id schema check and their item schema check. */
export interface Endpoint {
  name: string;
  path: string;
  fixtureIds: (f: DirectoryFixture) => string[];
  item: (o: Obj) => SchemaProblem[];
  byId: (o: Obj) => SchemaProblem[];
}

export const ENDPOINTS: readonly Endpoint[] = [
  {
    name: 'services',
    path: '/api/services',
    fixtureIds: (f) => f.serviceIds,
    item: (o) => ruta.validateCompiled('service_list', o),
    byId: (o) => [...ruta.validateCompiled('service_with_definitions', o), ...ruta.validate('service', o)],
  },
  {
    name: 'organizations',
    path: '/api/organizations',
    fixtureIds: (f) => f.organizationIds,
    item: (o) => ruta.validateCompiled('organization_list', o),
    byId: (o) => ruta.validate('organization', o),
  },
  {
    name: 'taxonomies',
    path: '/api/taxonomies',
    fixtureIds: (f) => f.taxonomyIds,
    item: (o) => ruta.validate('taxonomy', o),
    byId: (o) => ruta.validate('taxonomy', o),
  },
  {
    name: 'taxonomy_terms',
    path: '/api/taxonomy_terms',
    fixtureIds: (f) => f.termIds,
    item: (o) => ruta.validate('taxonomy_term', o),
    byId: (o) => ruta.validate('taxonomy_term', o),
  },
  {
    name: 'service_at_locations',
    path: '/api/service_at_locations',
    fixtureIds: (f) => f.serviceAtLocationIds,
    item: (o) => ruta.validateCompiled('service_at_location_list', o),
    byId: (o) => ruta.validate('service_at_location', o),
  },
];
