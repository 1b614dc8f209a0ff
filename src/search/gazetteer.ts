import { readFileSync } from 'node:fs';
import { fromRoot } from '../hsds/paths.js';
import { kmBetween } from './geo.js';
import { fold } from './text.js';

/**
 * Gazetteer of the migrant route: the cities, states and countries of Mexico and Central
 * America (plus a few capitals further south), so that search can tell "albergue en
 * Tapachula" apart from "albergue" and know where Tapachula is.
 *
 * The data is built from GeoNames by scripts/build-gazetteer.ts into
 * src/search/data/places.json; src/search/data/PLACES.md says what is in it and how it
 * was made. This module only reads that file (once) and answers questions about it.
 */

export type PlaceKind = 'city' | 'state' | 'country';

export interface Place {
  /** `geonames:<id>` for cities, `geonames-admin1:<CC>.<code>` for states, `iso3166:<CC>` for countries. */
  id: string;
  /** Display name: the GeoNames name, or a reviewed Spanish form (see PLACES.md). */
  name: string;
  /** Other names from the source (Latin script only), not folded. */
  alt?: string[];
  /** Reviewed colloquial names (folded), e.g. "cdmx"; not from the source. */
  aliases?: string[];
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Name of the state/department/province holding a city (or the state's own name). */
  state?: string;
  /** GeoNames admin1 code of that state, e.g. "05" for Chiapas. */
  stateCode?: string;
  lat: number;
  lng: number;
  /** Inhabitants per GeoNames; for states and countries the sum over their places in the source. */
  population: number;
  /** IANA time zone. */
  timezone: string;
}

export interface PlacesSource {
  package: string;
  version: string;
  licence: string;
  attribution: string;
  [extra: string]: unknown;
}

/**
 * A place as stored in places.json: a city leaves out its state's name, and its time zone
 * where that is its state's; createGazetteer() fills both in.
 */
export type PlaceRecord = Omit<Place, 'timezone'> & { timezone?: string };

export interface PlacesFile {
  source: PlacesSource;
  /** Folded names that are also common words: only taken as places in context (see findInQuery). */
  weakNames: string[];
  places: PlaceRecord[];
}

export interface PlaceMatch {
  /** The preferred place for the matched words. */
  place: Place;
  /** Token span [start, end) in the query tokens. */
  start: number;
  end: number;
  /** The matched tokens joined by spaces. */
  matched: string;
  /** Set when the words are also common words and nothing in the query says they are a place. */
  weak?: true;
  /** Other places with the same name, best first (at most 10). */
  alternatives: Place[];
}

export interface NearestPlace {
  place: Place;
  /** Great-circle distance in kilometres. */
  km: number;
}

export interface Gazetteer {
  readonly places: readonly Place[];
  /** Where the data came from, as recorded in places.json. */
  readonly source: PlacesSource;
  /**
   * Place names in a list of fold()ed query tokens: the longest name wins, then the
   * leftmost; each span carries the preferred place and the other places of that name.
   */
  findInQuery(tokens: readonly string[]): PlaceMatch[];
  /** Every place whose name, alternate name or alias folds to fold(name), best first. */
  byName(name: string): Place[];
  byId(id: string): Place | undefined;
  /** The nearest city, optionally only among cities of at least minPopulation inhabitants. */
  nearest(lat: number, lng: number, options?: { minPopulation?: number }): NearestPlace | undefined;
}

/** One folding for places and everything else, so query words and place names meet. */
export { fold };

/**
 * Ambiguity rule. Where several places share a name, each scores
 * `population × route weight` and the highest score wins. The weight is looked up first
 * for the state (`MX.05`), then for the country (`GT`), and is 1 elsewhere, so a place on
 * the southern route wins unless a namesake elsewhere is more than 8× (4×, 2×) larger:
 * "Ciudad Hidalgo" is the Chiapas border town (14 606 × 8) rather than the Michoacán city
 * (60 542 × 1). A state scores with the population of its largest city, so that it is
 * weighed like a town ("Tabasco" is the state, not the Zacatecas village; "El Progreso" is the
 * Honduran city, not the Guatemalan department of 25 000-people towns). A place reached only
 * by one of its source alternate names scores half.
 * Before scores: a reviewed alias beats a name; a country beats anything of its name
 * ("Guatemala" is the country); a city named exactly like the state that holds it beats that
 * state ("Puebla" is the city; "Chiapas" stays the state, as Chiapa de Corzo only has it as
 * an alternate name). A place followed in the query by its own state or country ("ciudad
 * hidalgo michoacan") is chosen over the others.
 */
export const ROUTE_WEIGHTS: Readonly<Record<string, number>> = {
  // The southern border and the first weeks on the route.
  'MX.05': 8, // Chiapas
  'MX.27': 8, // Tabasco
  GT: 8,
  // The rest of the south-east of Mexico and the northern triangle.
  'MX.04': 4, // Campeche
  'MX.20': 4, // Oaxaca
  'MX.23': 4, // Quintana Roo
  'MX.30': 4, // Veracruz
  BZ: 4,
  SV: 4,
  HN: 4,
  // The centre, the northern border and the rest of Central America.
  'MX.09': 2, // Ciudad de México
  'MX.15': 2, // Estado de México
  'MX.21': 2, // Puebla
  'MX.02': 2, // Baja California
  'MX.26': 2, // Sonora
  'MX.06': 2, // Chihuahua
  'MX.07': 2, // Coahuila
  'MX.19': 2, // Nuevo León
  'MX.28': 2, // Tamaulipas
  NI: 2,
  CR: 2,
  PA: 2,
};

/**
 * Words before a weak name that say it is a place: Spanish/English/Haitian
 * Creole/French/Portuguese "in, near, at, from, towards". "de" counts too, except before a
 * name that starts with an article ("casa de la esperanza" is a shelter's name, not a town).
 */
const PLACE_CUES = new Set(['en', 'in', 'near', 'nan', 'a', 'em', 'desde', 'hacia', 'de']);
const ARTICLES = new Set(['el', 'la', 'los', 'las']);
/**
 * Weak names that are everyday words of what people look for or go through ("centro de
 * salud", "albergue de mujeres", "cruzar la frontera"): bare "de" is no cue for them, and
 * without a cue they are left out altogether rather than returned as weak. Compared without a
 * leading article.
 */
const SERVICE_WORDS = new Set([
  'salud', 'mujeres', 'menores', 'refugio', 'proteccion', 'transporte', 'defensa', 'socorro',
  'sociedad', 'colonia', 'frontera', 'trabajo', 'comunidad', 'caridad', 'mision', 'estacion',
  'linea', 'calle', 'plaza', 'central', 'ciudad', 'isla', 'puerto', 'playa', 'rio', 'valle',
]);

function serviceWord(key: string): boolean {
  const words = key.split(' ');
  if (ARTICLES.has(words[0] ?? '')) words.shift();
  return SERVICE_WORDS.has(words.join(' '));
}

function routeWeight(place: Place): number {
  return (place.stateCode !== undefined ? ROUTE_WEIGHTS[`${place.country}.${place.stateCode}`] : undefined) ?? ROUTE_WEIGHTS[place.country] ?? 1;
}

function stateKey(place: Place): string | undefined {
  return place.stateCode === undefined ? undefined : `${place.country}.${place.stateCode}`;
}

interface Candidate {
  place: Place;
  /** How the name reached the place: its own name, a source alternate name, or a reviewed alias. */
  via: 'name' | 'alt' | 'alias';
}

interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  /** Set where a name ends here: the folded name. */
  key: string | undefined;
}

