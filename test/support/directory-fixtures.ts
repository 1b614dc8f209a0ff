// A small, realistic test directory for the HSDS API conformance suite: 24 fictitious services
// ("Prueba …") of three fictitious organizations in and around Tapachula, Chiapas, with sites,
// addresses (some without postal code, as the Ruta profile allows), phones, schedules,
// languages, one taxonomy of service categories and one confidential location.
//
// Everything is deterministic: ids are UUIDv5 of readable keys, dates are fixed. The dataset is
// written as NDJSON (one fully nested service per line) and loaded with the real importer.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/lib/db.js';
import { importPath, type ImportReport } from '../../src/import-export/importer.js';
import { fromRoot } from '../../src/hsds/paths.js';
import { uuidv5 } from '../../src/lib/uuid-v5.js';

type Obj = Record<string, unknown>;

/** Namespace of the fixture ids; fixed so ids never change between runs. */
export const FIXTURE_NAMESPACE = '0b7c8f0e-3f5d-4c1e-9a0b-6d2f5e8a1c47';

/** UUIDv5 (RFC 4122, SHA-1) of a readable key in the fixture namespace. */
export function fixtureId(key: string): string {
  return uuidv5(key, FIXTURE_NAMESPACE);
}

// ---------------------------------------------------------------------------------------------
// Geography

/** Parque Central Miguel Hidalgo, Tapachula: the centre of the distance tests. */
export const ORIGIN = { lat: 14.9057, lng: -92.263 } as const;

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km (haversine), independent of the server's approximation. */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

/** A point `km` due north of `from`. */
function north(from: { lat: number; lng: number }, km: number) {
  return { lat: from.lat + (km / EARTH_RADIUS_KM) * (180 / Math.PI), lng: from.lng };
}

// ---------------------------------------------------------------------------------------------
// The Ruta profile term that marks a confidential location (read from the taxonomy data file,
// where the server is meant to read it too).

interface ProfileTaxonomyFile {
  taxonomy: { id: string; name: string; description: string; uri: string; version: string };
  terms: { id: string; code: string; parent_code: string | null; names: { es: string }; descriptions: { es: string } }[];
}

const profileTaxonomy = JSON.parse(
  readFileSync(fromRoot('src', 'taxonomy', 'data', 'ruta-profile-taxonomy.json'), 'utf8'),
) as ProfileTaxonomyFile;
const confidentialTerm = profileTaxonomy.terms.find((t) => t.code === 'confidential-location');
if (!confidentialTerm) throw new Error('ruta-profile-taxonomy.json has no confidential-location term');

export const CONFIDENTIAL_TERM_ID = confidentialTerm.id;

const profileTaxonomyObject: Obj = {
  id: profileTaxonomy.taxonomy.id,
  name: profileTaxonomy.taxonomy.name,
  description: profileTaxonomy.taxonomy.description,
  uri: profileTaxonomy.taxonomy.uri,
  version: profileTaxonomy.taxonomy.version,
};

// ---------------------------------------------------------------------------------------------
// Plain tables of the dataset

export interface FixtureTerm {
  code: string;
  name: string;
  parent?: string;
}

export const TAXONOMY = {
  key: 'taxonomy:categorias',
  name: 'Prueba — Categorías de servicios',
  description: 'Taxonomía de prueba para las pruebas de conformidad de la API HSDS.',
  uri: 'https://ruta.example/taxonomias/prueba-categorias',
  version: '1',
} as const;

export const TERMS: readonly FixtureTerm[] = [
  { code: 'alojamiento', name: 'Alojamiento' },
  { code: 'albergue-temporal', name: 'Albergue temporal', parent: 'alojamiento' },
  { code: 'salud', name: 'Salud' },
  { code: 'salud-mental', name: 'Salud mental', parent: 'salud' },
  { code: 'asesoria-legal', name: 'Asesoría legal' },
  { code: 'asilo', name: 'Solicitud de asilo', parent: 'asesoria-legal' },
  { code: 'alimentacion', name: 'Alimentación' },
  { code: 'comunicacion', name: 'Comunicación' },
];

export interface FixtureOrganization {
  key: string;
  name: string;
  description: string;
}

export const ORGANIZATIONS: readonly FixtureOrganization[] = [
  { key: 'casa', name: 'Prueba — Casa del Migrante Soconusco', description: 'Organización ficticia de prueba: albergue y ayuda humanitaria.' },
  { key: 'clinica', name: 'Prueba — Clínica Comunitaria Frontera Sur', description: 'Organización ficticia de prueba: atención médica.' },
  { key: 'defensoria', name: 'Prueba — Defensoría Legal de Personas en Movilidad', description: 'Organización ficticia de prueba: asesoría jurídica.' },
];

