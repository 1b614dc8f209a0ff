import type { Database } from '../lib/db.js';
import { profileTaxonomy, profileTermId } from '../taxonomy/taxonomy-data.js';
import { conceptMatcher } from './concepts.js';
import { loadGazetteer, type Place } from './gazetteer.js';
import { TextIndexer, type ReadText } from './index-text.js';
import { compileHours, type OpeningHours, type ScheduleRow } from './opening-hours.js';
import { addCode, lang3, needCodes, SearchIndex, type IndexedService } from './search-index.js';
import { fold, tokens } from './text.js';

const FIELD_WEIGHT = { name: 3, alternate_name: 2, organization: 1, description: 1, eligibility_description: 0.5 } as const;
const FREE_WORDS = /\b(gratis|gratuit[oa]s?|free|sin costo|gratuite?)\b/i;

function populationCodes(): Map<string, string> {
  const terms = profileTaxonomy().terms;
  const group = terms.find((t) => t.code === 'population-served')?.code;
  return new Map(terms.filter((t) => t.parent_code === group).map((t) => [t.id, t.code]));
}

type Row = unknown[];

/**
 * A table's columns as arrays of values in the order asked: on SQLite straight from a prepared
 * statement in raw mode (no object per row), elsewhere through Kysely.
 */
async function load(database: Database, table: string, columns: string[]): Promise<Row[]> {
  if (database.sqlite) return database.sqlite.prepare(selectSql(table, columns)).raw(true).all() as Row[];
  const rows = (await database.db.selectFrom(table).select(columns).execute()) as Record<string, unknown>[];
  return rows.map((r) => columns.map((c) => r[c]));
}

const selectSql = (table: string, columns: string[]) => `select ${columns.map((c) => `"${c}"`).join(', ')} from "${table}"`;

/**
 * load() for a table read once, row by row: on SQLite the rows stream, so each is garbage as
 * soon as it is read instead of surviving (and being copied by the collector) until the end.
 */
