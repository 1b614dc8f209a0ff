/**
 * The relevance test directory: fully nested HSDS 3.1 services (Ruta profile) built from the
 * hand-written listings in listings.ts, for judging search quality. FICTITIOUS TEST DATA: every
 * name ends in " [prueba]", no phone number is real (lines use 000 numbers), addresses are
 * "Calle de prueba".
 *
 * Deterministic: every id is a UUIDv5 of a readable key (`service:<key>`, `location:<org>/<place>/<site>`,
 * …) in this directory's own namespace, and every "random" choice (site offsets, review dates)
 * comes from a hash of the key. The same code gives the same bytes on every machine.
 *
 *   npx tsx bench/relevance/directory.ts --out dir.ndjson    # NDJSON, one service per line
 *   npx tsx bench/relevance/directory.ts --catalog           # readable list for reviewers
 *   npx tsx bench/relevance/directory.ts --check             # validate every service (Ruta profile)
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { fromRoot, readJson } from '../../src/hsds/paths.js';
import { createValidator } from '../../src/hsds/validator.js';
import { LISTINGS, ORGS, type ListingSpec, type OrgSpec } from './listings.js';
import { CURRENCY, PLACE_BY_CODE, type Place } from './places.js';
import { uuidv5 as uuidv5In } from '../../src/lib/uuid-v5.js';
import { createHash } from 'node:crypto';

export type Doc = Record<string, unknown>;

/** Namespace of the relevance directory's UUIDv5 ids (distinct from Ruta's and the load bench's). */
export const RELEVANCE_NAMESPACE = '8e3b6c1d-2f4a-5b7e-9c0d-1a2b3c4d5e6f';

export function uuidv5(name: string, namespace: string = RELEVANCE_NAMESPACE): string {
  return uuidv5In(name, namespace);
}

/** The id of the service with this key. */
export function serviceIdOf(key: string): string {
  return uuidv5(`service:${key}`);
}

/** A number in [0, 1) from a key and a salt: the directory's only source of variation. */
function unit(key: string, salt: string): number {
  return createHash('sha1').update(`${salt}\u0000${key}`).digest().readUInt32BE(0) / 2 ** 32;
}

const TEST_SUFFIX = ' [prueba]';

// ---------------------------------------------------------------------------------------------
// Taxonomy terms (ids from Ruta's own taxonomy files)

interface TaxonomyFile {
  terms: { id: string; code: string }[];
}

let termIds: { needs: Map<string, string>; profile: Map<string, string> } | undefined;

function terms() {
  if (!termIds) {
    const needs = readJson(fromRoot('src/taxonomy/data/needs.json')) as TaxonomyFile;
    const profile = readJson(fromRoot('src/taxonomy/data/ruta-profile-taxonomy.json')) as TaxonomyFile;
    termIds = {
      needs: new Map(needs.terms.map((t) => [t.code, t.id])),
      profile: new Map(profile.terms.map((t) => [t.code, t.id])),
    };
  }
  return termIds;
}

function needTerm(code: string): string {
  const id = terms().needs.get(code);
  if (!id) throw new Error(`Unknown need code "${code}"`);
  return id;
}

function profileTerm(code: string): string {
  const id = terms().profile.get(code);
  if (!id) throw new Error(`Unknown profile code "${code}"`);
  return id;
}

// ---------------------------------------------------------------------------------------------
// Small vocabularies

const LANGUAGE_NAMES: Record<string, string> = {
  spa: 'Español',
  eng: 'Inglés',
  fra: 'Francés',
  hat: 'Criollo haitiano',
  por: 'Portugués',
  mam: 'Mam',
  quc: "K'iche'",
  tzo: 'Tsotsil',
  tzh: 'Tseltal',
  zap: 'Zapoteco',
};

