import type { Database } from '../lib/db.js';
import type { Place } from './gazetteer.js';
import { isOpenAt } from './opening-hours.js';
import { distanceKm, freshness, needScore, textScores } from './rank.js';
import { lang3, needCodes, SearchIndex, type IndexedService, type Site } from './search-index.js';
import { SEARCH_LANGUAGES, type SearchLanguage } from './text.js';
import { understand, type Understood } from './understand.js';

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

  private async readVersion(): Promise<string> {
    const row = await this.database.db.selectFrom('ruta_setting').select('value').where('key', '=', SETTING).executeTakeFirst();
    return String(row?.value ?? '');
  }

  /** The index of the directory as it is now: rebuilt when any write has changed its version. */
  async current(): Promise<SearchIndex> {
    const version = await this.readVersion();
    if (this.index && version === this.version) return this.index;
    if (!this.building) {
      this.building = SearchIndex.build(this.database)
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
    const index = await this.current();
    return runSearch(index, query, this.needs);
  }
}

export async function openSearchEngine(database: Database): Promise<SearchEngine> {
  const engine = new SearchEngine(database);
  await engine.current();
  return engine;
}

/**
 * The site nearest to the centre. A confidential site counts by its town's centre, so a women's
 * shelter still ranks for people in its town, and its distance is never shown.
 */
function nearestSite(svc: IndexedService, centre: { lat: number; lng: number } | undefined): { site?: Site; km?: number } {
  let best: { site?: Site; km?: number } = { site: svc.sites[0] };
  if (!centre) return best;
  for (const site of svc.sites) {
    const point = site.confidential ? site.coarse : site.lat !== undefined && site.lng !== undefined ? { lat: site.lat, lng: site.lng } : undefined;
    if (!point) continue;
    const km = distanceKm(centre, point);
    if (best.km === undefined || km < best.km) best = { site, km };
  }
  return best;
}

/**
 * How well a service answers what was asked, 0..1: the needs named (the strongest signal), the
 * populations named, and the words, each weighted and averaged over what the query contains.
 * Undefined when it does not answer at all.
 */
function relevanceOf(
  svc: IndexedService,
  asked: string[],
  pops: string[],
  text: number | undefined,
  hasWords: boolean,
  ancestors: (code: string) => string[],
): number | undefined {
  const ts = text ?? 0;
  let sum = 0;
  let weight = 0;
  if (asked.length) {
    const ns = needScore(svc, asked, ancestors);
    if (ns === 0 && ts < 0.5) return undefined; // words alone, weakly: not what was asked
    sum += 0.6 * ns;
    weight += 0.6;
  }
  if (pops.length) {
    const ps = pops.filter((p) => svc.populations.has(p)).length / pops.length;
    if (ps === 0 && !asked.length && ts < 0.5) return undefined;
    sum += 0.4 * ps;
    weight += 0.4;
  }
  if (hasWords) {
    sum += 0.3 * ts;
    weight += 0.3;
  }
  // A place or filters alone: every service there answers; the broad ones first (a point of
  // orientation, a shelter with meals and showers), as a person naming only a town would want.
  if (weight === 0) return 0.4 + 0.02 * Math.min(svc.needs.size + svc.textNeeds.size, 10) + (svc.needs.has('information-referral') ? 0.1 : 0);
  const r = sum / weight;
  return r > 0 ? r : undefined;
}

