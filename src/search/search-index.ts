import { needsTaxonomy } from '../taxonomy/taxonomy-data.js';
import { haversine, kmOfHaversine, type Origin } from './geo.js';
import type { OpeningHours } from './opening-hours.js';
import { SpellIndex } from './spelling.js';

export interface Site {
  salId: string;
  locationId: string;
  lat?: number;
  lng?: number;
  confidential: boolean;
  /**
   * For a confidential site, the centre of its town instead of its own coordinates: enough to
   * rank it for people nearby, never precise enough to find it.
   */
  coarse?: { lat: number; lng: number };
  hours?: OpeningHours;
  /** The nearest town of the gazetteer, to say "near Tapachula". */
  town?: string;
  state?: string;
  country?: string;
}

export interface IndexedService {
  id: string;
  name: string;
  status: string;
  // Small lists rather than sets: a handful of codes each, and a hundred thousand services
  // hold four of them (a Set is several objects; a build would spend its time collecting them).
  /** Need codes tagged by stewards, with their ancestors. */
  needs: string[];
  /** Need codes read from the listing's own words. */
  textNeeds: string[];
  populations: string[];
  languages: string[];
  sites: Site[];
  hours?: OpeningHours;
  free?: boolean;
  assuredDate?: string;
  /** assuredDate as a time, read once. */
  assuredAt?: number;
  /** Position in alphabetical order of names: the tie-break between equal scores. */
  nameRank: number;
  length: number;
}

/** Adds a code to a small list unless it is there already. */
export function addCode(list: string[], code: string): void {
  if (!list.includes(code)) list.push(code);
}

/**
 * A service's number by id, for rows that come grouped by service and in the services' order,
 * as a directory is written: the last answer and the next service are tried before the map
 * (a look-up in a map of a hundred thousand ids misses the processor's caches).
 */
export function docLookup(byId: ReadonlyMap<string, number>, idOf: (doc: number) => string | undefined): (id: string) => number | undefined {
  let last = -1;
  return (id) => {
    if (last >= 0) {
      if (idOf(last) === id) return last;
      if (idOf(last + 1) === id) return ++last;
    }
    const doc = byId.get(id);
    if (doc !== undefined) last = doc;
    return doc;
  };
}

export interface Postings {
  docs: Int32Array;
  weights: Float32Array;
}

/** Size of the cells of the spatial grid, in degrees (about 11 km): a city radius spans few cells. */
export const GRID = 0.1;

/** A box of latitudes and longitudes around a circle, a little larger than it. */
export interface Box {
  s: number;
  n: number;
  w: number;
  e: number;
}

export function boxAround(centre: { lat: number; lng: number }, km: number): Box {
  const dLat = km / 110 + 0.01;
  const dLng = km / (110 * Math.max(0.05, Math.cos((centre.lat * Math.PI) / 180))) + 0.01;
  return { s: centre.lat - dLat, n: centre.lat + dLat, w: centre.lng - dLng, e: centre.lng + dLng };
}

const NONE = new Int32Array(0);

/** The key of a grid cell by its row and column of GRID degrees. */
const cellKey = (y: number, x: number) => (y + 1000) * 10_000 + (x + 1000);

/** ISO 639-1 → 639-3 for the languages people on the route speak; other codes pass as given. */
const LANG3: Record<string, string> = { es: 'spa', en: 'eng', fr: 'fra', ht: 'hat', pt: 'por' };
export const lang3 = (code: string) => LANG3[code.toLowerCase()] ?? code.toLowerCase();

/** The need taxonomy as codes: term id → code, and code → the codes above it. */
export function needCodes() {
  const terms = needsTaxonomy().terms;
  const idToCode = new Map(terms.map((t) => [t.id, t.code]));
  const parent = new Map(terms.map((t) => [t.code, t.parent_code]));
  const memo = new Map<string, string[]>();
  const ancestors = (code: string): string[] => {
    let out = memo.get(code);
    if (!out) {
      out = [];
      for (let p = parent.get(code); p; p = parent.get(p)) out.push(p);
      memo.set(code, out);
    }
    return out;
  };
  const all = new Map<string, string[]>();
  /** A need and the needs above it, the codes a service tagged with it counts under. */
  const withAncestors = (code: string): string[] => {
    let out = all.get(code);
    if (!out) all.set(code, (out = [code, ...ancestors(code)]));
    return out;
  };
  return { idToCode, ancestors, withAncestors, codes: new Set(terms.map((t) => t.code)) };
}

/**
 * Everything search needs, in memory: one entry per service, an inverted index of word stems,
 * the services of each need, and a spelling vocabulary. Built from the database in one pass of
 * a few queries; rebuilt when the directory changes (see search-engine).
 */
export class SearchIndex {
  services: IndexedService[] = [];
  /**
   * Whether a service may lie within a box: a test that rules out most candidates of a radius
   * before any trigonometry (services with several sites are then measured site by site).
   */
  withinBox(doc: number, box: Box): boolean {
    if (this.multiSite[doc]) return this.boxN[doc]! >= box.s && this.boxS[doc]! <= box.n && this.boxE[doc]! >= box.w && this.boxW[doc]! <= box.e;
    const lat = this.lat[doc]!;
    const lng = this.lng[doc]!;
    return lat >= box.s && lat <= box.n && lng >= box.w && lng <= box.e;
  }

