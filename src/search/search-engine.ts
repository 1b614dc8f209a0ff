import type { Database } from '../lib/db.js';
import type { Place } from './gazetteer.js';
import { isOpenAt, type LocalTimes, type OpeningHours } from './opening-hours.js';
import { TopDocs } from './top-docs.js';
import { originAt, haversine, kmOfHaversine } from './geo.js';
import { freshnessOf, freshnessSteps, kmBetween, releaseTextScores, textScores, type TextScores } from './rank.js';
import { buildIndex } from './index-build.js';
import { boxAround, lang3, needCodes, type SearchIndex, type Site } from './search-index.js';
import { SEARCH_LANGUAGES, type SearchLanguage } from './text.js';
import { understand, type Understood } from './understand.js';
import { candidatesFor, postingsLength, scopeOf, type Area } from './candidates.js';
import { relevanceOf, type Asked } from './relevance.js';

export interface SearchQuery {
  q?: string;
  /** The language the person reads; decides stemming, ambiguity and explanations. */
  lang?: SearchLanguage;
  /** A need code (with its children). */
  need?: string;
  /** A population code of the Ruta profile. */
  population?: string;
  /** Where the person is, or the centre of a place they chose. */
  lat?: number;
  lng?: number;
  /** Kilometres; with lat/lng, only services within it. */
  radius?: number;
  /** Only services open at this instant. */
  openAt?: Date;
  /** ISO 639 code of a language spoken. */
  language?: string;
  free?: boolean;
  /** Include services that are not active (stewards' tools, the HSDS API). */
  anyStatus?: boolean;
  /** Only the ranked ids, without reasons (for callers that page and build objects themselves). */
  idsOnly?: boolean;
  limit?: number;
  offset?: number;
}

export type Reason =
  | { code: 'need'; need: string }
  | { code: 'population'; population: string }
  | { code: 'distance'; km: number; town?: string }
  | { code: 'open'; open: boolean }
  | { code: 'language'; language: string }
  | { code: 'free' }
  | { code: 'verified'; days: number }
  | { code: 'words'; words: string[] };

export interface SearchHit {
  serviceId: string;
  name: string;
  score: number;
  site?: { salId: string; locationId: string };
  distanceKm?: number;
  openNow?: boolean;
  reasons: Reason[];
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  understood: Understood & { radiusKm?: number; widened?: boolean };
}

const CITY_RADIUS_KM = 30;
const SETTING = 'directory_version';

export class SearchEngine {
  private index?: SearchIndex;
  private version: string | undefined;
  private building?: Promise<SearchIndex>;
  private readonly needs = needCodes();

  constructor(private readonly database: Database) {}

  private versionStatement?: { get(key: string): unknown };

  // Read before every search, so it takes the shortest path there is: on SQLite one prepared
  // statement, kept (the query builder would prepare it again each time).
  private async readVersion(): Promise<string> {
    if (this.database.sqlite) {
      this.versionStatement ??= this.database.sqlite.prepare('select value from ruta_setting where key = ?');
      const row = this.versionStatement.get(SETTING) as { value?: unknown } | undefined;
      return String(row?.value ?? '');
    }
    const row = await this.database.db.selectFrom('ruta_setting').select('value').where('key', '=', SETTING).executeTakeFirst();
    return String(row?.value ?? '');
  }

  /** The index of the directory as it is now: rebuilt when any write has changed its version. */
  async current(): Promise<SearchIndex> {
    const version = await this.readVersion();
    if (this.index && version === this.version) return this.index;
    if (!this.building) {
      this.building = buildIndex(this.database)
        .then((index) => {
          this.index = index;
          this.version = version;
          return index;
        })
        .finally(() => {
          this.building = undefined;
        });
    }
    return this.building;
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return this.searchOn(await this.current(), query);
  }

  /** A search on an index the caller already holds (to keep its caches with that index). */
  searchOn(index: SearchIndex, query: SearchQuery): SearchResult {
    return runSearch(index, query, this.needs);
  }
}

export async function openSearchEngine(database: Database): Promise<SearchEngine> {
  const engine = new SearchEngine(database);
  await engine.current();
  return engine;
}