const DAYS: Record<string, { byday: string; text: string }> = {
  LV: { byday: 'MO,TU,WE,TH,FR', text: 'De lunes a viernes' },
  LS: { byday: 'MO,TU,WE,TH,FR,SA', text: 'De lunes a sábado' },
  LD: { byday: 'MO,TU,WE,TH,FR,SA,SU', text: 'Todos los días' },
  SD: { byday: 'SA,SU', text: 'Sábados y domingos' },
  LMV: { byday: 'MO,WE,FR', text: 'Lunes, miércoles y viernes' },
  MA: { byday: 'TU', text: 'Los martes' },
  MI: { byday: 'WE', text: 'Los miércoles' },
  JV: { byday: 'TH,FR', text: 'Jueves y viernes' },
};

/** Review dates: most listings were checked recently, some years ago (the directory is dated 2026-11-28). */
const RECENT_DATES = ['2026-11-20', '2026-11-02', '2026-10-15', '2026-09-28', '2026-08-30', '2026-07-12', '2026-05-06'];
const OLD_DATES = ['2024-02-14', '2022-06-01', '2020-11-23'];

function offsetText(tz: number): string {
  const sign = tz < 0 ? '-' : '+';
  return `${sign}${String(Math.abs(tz)).padStart(2, '0')}:00`;
}

function hhmm(s: string): string {
  const [h, m] = s.split(':');
  return `${h!.padStart(2, '0')}:${(m ?? '00').padStart(2, '0')}`;
}

function spokenTime(s: string): string {
  const [h, m] = hhmm(s).split(':');
  return `${Number(h)}:${m}`;
}

interface Hours {
  byday: string;
  opens: string;
  closes: string;
  description: string;
}

export function parseHours(spec: string): Hours {
  if (spec === '24h') return { byday: DAYS.LD!.byday, opens: '00:00', closes: '23:59', description: 'Abierto las 24 horas, todos los días.' };
  const m = /^([A-Z]+) (\d{1,2}(?::\d\d)?)-(\d{1,2}(?::\d\d)?)$/.exec(spec);
  const days = m ? DAYS[m[1]!] : undefined;
  if (!m || !days) throw new Error(`Bad hours "${spec}"`);
  return {
    byday: days.byday,
    opens: hhmm(m[2]!),
    closes: hhmm(m[3]!),
    description: `${days.text}, de ${spokenTime(m[2]!)} a ${spokenTime(m[3]!)}.`,
  };
}

function round(n: number, places: number): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}

function placeOf(listing: ListingSpec): Place | undefined {
  const code = listing.key.slice(0, listing.key.indexOf('-'));
  if (code === 'nat') return undefined;
  const place = PLACE_BY_CODE.get(code);
  if (!place) throw new Error(`Listing ${listing.key}: unknown place code "${code}"`);
  return place;
}

/**
 * Text only, without need or population attributes: the listings marked so, and about one in
 * ten of the others, picked by a hash of the key (so roughly 15% overall, as in real data).
 */
export function isUntagged(listing: ListingSpec): boolean {
  return listing.untagged ?? unit(listing.key, 'untagged') < UNTAGGED_SHARE;
}
const UNTAGGED_SHARE = 0.075;

function assuredDate(listing: ListingSpec): string | undefined {
  if (listing.assured === null) return undefined;
  if (listing.assured) return listing.assured;
  const u = unit(listing.key, 'assured');
  return u < 0.78 ? RECENT_DATES[Math.floor((u / 0.78) * RECENT_DATES.length)]! : OLD_DATES[Math.floor(((u - 0.78) / 0.22) * OLD_DATES.length)]!;
}

// ---------------------------------------------------------------------------------------------
// Documents

function organizationDoc(org: OrgSpec): Doc {
  return {
    id: uuidv5(`organization:${org.key}`),
    name: `${org.name}${TEST_SUFFIX}`,
    description: org.description,
    legal_status: org.legal ?? 'Asociación civil',
  };
}