export interface FixtureSite {
  key: string;
  org: string;
  name: string;
  lat: number;
  lng: number;
  address: string;
  city: string;
  /** Left out for addresses that have none (rural sites, as the Ruta profile allows). */
  postalCode?: string;
  confidential?: boolean;
}

const FIVE_KM_NORTH = north(ORIGIN, 5);

export const SITES: readonly FixtureSite[] = [
  { key: 'casa-tapachula', org: 'casa', name: 'Prueba — Casa del Migrante, sede Tapachula', lat: 14.9125, lng: -92.266, address: 'Calle Prueba 1', city: 'Tapachula', postalCode: '30700' },
  { key: 'comedor-norte', org: 'casa', name: 'Prueba — Comedor Norte', ...FIVE_KM_NORTH, address: 'Avenida Prueba 500', city: 'Tapachula', postalCode: '30780' },
  { key: 'albergue-confidencial', org: 'casa', name: 'Prueba — Albergue confidencial', lat: 14.91, lng: -92.255, address: 'Dirección de prueba que nunca debe publicarse', city: 'Tapachula', postalCode: '30700', confidential: true },
  { key: 'clinica-centro', org: 'clinica', name: 'Prueba — Clínica, sede centro', lat: 14.901, lng: -92.2575, address: 'Calle Prueba 12', city: 'Tapachula', postalCode: '30700' },
  { key: 'clinica-huixtla', org: 'clinica', name: 'Prueba — Clínica, sede Huixtla', lat: 15.1386, lng: -92.4656, address: 'Calle Prueba 3', city: 'Huixtla', postalCode: '30640' },
  { key: 'punto-ejido', org: 'clinica', name: 'Prueba — Punto de atención en el ejido', lat: 14.992, lng: -92.165, address: 'Camino al ejido, km 2', city: 'Cacahoatán' },
  { key: 'defensoria-tapachula', org: 'defensoria', name: 'Prueba — Defensoría, oficina Tapachula', lat: 14.903, lng: -92.27, address: 'Calle Prueba 40', city: 'Tapachula', postalCode: '30790' },
  { key: 'defensoria-ciudad-hidalgo', org: 'defensoria', name: 'Prueba — Defensoría, Ciudad Hidalgo', lat: 14.6776, lng: -92.1491, address: 'Junto al puente fronterizo', city: 'Ciudad Hidalgo' },
  { key: 'defensoria-tuxtla', org: 'defensoria', name: 'Prueba — Defensoría, Tuxtla Gutiérrez', lat: 16.7528, lng: -93.1152, address: 'Calle Prueba 7', city: 'Tuxtla Gutiérrez', postalCode: '29000' },
];

export const LANGUAGE_NAMES: Record<string, string> = { spa: 'Español', eng: 'Inglés', hat: 'Criollo haitiano', mam: 'Mam' };

export interface FixtureService {
  key: string;
  org: string;
  name: string;
  alternateName?: string;
  description: string;
  terms: string[];
  sites: string[];
  languages: string[];
  /** As published by the source; some sources write local time with its UTC offset. */
  lastModified: string;
}

/** Day `n` of the fixture period, at noon UTC, optionally written in local time (UTC-6). */
function day(n: number, local = false): string {
  const d = new Date(Date.UTC(2025, 2, 1, 12) + n * 86_400_000);
  if (!local) return d.toISOString().replace('.000Z', 'Z');
  const shifted = new Date(d.getTime() - 6 * 3_600_000).toISOString().slice(0, 19);
  return `${shifted}-06:00`;
}

