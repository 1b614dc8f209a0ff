import type { Database } from '../lib/db.js';
import { needsTaxonomy, profileTaxonomy, profileTermId } from '../taxonomy/taxonomy-data.js';
import { conceptMatcher } from './concepts.js';
import { loadGazetteer, type Place } from './gazetteer.js';
import { compileHours, type OpeningHours, type ScheduleRow } from './opening-hours.js';
import { SpellIndex } from './spelling.js';
import { isStopword, stem, tokens } from './text.js';

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
  /** Need codes tagged by stewards, with their ancestors. */
  needs: Set<string>;
  /** Need codes read from the listing's own words. */
  textNeeds: Set<string>;
  populations: Set<string>;
  languages: Set<string>;
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

export interface Postings {
  docs: Int32Array;
  weights: Float32Array;
}

/** Size of the cells of the spatial grid, in degrees (about 55 km). */
export const GRID = 0.5;

const FIELD_WEIGHT = { name: 3, alternate_name: 2, organization: 1, description: 1, eligibility_description: 0.5 } as const;

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
  return { idToCode, ancestors, codes: new Set(terms.map((t) => t.code)) };
}

function populationCodes(): Map<string, string> {
  const terms = profileTaxonomy().terms;
  const group = terms.find((t) => t.code === 'population-served')?.code;
  return new Map(terms.filter((t) => t.parent_code === group).map((t) => [t.id, t.code]));
}

interface ReadText {
  /** Stems, once per occurrence of a word (Spanish and English stems where they differ). */
  keys: string[];
  needs: string[];
  populations: string[];
  /** Words counted for the length normalisation. */
  length: number;
}

/** Reads a listing's text once: its stems and the needs and populations its words name. */
function memoText(matcher: ReturnType<typeof conceptMatcher>, onWord: (w: string) => void): (text: string) => ReadText {
  const memo = new Map<string, ReadText>();
  return (text) => {
    let read = memo.get(text);
    if (read) return read;
    const toks = tokens(text);
    const needs: string[] = [];
    const populations: string[] = [];
    for (const m of matcher.find(toks, 'es')) (m.kind === 'population' ? populations : needs).push(m.target);
    const keys: string[] = [];
    let length = 0;
    for (const t of toks) {
      if (t.length < 2 || isStopword(t, 'es') || isStopword(t, 'en')) continue;
      onWord(t);
      length++;
      const es = stem(t, 'es');
      const en = stem(t, 'en');
      keys.push(es);
      if (en !== es) keys.push(en);
    }
    read = { keys, needs, populations, length };
    if (memo.size < 500_000) memo.set(text, read);
    return read;
  };
}

/** Reads rows through the fastest path the database offers: prepared statements on SQLite. */
async function rows(database: Database, sql: string, kyselyTable: string, columns: string[]): Promise<Record<string, unknown>[]> {
  if (database.sqlite) return database.sqlite.prepare(sql).all() as Record<string, unknown>[];
  return (await database.db.selectFrom(kyselyTable).select(columns).execute()) as Record<string, unknown>[];
}

const cols = (table: string, names: string[]) => `select ${names.map((n) => `"${n}"`).join(', ')} from "${table}"`;

async function load(database: Database, table: string, names: string[]) {
  return rows(database, cols(table, names), table, names);
}

/**
 * Everything search needs, in memory: one entry per service, an inverted index of word stems,
 * the services of each need, and a spelling vocabulary. Built from the database in one pass of
 * a few queries; rebuilt when the directory changes (see search-engine).
 */