function locationDoc(listing: ListingSpec, place: Place, org: Doc): Doc {
  const site = listing.site ?? (listing.confidential ? `confidencial-${listing.key}` : 'sede');
  const siteKey = `${listing.org}/${place.code}/${site}`;
  const id = uuidv5(`location:${siteKey}`);
  const lat = place.lat + (unit(siteKey, 'lat') * 2 - 1) * place.spread;
  const lng = place.lng + (unit(siteKey, 'lng') * 2 - 1) * place.spread;
  const doc: Doc = {
    id,
    organization_id: org.id,
    location_type: 'physical',
    name: `${String(org.name).replace(TEST_SUFFIX, '')} — ${place.name}${TEST_SUFFIX}`,
    description: `Sitio ficticio de prueba cerca del centro de ${place.name}.`,
    latitude: round(lat, 5),
    longitude: round(lng, 5),
    addresses: [
      {
        id: uuidv5(`address:${siteKey}`),
        location_id: id,
        address_1: `Calle de prueba ${1 + Math.floor(unit(siteKey, 'number') * 400)}`,
        city: place.name,
        state_province: place.state,
        country: place.country,
        address_type: 'physical',
      },
    ],
  };
  if (listing.confidential) {
    doc.attributes = [
      { id: uuidv5(`attribute:location:${siteKey}/confidential-location`), link_id: id, link_entity: 'location', taxonomy_term_id: profileTerm('confidential-location') },
    ];
  }
  return doc;
}

function serviceDoc(listing: ListingSpec, orgs: Map<string, OrgSpec>): Doc {
  const org = orgs.get(listing.org);
  if (!org) throw new Error(`Listing ${listing.key}: unknown organization "${listing.org}"`);
  const place = placeOf(listing);
  const id = serviceIdOf(listing.key);
  const orgDoc = organizationDoc(org);
  const currency = CURRENCY[place?.country ?? 'MX'];
  const tz = place?.tz ?? -6;
  const assured = assuredDate(listing);
  const untagged = isUntagged(listing);

  const doc: Doc = {
    id,
    organization_id: orgDoc.id,
    name: `${listing.name}${TEST_SUFFIX}`,
    description: listing.desc,
    status: listing.status ?? 'active',
  };
  if (listing.alt) doc.alternate_name = listing.alt;
  if (listing.fee === undefined) doc.fees_description = 'Gratuito.';
  else if (listing.fee !== null) doc.fees_description = listing.fee;
  if (listing.elig) doc.eligibility_description = listing.elig;
  if (listing.minAge !== undefined) doc.minimum_age = listing.minAge;
  if (listing.maxAge !== undefined) doc.maximum_age = listing.maxAge;
  if (assured) doc.assured_date = assured;
  doc.organization = orgDoc;

  if (place) {
    const location = locationDoc(listing, place, orgDoc);
    doc.service_at_locations = [{ id: uuidv5(`sal:${listing.key}`), service_id: id, location_id: location.id, location }];
  } else {
    doc.service_areas = [{ id: uuidv5(`service-area:${listing.key}`), service_id: id, name: 'México', description: 'Servicio por teléfono o en línea para todo México.' }];
  }
  if (listing.line && !untagged) {
    doc.phones = [{ id: uuidv5(`phone:${listing.key}`), service_id: id, number: '000 000 0000', type: 'voice', description: 'Número ficticio (datos de prueba).' }];
  }

  if (listing.hours) {
    const h = parseHours(listing.hours);
    doc.schedules = [
      {
        id: uuidv5(`schedule:${listing.key}`),
        service_id: id,
        freq: 'WEEKLY',
        wkst: 'MO',
        interval: 1,
        byday: h.byday,
        opens_at: `${h.opens}${offsetText(tz)}`,
        closes_at: `${h.closes}${offsetText(tz)}`,
        timezone: tz,
        description: h.description,
      },
    ];
  }

  if (!untagged) {
    doc.languages = (listing.langs ?? ['spa']).map((code) => {
      const name = LANGUAGE_NAMES[code];
      if (!name) throw new Error(`Listing ${listing.key}: no name for language "${code}"`);
      return { id: uuidv5(`language:${listing.key}/${code}`), service_id: id, name, code };
    });
  }

  if (listing.fee === undefined) {
    doc.cost_options = [{ id: uuidv5(`cost:${listing.key}`), service_id: id, option: 'Gratuito', currency, amount: 0, amount_description: 'Sin costo.' }];
  }

  if (!untagged) {
    const attributes: Doc[] = [];
    const attr = (code: string, termId: string, extra: Doc = {}) =>
      attributes.push({ id: uuidv5(`attribute:${listing.key}/${code}`), link_id: id, link_entity: 'service', taxonomy_term_id: termId, ...extra });
    for (const code of listing.needs) attr(code, needTerm(code));
    for (const code of listing.pop ?? []) attr(`population/${code}`, profileTerm(code));
    if (listing.confidential) attr('confidential-location', profileTerm('confidential-location'));
    if (assured) attr('reviewed-date', profileTerm('reviewed-date'), { value: assured });
    doc.attributes = attributes;
  }
  return doc;
}

