import type { Database } from '../lib/db.js';
import { profileTaxonomy, profileTermId } from '../taxonomy/taxonomy-data.js';
import { conceptMatcher } from './concepts.js';
import { loadGazetteer, type Place } from './gazetteer.js';
import { layOut } from './index-layout.js';
import { inRowidOrder, postingsByTerm, readListingFacts, readListingFactsInWorker, SERVICE_COLUMNS, type FactsWorker, type ListingFacts } from './listing-facts.js';
import { compileHours, type OpeningHours, type ScheduleRow } from './opening-hours.js';
import { addCode, docLookup, lang3, needCodes, SearchIndex, type IndexedService } from './search-index.js';
import { tokens } from './text.js';

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
async function load(database: Database, table: string, columns: readonly string[]): Promise<Row[]> {
  if (database.sqlite) return database.sqlite.prepare(inRowidOrder(table, columns)).raw(true).all() as Row[];
  const rows = (await database.db.selectFrom(table).select(columns).execute()) as Record<string, unknown>[];
  return rows.map((r) => columns.map((c) => r[c]));
}

/**
 * load() for a table read once, row by row: on SQLite the rows stream, so each is garbage as
 * soon as it is read instead of surviving (and being copied by the collector) until the end.
 */
async function each(database: Database, table: string, columns: readonly string[]): Promise<Iterable<Row>> {
  if (database.sqlite) return database.sqlite.prepare(inRowidOrder(table, columns)).raw(true).iterate() as Iterable<Row>;
  return load(database, table, columns);
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

const SCHEDULE_COLUMNS = ['service_id', 'location_id', 'service_at_location_id', 'freq', 'byday', 'bymonthday', 'opens_at', 'closes_at', 'valid_from', 'valid_to', 'timezone'] as const;
const scheduleRow = (row: Row): ScheduleRow => {
  const [, , , freq, byday, bymonthday, opensAt, closesAt, validFrom, validTo, timezone] = row;
  return { freq, byday, bymonthday, opens_at: opensAt, closes_at: closesAt, valid_from: validFrom, valid_to: validTo, timezone } as ScheduleRow;
};

/**
 * Lets waiting requests through between steps of a build: at 100,000 services a build takes
 * seconds, and the rest of the site (pages, the HSDS API, health checks) should not wait on it.
 */
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/** From how many services the listing facts are read in a worker: below it, starting one costs more than it saves. */
const WORKER_FROM = 20_000;

export interface BuildOptions {
  /**
   * Read the listing facts (see readListingFacts) in a worker thread: by default for a SQLite
   * file of WORKER_FROM services or more, falling back to this thread if the worker fails or
   * read other services; true insists (the build fails with the worker), false never.
   */
  factsInWorker?: boolean;
}

/**
 * Everything search needs, from the database in one pass of a few queries: the services, their
 * needs, populations, languages, sites and hours, and the inverted index of their words.
 */
export async function buildIndex(database: Database, options: BuildOptions = {}): Promise<SearchIndex> {
  const inWorker = startFactsWorker(database, options);
  try {
    return await buildWith(database, inWorker, options);
  } catch (error) {
    // A build that failed here does not leave the worker reading the whole file.
    inWorker?.stop();
    throw error;
  }
}

async function buildWith(database: Database, inWorker: FactsWorker | undefined, options: BuildOptions): Promise<SearchIndex> {
  const index = new SearchIndex();
  const { idToCode, withAncestors } = needCodes();
  const popOf = populationCodes();
  const gazetteer = loadGazetteer();
  const confidentialId = profileTermId('confidential-location');
  for (const [id, name, status, assured] of await each(database, 'service', ['id', 'name', 'status', 'assured_date'])) {
    index.byId.set(id as string, index.services.length);
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
    index.services.push(svc);
  }

  const docOf = docLookup(index.byId, (doc) => index.services[doc]?.id);
  await pause();
  const hidden = new Set<string>();
  for (const [linkId, termId] of await each(database, 'attribute', ['link_id', 'taxonomy_term_id'])) {
    if (termId === confidentialId) hidden.add(linkId as string);
    const i = docOf(linkId as string);
    if (i === undefined) continue;
    const svc = index.services[i]!;
    const need = idToCode.get(termId as string);
    if (need) for (const c of withAncestors(need)) addCode(svc.needs, c);
    const pop = popOf.get(termId as string);
    if (pop) addCode(svc.populations, pop);
  }

  await pause();
  // Hours by what they hang on: a service at a location, a location, or a whole service. Each
  // keeps a key of its rows' values: directories repeat a few patterns ("Monday to Friday, 9 to
  // 5"), compiled once each.
  interface Schedule {
    rows: Row[];
    key: string;
  }
  const hoursBySite = new Map<string, Schedule>();
  const hoursByService = new Map<string, Schedule>();
  for (const row of await each(database, 'schedule', SCHEDULE_COLUMNS)) {
    const site = str(row[2]) ?? str(row[1]);
    const owner = site ?? str(row[0]);
    if (owner === undefined) continue;
    const key = JSON.stringify(row.slice(3));
    const byOwner = site === undefined ? hoursByService : hoursBySite;
    const known = byOwner.get(owner);
    if (known) {
      known.rows.push(row);
      known.key += key;
    } else byOwner.set(owner, { rows: [row], key });
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
  // One object per pattern lets a query judge each pattern once instead of each service.
  const patterns = new Map<string, OpeningHours>();
  const compiled = new Map<string, OpeningHours | null>();
  const compiledHours = (schedule: Schedule, zone: string | undefined): OpeningHours | undefined => {
    const key = `${zone ?? ''}\n${schedule.key}`;
    let hours = compiled.get(key);
    if (hours === undefined) {
      hours = compileHours(schedule.rows.map(scheduleRow), zone) ?? null;
      if (hours) {
        const same = `${hours.zone}|${JSON.stringify(hours.rules)}`;
        hours = patterns.get(same) ?? hours;
        patterns.set(same, hours);
      }
      compiled.set(key, hours);
    }
    return hours ?? undefined;
  };
  // Hours given for the site, or else for the whole service: either way judged in the site's own
  // zone. (Most directories give hours one way only: the other map is empty and not looked in.)
  const scheduleAt = (salId: string, locationId: string, serviceId: string): Schedule | undefined =>
    (hoursBySite.size ? (hoursBySite.get(salId) ?? hoursBySite.get(locationId)) : undefined) ?? (hoursByService.size ? hoursByService.get(serviceId) : undefined);
  // The time zone of the town of each service's first site, for the service's own hours.
  const townZone: (string | undefined)[] = new Array<string | undefined>(index.services.length);
  for (const [salId, serviceId, locationId] of await each(database, 'service_at_location', ['id', 'service_id', 'location_id'])) {
    const i = docOf(serviceId as string);
    if (i === undefined) continue;
    const loc = locations.get(locationId as string) ?? { confidential: hidden.has(locationId as string) };
    const schedule = scheduleAt(salId as string, locationId as string, serviceId as string);
    const town = loc.town;
    const site: IndexedService['sites'][number] = { salId: salId as string, locationId: locationId as string, confidential: loc.confidential };
    if (loc.lat !== undefined && loc.lng !== undefined && !loc.confidential) {
      site.lat = loc.lat;
      site.lng = loc.lng;
    }
    if (loc.coarse) site.coarse = loc.coarse;
    if (schedule) {
      const hours = compiledHours(schedule, town?.timezone || undefined);
      if (hours) site.hours = hours;
    }
    if (town) {
      townZone[i] ??= town.timezone || undefined;
      site.town = town.name;
      if (town.state) site.state = town.state;
      site.country = town.country;
    }
    index.services[i]!.sites.push(site);
  }
  for (const [serviceId, schedule] of hoursByService) {
    const i = docOf(serviceId);
    if (i === undefined) continue;
    const svc = index.services[i]!;
    let zone = townZone[i];
    for (const site of svc.sites) {
      if (typeof site.hours?.zone !== 'string') continue;
      zone = site.hours.zone;
      break;
    }
    const hours = compiledHours(schedule, zone);
    if (hours) svc.hours = hours;
  }

  await pause();
  // Costs: any price means not free; a cost of nothing means free, as do fees that say so (read
  // with the text, below).
  const byCost = new Int8Array(index.services.length).fill(-1);
  for (const [serviceId, code] of await each(database, 'language', ['service_id', 'code'])) {
    const i = docOf(serviceId as string);
    if (i !== undefined && typeof code === 'string') addCode(index.services[i]!.languages, lang3(code));
  }
  for (const [serviceId, amount] of await each(database, 'cost_option', ['service_id', 'amount'])) {
    const i = docOf(serviceId as string);
    if (i === undefined) continue;
    if (amount === 0 && byCost[i] === -1) byCost[i] = 1;
    if (typeof amount === 'number' && amount > 0) byCost[i] = 0;
  }

  await pause();
  // Words (an inverted index of stems weighted by field), the needs and populations the text
  // itself names, fees and alphabetical order.
  const facts = await listingFacts(database, index, inWorker, options.factsInWorker === true);
  const { codes } = facts;
  for (let i = 0; i < index.services.length; i++) {
    const svc = index.services[i]!;
    for (let j = facts.needStart[i]!; j < facts.needStart[i + 1]!; j++) svc.textNeeds.push(codes[facts.needs[j]!]!);
    for (let j = facts.popStart[i]!; j < facts.popStart[i + 1]!; j++) addCode(svc.populations, codes[facts.pops[j]!]!);
    if (byCost[i] === 0) svc.free = false;
    else if (facts.freeByFees[i] || byCost[i] === 1) svc.free = true;
    svc.length = facts.docLength[i]!;
    svc.nameRank = facts.nameRank[i]!;
  }
  index.postings = postingsByTerm(facts);
  index.avgLength = Math.max(1, facts.totalLength / Math.max(1, index.services.length));
  layOut(index);

  facts.words.forEach((word, i) => index.spell.add(word, facts.seen[i]!));
  for (const w of conceptMatcher().words) index.spell.add(w, 50);
  for (const p of gazetteer.places) {
    for (const name of [p.name, ...(p.alt ?? []), ...(p.aliases ?? [])]) for (const w of tokens(name)) index.spell.add(w, 20);
  }
  return index;
}

function startFactsWorker(database: Database, options: BuildOptions): FactsWorker | undefined {
  const sqlite = database.sqlite;
  if (options.factsInWorker === false || !sqlite || sqlite.memory) return undefined;
  if (options.factsInWorker !== true && (sqlite.prepare('select count(*) from "service"').pluck().get() as number) < WORKER_FROM) return undefined;
  const worker = readListingFactsInWorker(sqlite.name);
  // Until it is awaited, a failure is dealt with there, not as an unhandled rejection.
  worker.answer.catch(() => undefined);
  return worker;
}

/**
 * The listing facts of the indexed services, from the worker when one was started and it saw
 * the same services in the same order. A write between the two reads can change that: the facts
 * are then read again here, matched by id (unless the worker is insisted on). Either way the two
 * threads read at slightly different moments, like the steps of any build: a write in between
 * gives one search a mixed index, labelled with the old version, and the next search rebuilds.
 */
async function listingFacts(database: Database, index: SearchIndex, inWorker: FactsWorker | undefined, insist: boolean): Promise<ListingFacts> {
  if (inWorker) {
    try {
      const { ids, facts } = await inWorker.answer;
      if (ids.length === index.services.length && ids.every((id, i) => id === index.services[i]!.id)) return facts;
      if (insist) throw new Error('the listing facts worker read other services than the build (the directory changed in between)');
    } catch (error) {
      if (insist) throw error;
    }
  }
  return readListingFacts(
    {
      // All rows at once, not streamed: other requests use the connection during the pauses.
      services: () => load(database, 'service', SERVICE_COLUMNS),
      organizations: () => each(database, 'organization', ['id', 'name']),
    },
    index.services.length,
    docLookup(index.byId, (doc) => index.services[doc]?.id),
    pause,
  );
}
