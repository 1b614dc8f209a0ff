import type { Database } from '../lib/db.js';
import { needsTaxonomy, profileTaxonomy } from '../taxonomy/taxonomy-data.js';
import { conceptMatcher } from './concepts.js';
import { loadGazetteer } from './gazetteer.js';
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
  length: number;
}

export interface Postings {
  docs: Int32Array;
  weights: Float32Array;
}

const FIELD_WEIGHT = { name: 3, alternate_name: 2, organization: 1, description: 1, eligibility_description: 0.5 } as const;

/** ISO 639-1 → 639-3 for the languages people on the route speak; other codes pass as given. */
const LANG3: Record<string, string> = { es: 'spa', en: 'eng', fr: 'fra', ht: 'hat', pt: 'por' };
export const lang3 = (code: string) => LANG3[code.toLowerCase()] ?? code.toLowerCase();

/** The need taxonomy as codes: term id → code, and code → the codes above it. */
export function needCodes() {
  const terms = needsTaxonomy().terms;
  const idToCode = new Map(terms.map((t) => [t.id, t.code]));
  const parent = new Map(terms.map((t) => [t.code, t.parent_code]));
  const ancestors = (code: string): string[] => {
    const out: string[] = [];
    for (let p = parent.get(code); p; p = parent.get(p)) out.push(p);
    return out;
  };
  return { idToCode, ancestors, codes: new Set(terms.map((t) => t.code)) };
}

function populationCodes(): Map<string, string> {
  const terms = profileTaxonomy().terms;
  const group = terms.find((t) => t.code === 'population-served')?.code;
  return new Map(terms.filter((t) => t.parent_code === group).map((t) => [t.id, t.code]));
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
  byId = new Map<string, number>();
  postings = new Map<string, Postings>();
  byNeed = new Map<string, number[]>();
  spell = new SpellIndex();
  avgLength = 1;
  builtAt = new Date();

  static async build(database: Database): Promise<SearchIndex> {
    const index = new SearchIndex();
    const { idToCode, ancestors } = needCodes();
    const popOf = populationCodes();
    const matcher = conceptMatcher();
    const gazetteer = loadGazetteer();
    const confidentialId = profileTaxonomy().terms.find((t) => t.code === 'confidential-location')!.id;

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
        ...(s.assured_date ? { assuredDate: String(s.assured_date) } : {}),
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

    for (const sal of await load(database, 'service_at_location', ['id', 'service_id', 'location_id'])) {
      const i = index.byId.get(sal.service_id as string);
      if (i === undefined) continue;
      const loc = locations.get(sal.location_id) as Record<string, unknown> | undefined;
      const lat = typeof loc?.latitude === 'number' ? loc.latitude : undefined;
      const lng = typeof loc?.longitude === 'number' ? loc.longitude : undefined;
      const town = lat !== undefined && lng !== undefined ? gazetteer.nearest(lat, lng)?.place : undefined;
      const rowsFor = scheduleBy.get(sal.id as string) ?? scheduleBy.get(sal.location_id as string) ?? [];
      const confidential = hidden.has(sal.location_id as string);
      const townCentre = confidential && lat !== undefined && lng !== undefined ? gazetteer.nearest(lat, lng, { minPopulation: 10_000 })?.place : undefined;
      index.services[i]!.sites.push({
        salId: sal.id as string,
        locationId: sal.location_id as string,
        ...(lat !== undefined && lng !== undefined && !confidential ? { lat, lng } : {}),
        confidential,
        ...(townCentre ? { coarse: { lat: townCentre.lat, lng: townCentre.lng } } : {}),
        ...(rowsFor.length ? { hours: compileHours(rowsFor, town?.timezone) } : {}),
        ...(town ? { town: town.name, state: town.state } : {}),
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
    const build = new Map<string, { docs: number[]; weights: number[] }>();
    let totalLength = 0;
    services.forEach((s, i) => {
      const svc = index.services[i]!;
      const weights = new Map<string, number>();
      const fields: [keyof typeof FIELD_WEIGHT, unknown][] = [
        ['name', s.name],
        ['alternate_name', s.alternate_name],
        ['organization', orgs.get(s.organization_id)],
        ['description', s.description],
        ['eligibility_description', s.eligibility_description],
      ];
      for (const [field, value] of fields) {
        if (typeof value !== 'string' || value === '') continue;
        const toks = tokens(value);
        for (const m of matcher.find(toks, 'es')) {
          if (m.kind === 'need') for (const c of [m.target, ...ancestors(m.target)]) svc.textNeeds.add(c);
          else if (m.kind === 'population') svc.populations.add(m.target);
        }
        for (const t of toks) {
          if (t.length < 2 || isStopword(t, 'es') || isStopword(t, 'en')) continue;
          index.spell.add(t, 1);
          svc.length += FIELD_WEIGHT[field];
          for (const key of new Set([stem(t, 'es'), stem(t, 'en')])) weights.set(key, (weights.get(key) ?? 0) + FIELD_WEIGHT[field]);
        }
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
    for (const w of matcher.words) index.spell.add(w, 50);
    for (const p of gazetteer.places) {
      for (const name of [p.name, ...(p.alt ?? []), ...(p.aliases ?? [])]) for (const w of tokens(name)) index.spell.add(w, 20);
    }
    return index;
  }
}