interface Scored {
  doc: number;
  score: number;
  site: Site | undefined;
  km: number | undefined;
  open: boolean | undefined;
}

/** The search itself, on a built index: pure given the index and the instant. */
export function runSearch(index: SearchIndex, query: SearchQuery, needs = needCodes(), now = new Date()): SearchResult {
  const lang: SearchLanguage = query.lang && SEARCH_LANGUAGES.includes(query.lang) ? query.lang : 'es';
  const u = understand(query.q ?? '', lang, index.spell, (key) => index.postings.has(key));
  const askedPops = [...new Set([...u.populations.map((p) => p.code), ...(query.population ? [query.population] : [])])];
  const place: Place | undefined = u.place;
  let centre = query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : undefined;
  let radius = query.radius;
  // A state or a country is an area, not a point: its services are those inside it.
  const byState = place !== undefined && place.kind !== 'city';
  if (place && !byState) {
    centre = { lat: place.lat, lng: place.lng };
    radius ??= CITY_RADIUS_KM;
  }
  // Something was typed but nothing in it can be searched for (punctuation, an emoji): no
  // results, rather than every service.
  if ((query.q ?? '').trim() !== '' && !u.needs.length && !u.populations.length && !u.place && !u.terms.length) {
    return { total: 0, hits: [], understood: u };
  }
  // The text scores live in buffers shared by every query: cleared however ranking ends.
  const held: { text?: TextScores } = {};
  try {
    return rankAndPage(index, query, u, lang, askedPops, place, centre, radius, byState, needs, now, held);
  } finally {
    if (held.text) releaseTextScores(held.text);
  }
}