export const SERVICES: readonly FixtureService[] = [
  { key: 'albergue-familias', org: 'casa', name: 'Prueba — Albergue temporal para familias', description: 'Camas por algunas noches para familias en tránsito en Tapachula.', terms: ['alojamiento', 'albergue-temporal'], sites: ['casa-tapachula'], languages: ['spa', 'hat'], lastModified: day(0) },
  { key: 'albergue-mujeres', org: 'casa', name: 'Prueba — Albergue para mujeres sobrevivientes', description: 'Alojamiento protegido. Solo por canalización.', terms: ['albergue-temporal'], sites: ['albergue-confidencial'], languages: ['spa', 'mam'], lastModified: day(1) },
  { key: 'comedor', org: 'casa', name: 'Prueba — Comedor comunitario', description: 'Desayuno y comida de lunes a sábado.', terms: ['alimentacion'], sites: ['comedor-norte'], languages: ['spa', 'hat', 'eng'], lastModified: day(2, true) },
  { key: 'despensas', org: 'casa', name: 'Prueba — Entrega de despensas', description: 'Despensas para familias que rentan en Tapachula.', terms: ['alimentacion'], sites: ['comedor-norte', 'casa-tapachula'], languages: ['spa'], lastModified: day(3) },
  { key: 'regaderas', org: 'casa', name: 'Prueba — Regaderas y lavandería', description: 'Baño y lavado de ropa sin costo.', terms: ['alojamiento'], sites: ['casa-tapachula'], languages: ['spa'], lastModified: day(4) },
  { key: 'llamadas', org: 'casa', name: 'Prueba — Llamadas gratuitas a familiares', description: 'Llamadas nacionales e internacionales de cinco minutos.', terms: ['comunicacion'], sites: ['casa-tapachula'], languages: ['spa', 'hat'], lastModified: day(5, true) },
  { key: 'internet', org: 'casa', name: 'Prueba — Internet y carga de celulares', description: 'Wifi y enchufes para cargar el teléfono.', terms: ['comunicacion'], sites: ['comedor-norte'], languages: ['spa'], lastModified: day(6) },
  { key: 'ropero', org: 'casa', name: 'Prueba — Ropero comunitario', description: 'Ropa y calzado donados.', terms: [], sites: ['casa-tapachula'], languages: ['spa'], lastModified: day(7) },
  { key: 'consulta-general', org: 'clinica', name: 'Prueba — Consulta médica general', description: 'Consulta sin cita para adultos, niñas y niños.', terms: ['salud'], sites: ['clinica-centro', 'clinica-huixtla'], languages: ['spa', 'eng'], lastModified: day(8, true) },
  { key: 'psicologia', org: 'clinica', name: 'Prueba — Acompañamiento psicológico', description: 'Sesiones individuales y grupales.', terms: ['salud', 'salud-mental'], sites: ['clinica-centro'], languages: ['spa', 'eng'], lastModified: day(9) },
  { key: 'vacunacion', org: 'clinica', name: 'Prueba — Vacunación', description: 'Esquema completo para niñas y niños; refuerzos para adultos.', terms: ['salud'], sites: ['clinica-huixtla'], languages: ['spa'], lastModified: day(10) },
  { key: 'prenatal', org: 'clinica', name: 'Prueba — Control prenatal', description: 'Consultas para personas embarazadas.', terms: ['salud'], sites: ['clinica-centro'], languages: ['spa', 'mam'], lastModified: day(11, true) },
  { key: 'farmacia', org: 'clinica', name: 'Prueba — Farmacia con descuento', description: 'Medicamentos con 100% de descuento para personas refugiadas.', terms: ['salud'], sites: ['clinica-centro'], languages: ['spa'], lastModified: day(12) },
  { key: 'linea-crisis', org: 'clinica', name: 'Prueba — Línea de crisis emocional', description: 'Atención telefónica; no tiene sede.', terms: ['salud-mental'], sites: [], languages: ['spa', 'eng'], lastModified: day(13) },
  { key: 'brigada', org: 'clinica', name: 'Prueba — Brigada médica en el ejido', description: 'Consulta itinerante una vez por semana.', terms: ['salud'], sites: ['punto-ejido'], languages: ['spa', 'mam'], lastModified: day(14, true) },
  { key: 'salud-sexual', org: 'clinica', name: 'Prueba — ÁREA DE SALUD SEXUAL', description: 'Pruebas rápidas y anticonceptivos.', terms: ['salud'], sites: ['clinica-centro'], languages: ['spa'], lastModified: day(15) },
  { key: 'asilo', org: 'defensoria', name: 'Prueba — Orientación para solicitar asilo', description: 'Cómo pedir la condición de refugiado en México.', terms: ['asesoria-legal', 'asilo'], sites: ['defensoria-tapachula'], languages: ['spa', 'hat', 'eng'], lastModified: day(16) },
  { key: 'regularizacion', org: 'defensoria', name: 'Prueba — Trámites de regularización migratoria', description: 'Acompañamiento en trámites ante el INM.', terms: ['asesoria-legal'], sites: ['defensoria-tapachula', 'defensoria-tuxtla'], languages: ['spa'], lastModified: day(17, true) },
  { key: 'estaciones', org: 'defensoria', name: 'Prueba — Visitas a estaciones migratorias', description: 'Monitoreo y asesoría a personas detenidas.', terms: ['asesoria-legal'], sites: ['defensoria-ciudad-hidalgo'], languages: ['spa'], lastModified: day(18) },
  { key: 'ninez', org: 'defensoria', name: 'Prueba — Defensa de derechos de la niñez', description: 'Representación de niñas, niños y adolescentes.', terms: ['asesoria-legal'], sites: ['defensoria-tuxtla'], languages: ['spa'], lastModified: day(19) },
  { key: 'whatsapp-legal', org: 'defensoria', name: 'Prueba — Asesoría legal por mensajes', alternateName: 'Prueba asesoria_legal', description: 'Respuestas por mensaje en menos de 48 horas.', terms: ['asesoria-legal'], sites: [], languages: ['spa', 'hat'], lastModified: day(20, true) },
  { key: 'comar', org: 'defensoria', name: 'Prueba — Acompañamiento a citas en COMAR', description: 'Acompañamos a la cita de elegibilidad.', terms: ['asilo'], sites: ['defensoria-tapachula'], languages: ['spa', 'mam'], lastModified: day(21) },
  { key: 'empleo', org: 'defensoria', name: 'Prueba — Orientación laboral', description: 'Derechos laborales y bolsa de trabajo.', terms: [], sites: ['defensoria-tuxtla'], languages: ['spa'], lastModified: day(22) },
  { key: 'interpretacion', org: 'clinica', name: 'Prueba — Interpretación en lenguas mayas', description: 'Intérpretes de mam para consultas y trámites.', terms: ['comunicacion'], sites: ['punto-ejido'], languages: ['mam', 'spa'], lastModified: day(23, true) },
];