async function each(database: Database, table: string, columns: string[]): Promise<Iterable<Row>> {
  if (database.sqlite) return database.sqlite.prepare(selectSql(table, columns)).raw(true).iterate() as Iterable<Row>;
  return load(database, table, columns);
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * Lets waiting requests through between steps of a build: at 100,000 services a build takes
 * seconds, and the rest of the site (pages, the HSDS API, health checks) should not wait on it.
 */
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Everything search needs, from the database in one pass of a few queries: the services, their
 * needs, populations, languages, sites and hours, and the inverted index of their words.
 */
export async function buildIndex(database: Database): Promise<SearchIndex> {
  const index = new SearchIndex();
  const { idToCode, ancestors } = needCodes();
  const popOf = populationCodes();
  const gazetteer = loadGazetteer();
  const confidentialId = profileTermId('confidential-location');
  const withAncestors = new Map<string, string[]>();
  const needsOf = (code: string) => {
    let all = withAncestors.get(code);
    if (!all) withAncestors.set(code, (all = [code, ...ancestors(code)]));
    return all;
  };

  const orgs = new Map<unknown, string>();
  for (const [id, name] of await each(database, 'organization', ['id', 'name'])) orgs.set(id, String(name ?? ''));
  const serviceRows = await load(database, 'service', ['id', 'name', 'alternate_name', 'description', 'eligibility_description', 'status', 'assured_date', 'organization_id', 'fees_description']);
  const freeText = new Map<string, boolean>();
  for (const [id, name, , , , status, assured, , fees] of serviceRows) {
    index.byId.set(id as string, index.services.length);
    const feeText = String(fees ?? '');
    let free = freeText.get(feeText);
    if (free === undefined) freeText.set(feeText, (free = FREE_WORDS.test(feeText)));
    const svc: IndexedService = {
      id: id as string,
      name: String(name ?? ''),
      status: String(status ?? ''),
      needs: [],
      textNeeds: [],
      populations: [],
      languages: [],
      sites: [],
      nameRank: 0,
      length: 0,
    };
    if (assured) {
      svc.assuredDate = String(assured);
      svc.assuredAt = Date.parse(svc.assuredDate);
    }
    if (free) svc.free = true;
    index.services.push(svc);
  }

  await pause();
  const hidden = new Set<string>();
  for (const [linkId, termId] of await each(database, 'attribute', ['link_id', 'taxonomy_term_id'])) {
    if (termId === confidentialId) hidden.add(linkId as string);
    const i = index.byId.get(linkId as string);
    if (i === undefined) continue;
    const svc = index.services[i]!;
    const need = idToCode.get(termId as string);
    if (need) for (const c of needsOf(need)) addCode(svc.needs, c);
    const pop = popOf.get(termId as string);
    if (pop) addCode(svc.populations, pop);
  }

  await pause();
  const schedules = await each(database, 'schedule', ['service_id', 'location_id', 'service_at_location_id', 'freq', 'byday', 'bymonthday', 'opens_at', 'closes_at', 'valid_from', 'valid_to', 'timezone']);
  const scheduleBy = new Map<string, ScheduleRow[]>();
  for (const [serviceId, locationId, salId, freq, byday, bymonthday, opensAt, closesAt, validFrom, validTo, timezone] of schedules) {
    const key = str(salId) ?? str(locationId) ?? str(serviceId);
    if (key === undefined) continue;
    const row = { service_id: serviceId, location_id: locationId, service_at_location_id: salId, freq, byday, bymonthday, opens_at: opensAt, closes_at: closesAt, valid_from: validFrom, valid_to: validTo, timezone } as ScheduleRow;
    const list = scheduleBy.get(key);
    if (list) list.push(row);
    else scheduleBy.set(key, [row]);
  }

  await pause();
  // Where each location is, the town it is in and, for a confidential one, the centre of a town
  // big enough to hide it in: worked out once per location, however many services it hosts.
  interface LocationFacts {
    lat?: number;
    lng?: number;
    town?: Place;
    coarse?: { lat: number; lng: number };
    confidential: boolean;
  }
  const locations = new Map<string, LocationFacts>();
  for (const [id, latitude, longitude] of await each(database, 'location', ['id', 'latitude', 'longitude'])) {
    const confidential = hidden.has(id as string);
    const facts: LocationFacts = { confidential };
    if (typeof latitude === 'number' && typeof longitude === 'number') {
      facts.lat = latitude;
      facts.lng = longitude;
      const town = gazetteer.nearest(latitude, longitude)?.place;
      if (town) facts.town = town;
      if (confidential) {
        const centre = gazetteer.nearest(latitude, longitude, { minPopulation: 10_000 })?.place;
        if (centre) facts.coarse = { lat: centre.lat, lng: centre.lng };
      }
    }
    locations.set(id as string, facts);
  }

  await pause();
  const compiled = new Map<ScheduleRow[], Map<string, OpeningHours | null>>();
  // Directories repeat a few patterns of hours ("Monday to Friday, 9 to 5"): one object per
  // pattern lets a query judge each pattern once instead of each service.
  const patterns = new Map<string, OpeningHours>();
  const intern = (hours: OpeningHours | undefined): OpeningHours | undefined => {
    if (!hours) return undefined;
    const key = `${hours.zone}|${JSON.stringify(hours.rules)}`;
    const known = patterns.get(key);
    if (known) return known;
    patterns.set(key, hours);
    return hours;
  };
  for (const [salId, serviceId, locationId] of await each(database, 'service_at_location', ['id', 'service_id', 'location_id'])) {
    const i = index.byId.get(serviceId as string);
    if (i === undefined) continue;
    const loc = locations.get(locationId as string) ?? { confidential: hidden.has(locationId as string) };
    const rowsFor = scheduleBy.get(salId as string) ?? scheduleBy.get(locationId as string);
    const town = loc.town;
    const site: IndexedService['sites'][number] = { salId: salId as string, locationId: locationId as string, confidential: loc.confidential };
    if (loc.lat !== undefined && loc.lng !== undefined && !loc.confidential) {
      site.lat = loc.lat;
      site.lng = loc.lng;
    }
    if (loc.coarse) site.coarse = loc.coarse;
    if (rowsFor?.length) {
      // The hours of a location are shared by every service there: compiled once.
      const zone = town?.timezone ?? '';
      let byZone = compiled.get(rowsFor);
      if (!byZone) compiled.set(rowsFor, (byZone = new Map()));
      let hours = byZone.get(zone);
      if (hours === undefined) byZone.set(zone, (hours = intern(compileHours(rowsFor, zone || undefined)) ?? null));
      if (hours) site.hours = hours;
    }
    if (town) {
      site.town = town.name;
      if (town.state) site.state = town.state;
      site.country = town.country;
    }
    index.services[i]!.sites.push(site);
  }
  for (const svc of index.services) {
    const own = scheduleBy.get(svc.id);
    if (!own) continue;
    const zone = svc.sites.map((s) => s.hours?.zone).find((z) => typeof z === 'string');
    const hours = intern(compileHours(own, zone));
    if (hours) svc.hours = hours;
  }

  await pause();
  for (const [serviceId, code] of await each(database, 'language', ['service_id', 'code'])) {
    const i = index.byId.get(serviceId as string);
    if (i !== undefined && typeof code === 'string') addCode(index.services[i]!.languages, lang3(code));
  }
  for (const [serviceId, amount] of await each(database, 'cost_option', ['service_id', 'amount'])) {
    const i = index.byId.get(serviceId as string);
    if (i === undefined) continue;
    const svc = index.services[i]!;
    if (amount === 0 && svc.free === undefined) svc.free = true;
    if (typeof amount === 'number' && amount > 0) svc.free = false;
  }

  await pause();
  // Words: an inverted index of stems weighted by field, and the needs the text itself names.
  const text = new TextIndexer(conceptMatcher());
  let totalLength = 0;
  const fields: { read: ReadText; weight: number }[] = [];
  for (let i = 0; i < serviceRows.length; i++) {
    if (i % 10_000 === 9_999) await pause();
    const row = serviceRows[i]!;
    const svc = index.services[i]!;
    fields.length = 0;
    const values: [keyof typeof FIELD_WEIGHT, unknown][] = [
      ['name', row[1]],
      ['alternate_name', row[2]],
      ['organization', orgs.get(row[7])],
      ['description', row[3]],
      ['eligibility_description', row[4]],
    ];
    for (const [field, value] of values) {
      if (typeof value !== 'string' || value === '') continue;
      const read = text.read(value);
      for (const need of read.needs) for (const c of needsOf(need)) addCode(svc.textNeeds, c);
      for (const pop of read.populations) addCode(svc.populations, pop);
      const weight = FIELD_WEIGHT[field];
      svc.length += read.length * weight;
      fields.push({ read, weight });
    }
    text.addService(fields);
    totalLength += svc.length;
  }
  await pause();
  index.postings = text.postings();
  index.avgLength = Math.max(1, totalLength / Math.max(1, index.services.length));

  // Ties between equal scores go alphabetically; folded names compared as plain strings give
  // the same order as a Spanish collation for the names of a directory, at a fraction of the cost.
  const folded = new Map<string, string>();
  const keys = index.services.map((s) => {
    let key = folded.get(s.name);
    if (key === undefined) folded.set(s.name, (key = fold(s.name)));
    return key;
  });
  const order = Array.from({ length: keys.length }, (_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  order.forEach((doc, rank) => (index.services[doc]!.nameRank = rank));
  index.flatten();

  text.addWordsTo(index.spell);
  for (const w of conceptMatcher().words) index.spell.add(w, 50);
  for (const p of gazetteer.places) {
    for (const name of [p.name, ...(p.alt ?? []), ...(p.aliases ?? [])]) for (const w of tokens(name)) index.spell.add(w, 20);
  }
  return index;
}
