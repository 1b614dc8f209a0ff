import { Hono, type Context } from 'hono';
import { stream } from 'hono/streaming';
import type { Database } from '../lib/db.js';
import { RutaError } from '../lib/errors.js';
import { buildOpenApi, profileSchemaAt } from '../hsds/openapi.js';
import { profileDocument } from '../hsds/profile.js';
import { assemble, rowsWhereIn, type Depth } from './assemble.js';
import type { SearchEngine } from '../search/search-engine.js';
import { redactConfidential } from './confidential.js';
import {
  organizationsQuery,
  postcodeCentre,
  pageOfRows,
  rowById,
  serviceAtLocationsQuery,
  servicesQuery,
  taxonomiesQuery,
  taxonomyTermsQuery,
  type ListFilters,
} from './directory-queries.js';
import type { HsdsTable } from './hsds-tables.js';
import { pageOf } from './paging.js';
import { parseId, parseQuery } from './query-params.js';
import type { Row } from './relations.js';

export const HSDS_VERSION = '3.1';
const LIST = ['page', 'per_page', 'format', 'search'] as const;
const NONE = [] as const;

/**
 * The HSDS 3.1 API under /api. Lists answer in the Page envelope; `format=ndjson` streams every
 * match, one object per line. Every object passes through the confidential-location filter.
 */