export interface RelevanceDirectory {
  services: Doc[];
  /** Listing key → service id. */
  keys: Map<string, string>;
}

/** The whole test directory, in listing order. */
export function buildRelevanceDirectory(): RelevanceDirectory {
  const orgs = new Map(ORGS.map((o) => [o.key, o]));
  const keys = new Map<string, string>();
  const services: Doc[] = [];
  for (const listing of LISTINGS) {
    if (keys.has(listing.key)) throw new Error(`Duplicate listing key ${listing.key}`);
    const doc = serviceDoc(listing, orgs);
    keys.set(listing.key, doc.id as string);
    services.push(doc);
  }
  return { services, keys };
}

/** Facts about each listing that the checks and the judging notes use. */
export interface ListingFacts {
  key: string;
  place: string;
  status: string;
  needs: string[];
  untagged: boolean;
}

export function listingFacts(): Map<string, ListingFacts> {
  return new Map(
    LISTINGS.map((l) => [l.key, { key: l.key, place: placeOf(l)?.name ?? '(teléfono / en línea)', status: l.status ?? 'active', needs: l.needs, untagged: isUntagged(l) }]),
  );
}

/** Problems of every service against the Ruta profile, as "key: field message" lines. */
export function validateDirectory(dir: RelevanceDirectory = buildRelevanceDirectory()): string[] {
  const validator = createValidator('ruta');
  const byId = new Map([...dir.keys].map(([k, id]) => [id, k]));
  const out: string[] = [];
  for (const doc of dir.services) {
    for (const p of validator.validate('service', doc)) out.push(`${byId.get(doc.id as string)}: ${p.field} ${p.message}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Command line

function catalog(dir: RelevanceDirectory): string {
  const facts = listingFacts();
  const lines: string[] = [];
  let place = '';
  for (const doc of dir.services) {
    const key = [...dir.keys].find(([, id]) => id === doc.id)![0];
    const f = facts.get(key)!;
    if (f.place !== place) {
      place = f.place;
      lines.push('', `## ${place}`);
    }
    const flags = [f.status !== 'active' ? f.status.toUpperCase() : '', f.untagged ? 'untagged' : ''].filter(Boolean).join(', ');
    lines.push(`${key}${flags ? ` (${flags})` : ''} — ${String(doc.name)}: ${String(doc.description)} {${f.needs.join(', ')}}`);
  }
  return lines.join('\n').trim();
}

function main(argv: string[]): void {
  const dir = buildRelevanceDirectory();
  const outAt = argv.indexOf('--out');
  if (argv.includes('--check')) {
    const problems = validateDirectory(dir);
    for (const p of problems) console.error(p);
    const untagged = LISTINGS.filter(isUntagged).length;
    const inactive = LISTINGS.filter((l) => (l.status ?? 'active') !== 'active').length;
    console.log(`${dir.services.length} services (${untagged} untagged, ${inactive} not active), ${problems.length} problems`);
    if (problems.length > 0) process.exit(1);
  } else if (argv.includes('--catalog')) {
    console.log(catalog(dir));
  } else if (outAt >= 0 && argv[outAt + 1]) {
    writeFileSync(argv[outAt + 1]!, dir.services.map((d) => JSON.stringify(d)).join('\n') + '\n');
    console.log(`${dir.services.length} services → ${argv[outAt + 1]}`);
  } else {
    console.error('usage: npx tsx bench/relevance/directory.ts (--out FILE.ndjson | --catalog | --check)');
    process.exit(2);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
