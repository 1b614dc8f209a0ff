import { gzipSync } from 'node:zlib';
import { Hono, type Context } from 'hono';
import type { Database } from '../lib/db.js';
import { chooseEncoding } from '../lib/accept-header.js';
import { RutaError } from '../lib/errors.js';
import { readServiceList } from '../directory/listings.js';
import { pageOf } from '../directory/paging.js';
import { parseQuery } from '../directory/query-params.js';
import { profileTaxonomy, type UiLanguage } from '../taxonomy/taxonomy-data.js';
import { needCodes } from './search-index.js';
import { explain, reasonText } from './explain.js';
import { loadGazetteer } from './gazetteer.js';
import { LruCache, perIndex } from './result-cache.js';
import type { SearchEngine, SearchQuery } from './search-engine.js';
import type { SearchIndex } from './search-index.js';

type Listing = Record<string, unknown>;

// Answers are kept as bytes, plain and gzipped (compressed once, when first asked that way): a
// cached answer is sent without being encoded or compressed again.
const encoder = new TextEncoder();
interface Answer {
  plain: Uint8Array<ArrayBuffer>;
  gzip?: Uint8Array<ArrayBuffer>;
}

function send(c: Context, answer: Answer): Response {
  c.header('Vary', 'Accept-Encoding');
  if (chooseEncoding(c.req.header('Accept-Encoding'), ['gzip'])) {
    answer.gzip ??= new Uint8Array(gzipSync(answer.plain, { level: 6 }));
    return c.body(answer.gzip, 200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
  }
  return c.body(answer.plain, 200, { 'Content-Type': 'application/json' });
}

export interface SearchRouteOptions {
  /** Answers kept per directory version (0 turns the cache off, as the benchmark's cold runs do). */
  cacheSize?: number;
}

/**
 * Ruta's own search, richer than HSDS `search`: everyday words in five languages, a place, open
 * now, and for each result the reasons it is shown, in the reader's language.
 */
export function searchRoutes(database: Database, engine: () => Promise<SearchEngine>, options: SearchRouteOptions = {}): Hono {
  const api = new Hono({ strict: false });
  const cacheSize = options.cacheSize ?? 2000;
  // People ask the same few things in the same places; an answer is kept for the minute it was
  // given (open now, days since verified), and only for the directory version it came from.
  const answers = perIndex<SearchIndex, LruCache<string, Answer>>(() => new LruCache(cacheSize));
  const listings = perIndex<SearchIndex, LruCache<string, Listing>>(() => new LruCache(cacheSize ? 5000 : 0));
  api.get('/', async (c) => {
    const q = parseQuery(c.req.query(), ['q', 'lang', 'need', 'population', 'place', 'lat', 'lng', 'radius', 'open', 'language', 'free', 'page', 'per_page']);
    const eng = await engine();
    const index = await eng.current();
    const key = `${Math.floor(Date.now() / 60_000)}|${JSON.stringify(q)}`;
    const cached = answers(index).get(key);
    if (cached !== undefined) return send(c, cached);
    const lang = (q.lang ?? 'es') as UiLanguage;
    if (q.need && !needCodes().codes.has(q.need)) {
      throw new RutaError('INVALID_PARAMETER', `"${q.need}" is not a need Ruta knows`, [{ field: 'need', reason: 'is not a need code of the Ruta needs taxonomy' }]);
    }
    if (q.population && !profileTaxonomy().terms.some((t) => t.code === q.population && t.parent_code === 'population-served')) {
      throw new RutaError('INVALID_PARAMETER', `"${q.population}" is not a population Ruta knows`, [{ field: 'population', reason: 'is not a population code of the Ruta profile' }]);
    }
    const query: SearchQuery = {
      lang,
      ...(q.q ? { q: q.q } : {}),
      ...(q.need ? { need: q.need } : {}),
      ...(q.population ? { population: q.population } : {}),
      ...(q.language ? { language: q.language } : {}),
      ...(q.free ? { free: true } : {}),
      limit: q.per_page,
      offset: (q.page - 1) * q.per_page,
    };
    if ((q.lat === undefined) !== (q.lng === undefined)) {
      throw new RutaError('INVALID_PARAMETER', 'lat and lng go together', [{ field: q.lat === undefined ? 'lat' : 'lng', reason: 'is required with the other coordinate' }]);
    }
    if (q.lat !== undefined && q.lng !== undefined) Object.assign(query, { lat: q.lat, lng: q.lng, ...(q.radius !== undefined ? { radius: q.radius } : {}) });
    if (q.place) {
      const place = loadGazetteer().byName(q.place)[0];
      if (!place) throw new RutaError('INVALID_PARAMETER', `Ruta does not know the place "${q.place}"`, [{ field: 'place', reason: 'is not a place Ruta knows' }]);
      Object.assign(query, { lat: place.lat, lng: place.lng, radius: q.radius ?? (place.kind === 'state' ? 250 : 30) });
    }
    if (q.open) {
      const at = q.open === 'now' ? new Date() : new Date(q.open);
      if (Number.isNaN(at.getTime())) throw new RutaError('INVALID_PARAMETER', 'open must be "now" or a date and time', [{ field: 'open', reason: 'must be "now" or a date and time such as 2026-12-01T09:00:00-06:00' }]);
      query.openAt = at;
    }
    const result = eng.searchOn(index, query);
    const byId = await listingsOf(database, listings(index), result.hits.map((h) => h.serviceId));
    const results = result.hits.map((h) => ({
      service: byId.get(h.serviceId),
      ...(h.site ? { service_at_location_id: h.site.salId, location_id: h.site.locationId } : {}),
      ...(h.distanceKm !== undefined ? { distance_km: h.distanceKm } : {}),
      ...(h.openNow !== undefined ? { open_now: h.openNow } : {}),
      score: h.score,
      reasons: h.reasons.map((r) => ({ ...r, text: reasonText(r, lang) })),
      explanation: explain(h.reasons, lang),
    }));
    const u = result.understood;
    const page = pageOf(results, result.total, q.page, q.per_page);
    const answer: Answer = { plain: encoder.encode(JSON.stringify({
      ...page,
      understood: {
        needs: u.needs,
        populations: u.populations,
        ...(u.place ? { place: { name: u.place.name, state: u.place.state, country: u.place.country, lat: u.place.lat, lng: u.place.lng } } : {}),
        words: u.terms.map((t) => t.word),
        corrections: u.corrections,
        ...(u.radiusKm !== undefined ? { radius_km: u.radiusKm } : {}),
        ...(u.widened ? { widened: true } : {}),
      },
    })) as Uint8Array<ArrayBuffer> };
    answers(index).set(key, answer);
    return send(c, answer);
  });
  return api;
}

/** The listings shown, as HSDS services at list depth with confidential sites redacted; cached per index. */
async function listingsOf(database: Database, cache: LruCache<string, Listing>, ids: string[]): Promise<Map<string, Listing>> {
  const out = new Map<string, Listing>();
  const missing: string[] = [];
  for (const id of ids) {
    const known = cache.get(id);
    if (known) out.set(id, known);
    else missing.push(id);
  }
  if (missing.length) {
    for (const [id, s] of await readServiceList(database.db, missing)) {
      out.set(id, s);
      cache.set(id, s);
    }
  }
  return out;
}