const VIA_RANK = { name: 0, alt: 0, alias: 1 } as const;
/** A match on a source alternate name scores half: "Guadalupe" is Guadalupe (Nuevo León), not Gustavo A. Madero. */
const ALT_FACTOR = 0.5;

/** Candidates of one name, best first (see ROUTE_WEIGHTS); largestCity gives a state's score population. */
function rank(candidates: Candidate[], largestCity: ReadonlyMap<string, number>): Place[] {
  if (candidates.length === 1) return [candidates[0]!.place];
  const scores = new Map<Place, number>();
  for (const { place } of candidates) {
    const population = place.kind === 'state' ? (largestCity.get(stateKey(place) ?? '') ?? place.population) : place.population;
    scores.set(place, Math.max(population, 1) * routeWeight(place));
  }
  for (const { place, via } of candidates) if (via === 'alt') scores.set(place, (scores.get(place) ?? 0) * ALT_FACTOR);
  // A city named like the state that holds it outranks that state (by an alternate name only
  // if it is the state's largest city: Santiago de Querétaro for "Querétaro", not Chiapa de
  // Corzo for "Chiapas").
  const states = new Map<string, number>();
  for (const { place } of candidates) if (place.kind === 'state') states.set(stateKey(place) ?? '', scores.get(place) ?? 0);
  for (const { place, via } of candidates) {
    if (place.kind !== 'city') continue;
    if (via === 'alt' && place.population < (largestCity.get(stateKey(place) ?? '') ?? Infinity)) continue;
    const s = states.get(stateKey(place) ?? '');
    if (s !== undefined) scores.set(place, Math.max(scores.get(place) ?? 0, s + 1));
  }
  const kindRank = (p: Place): number => (p.kind === 'country' ? 0 : 1);
  return [...candidates]
    .sort(
      (a, b) =>
        VIA_RANK[b.via] - VIA_RANK[a.via] ||
        kindRank(a.place) - kindRank(b.place) ||
        (scores.get(b.place) ?? 0) - (scores.get(a.place) ?? 0) ||
        (a.place.id < b.place.id ? -1 : a.place.id > b.place.id ? 1 : 0),
    )
    .map((c) => c.place);
}