// ---------------------------------------------------------------------------------------------
// Ids

export const ids = {
  taxonomy: fixtureId(TAXONOMY.key),
  term: (code: string) => fixtureId(`term:${code}`),
  organization: (key: string) => fixtureId(`org:${key}`),
  location: (key: string) => fixtureId(`location:${key}`),
  address: (key: string) => fixtureId(`address:${key}`),
  service: (key: string) => fixtureId(`service:${key}`),
  serviceAtLocation: (service: string, site: string) => fixtureId(`sal:${service}/${site}`),
  profileTaxonomy: profileTaxonomy.taxonomy.id,
  confidentialTerm: CONFIDENTIAL_TERM_ID,
};

// ---------------------------------------------------------------------------------------------
// Nested HSDS objects

function byKey<T extends { key: string }>(list: readonly T[], key: string): T {
  const found = list.find((x) => x.key === key);
  if (!found) throw new Error(`fixture: unknown key ${key}`);
  return found;
}

function termObject(code: string): Obj {
  const term = TERMS.find((t) => t.code === code);
  if (!term) throw new Error(`fixture: unknown term ${code}`);
  return {
    id: ids.term(code),
    code,
    name: term.name,
    description: `Prueba: servicios de ${term.name.toLowerCase()}.`,
    ...(term.parent ? { parent_id: ids.term(term.parent) } : {}),
    taxonomy_id: ids.taxonomy,
    language: 'es',
    taxonomy_detail: { id: ids.taxonomy, name: TAXONOMY.name, description: TAXONOMY.description, uri: TAXONOMY.uri, version: TAXONOMY.version },
  };
}

function organizationObject(key: string): Obj {
  const org = byKey(ORGANIZATIONS, key);
  return { id: ids.organization(key), name: org.name, description: org.description, website: `https://ruta.example/prueba/${key}` };
}

function locationObject(key: string): Obj {
  const site = byKey(SITES, key);
  return {
    id: ids.location(key),
    location_type: 'physical',
    organization_id: ids.organization(site.org),
    name: site.name,
    latitude: site.lat,
    longitude: site.lng,
    transportation: 'Prueba: combi desde el centro.',
    addresses: [
      {
        id: ids.address(key),
        address_1: site.address,
        city: site.city,
        state_province: 'Chiapas',
        ...(site.postalCode ? { postal_code: site.postalCode } : {}),
        country: 'MX',
        address_type: 'physical',
      },
    ],
    attributes: site.confidential
      ? [
          {
            id: fixtureId(`attribute:location:${key}/confidential-location`),
            taxonomy_term_id: CONFIDENTIAL_TERM_ID,
            link_entity: 'location',
            taxonomy_term: {
              id: CONFIDENTIAL_TERM_ID,
              code: confidentialTerm!.code,
              name: confidentialTerm!.names.es,
              description: confidentialTerm!.descriptions.es,
              taxonomy_id: ids.profileTaxonomy,
              language: 'es',
              taxonomy_detail: profileTaxonomyObject,
            },
          },
        ]
      : [],
  };
}