/** The search itself, on a built index: pure given the index and the instant. */
export function runSearch(index: SearchIndex, query: SearchQuery, needs = needCodes(), now = new Date()): SearchResult {
  const lang: SearchLanguage = query.lang && SEARCH_LANGUAGES.includes(query.lang) ? query.lang : 'es';
  const u = understand(query.q ?? '', lang, index.spell, (key) => index.postings.has(key));
  const askedPops = [...new Set([...u.populations.map((p) => p.code), ...(query.population ? [query.population] : [])])];
  const place: Place | undefined = u.place;
  let centre = query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : undefined;
  let radius = query.radius;
  const byState = place?.kind === 'state';
  if (place && !byState) {
    centre = { lat: place.lat, lng: place.lng };
    radius ??= CITY_RADIUS_KM;
  }
  // Something was typed but nothing in it can be searched for (punctuation, an emoji): no
  // results, rather than every service.
  if ((query.q ?? '').trim() !== '' && !u.needs.length && !u.populations.length && !u.place && !u.terms.length) {
    return { total: 0, hits: [], understood: u };
  }
  const text = textScores(index, u.terms);
  const hasWords = u.terms.length > 0;

  // Candidates: services that name a need asked, or share words with the query; with neither,
  // every service (a place or filters alone).
  let candidates: Iterable<number>;
  if (u.needs.length || hasWords) {
    const set = new Set<number>(text.keys());
    for (const need of u.needs) for (const d of index.byNeed.get(need.code) ?? []) set.add(d);
    candidates = set;
  } else candidates = index.services.keys();

  const filterNeed = query.need;
  const language = query.language ? lang3(query.language) : undefined;
  const scored: { doc: number; score: number; site?: Site; km?: number; open?: boolean }[] = [];
  const consider = (withinRadius: number | undefined) => {
    scored.length = 0;
    for (const doc of candidates) {
      const svc = index.services[doc]!;
      if (!query.anyStatus && svc.status !== 'active') continue;
      if (filterNeed && !svc.needs.has(filterNeed) && !svc.textNeeds.has(filterNeed)) continue;
      if (query.population && !svc.populations.has(query.population)) continue;
      if (language && !svc.languages.has(language)) continue;
      if (query.free && svc.free !== true) continue;
      if (byState && !svc.sites.some((s) => s.state === place!.name)) continue;
      const { site, km } = nearestSite(svc, centre);
      if (withinRadius !== undefined && (km === undefined || km > withinRadius)) continue;
      const open = isOpenAt(site?.hours ?? svc.hours, query.openAt ?? now);
      if (query.openAt && open !== true) continue;

      const relevance = relevanceOf(svc, u.needs.map((n) => n.code), askedPops, text.get(doc), hasWords, needs.ancestors);
      if (relevance === undefined) continue;
      let score = relevance;
      // Where the person is matters as much as what the listing says: a service across the
      // country helps little. Hotlines and online services (no site) count as moderately near.
      if (centre) {
        const scale = withinRadius !== undefined ? Math.max(5, withinRadius / 3) : 60;
        score *= km === undefined ? 0.55 : 0.35 + 0.65 * Math.exp(-km / scale);
      }
      if (open === true) score += 0.04;
      if (lang === 'ht' && svc.languages.has('hat')) score += 0.05;
      score += freshness(svc.assuredDate, now);
      const relevanceScore = score;
      scored.push({ doc, score: relevanceScore, ...(site ? { site } : {}), ...(km !== undefined ? { km } : {}), ...(open !== undefined ? { open } : {}) });
    }
  };
  const wantRadius = centre && radius !== undefined ? radius : undefined;
  consider(wantRadius);
  let widened = false;
  if (scored.length === 0 && place && !byState && wantRadius !== undefined && query.radius === undefined) {
    consider(wantRadius * 4);
    widened = true;
  }
  scored.sort((a, b) => b.score - a.score || index.services[a.doc]!.name.localeCompare(index.services[b.doc]!.name));

  const offset = query.offset ?? 0;
  const limit = query.idsOnly ? (query.limit ?? scored.length) : Math.min(query.limit ?? 20, 500);
  const page = scored.slice(offset, offset + limit);
  if (query.idsOnly) {
    const hits = page.map((s) => ({ serviceId: index.services[s.doc]!.id, name: index.services[s.doc]!.name, score: s.score, reasons: [] }));
    return { total: scored.length, hits, understood: u };
  }
  const hits = page.map((s): SearchHit => {
    const svc = index.services[s.doc]!;
    const reasons: Reason[] = [];
    for (const n of u.needs) if (svc.needs.has(n.code) || svc.textNeeds.has(n.code)) reasons.push({ code: 'need', need: n.code });
    for (const p of askedPops) if (svc.populations.has(p)) reasons.push({ code: 'population', population: p });
    if (s.km !== undefined && !s.site?.confidential) reasons.push({ code: 'distance', km: Math.round(s.km * 10) / 10, ...(s.site?.town ? { town: s.site.town } : {}) });
    if (s.open !== undefined) reasons.push({ code: 'open', open: s.open });
    const spoken = lang !== 'es' ? lang3(lang) : language;
    if (spoken && svc.languages.has(spoken)) reasons.push({ code: 'language', language: spoken });
    if (svc.free) reasons.push({ code: 'free' });
    if (svc.assuredDate && Number.isFinite(Date.parse(svc.assuredDate))) {
      reasons.push({ code: 'verified', days: Math.max(0, Math.floor((now.getTime() - Date.parse(svc.assuredDate)) / 86_400_000)) });
    }
    const matched = u.terms.filter((t) => t.keys.some((k) => index.postings.get(k)?.docs.includes(s.doc))).map((t) => t.word);
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
  return { total: scored.length, hits, understood: { ...u, ...(wantRadius !== undefined ? { radiusKm: widened ? wantRadius * 4 : wantRadius } : {}), ...(widened ? { widened } : {}) } };
}