// A quarter degree (about 28 km): a handful of towns per cell even in central Mexico, so the
// nearest town is usually found in the nine cells around a point.
const CELL = 0.25;

/** Builds a gazetteer over already-loaded data (loadGazetteer() reads the shipped file). */
export function createGazetteer(file: PlacesFile): Gazetteer {
  const states = new Map<string, PlaceRecord>();
  for (const p of file.places) if (p.kind === 'state') states.set(`${p.country}.${p.stateCode ?? ''}`, p);
  const places: Place[] = file.places.map((p) => {
    if (p.kind !== 'city' || (p.state !== undefined && p.timezone !== undefined)) return { ...p, timezone: p.timezone ?? '' };
    const st = states.get(`${p.country}.${p.stateCode ?? ''}`);
    const state = p.state ?? st?.name;
    return { ...p, ...(state !== undefined ? { state } : {}), timezone: p.timezone ?? st?.timezone ?? '' };
  });
  const weak = new Set(file.weakNames);
  const byKey = new Map<string, Candidate[]>();
  const ids = new Map<string, Place>();

  const strength = { alt: 0, name: 1, alias: 2 } as const;
  const add = (name: string, place: Place, via: Candidate['via']): void => {
    const key = fold(name);
    if (key === '') return;
    let list = byKey.get(key);
    if (list === undefined) byKey.set(key, (list = []));
    const existing = list.find((c) => c.place === place);
    if (existing === undefined) list.push({ place, via });
    else if (strength[via] > strength[existing.via]) existing.via = via;
  };
  const largestCity = new Map<string, number>();
  for (const place of places) {
    ids.set(place.id, place);
    add(place.name, place, 'name');
    for (const a of place.alt ?? []) add(a, place, 'alt');
    for (const a of place.aliases ?? []) add(a, place, 'alias');
    const sk = stateKey(place);
    if (place.kind === 'city' && sk !== undefined) largestCity.set(sk, Math.max(largestCity.get(sk) ?? 0, place.population));
  }

  const ranked = new Map<string, Place[]>();
  const root = new Map<string, TrieNode>();
  for (const [key, candidates] of byKey) {
    ranked.set(key, rank(candidates, largestCity));
    let level = root;
    let node: TrieNode | undefined;
    for (const w of key.split(' ')) {
      if (node !== undefined) level = node.next ??= new Map();
      node = level.get(w);
      if (node === undefined) level.set(w, (node = { next: undefined, key: undefined }));
    }
    if (node !== undefined) node.key = key;
  }

  // Cities in 1° cells for nearest().
  const grid = new Map<number, Place[]>();
  const cellKey = (y: number, x: number) => (y + 1000) * 10_000 + (x + 1000);
  for (const p of places) {
    if (p.kind !== 'city') continue;
    const cell = cellKey(Math.floor(p.lat / CELL), Math.floor(p.lng / CELL));
    let list = grid.get(cell);
    if (list === undefined) grid.set(cell, (list = []));
    list.push(p);
  }

  /** The longest name starting at token i: [end, key]. */
  const longestAt = (tokens: readonly string[], i: number): [number, string] | undefined => {
    let level: Map<string, TrieNode> | undefined = root;
    let best: [number, string] | undefined;
    for (let j = i; j < tokens.length && level !== undefined; j++) {
      const node: TrieNode | undefined = level.get(tokens[j] ?? '');
      if (node === undefined) break;
      if (node.key !== undefined) best = [j + 1, node.key];
      level = node.next;
    }
    return best;
  };

  const cued = (tokens: readonly string[], start: number, key: string): boolean => {
    const before = tokens[start - 1];
    if (before === undefined || !PLACE_CUES.has(before)) return false;
    if (before !== 'de') return true;
    // "cerca de X" always; bare "de" not before "la paz", "el progreso"... nor a service word.
    if (tokens[start - 2] === 'cerca') return true;
    return !ARTICLES.has(key.split(' ')[0] ?? '') && !serviceWord(key);
  };

  const within = (place: Place, area: Place): boolean =>
    place !== area &&
    place.country === area.country &&
    (area.kind === 'country' || (place.kind === 'city' && place.stateCode === area.stateCode));

  function findInQuery(tokens: readonly string[]): PlaceMatch[] {
    const spans: { start: number; end: number; key: string }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const hit = longestAt(tokens, i);
      if (hit !== undefined) spans.push({ start: i, end: hit[0], key: hit[1] });
    }
    if (spans.length === 0) return [];
    // Longest first, then leftmost; no overlaps.
    spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: typeof spans = [];
    for (const s of spans) if (!taken.some((t) => s.start < t.end && t.start < s.end)) taken.push(s);
    taken.sort((a, b) => a.start - b.start);

    const out: PlaceMatch[] = [];
    for (let k = 0; k < taken.length; k++) {
      const s = taken[k]!;
      let candidates = ranked.get(s.key) ?? [];
      let end = s.end;
      let qualified = false;
      // "City, State" or "City, Country": keep the namesake inside that area and take both words.
      const next = taken[k + 1];
      if (next !== undefined && next.start === s.end) {
        const areas = (ranked.get(next.key) ?? []).filter((p) => p.kind !== 'city');
        const inside = candidates.filter((c) => areas.some((a) => within(c, a)));
        if (inside.length > 0) {
          candidates = [...inside, ...candidates.filter((c) => !inside.includes(c))];
          end = next.end;
          qualified = true;
          k++;
        }
      }
      const [place, ...others] = candidates;
      if (place === undefined) continue;
      const match: PlaceMatch = {
        place,
        start: s.start,
        end,
        matched: tokens.slice(s.start, end).join(' '),
        alternatives: others.slice(0, 10),
      };
      if (!qualified && weak.has(s.key) && !cued(tokens, s.start, s.key)) {
        if (serviceWord(s.key)) continue;
        match.weak = true;
      }
      out.push(match);
    }
    // Weak names only count when nothing else in the query is a place.
    const strong = out.filter((m) => m.weak === undefined);
    return strong.length > 0 ? strong : out;
  }

  function byName(name: string): Place[] {
    return [...(ranked.get(fold(name)) ?? [])];
  }

  function nearest(lat: number, lng: number, options: { minPopulation?: number } = {}): NearestPlace | undefined {
    const min = options.minPopulation ?? 0;
    const cy = Math.floor(lat / CELL);
    const cx = Math.floor(lng / CELL);
    let best: NearestPlace | undefined;
    const cosLat = Math.cos((lat * Math.PI) / 180);
    // Rings of cells around the point. Every cell of ring r is at least r - 1 cells away in
    // latitude or in longitude, so once that distance exceeds the best found, stop.
    for (let r = 0; r <= 180; r++) {
      if (best !== undefined) {
        const kmPerCell = CELL * 111.19 * Math.cos((Math.min(89, Math.abs(lat) + r * CELL) * Math.PI) / 180);
        if ((r - 1) * kmPerCell > best.km) break;
      }
      for (let dy = -r; dy <= r; dy++) {
        // Whole rows at the top and bottom of the ring, the two end cells in between.
        const step = Math.abs(dy) === r ? 1 : Math.max(1, 2 * r);
        for (let dx = -r; dx <= r; dx += step) {
          for (const p of grid.get(cellKey(cy + dy, cx + dx)) ?? []) {
            if (p.population < min) continue;
            // A flat-earth distance is within a fraction of a percent at these ranges: it
            // rules out the far candidates before the exact great-circle distance is taken.
            if (best !== undefined) {
              const north = (p.lat - lat) * 111.19;
              const east = (p.lng - lng) * 111.19 * cosLat;
              if (north * north + east * east > best.km * best.km * 1.05) continue;
            }
            const km = kmBetween(lat, lng, p.lat, p.lng);
            if (best === undefined || km < best.km) best = { place: p, km };
          }
        }
      }
    }
    return best;
  }

  return {
    places,
    source: file.source,
    findInQuery,
    byName,
    byId: (id) => ids.get(id),
    nearest,
  };
}

let cached: Gazetteer | undefined;

/** The gazetteer of src/search/data/places.json, read and indexed on first use. */
export function loadGazetteer(): Gazetteer {
  cached ??= createGazetteer(JSON.parse(readFileSync(fromRoot('src', 'search', 'data', 'places.json'), 'utf8')) as PlacesFile);
  return cached;
}