export function hsdsRoutes(database: Database, opts: { publicUrl: string; searchEngine?: () => Promise<SearchEngine> }): Hono {
  const api = new Hono({ strict: false });
  const { db } = database;

  async function build(table: HsdsTable, rows: Row[], depth: Depth, skip?: string[]) {
    const objects = await assemble(db, table, rows, depth, [], skip);
    await redactConfidential(db, table, objects);
    return objects;
  }

  async function respondList(
    c: Context,
    table: HsdsTable,
    q: { page: number; per_page: number; format?: string },
    query: ReturnType<typeof servicesQuery>,
    orderBy: string[],
    depth: Depth,
    shape: (o: Record<string, unknown>) => Record<string, unknown> = (o) => o,
  ) {
    if (q.format === 'ndjson') {
      c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
      return stream(c, async (s) => {
        for (let page = 1; ; page++) {
          const { rows } = await pageOfRows(query, orderBy, page, 500);
          const objects = await build(table, rows, depth);
          for (const o of objects) await s.write(`${JSON.stringify(shape(o))}\n`);
          if (rows.length < 500) break;
        }
      });
    }
    const { total, rows } = await pageOfRows(query, orderBy, q.page, q.per_page);
    const objects = await build(table, rows, depth);
    return c.json(pageOf(objects.map(shape), total, q.page, q.per_page));
  }

  /**
   * HSDS `search` is answered by Ruta's search engine (everyday words, typos, five languages),
   * in its order of relevance; the other filters then narrow that list.
   */
  async function ranked(search: string): Promise<string[]> {
    const engine = await opts.searchEngine!();
    const result = await engine.search({ q: search, anyStatus: true, idsOnly: true });
    return result.hits.map((h) => h.serviceId);
  }

  async function allowedIds(query: ReturnType<typeof servicesQuery>, column: string): Promise<Set<string>> {
    const rows = await query.clearSelect().select(`${column} as id`).execute();
    return new Set(rows.map((r) => r.id as string));
  }

  /** A list whose order was decided elsewhere (by relevance): page it, build it, keep the order. */
  async function respondRanked(c: Context, table: HsdsTable, ids: string[], q: { page: number; per_page: number; format?: string }, depth: Depth) {
    const build1 = async (part: string[]) => {
      const rows = await rowsWhereIn(db, table, 'id', part);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return build(table, part.map((id) => byId.get(id)).filter((r): r is Row => r !== undefined), depth);
    };
    if (q.format === 'ndjson') {
      c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
      return stream(c, async (s) => {
        for (let i = 0; i < ids.length; i += 500) for (const o of await build1(ids.slice(i, i + 500))) await s.write(`${JSON.stringify(o)}\n`);
      });
    }
    const start = (q.page - 1) * q.per_page;
    return c.json(pageOf(await build1(ids.slice(start, start + q.per_page)), ids.length, q.page, q.per_page));
  }

  async function one(table: HsdsTable, id: string, depth: Depth, skip?: string[]) {
    const row = await rowById(db, table, parseId(id));
    if (!row) throw new RutaError('RECORD_NOT_FOUND', `No ${table.replace(/_/g, ' ')} has the id ${id}.`, [{ field: 'id', reason: 'not found' }]);
    return (await build(table, [row], depth, skip))[0]!;
  }

  api.get('/', (c) => {
    parseQuery(c.req.query(), NONE);
    return c.json({ version: HSDS_VERSION, profile: `${opts.publicUrl}/api/profile`, openapi_url: `${opts.publicUrl}/api/openapi.json` });
  });
  api.get('/openapi.json', (c) => c.json(buildOpenApi({ serverUrl: `${opts.publicUrl}/api` })));
  api.get('/profile', (c) => c.json(profileDocument()));
  api.get('/profile/schemas/:path{.+}', (c) => {
    const schema = profileSchemaAt(c.req.param('path'));
    if (!schema) throw new RutaError('NOT_FOUND', `The profile has no schema ${c.req.param('path')}.`);
    return c.json(schema);
  });

  api.get('/services', async (c) => {
    const q = parseQuery(c.req.query(), [...LIST, 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'modified_after', 'minimal', 'full']);
    const f: ListFilters = q;
    if (q.minimal) {
      const { total, rows } = await pageOfRows(servicesQuery(db, f), ['service.id asc'], q.page, q.per_page);
      return c.json(pageOf(rows.map((r) => ({ id: r.id, ...(r.last_modified ? { last_modified: r.last_modified } : {}) })), total, q.page, q.per_page));
    }
    const depth: Depth = q.full || q.format === 'ndjson' ? 'full' : 'list';
    if (q.search !== undefined && opts.searchEngine) {
      let ids = await ranked(q.search);
      const others = { ...f, search: undefined };
      if (others.taxonomy_term_id || others.taxonomy_id || others.organization_id || others.modified_after) {
        const allowed = await allowedIds(servicesQuery(db, others), 'service.id');
        ids = ids.filter((id) => allowed.has(id));
      }
      return respondRanked(c, 'service', ids, q, depth);
    }
    return respondList(c, 'service', q, servicesQuery(db, f), ['service.id asc'], depth);
  });
  api.get('/services/:id', async (c) => {
    parseQuery(c.req.query(), NONE);
    return c.json(await one('service', c.req.param('id'), 'full'));
  });

  api.get('/organizations', async (c) => {
    const q = parseQuery(c.req.query(), [...LIST, 'taxonomy_term_id', 'taxonomy_id', 'full', 'full_service']);
    const depth: Depth = q.full || q.full_service ? 'full' : 'flat';
    const query = organizationsQuery(db, q);
    if (depth === 'flat' || q.full_service) return respondList(c, 'organization', q, query, ['organization.id asc'], depth);
    // full without full_service: the organization nested, its services as list items
    const { total, rows } = await pageOfRows(query, ['organization.id asc'], q.page, q.per_page);
    const orgs = await withServiceList(rows);
    return c.json(pageOf(orgs, total, q.page, q.per_page));
  });
  api.get('/organizations/:id', async (c) => {
    const q = parseQuery(c.req.query(), ['full_service']);
    if (q.full_service) return c.json(await one('organization', c.req.param('id'), 'full'));
    const row = await rowById(db, 'organization', parseId(c.req.param('id')));
    if (!row) throw new RutaError('RECORD_NOT_FOUND', `No organization has the id ${c.req.param('id')}.`);
    return c.json((await withServiceList([row]))[0]);
  });

  async function withServiceList(rows: Row[]) {
    const orgs = await build('organization', rows, 'full', ['services']);
    const services = (await db
      .selectFrom('service')
      .selectAll()
      .where('organization_id', 'in', rows.length ? rows.map((r) => r.id as string) : [''])
      .orderBy('id')
      .execute()) as Row[];
    const list = await build('service', services, 'flat');
    for (const o of orgs) o.services = list.filter((s) => s.organization_id === o.id);
    return orgs;
  }

  api.get('/taxonomies', async (c) => {
    const q = parseQuery(c.req.query(), LIST);
    return respondList(c, 'taxonomy', q, taxonomiesQuery(db, q), ['taxonomy.id asc'], 'flat');
  });
  api.get('/taxonomies/:id', async (c) => {
    parseQuery(c.req.query(), NONE);
    return c.json(await one('taxonomy', c.req.param('id'), 'full'));
  });

  api.get('/taxonomy_terms', async (c) => {
    const q = parseQuery(c.req.query(), [...LIST, 'taxonomy_id', 'parent_id', 'top_only']);
    return respondList(c, 'taxonomy_term', q, taxonomyTermsQuery(db, q), ['taxonomy_term.id asc'], 'list');
  });
  api.get('/taxonomy_terms/:id', async (c) => {
    parseQuery(c.req.query(), NONE);
    return c.json(await one('taxonomy_term', c.req.param('id'), 'full'));
  });

  api.get('/service_at_locations', async (c) => {
    const q = parseQuery(c.req.query(), [
      ...LIST,
      'taxonomy_term_id',
      'taxonomy_id',
      'organization_id',
      'modified_after',
      'full',
      'postcode',
      'proximity',
      'lat',
      'lng',
      'radius',
    ]);
    if ((q.lat === undefined) !== (q.lng === undefined)) {
      throw new RutaError('INVALID_PARAMETER', 'lat and lng go together', [{ field: q.lat === undefined ? 'lat' : 'lng', reason: 'is required with the other coordinate' }]);
    }
    if (q.radius !== undefined && q.lat === undefined) {
      throw new RutaError('INVALID_PARAMETER', 'radius needs lat and lng', [{ field: 'radius', reason: 'needs lat and lng' }]);
    }
    if (q.proximity !== undefined && q.postcode === undefined) {
      throw new RutaError('INVALID_PARAMETER', 'proximity needs postcode', [{ field: 'proximity', reason: 'needs postcode' }]);
    }
    const f: ListFilters = { ...q };
    if (q.postcode !== undefined && q.proximity !== undefined) {
      const centre = await postcodeCentre(db, q.postcode);
      if (!centre) return c.json(pageOf([], 0, q.page, q.per_page));
      Object.assign(f, { ...centre, radius: q.proximity / 1000 });
    }
    if (q.search !== undefined && opts.searchEngine) {
      const order = new Map((await ranked(q.search)).map((id, i) => [id, i]));
      const { query } = serviceAtLocationsQuery(db, { ...f, search: undefined });
      const rows = (await query.clearSelect().select(['sal.id as id', 'sal.service_id as service_id']).execute()) as Row[];
      // Sites in the order of their service's relevance.
      const ids = rows
        .filter((r) => order.has(r.service_id as string))
        .sort((a, b) => order.get(a.service_id as string)! - order.get(b.service_id as string)!)
        .map((r) => r.id as string);
      return respondRanked(c, 'service_at_location', ids, q, q.full || q.format === 'ndjson' ? 'full' : 'list');
    }
    const { query, orderBy } = serviceAtLocationsQuery(db, f);
    return respondList(c, 'service_at_location', q, query, orderBy, q.full || q.format === 'ndjson' ? 'full' : 'list');
  });
  api.get('/service_at_locations/:id', async (c) => {
    parseQuery(c.req.query(), NONE);
    return c.json(await one('service_at_location', c.req.param('id'), 'full'));
  });

  return api;
}