export class SearchIndex {
  services: IndexedService[] = [];
  /** Services within `km` of a point, from the grid cells around it (a superset: check the distance). */
  near(lat: number, lng: number, km: number): number[] {
    const dLat = km / 111.2 + GRID;
    const dLng = km / (111.2 * Math.max(0.05, Math.cos((lat * Math.PI) / 180))) + GRID;
    const out: number[] = [];
    for (let y = Math.floor((lat - dLat) / GRID); y <= Math.floor((lat + dLat) / GRID); y++) {
      for (let x = Math.floor((lng - dLng) / GRID); x <= Math.floor((lng + dLng) / GRID); x++) {
        for (const d of this.grid.get((y + 1000) * 10_000 + (x + 1000)) ?? []) {
          if (this.mark[d]) continue;
          this.mark[d] = 1;
          out.push(d);
        }
      }
    }
    for (const d of out) this.mark[d] = 0;
    return out;
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
  /** A scratch mark per service, reused by each query to gather its candidates once. */
  mark = new Uint8Array(0);
  /**
   * Where a service with one site is (its town's centre when the site is confidential); NaN
   * when it has none. Services with several sites are measured site by site.
   */
  lat = new Float64Array(0);
  lng = new Float64Array(0);
  multiSite = new Uint8Array(0);
  /** Services by grid cell of GRID degrees, for "within so many kilometres of". */
  grid = new Map<number, number[]>();

  static cellOf(lat: number, lng: number): number {
    return (Math.floor(lat / GRID) + 1000) * 10_000 + (Math.floor(lng / GRID) + 1000);
  }
  byId = new Map<string, number>();
  postings = new Map<string, Postings>();
  byNeed = new Map<string, number[]>();
  spell = new SpellIndex();
  avgLength = 1;
  builtAt = new Date();

  private flatten(): void {
    const n = this.services.length;
    this.active = new Uint8Array(n);
    this.nameRank = new Int32Array(n);
    this.assuredAt = new Float64Array(n).fill(Number.NaN);
    this.breadth = new Uint8Array(n);
    this.docLength = new Float32Array(n);
    this.mark = new Uint8Array(n);
    this.lat = new Float64Array(n).fill(Number.NaN);
    this.lng = new Float64Array(n).fill(Number.NaN);
    this.multiSite = new Uint8Array(n);
    this.grid.clear();
    this.services.forEach((svc, i) => {
      this.docLength[i] = svc.length;
      this.multiSite[i] = svc.sites.length > 1 ? 1 : 0;
      const cells = new Set<number>();
      svc.sites.forEach((site, j) => {
        const point = site.confidential ? site.coarse : site.lat !== undefined && site.lng !== undefined ? { lat: site.lat, lng: site.lng } : undefined;
        if (!point) return;
        if (j === 0) {
          this.lat[i] = point.lat;
          this.lng[i] = point.lng;
        }
        cells.add(SearchIndex.cellOf(point.lat, point.lng));
      });
      for (const c of cells) {
        const list = this.grid.get(c);
        if (list) list.push(i);
        else this.grid.set(c, [i]);
      }
      this.active[i] = svc.status === 'active' ? 1 : 0;
      this.nameRank[i] = svc.nameRank;
      if (svc.assuredAt !== undefined && Number.isFinite(svc.assuredAt)) this.assuredAt[i] = svc.assuredAt;
      this.breadth[i] = Math.min(255, svc.needs.size + svc.textNeeds.size);
      for (const need of svc.textNeeds) this.flags(this.needFlags, need, n)[i] = 1;
      for (const need of svc.needs) this.flags(this.needFlags, need, n)[i] = 2;
      for (const pop of svc.populations) this.flags(this.populationFlags, pop, n)[i] = 1;
    });
  }

  private flags(map: Map<string, Uint8Array>, code: string, n: number): Uint8Array {
    let f = map.get(code);
    if (!f) map.set(code, (f = new Uint8Array(n)));
    return f;
  }

  static async build(database: Database): Promise<SearchIndex> {
    const index = new SearchIndex();
    const { idToCode, ancestors } = needCodes();
    const popOf = populationCodes();
    const matcher = conceptMatcher();
    const gazetteer = loadGazetteer();
    const confidentialId = profileTermId('confidential-location');

    const orgs = new Map((await load(database, 'organization', ['id', 'name'])).map((o) => [o.id, String(o.name ?? '')]));
    const services = await load(database, 'service', ['id', 'name', 'alternate_name', 'description', 'eligibility_description', 'status', 'assured_date', 'organization_id', 'fees_description']);
    for (const s of services) {
      const i = index.services.length;
      index.byId.set(s.id as string, i);
      index.services.push({
        id: s.id as string,
        name: String(s.name ?? ''),
        status: String(s.status ?? ''),
        needs: new Set(),
        textNeeds: new Set(),
        populations: new Set(),
        languages: new Set(),
        sites: [],
        ...(s.assured_date ? { assuredDate: String(s.assured_date), assuredAt: Date.parse(String(s.assured_date)) } : {}),
        nameRank: 0,
        ...(/\b(gratis|gratuit[oa]s?|free|sin costo|gratuite?)\b/i.test(String(s.fees_description ?? '')) ? { free: true } : {}),
        length: 0,
      });
    }

    const locations = new Map((await load(database, 'location', ['id', 'latitude', 'longitude'])).map((l) => [l.id, l]));
    const hidden = new Set<string>();
    const attrs = await load(database, 'attribute', ['link_id', 'taxonomy_term_id']);
    for (const a of attrs) {
      if (a.taxonomy_term_id === confidentialId) hidden.add(a.link_id as string);
      const i = index.byId.get(a.link_id as string);
      if (i === undefined) continue;
      const svc = index.services[i]!;
      const need = idToCode.get(a.taxonomy_term_id as string);
      if (need) for (const c of [need, ...ancestors(need)]) svc.needs.add(c);
      const pop = popOf.get(a.taxonomy_term_id as string);
      if (pop) svc.populations.add(pop);
    }

    const schedules = await load(database, 'schedule', ['service_id', 'location_id', 'service_at_location_id', 'freq', 'byday', 'bymonthday', 'opens_at', 'closes_at', 'valid_from', 'valid_to', 'timezone']);
    const scheduleBy = new Map<string, ScheduleRow[]>();
    for (const r of schedules) {
      for (const key of [r.service_at_location_id, r.location_id, r.service_id]) {
        if (typeof key !== 'string') continue;
        const list = scheduleBy.get(key) ?? [];
        list.push(r as ScheduleRow);
        scheduleBy.set(key, list);
        break;
      }
    }

    const towns = new Map<string, Place | null>();
    for (const sal of await load(database, 'service_at_location', ['id', 'service_id', 'location_id'])) {
      const i = index.byId.get(sal.service_id as string);
      if (i === undefined) continue;
      const loc = locations.get(sal.location_id) as Record<string, unknown> | undefined;
      const lat = typeof loc?.latitude === 'number' ? loc.latitude : undefined;
      const lng = typeof loc?.longitude === 'number' ? loc.longitude : undefined;
      let town = towns.get(sal.location_id as string);
      if (town === undefined && lat !== undefined && lng !== undefined) {
        town = gazetteer.nearest(lat, lng)?.place ?? null;
        towns.set(sal.location_id as string, town);
      }
      const rowsFor = scheduleBy.get(sal.id as string) ?? scheduleBy.get(sal.location_id as string) ?? [];
      const confidential = hidden.has(sal.location_id as string);
      const townCentre = confidential && lat !== undefined && lng !== undefined ? gazetteer.nearest(lat, lng, { minPopulation: 10_000 })?.place : undefined;
      const zone = town?.timezone;
      index.services[i]!.sites.push({
        salId: sal.id as string,
        locationId: sal.location_id as string,
        ...(lat !== undefined && lng !== undefined && !confidential ? { lat, lng } : {}),
        confidential,
        ...(townCentre ? { coarse: { lat: townCentre.lat, lng: townCentre.lng } } : {}),
        ...(rowsFor.length ? { hours: compileHours(rowsFor, zone) } : {}),
        ...(town ? { town: town.name, ...(town.state ? { state: town.state } : {}), country: town.country } : {}),
      });
    }
    for (const svc of index.services) {
      const own = scheduleBy.get(svc.id);
      const zone = svc.sites.map((s) => s.hours?.zone).find((z) => typeof z === 'string') as string | undefined;
      if (own) svc.hours = compileHours(own, zone);
    }

    for (const l of await load(database, 'language', ['service_id', 'location_id', 'code'])) {
      const i = index.byId.get(l.service_id as string);
      if (i !== undefined && typeof l.code === 'string') index.services[i]!.languages.add(lang3(l.code));
    }
    for (const c of await load(database, 'cost_option', ['service_id', 'amount'])) {
      const i = index.byId.get(c.service_id as string);
      if (i === undefined) continue;
      const svc = index.services[i]!;
      if (c.amount === 0 && svc.free === undefined) svc.free = true;
      if (typeof c.amount === 'number' && c.amount > 0) svc.free = false;
    }

    // Words: an inverted index of stems weighted by field, and the needs the text itself names.
    // Listings repeat their wording a lot (one organisation, many services), so each distinct
    // text is read once.
    const build = new Map<string, { docs: number[]; weights: number[] }>();
    const readText = memoText(matcher, (t) => index.spell.add(t, 1));
    let totalLength = 0;
    const weights = new Map<string, number>();
    services.forEach((s, i) => {
      const svc = index.services[i]!;
      weights.clear();
      const fields: [keyof typeof FIELD_WEIGHT, unknown][] = [
        ['name', s.name],
        ['alternate_name', s.alternate_name],
        ['organization', orgs.get(s.organization_id)],
        ['description', s.description],
        ['eligibility_description', s.eligibility_description],
      ];
      for (const [field, value] of fields) {
        if (typeof value !== 'string' || value === '') continue;
        const read = readText(value);
        for (const need of read.needs) for (const c of [need, ...ancestors(need)]) svc.textNeeds.add(c);
        for (const pop of read.populations) svc.populations.add(pop);
        const w = FIELD_WEIGHT[field];
        svc.length += read.length * w;
        for (const key of read.keys) weights.set(key, (weights.get(key) ?? 0) + w);
      }
      totalLength += svc.length;
      for (const [key, w] of weights) {
        let p = build.get(key);
        if (!p) build.set(key, (p = { docs: [], weights: [] }));
        p.docs.push(i);
        p.weights.push(w);
      }
      for (const need of new Set([...svc.needs, ...svc.textNeeds])) {
        const list = index.byNeed.get(need) ?? [];
        list.push(i);
        index.byNeed.set(need, list);
      }
    });
    for (const [key, p] of build) index.postings.set(key, { docs: Int32Array.from(p.docs), weights: Float32Array.from(p.weights) });
    index.avgLength = Math.max(1, totalLength / Math.max(1, index.services.length));
    const collator = new Intl.Collator('es');
    [...index.services].sort((a, b) => collator.compare(a.name, b.name)).forEach((svc, rank) => (svc.nameRank = rank));
    index.flatten();
    for (const w of matcher.words) index.spell.add(w, 50);
    for (const p of gazetteer.places) {
      for (const name of [p.name, ...(p.alt ?? []), ...(p.aliases ?? [])]) for (const w of tokens(name)) index.spell.add(w, 20);
    }
    return index;
  }
}