function rankAndPage(
  index: SearchIndex,
  query: SearchQuery,
  u: Understood,
  lang: SearchLanguage,
  askedPops: string[],
  place: Place | undefined,
  centre: { lat: number; lng: number } | undefined,
  radius: number | undefined,
  byState: boolean,
  needs: ReturnType<typeof needCodes>,
  now: Date,
  held: { text?: TextScores },
): SearchResult {
  const hasWords = u.terms.length > 0;
  const askedNeeds = u.needs.map((n) => n.code);
  const asked: Asked = {
    needs: askedNeeds.map((code) => ({
      exact: index.needFlags.get(code),
      broader: needs.ancestors(code).map((a) => index.needFlags.get(a)).filter((f): f is Uint8Array => f !== undefined),
    })),
    pops: askedPops.map((p) => index.populationFlags.get(p)),
    hasWords,
  };

  let text!: TextScores;
  let candidates: ArrayLike<number> | undefined;
  let area: Area | undefined;
  // The words are scored only where the answers can be, when that is fewer documents than
  // the words occur in; a widened radius scores them again.
  const prepare = (within: number | undefined) => {
    if (held.text) releaseTextScores(held.text);
    area = centre && within !== undefined ? { cells: index.cellsNear(centre.lat, centre.lng, within), box: boxAround(centre, within) } : undefined;
    const scope = scopeOf(index, query.need, area);
    held.text = text = textScores(index, u.terms, scope && scope.length < postingsLength(index, u.terms) ? scope : undefined);
    candidates = candidatesFor(index, text, asked, askedNeeds, scope, area);
  };
  prepare(centre && radius !== undefined ? radius : undefined);

  const filterNeed = query.need ? index.needFlags.get(query.need) : undefined;
  const filterPop = query.population ? index.populationFlags.get(query.population) : undefined;
  const language = query.language ? lang3(query.language) : undefined;
  const times: LocalTimes = new Map();
  // Services at one location share its compiled hours: each is judged once per query.
  const openMemo = new Map<OpeningHours, boolean | undefined>();
  const openAt = (hours: OpeningHours | undefined, at: Date) => {
    if (!hours) return undefined;
    let open = openMemo.get(hours);
    if (open === undefined && !openMemo.has(hours)) openMemo.set(hours, (open = isOpenAt(hours, at, times)));
    return open;
  };
  const from = centre ? originAt(centre.lat, centre.lng) : undefined;
  const placeOf = (doc: number): { site: Site | undefined; km: number | undefined } => {
    const svc = index.services[doc]!;
    if (!from) return { site: svc.sites[0], km: undefined };
    if (index.multiSite[doc]) {
      const j = index.nearestSite(doc, from);
      return { site: j >= 0 ? svc.sites[j] : undefined, km: Number.isNaN(index.nearestKm) ? undefined : index.nearestKm };
    }
    return { site: svc.sites[0], km: Number.isNaN(index.lat[doc]!) ? undefined : kmBetween(from.lat, from.lng, index.lat[doc]!, index.lng[doc]!) };
  };
  const wanted = query.idsOnly && query.limit === undefined ? Infinity : (query.offset ?? 0) + (query.limit ?? 20);
  // Open now lifts a result a little: read for a window past the page asked, then re-sorted.
  const top = new TopDocs(query.openAt || query.idsOnly ? wanted : wanted + 40, index.nameRank);
  const readService = language !== undefined || query.free === true || byState || lang === 'ht';
  // Per pattern of hours: 0 not judged yet, 1 open, 2 not open (closed or unknown).
  const patternOpen = new Uint8Array(query.openAt ? index.hourPatterns.length : 0);
  const openPattern = (h: number): boolean => {
    if (patternOpen[h] === 0) patternOpen[h] = isOpenAt(index.hourPatterns[h], query.openAt!, times) === true ? 1 : 2;
    return patternOpen[h] === 1;
  };
  const anyStatus = query.anyStatus === true;
  const fresh = freshnessSteps(now.getTime());
  const relevanceOut = new Float64Array(1);
  // Every candidate that passes the filters is counted; only those that could enter the
  // page are kept, in a bounded heap.
  const consider = (withinRadius: number | undefined): number => {
    top.clear();
    let total = 0;
    const scale = withinRadius !== undefined ? Math.max(5, withinRadius / 3) : 60;
    const box = area?.box;
    const origin = centre ? originAt(centre.lat, centre.lng, withinRadius) : undefined;
    const all = candidates === undefined;
    const count = all ? index.services.length : candidates!.length;
    for (let c = 0; c < count; c++) {
      const doc = all ? c : candidates![c]!;
      if (!anyStatus && !index.active[doc]) continue;
      if (box && !index.withinBox(doc, box)) continue;
      if (query.need && (!filterNeed || !filterNeed[doc])) continue;
      if (query.population && (!filterPop || !filterPop[doc])) continue;
      // The cheaper tests first (hours, then distance), relevance last: at a million services a
      // candidate costs mostly the memory it reads.
      let hours = query.openAt ? index.hoursOf[doc]! : 0;
      if (hours === -1 || (hours >= 0 && query.openAt && !openPattern(hours))) continue;
      // NaN for no distance: a number variable, never boxed in this loop.
      let km = Number.NaN;
      // Of a service with several sites, the one that counts: the nearest, or the first.
      let site = 0;
      if (origin) {
        if (index.multiSite[doc]) {
          site = index.nearestSite(doc, origin);
          km = index.nearestKm;
        } else if (!Number.isNaN(index.lat[doc]!)) {
          const h = haversine(origin.lat, origin.lng, origin.cos, index.lat[doc]!, index.lng[doc]!, index.cosLat[doc]!);
          if (h > origin.haversineWithin) continue;
          km = kmOfHaversine(h);
        }
      }
      if (withinRadius !== undefined && !(km <= withinRadius)) continue;
      if (hours === -2) {
        // Several sites: the hours of the one that counts.
        hours = index.siteHours[index.siteStart[doc]! + site]!;
        if (hours === -1 || !openPattern(hours)) continue;
      }
      if (!relevanceOf(index, doc, asked, text, relevanceOut)) continue;
      const relevance = relevanceOut[0]!;
      let bonus = 0;
      // The service object itself is read only when a filter needs it.
      if (readService) {
        const svc = index.services[doc]!;
        if (language && !svc.languages.includes(language)) continue;
        if (query.free && svc.free !== true) continue;
        if (byState && !svc.sites.some((s) => (place!.kind === 'country' ? s.country === place!.country : s.state === place!.name && s.country === place!.country))) continue;
        if (lang === 'ht' && svc.languages.includes('hat')) bonus = 0.05;
      }
      total++;
      // Where the person is matters as much as what the listing says: a service across the
      // country helps little. Hotlines and online services (no site) count as moderately near.
      let score = relevance;
      if (centre) score *= Number.isNaN(km) ? 0.55 : 0.35 + 0.65 * Math.exp(-km / scale);
      score += bonus;
      const assured = index.assuredAt[doc]!;
      score += freshnessOf(assured, fresh);
      if (score >= top.threshold) top.add(doc, score);
    }
    return total;
  };
  const wantRadius = centre && radius !== undefined ? radius : undefined;
  let total = consider(wantRadius);
  let widened = false;
  if (total === 0 && place && !byState && wantRadius !== undefined && query.radius === undefined) {
    prepare(wantRadius * 4);
    total = consider(wantRadius * 4);
    widened = true;
  }
  const head: Scored[] = top.sorted().map(({ doc, score }) => {
    const { site, km } = placeOf(doc);
    const open = query.idsOnly ? undefined : openAt(site?.hours ?? index.services[doc]!.hours, query.openAt ?? now);
    return { doc, score, site, km, open };
  });
  if (!query.openAt && !query.idsOnly) {
    for (const s of head) if (s.open === true) s.score += 0.04;
    head.sort((a, b) => b.score - a.score || index.nameRank[a.doc]! - index.nameRank[b.doc]!);
  }
  const offset = query.offset ?? 0;
  const limit = query.idsOnly ? (query.limit ?? total) : Math.min(query.limit ?? 20, 500);
  const page = head.slice(offset, offset + limit);
  if (query.idsOnly) {
    const hits = page.map((s) => ({ serviceId: index.services[s.doc]!.id, name: index.services[s.doc]!.name, score: s.score, reasons: [] }));
    return { total, hits, understood: u };
  }
  const hits = page.map((s): SearchHit => {
    const svc = index.services[s.doc]!;
    const reasons: Reason[] = [];
    for (const n of u.needs) if (svc.needs.includes(n.code) || svc.textNeeds.includes(n.code)) reasons.push({ code: 'need', need: n.code });
    for (const p of askedPops) if (svc.populations.includes(p)) reasons.push({ code: 'population', population: p });
    if (s.km !== undefined && !s.site?.confidential) reasons.push({ code: 'distance', km: Math.round(s.km * 10) / 10, ...(s.site?.town ? { town: s.site.town } : {}) });
    if (s.open !== undefined) reasons.push({ code: 'open', open: s.open });
    const spoken = lang !== 'es' ? lang3(lang) : language;
    if (spoken && svc.languages.includes(spoken)) reasons.push({ code: 'language', language: spoken });
    if (svc.free) reasons.push({ code: 'free' });
    if (svc.assuredDate && Number.isFinite(Date.parse(svc.assuredDate))) {
      reasons.push({ code: 'verified', days: Math.max(0, Math.floor((now.getTime() - Date.parse(svc.assuredDate)) / 86_400_000)) });
    }
    const matched = u.terms.slice(0, 32).filter((_t, i) => (text.matched[s.doc]! & (1 << i)) !== 0).map((t) => t.word);
    if (matched.length) reasons.push({ code: 'words', words: matched });
    return {
      serviceId: svc.id,
      name: svc.name,
      score: Math.round(s.score * 1000) / 1000,
      ...(s.site && !s.site.confidential ? { site: { salId: s.site.salId, locationId: s.site.locationId } } : {}),
      ...(s.km !== undefined && !s.site?.confidential ? { distanceKm: Math.round(s.km * 10) / 10 } : {}),
      ...(s.open !== undefined ? { openNow: s.open } : {}),
      reasons,
    };
  });
  return { total, hits, understood: { ...u, ...(wantRadius !== undefined ? { radiusKm: widened ? wantRadius * 4 : wantRadius } : {}), ...(widened ? { widened } : {}) } };
}
