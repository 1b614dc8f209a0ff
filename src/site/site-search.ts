import type { Locale } from '../lib/i18n.js';
import type { Database } from '../lib/db.js';
import { loadGazetteer, type Place } from '../search/gazetteer.js';
import type { SearchEngine, SearchHit, SearchQuery, SearchResult } from '../search/search-engine.js';
import { needCodes } from '../search/search-index.js';
import { readServiceList } from '../directory/listings.js';
import { flagsOf, type Flags, type Obj } from './service-data.js';

export const PER_PAGE = 10;
export const MAX_QUERY = 200;
const MAX_PLACE = 100;

/** What the results page was asked, read leniently: a person typed it, not a program. */
export interface SiteQuery {
  q: string;
  lugar: string;
  necesidad?: string;
  lat?: number;
  lng?: number;
  /** Only services open at the time of the search. */
  abierto?: boolean;
  gratis?: boolean;
  pagina: number;
}

export type QueryProblem = 'queryLong' | 'need';

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

/** Reads the query string; unknown parameters are ignored, repeated ones take the first value. */
export function readSiteQuery(params: Record<string, string[]>): { query: SiteQuery } | { problem: QueryProblem; query: SiteQuery } {
  const q = first(params.q).replace(/\s+/g, ' ').trim();
  const lugar = first(params.lugar).replace(/\s+/g, ' ').trim().slice(0, MAX_PLACE);
  const necesidad = first(params.necesidad).trim() || undefined;
  const page = Number.parseInt(first(params.pagina), 10);
  const query: SiteQuery = { q: q.slice(0, MAX_QUERY), lugar, pagina: Number.isFinite(page) && page >= 1 && page <= 1000 ? page : 1 };
  if (necesidad) query.necesidad = necesidad;
  if (first(params.abierto)) query.abierto = true;
  if (first(params.gratis)) query.gratis = true;
  // Coordinates are rounded again here to about 1 km, whatever the browser sent.
  const lat = Number(first(params.lat));
  const lng = Number(first(params.lng));
  if (first(params.lat) && first(params.lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180) {
    query.lat = Math.round(lat * 100) / 100;
    query.lng = Math.round(lng * 100) / 100;
  }
  if (q.length > MAX_QUERY) return { problem: 'queryLong', query };
  if (necesidad && !needCodes().codes.has(necesidad)) return { problem: 'need', query: { ...query, necesidad: undefined } as SiteQuery };
  return { query };
}

export interface SiteResults {
  result: SearchResult;
  hits: { hit: SearchHit; service: Obj; flags: Flags }[];
  unknownPlace?: string;
  /** The place searched around: the one typed in the place box, else one named in the words. */
  place?: Place;
  pages: number;
}

/** Runs the search engine for the results page and reads the listings shown. */
export async function siteSearch(database: Database, engine: SearchEngine, lang: Locale, sq: SiteQuery): Promise<SiteResults> {
  const query: SearchQuery = { lang, limit: PER_PAGE, offset: (sq.pagina - 1) * PER_PAGE };
  if (sq.q) query.q = sq.q;
  if (sq.necesidad) query.need = sq.necesidad;
  if (sq.abierto) query.openAt = new Date();
  if (sq.gratis) query.free = true;
  let unknownPlace: string | undefined;
  let place: Place | undefined;
  if (sq.lat !== undefined && sq.lng !== undefined) Object.assign(query, { lat: sq.lat, lng: sq.lng, radius: 30 });
  else if (sq.lugar) {
    place = loadGazetteer().byName(sq.lugar)[0];
    if (place) Object.assign(query, { lat: place.lat, lng: place.lng, radius: place.kind === 'city' ? 30 : 250 });
    else unknownPlace = sq.lugar;
  }
  const result = await engine.search(query);
  const ids = result.hits.map((h) => h.serviceId);
  const [services, flags] = await Promise.all([readServiceList(database.db, ids), flagsOf(database.db, ids)]);
  const hits = result.hits.flatMap((hit) => {
    const service = services.get(hit.serviceId);
    return service ? [{ hit, service, flags: flags.get(hit.serviceId)! }] : [];
  });
  place ??= result.understood.place;
  return { result, hits, pages: Math.max(1, Math.ceil(result.total / PER_PAGE)), ...(unknownPlace ? { unknownPlace } : {}), ...(place ? { place } : {}) };
}

/** The link to a results page with some parameters changed. */
export function searchHref(lang: Locale, sq: Partial<SiteQuery>): string {
  const p = new URLSearchParams();
  if (sq.q) p.set('q', sq.q);
  if (sq.lugar) p.set('lugar', sq.lugar);
  if (sq.necesidad) p.set('necesidad', sq.necesidad);
  if (sq.lat !== undefined && sq.lng !== undefined) {
    p.set('lat', String(sq.lat));
    p.set('lng', String(sq.lng));
  }
  if (sq.abierto) p.set('abierto', '1');
  if (sq.gratis) p.set('gratis', '1');
  if (sq.pagina && sq.pagina > 1) p.set('pagina', String(sq.pagina));
  const s = p.toString();
  return `/${lang}/buscar${s ? `?${s}` : ''}`;
}