/** One fully nested HSDS service, as a line of the NDJSON file. */
export function serviceObject(s: FixtureService, index: number): Obj {
  const id = ids.service(s.key);
  const phoneDigits = String(100 + index).padStart(4, '0');
  return {
    id,
    organization_id: ids.organization(s.org),
    name: s.name,
    ...(s.alternateName ? { alternate_name: s.alternateName } : {}),
    description: s.description,
    status: 'active',
    email: `${s.key}@prueba.ruta.example`,
    last_modified: s.lastModified,
    organization: organizationObject(s.org),
    phones: [
      {
        id: fixtureId(`phone:${s.key}`),
        number: `+52 962 555 ${phoneDigits}`,
        type: 'voice',
        languages: [{ id: fixtureId(`language:phone:${s.key}/spa`), name: LANGUAGE_NAMES.spa, code: 'spa' }],
      },
    ],
    schedules: [
      {
        id: fixtureId(`schedule:${s.key}/1`),
        timezone: -6,
        freq: 'WEEKLY',
        byday: index % 2 === 0 ? 'MO,TU,WE,TH,FR' : 'MO,WE,FR',
        opens_at: '09:00',
        closes_at: index % 3 === 0 ? '14:00' : '17:00',
        description: 'Horario de prueba.',
      },
    ],
    languages: s.languages.map((code) => ({ id: fixtureId(`language:${s.key}/${code}`), name: LANGUAGE_NAMES[code], code })),
    attributes: s.terms.map((code) => ({
      id: fixtureId(`attribute:service:${s.key}/${code}`),
      taxonomy_term_id: ids.term(code),
      link_entity: 'service',
      taxonomy_term: termObject(code),
    })),
    service_at_locations: s.sites.map((site) => ({
      id: ids.serviceAtLocation(s.key, site),
      location_id: ids.location(site),
      description: `Prueba: ${s.name.replace('Prueba — ', '')} en ${byKey(SITES, site).city}.`,
      location: locationObject(site),
    })),
  };
}

export interface DirectoryFixture {
  /** The NDJSON lines, parsed. */
  services: Obj[];
  serviceIds: string[];
  organizationIds: string[];
  locationIds: string[];
  serviceAtLocationIds: string[];
  taxonomyIds: string[];
  termIds: string[];
  /** Site of every service_at_location. */
  siteOfServiceAtLocation: Map<string, FixtureSite>;
  confidentialLocationId: string;
}

export function buildDirectoryFixture(): DirectoryFixture {
  const services = SERVICES.map(serviceObject);
  const used = new Set(SERVICES.flatMap((s) => s.terms));
  for (const t of TERMS) {
    // Every term, parents included, must reach the import through some service.
    if (!used.has(t.code)) throw new Error(`fixture: term ${t.code} is attached to no service`);
  }
  const siteOfServiceAtLocation = new Map<string, FixtureSite>();
  for (const s of SERVICES) for (const site of s.sites) siteOfServiceAtLocation.set(ids.serviceAtLocation(s.key, site), byKey(SITES, site));
  const confidential = SITES.filter((s) => s.confidential);
  if (confidential.length !== 1) throw new Error('fixture: exactly one confidential site expected');
  return {
    services,
    serviceIds: SERVICES.map((s) => ids.service(s.key)),
    organizationIds: ORGANIZATIONS.map((o) => ids.organization(o.key)),
    locationIds: SITES.map((s) => ids.location(s.key)),
    serviceAtLocationIds: [...siteOfServiceAtLocation.keys()],
    taxonomyIds: [ids.taxonomy, ids.profileTaxonomy],
    termIds: [...TERMS.map((t) => ids.term(t.code)), CONFIDENTIAL_TERM_ID],
    siteOfServiceAtLocation,
    confidentialLocationId: ids.location(confidential[0]!.key),
  };
}

/** Writes the dataset as NDJSON to a temporary folder and imports it with the Ruta profile. */
export async function loadDirectoryFixture(database: Database): Promise<{ fixture: DirectoryFixture; report: ImportReport }> {
  const fixture = buildDirectoryFixture();
  const dir = mkdtempSync(join(tmpdir(), 'ruta-fixture-'));
  try {
    const file = join(dir, 'prueba-directorio.ndjson');
    writeFileSync(file, fixture.services.map((s) => JSON.stringify(s)).join('\n') + '\n');
    const report = await importPath(database, file, { schemaSet: 'ruta' });
    return { fixture, report };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