  /** The grid cells around a point that hold services, covering `km` (a superset: check the distance). */
  cellsNear(lat: number, lng: number, km: number): number[] {
    const dLat = km / 111.2 + GRID;
    const dLng = km / (111.2 * Math.max(0.05, Math.cos((lat * Math.PI) / 180))) + GRID;
    const out: number[] = [];
    for (let y = Math.floor((lat - dLat) / GRID); y <= Math.floor((lat + dLat) / GRID); y++) {
      for (let x = Math.floor((lng - dLng) / GRID); x <= Math.floor((lng + dLng) / GRID); x++) {
        const key = cellKey(y, x);
        if (this.grid.has(key)) out.push(key);
      }
    }
    return out;
  }

  /** The services of a need in the given grid cells, a list per cell. */
  needInCells(need: string, cells: number[]): Int32Array[] {
    const byCell = this.needCells.get(need);
    return byCell ? cells.map((c) => byCell.get(c) ?? NONE) : [];
  }

  /**
   * The services of several lists, each once, in a scratch array that the next query reuses
   * (a query gathers tens of thousands of candidates: no array grown one push at a time).
   */
  gather(lists: ArrayLike<number>[], pool = this.pool): Int32Array {
    const { mark } = this;
    let m = 0;
    for (const list of lists) {
      for (let i = 0; i < list.length; i++) {
        const d = list[i]!;
        if (mark[d]) continue;
        mark[d] = 1;
        pool[m++] = d;
      }
    }
    for (let i = 0; i < m; i++) mark[pool[i]!] = 0;
    return pool.subarray(0, m);
  }

  /**
   * The fields every query reads for every candidate, kept in flat arrays by document number
   * (a cache line holds many documents; objects with sets would be a miss each):
   * per need, 2 when a steward tagged it (or a narrower need), 1 when the text names it.
   */
  needFlags = new Map<string, Uint8Array>();
  populationFlags = new Map<string, Uint8Array>();
  active = new Uint8Array(0);
  nameRank = new Int32Array(0);
  assuredAt = new Float64Array(0);
  /** How many needs a service answers, for "a place alone" (broad services first). */
  breadth = new Uint8Array(0);
  /** Field-weighted word count per service, for BM25's length normalisation. */
  docLength = new Float32Array(0);
  /** A scratch mark per service, reused by each query (to gather candidates once, to score in scope); left clear. */
  mark = new Uint8Array(0);
  /** Scratch lists of services as long as the directory, reused by each query. */
  pool = new Int32Array(0);
  wordPool = new Int32Array(0);
  scopePool = new Int32Array(0);
  /**
   * Where a service with one site is (its town's centre when the site is confidential); NaN
   * when it has none. Services with several sites are measured site by site.
   */
  lat = new Float64Array(0);
  lng = new Float64Array(0);
  multiSite = new Uint8Array(0);
  /**
   * The opening hours of a service with one site, as a number into `hourPatterns` (services
   * share a few patterns); -1 when unknown, -2 for several sites (judged site by site). Lets an
   * "open at" filter skip reading the service itself.
   */
  hoursOf = new Int32Array(0);
  hourPatterns: OpeningHours[] = [];
  /**
   * Every service's sites, flat: those of service d are siteStart[d] .. siteStart[d + 1], each
   * with where it is (its town's centre when confidential; NaN when unknown) and its hours (or
   * the service's) as a number into `hourPatterns`, -1 when unknown. A query measures services
   * of several sites from these, never from the objects (a cache miss each, at a million).
   */
  siteStart = new Int32Array(1);
  siteLat = new Float64Array(0);
  siteLng = new Float64Array(0);
  /** The cosine of each site's latitude, and of each one-site service's: what a distance needs of a point. */
  siteCos = new Float64Array(0);
  cosLat = new Float64Array(0);
  siteHours = new Int32Array(0);
  /** The distance found by the last nearestSite(), NaN when no site has a place. */
  nearestKm = Number.NaN;
  /**
   * The nearest site of a service to a point, as its position among the service's sites (the
   * first when none has a place, -1 without sites), with its distance into nearestKm. Sites
   * farther than the origin's radius may be passed over (as if they had no place).
   */
  nearestSite(doc: number, origin: Origin): number {
    const from = this.siteStart[doc]!;
    const to = this.siteStart[doc + 1]!;
    let best = to > from ? 0 : -1;
    let bestKm = Number.NaN;
    for (let j = from; j < to; j++) {
      const siteLat = this.siteLat[j]!;
      if (Number.isNaN(siteLat) || Math.abs(siteLat - origin.lat) > origin.degreesWithin) continue;
      const h = haversine(origin.lat, origin.lng, origin.cos, siteLat, this.siteLng[j]!, this.siteCos[j]!);
      if (h > origin.haversineWithin) continue;
      const km = kmOfHaversine(h);
      if (Number.isNaN(bestKm) || km < bestKm) {
        bestKm = km;
        best = j - from;
      }
    }
    this.nearestKm = bestKm;
    return best;
  }
  /** For a service with several sites, the box around them (south, north, west, east); NaN without any. */
  boxS = new Float64Array(0);
  boxN = new Float64Array(0);
  boxW = new Float64Array(0);
  boxE = new Float64Array(0);
  /** Services by grid cell of GRID degrees, for "within so many kilometres of". */
  grid = new Map<number, Int32Array>();
  /**
   * The services of each need by grid cell: "a shelter in Tapachula" walks the shelters there,
   * not every service there nor every shelter.
   */
  needCells = new Map<string, Map<number, Int32Array>>();

  static cellOf(lat: number, lng: number): number {
    return cellKey(Math.floor(lat / GRID), Math.floor(lng / GRID));
  }
  byId = new Map<string, number>();
  postings = new Map<string, Postings>();
  /** Per need, the services tagged with it or naming it, in ascending order. */
  byNeed = new Map<string, Int32Array>();
  spell = new SpellIndex();
  avgLength = 1;
  builtAt = new Date();
}
