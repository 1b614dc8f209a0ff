/**
 * Synthetic HSDS 3.1 directory for benchmarks: fully nested services that pass the Ruta profile.
 *
 * Everything is derived from (seed, index) with a small PRNG, so the same arguments give the same
 * bytes on every machine, and any service can be produced without producing the ones before it.
 * About one organization per ten services; an organization, its sites (locations) and the
 * taxonomy terms are nested again in every service that uses them, with identical content each
 * time, as HSDS exchanges them.
 *
 * The names and descriptions are built from word lists: they are benchmark data, not listings.
 * E-mail addresses and web sites use the reserved `.example` top-level domain.
 *
 *   npx tsx bench/generate-directory.ts --count 100000 --out $TMPDIR/dir.ndjson [--seed 1]
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { uuidv5 as uuidv5In } from '../src/lib/uuid-v5.js';

export type Doc = Record<string, unknown>;

export const DEFAULT_SEED = 1;
/** Services per organization, on average. */
export const SERVICES_PER_ORGANIZATION = 10;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** sfc32: small, fast, 128-bit state; seeded from (seed, kind, index) so streams never overlap. */
class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, kind: number, index: number) {
    this.a = seed >>> 0;
    this.b = kind >>> 0;
    this.c = index >>> 0;
    this.d = 0x9e3779b9;
    for (let i = 0; i < 15; i++) this.next();
  }

  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next() / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.float() * list.length)]!;
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  /** `n` distinct items of `list`, in random order. */
  sample<T>(list: readonly T[], n: number): T[] {
    const copy = [...list];
    const out: T[] = [];
    for (let i = 0; i < n && copy.length > 0; i++) out.push(copy.splice(Math.floor(this.float() * copy.length), 1)[0]!);
    return out;
  }

  /** A random UUID in the version 4 layout (the bits come from this stream, not from the OS). */
  uuid(): string {
    const h = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
    const a = h(this.next());
    const b = h((this.next() & 0xffff0fff) | 0x00004000);
    const c = h((this.next() & 0x3fffffff) | 0x80000000);
    const d = h(this.next());
    return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
  }
}

const KIND_ORGANIZATION = 1;
const KIND_SERVICE = 2;

/** UUIDv5 (RFC 4122, SHA-1) of a readable key, for the few fixed objects (taxonomy, terms). */
const BENCH_NAMESPACE = '3d0f5a52-7c1e-4b8a-9f61-2a4c8e0b7d13';
const uuidv5 = (name: string) => uuidv5In(name, BENCH_NAMESPACE);

// ---------------------------------------------------------------------------------------------
// Word lists

interface Country {
  code: string;
  currency: string;
  dial: string;
  /** Digits of a local number, grouped. */
  local: number[];
  /** Length of the postal code; 0 where none is used. */
  postalDigits: number;
}

const COUNTRIES: Record<string, Country> = {
  MX: { code: 'MX', currency: 'MXN', dial: '+52', local: [3, 3, 4], postalDigits: 5 },
  GT: { code: 'GT', currency: 'GTQ', dial: '+502', local: [4, 4], postalDigits: 5 },
  HN: { code: 'HN', currency: 'HNL', dial: '+504', local: [4, 4], postalDigits: 5 },
  SV: { code: 'SV', currency: 'USD', dial: '+503', local: [4, 4], postalDigits: 4 },
  NI: { code: 'NI', currency: 'NIO', dial: '+505', local: [4, 4], postalDigits: 5 },
  CR: { code: 'CR', currency: 'CRC', dial: '+506', local: [4, 4], postalDigits: 5 },
  BZ: { code: 'BZ', currency: 'BZD', dial: '+501', local: [3, 4], postalDigits: 0 },
};

/** Cities on the routes, all at UTC-6 (no Quintana Roo, Sonora, Baja California or Panama). */
interface City {
  name: string;
  state: string;
  country: keyof typeof COUNTRIES;
  lat: number;
  lng: number;
  /** Postal codes of the city start with this. */
  postal: string;
  /** Relative weight: border and route cities carry more services. */
  weight: number;
}

const CITIES: readonly City[] = [
  { name: 'Tapachula', state: 'Chiapas', country: 'MX', lat: 14.9056, lng: -92.2636, postal: '307', weight: 8 },
  { name: 'Ciudad Hidalgo', state: 'Chiapas', country: 'MX', lat: 14.6794, lng: -92.1497, postal: '308', weight: 3 },
  { name: 'Tuxtla Gutiérrez', state: 'Chiapas', country: 'MX', lat: 16.7528, lng: -93.1152, postal: '290', weight: 3 },
  { name: 'San Cristóbal de las Casas', state: 'Chiapas', country: 'MX', lat: 16.737, lng: -92.6376, postal: '292', weight: 2 },
  { name: 'Comitán de Domínguez', state: 'Chiapas', country: 'MX', lat: 16.2513, lng: -92.1342, postal: '300', weight: 2 },
  { name: 'Palenque', state: 'Chiapas', country: 'MX', lat: 17.5096, lng: -91.9821, postal: '299', weight: 2 },
  { name: 'Tenosique', state: 'Tabasco', country: 'MX', lat: 17.4723, lng: -91.4233, postal: '868', weight: 3 },
  { name: 'Villahermosa', state: 'Tabasco', country: 'MX', lat: 17.9869, lng: -92.9303, postal: '860', weight: 2 },
  { name: 'Ciudad Ixtepec', state: 'Oaxaca', country: 'MX', lat: 16.5613, lng: -95.1006, postal: '701', weight: 2 },
  { name: 'Oaxaca de Juárez', state: 'Oaxaca', country: 'MX', lat: 17.0654, lng: -96.7237, postal: '680', weight: 2 },
  { name: 'Coatzacoalcos', state: 'Veracruz', country: 'MX', lat: 18.1345, lng: -94.459, postal: '964', weight: 2 },
  { name: 'Veracruz', state: 'Veracruz', country: 'MX', lat: 19.1738, lng: -96.1342, postal: '917', weight: 2 },
  { name: 'Puebla', state: 'Puebla', country: 'MX', lat: 19.0414, lng: -98.2063, postal: '720', weight: 2 },
  { name: 'Ciudad de México', state: 'Ciudad de México', country: 'MX', lat: 19.4326, lng: -99.1332, postal: '06', weight: 6 },
  { name: 'Querétaro', state: 'Querétaro', country: 'MX', lat: 20.5888, lng: -100.3899, postal: '760', weight: 2 },
  { name: 'Celaya', state: 'Guanajuato', country: 'MX', lat: 20.5222, lng: -100.8122, postal: '380', weight: 1 },
  { name: 'Irapuato', state: 'Guanajuato', country: 'MX', lat: 20.6767, lng: -101.3563, postal: '366', weight: 1 },
  { name: 'Guadalajara', state: 'Jalisco', country: 'MX', lat: 20.6597, lng: -103.3496, postal: '441', weight: 3 },
  { name: 'San Luis Potosí', state: 'San Luis Potosí', country: 'MX', lat: 22.1565, lng: -100.9855, postal: '780', weight: 2 },
  { name: 'Saltillo', state: 'Coahuila', country: 'MX', lat: 25.4383, lng: -100.9737, postal: '250', weight: 2 },
  { name: 'Piedras Negras', state: 'Coahuila', country: 'MX', lat: 28.7, lng: -100.5231, postal: '260', weight: 2 },
  { name: 'Monterrey', state: 'Nuevo León', country: 'MX', lat: 25.6866, lng: -100.3161, postal: '640', weight: 4 },
  { name: 'Nuevo Laredo', state: 'Tamaulipas', country: 'MX', lat: 27.4763, lng: -99.5164, postal: '880', weight: 3 },
  { name: 'Reynosa', state: 'Tamaulipas', country: 'MX', lat: 26.0922, lng: -98.2779, postal: '887', weight: 3 },
  { name: 'Matamoros', state: 'Tamaulipas', country: 'MX', lat: 25.8697, lng: -97.5028, postal: '873', weight: 3 },
  { name: 'Chihuahua', state: 'Chihuahua', country: 'MX', lat: 28.6353, lng: -106.0889, postal: '310', weight: 1 },
  { name: 'Mérida', state: 'Yucatán', country: 'MX', lat: 20.9674, lng: -89.5926, postal: '970', weight: 1 },
  { name: 'Ciudad de Guatemala', state: 'Guatemala', country: 'GT', lat: 14.6349, lng: -90.5069, postal: '010', weight: 5 },
  { name: 'Tecún Umán', state: 'San Marcos', country: 'GT', lat: 14.6783, lng: -92.1388, postal: '120', weight: 3 },
  { name: 'Quetzaltenango', state: 'Quetzaltenango', country: 'GT', lat: 14.8347, lng: -91.5181, postal: '090', weight: 2 },
  { name: 'Huehuetenango', state: 'Huehuetenango', country: 'GT', lat: 15.3197, lng: -91.4708, postal: '130', weight: 2 },
  { name: 'Esquipulas', state: 'Chiquimula', country: 'GT', lat: 14.5625, lng: -89.3517, postal: '200', weight: 2 },
  { name: 'Flores', state: 'Petén', country: 'GT', lat: 16.9297, lng: -89.8922, postal: '170', weight: 1 },
  { name: 'Tegucigalpa', state: 'Francisco Morazán', country: 'HN', lat: 14.0723, lng: -87.1921, postal: '111', weight: 2 },
  { name: 'San Pedro Sula', state: 'Cortés', country: 'HN', lat: 15.5042, lng: -88.025, postal: '211', weight: 2 },
  { name: 'Danlí', state: 'El Paraíso', country: 'HN', lat: 14.0333, lng: -86.5833, postal: '131', weight: 1 },
  { name: 'San Salvador', state: 'San Salvador', country: 'SV', lat: 13.6929, lng: -89.2182, postal: '11', weight: 2 },
  { name: 'Managua', state: 'Managua', country: 'NI', lat: 12.1364, lng: -86.2514, postal: '110', weight: 1 },
  { name: 'San José', state: 'San José', country: 'CR', lat: 9.9281, lng: -84.0907, postal: '101', weight: 1 },
  { name: 'Paso Canoas', state: 'Puntarenas', country: 'CR', lat: 8.5349, lng: -82.8385, postal: '607', weight: 1 },
  { name: 'Belmopan', state: 'Cayo', country: 'BZ', lat: 17.251, lng: -88.759, postal: '', weight: 1 },
];

const CITY_TABLE: readonly City[] = CITIES.flatMap((c) => Array<City>(c.weight).fill(c));

const STREETS = [
  'Avenida Central',
  'Calle Hidalgo',
  'Calle Morelos',
  'Avenida Juárez',
  'Calle 5 de Mayo',
  'Avenida de la Reforma',
  'Calle Independencia',
  'Calle del Ferrocarril',
  'Boulevard de los Insurgentes',
  'Calle Benito Juárez',
  'Avenida Revolución',
  'Calle Zaragoza',
  'Calle Allende',
  '4a Avenida',
  '6a Calle',
  'Calzada Roosevelt',
  'Barrio El Centro',
  'Colonia San Juan',
  'Colonia Las Flores',
  'Colonia Obrera',
];

const NEIGHBORHOODS = ['Centro', 'Barrio San Sebastián', 'Colonia Linda Vista', 'Zona 1', 'Zona 6', 'Barrio El Carmen', 'Colonia Guadalupe', 'Barrio La Merced'];

interface Need {
  code: string;
  name: string;
  description: string;
  /** Service names of this need; one in three services of the need "shelter" is an albergue. */
  services: readonly string[];
  offers: readonly string[];
}

const NEEDS: readonly Need[] = [
  {
    code: 'shelter',
    name: 'Alojamiento',
    description: 'Lugar seguro para dormir, de una noche o de estancia más larga.',
    services: ['Albergue temporal', 'Albergue para familias', 'Casa de acogida', 'Albergue para mujeres y niñas', 'Refugio nocturno', 'Albergue de tránsito'],
    offers: ['alojamiento por hasta tres noches', 'cama, cobija y un lugar seguro para descansar', 'hospedaje temporal con espacios separados para familias'],
  },
  {
    code: 'food',
    name: 'Alimentación',
    description: 'Comidas calientes, despensas y agua potable.',
    services: ['Comedor comunitario', 'Entrega de despensas', 'Desayunos calientes', 'Banco de alimentos'],
    offers: ['desayuno y comida caliente', 'despensas para familias en tránsito', 'agua potable y alimentos listos para llevar'],
  },
  {
    code: 'legal',
    name: 'Asesoría legal',
    description: 'Orientación y acompañamiento jurídico en trámites migratorios y de protección internacional.',
    services: ['Asesoría jurídica migratoria', 'Acompañamiento en la solicitud de refugio', 'Orientación sobre regularización migratoria', 'Defensa de derechos humanos'],
    offers: ['orientación jurídica gratuita', 'acompañamiento en trámites ante la autoridad migratoria', 'información sobre el derecho a solicitar refugio'],
  },
  {
    code: 'health',
    name: 'Salud',
    description: 'Atención médica general, vacunas y medicamentos básicos.',
    services: ['Consulta médica general', 'Jornada de vacunación', 'Atención de salud sexual y reproductiva', 'Entrega de medicamentos básicos'],
    offers: ['consulta médica sin costo', 'curaciones y atención de primeros auxilios', 'vacunas del esquema básico'],
  },
  {
    code: 'mental-health',
    name: 'Salud mental',
    description: 'Apoyo psicológico y primeros auxilios psicológicos.',
    services: ['Atención psicológica', 'Primeros auxilios psicológicos', 'Grupo de apoyo emocional'],
    offers: ['sesiones de escucha y acompañamiento psicológico', 'primeros auxilios psicológicos', 'grupos de apoyo para personas sobrevivientes de violencia'],
  },
  {
    code: 'hygiene',
    name: 'Higiene',
    description: 'Regaderas, lavandería y artículos de higiene personal.',
    services: ['Regaderas y lavandería', 'Entrega de kits de higiene'],
    offers: ['regaderas con agua caliente y lavado de ropa', 'kits de higiene personal y toallas sanitarias'],
  },
  {
    code: 'communication',
    name: 'Comunicación',
    description: 'Llamadas, internet y carga de teléfonos para mantener el contacto con la familia.',
    services: ['Llamada gratuita a familiares', 'Acceso a internet y carga de teléfonos', 'Restablecimiento del contacto familiar'],
    offers: ['una llamada gratuita nacional o internacional', 'acceso a internet inalámbrico y carga de teléfonos', 'apoyo para localizar a familiares'],
  },
  {
    code: 'employment',
    name: 'Empleo',
    description: 'Orientación laboral y vinculación con empleadores.',
    services: ['Bolsa de trabajo', 'Orientación laboral', 'Taller de oficios'],
    offers: ['vinculación con empleadores de la zona', 'orientación sobre derechos laborales', 'capacitación en oficios'],
  },
  {
    code: 'education',
    name: 'Educación',
    description: 'Clases, escuela y actividades para niñas, niños y personas adultas.',
    services: ['Clases de español', 'Escuela para niñas y niños en tránsito', 'Espacio amigable para la niñez'],
    offers: ['clases de español para personas no hispanohablantes', 'actividades educativas para niñas y niños', 'inscripción a la escuela sin importar la situación migratoria'],
  },
  {
    code: 'protection',
    name: 'Protección',
    description: 'Atención a víctimas de violencia, trata y desaparición.',
    services: ['Atención a víctimas de violencia', 'Búsqueda de personas desaparecidas', 'Protección de niñas, niños y adolescentes no acompañados'],
    offers: ['atención confidencial a víctimas de violencia', 'acompañamiento en la búsqueda de personas desaparecidas', 'canalización a programas de protección'],
  },
  {
    code: 'documents',
    name: 'Documentos',
    description: 'Apoyo para obtener documentos de identidad y registro.',
    services: ['Apoyo para obtener documentos de identidad', 'Trámite de CURP temporal', 'Orientación sobre registro civil'],
    offers: ['apoyo para tramitar documentos de identidad', 'orientación para el registro de nacimientos', 'copias e impresión de documentos'],
  },
  {
    code: 'information',
    name: 'Información',
    description: 'Información sobre rutas, riesgos y servicios disponibles.',
    services: ['Punto de información', 'Orientación sobre rutas seguras', 'Línea de información'],
    offers: ['información sobre servicios en la ruta', 'orientación sobre riesgos y rutas seguras', 'mapas y directorios de servicios'],
  },
];

const AUDIENCES = [
  'para personas migrantes',
  'para personas refugiadas y solicitantes de asilo',
  'para niñas, niños y adolescentes no acompañados',
  'para mujeres',
  'para personas LGBTIQ+',
  'para familias',
  'para personas con discapacidad',
  'para personas adultas mayores',
];

const EXTRAS = [
  'La atención es gratuita y confidencial.',
  'Atendemos sin importar la situación migratoria.',
  'Se pide una identificación cuando sea posible, pero nadie es rechazado por no tenerla.',
  'Cupo limitado: se recomienda llegar temprano.',
  'Hay intérpretes voluntarios algunos días de la semana.',
  'Las personas menores de edad deben llegar acompañadas o serán canalizadas a la autoridad de protección.',
  'Se atiende por orden de llegada.',
  'Es necesario hacer cita previa por teléfono.',
  'El servicio se suspende los días festivos.',
  'Se da prioridad a mujeres embarazadas, niñez y personas con discapacidad.',
];

const ORG_FIRST = ['Asociación', 'Fundación', 'Red', 'Colectivo', 'Centro', 'Casa', 'Iniciativa', 'Comité', 'Proyecto', 'Servicio'];
const ORG_SECOND = [
  'Manos Solidarias',
  'Camino Abierto',
  'Puentes de Esperanza',
  'Frontera Digna',
  'Caminantes',
  'Tierra de Paso',
  'Nuevo Horizonte',
  'Brazos Abiertos',
  'Sendero Seguro',
  'Voces del Sur',
  'Mesa Común',
  'Luz del Camino',
  'Raíces',
  'Hospitalidad',
  'Acompañar',
  'Paso Firme',
  'Semilla',
  'Alas',
  'Río Suchiate',
  'Encuentro',
];
const LEGAL = ['Asociación civil', 'Institución de asistencia privada', 'Organización religiosa', 'Organización no gubernamental', 'Cooperativa'];
const ORG_WORK = [
  'acompaña a personas migrantes y refugiadas en su tránsito',
  'defiende los derechos humanos de las personas en movilidad',
  'ofrece ayuda humanitaria en la frontera',
  'trabaja con comunidades de acogida y personas desplazadas',
  'brinda hospitalidad y orientación a personas en tránsito',
];

const LANGUAGES: readonly { code: string; name: string }[] = [
  { code: 'spa', name: 'Español' },
  { code: 'eng', name: 'Inglés' },
  { code: 'hat', name: 'Criollo haitiano' },
  { code: 'mam', name: 'Mam' },
  { code: 'quc', name: "K'iche'" },
  { code: 'fra', name: 'Francés' },
  { code: 'por', name: 'Portugués' },
];

const SCHEDULES: readonly { byday: string; opens: string; closes: string; description: string }[] = [
  { byday: 'MO,TU,WE,TH,FR', opens: '09:00', closes: '17:00', description: 'De lunes a viernes, de 9:00 a 17:00.' },
  { byday: 'MO,TU,WE,TH,FR', opens: '08:00', closes: '14:00', description: 'De lunes a viernes, de 8:00 a 14:00.' },
  { byday: 'MO,TU,WE,TH,FR,SA', opens: '10:00', closes: '18:00', description: 'De lunes a sábado, de 10:00 a 18:00.' },
  { byday: 'MO,WE,FR', opens: '09:00', closes: '13:00', description: 'Lunes, miércoles y viernes, de 9:00 a 13:00.' },
  { byday: 'SA,SU', opens: '08:00', closes: '12:00', description: 'Sábados y domingos, de 8:00 a 12:00.' },
  { byday: 'MO,TU,WE,TH,FR,SA,SU', opens: '18:00', closes: '22:00', description: 'Todos los días, de 18:00 a 22:00 (ingreso al albergue).' },
];

const COST_OPTIONS: readonly { option: string; amount: number; description: string }[] = [
  { option: 'Servicio gratuito', amount: 0, description: 'Sin costo para las personas usuarias.' },
  { option: 'Cuota de recuperación', amount: 50, description: 'Cuota voluntaria; nadie se queda sin atención por no poder pagar.' },
  { option: 'Copias de documentos', amount: 5, description: 'Por hoja.' },
  { option: 'Consulta', amount: 100, description: 'Se exenta a quien no pueda pagar.' },
];

// ---------------------------------------------------------------------------------------------
// Fixed objects: the benchmark taxonomy and its terms, identical wherever they are nested

const TAXONOMY = {
  id: uuidv5('taxonomy:bench-needs'),
  name: 'Necesidades (datos de prueba)',
  description: 'Taxonomía sintética de necesidades para las pruebas de rendimiento.',
  uri: 'https://ruta.example/taxonomies/bench-needs',
  version: '1',
};

const TERMS: readonly Doc[] = NEEDS.map((n) => ({
  id: uuidv5(`term:bench-needs/${n.code}`),
  code: n.code,
  name: n.name,
  description: n.description,
  taxonomy: TAXONOMY.name,
  taxonomy_id: TAXONOMY.id,
  language: 'es',
  taxonomy_detail: TAXONOMY,
}));

// ---------------------------------------------------------------------------------------------
// Organizations and their sites

interface Site {
  id: string;
  city: City;
  doc: Doc;
}

interface Organization {
  id: string;
  doc: Doc;
  sites: Site[];
  /** Home city; most sites are there. */
  city: City;
  /** Host name part of its e-mail addresses and web site. */
  slug: string;
}

function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function digits(rng: Rng, n: number, first = 0): string {
  let s = n > 0 ? String(rng.int(first, 9)) : '';
  n--;
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
}

function phoneNumber(rng: Rng, country: Country): string {
  return `${country.dial} ${country.local.map((n, i) => digits(rng, n, i === 0 ? 2 : 0)).join(' ')}`;
}

function round(n: number, places: number): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}

function organization(seed: number, index: number): Organization {
  const rng = new Rng(seed, KIND_ORGANIZATION, index);
  const id = rng.uuid();
  const city = rng.pick(CITY_TABLE);
  const second = rng.pick(ORG_SECOND);
  const name = `${rng.pick(ORG_FIRST)} ${second} ${city.name}`;
  const slug = `${slugify(second)}-${index}`;
  const doc: Doc = {
    id,
    name,
    description: `${name} es una organización de ${city.name}, ${city.state}, que ${rng.pick(ORG_WORK)}.`,
    email: `contacto@${slug}.example`,
    website: `https://${slug}.example`,
    legal_status: rng.pick(LEGAL),
    year_incorporated: rng.int(1985, 2023),
  };
  const sites: Site[] = [];
  const siteCount = rng.int(1, 3);
  for (let s = 0; s < siteCount; s++) {
    const siteCity = s === 0 || rng.chance(0.7) ? city : rng.pick(CITY_TABLE);
    const siteCountry = COUNTRIES[siteCity.country]!;
    const locationId = rng.uuid();
    const street = `${rng.pick(STREETS)} ${rng.int(1, 2500)}`;
    const hasPostal = siteCountry.postalDigits > 0 && rng.chance(0.7);
    const address: Doc = {
      id: rng.uuid(),
      location_id: locationId,
      address_1: street,
      address_2: rng.chance(0.5) ? rng.pick(NEIGHBORHOODS) : undefined,
      city: siteCity.name,
      state_province: siteCity.state,
      postal_code: hasPostal ? (siteCity.postal + digits(rng, siteCountry.postalDigits)).slice(0, siteCountry.postalDigits) : undefined,
      country: siteCountry.code,
      address_type: 'physical',
    };
    const location: Doc = {
      id: locationId,
      organization_id: id,
      location_type: 'physical',
      name: s === 0 ? `Sede ${city.name}` : `${rng.pick(['Oficina', 'Punto de atención', 'Casa', 'Módulo'])} ${rng.pick(NEIGHBORHOODS)}, ${siteCity.name}`,
      description: `Instalaciones de ${name} en ${siteCity.name}.`,
      transportation: rng.chance(0.5) ? 'A dos cuadras de la parada del transporte público.' : undefined,
      latitude: round(siteCity.lat + (rng.float() - 0.5) * 0.08, 5),
      longitude: round(siteCity.lng + (rng.float() - 0.5) * 0.08, 5),
      addresses: [address],
    };
    sites.push({ id: locationId, city: siteCity, doc: dropUndefined(location) });
  }
  return { id, doc: dropUndefined(doc), sites, city, slug };
}

/** JSON.stringify drops undefined members anyway; this keeps the yielded objects tidy too. */
function dropUndefined(doc: Doc): Doc {
  for (const k of Object.keys(doc)) {
    const v = doc[k];
    if (v === undefined) delete doc[k];
    else if (Array.isArray(v)) for (const item of v) if (item && typeof item === 'object') dropUndefined(item as Doc);
  }
  return doc;
}

// ---------------------------------------------------------------------------------------------
// Services

function service(seed: number, index: number, org: Organization): Doc {
  const rng = new Rng(seed, KIND_SERVICE, index);
  const id = rng.uuid();
  const needs = rng.sample(NEEDS, rng.int(1, 3));
  const need = needs[0]!;
  const audience = rng.pick(AUDIENCES);
  const sites = rng.sample(org.sites, rng.int(1, 2));
  const city = sites[0]!.city;
  const country = COUNTRIES[city.country]!;
  const name = `${rng.pick(need.services)} ${audience} en ${city.name}`;
  const extras = rng.sample(EXTRAS, rng.int(1, 3)).join(' ');
  const langs = rng.chance(0.4) ? [LANGUAGES[0]!] : [LANGUAGES[0]!, ...rng.sample(LANGUAGES.slice(1), rng.int(1, 2))];

  const phones: Doc[] = [];
  for (let i = 0, n = rng.int(1, 2); i < n; i++) {
    const phoneId = rng.uuid();
    const lang = i === 0 ? LANGUAGES[0]! : rng.pick(langs);
    phones.push({
      id: phoneId,
      service_id: id,
      number: phoneNumber(rng, country),
      type: i === 0 ? 'voice' : rng.pick(['cell', 'text']),
      description: i === 0 ? 'Teléfono de atención' : 'WhatsApp y mensajes de texto',
      languages: [{ id: rng.uuid(), phone_id: phoneId, name: lang.name, code: lang.code }],
    });
  }

  const schedules: Doc[] = [];
  for (const s of rng.sample(SCHEDULES, rng.chance(0.8) ? 1 : 2)) {
    schedules.push({
      id: rng.uuid(),
      service_id: id,
      freq: 'WEEKLY',
      wkst: 'MO',
      interval: 1,
      byday: s.byday,
      opens_at: s.opens,
      closes_at: s.closes,
      timezone: -6,
      description: s.description,
    });
  }

  const cost = rng.pick(COST_OPTIONS);
  // MXN in Mexico, GTQ in Guatemala (nine services in ten); the local currency elsewhere.
  const currency = country.currency;
  const doc: Doc = {
    id,
    organization_id: org.id,
    name,
    alternate_name: rng.chance(0.3) ? `${need.name} ${city.name}` : undefined,
    description: `Ofrece ${rng.pick(need.offers)} ${audience}. ${extras}`,
    email: rng.chance(0.6) ? `servicios+${index}@${org.slug}.example` : undefined,
    status: rng.chance(0.92) ? 'active' : rng.pick(['inactive', 'temporarily closed']),
    application_process: rng.pick(['Acudir directamente, sin cita.', 'Llamar antes para confirmar el cupo.', 'Por canalización de otra organización.']),
    fees_description: cost.amount === 0 ? 'Gratuito.' : cost.description,
    eligibility_description: `Personas ${audience.replace(/^para personas /, '').replace(/^para /, '')}.`,
    minimum_age: audience.includes('niños') ? 0 : rng.chance(0.2) ? 18 : undefined,
    maximum_age: audience.includes('niños') ? 17 : undefined,
    organization: org.doc,
    service_at_locations: sites.map((site) => ({
      id: rng.uuid(),
      service_id: id,
      location_id: site.id,
      location: site.doc,
    })),
    phones,
    schedules,
    languages: langs.map((l) => ({ id: rng.uuid(), service_id: id, name: l.name, code: l.code })),
    cost_options: [
      {
        id: rng.uuid(),
        service_id: id,
        option: cost.option,
        currency,
        amount: cost.amount,
        amount_description: cost.description,
      },
    ],
    attributes: needs.map((n, i) => {
      const term = TERMS[NEEDS.indexOf(n)]!;
      return {
        id: rng.uuid(),
        link_id: id,
        link_entity: 'service',
        link_type: i === 0 ? 'primary_need' : 'need',
        taxonomy_term_id: term.id,
        taxonomy_term: term,
      };
    }),
  };
  return dropUndefined(doc);
}

/**
 * `count` fully nested HSDS 3.1 services, one at a time. Service `i` belongs to organization
 * `floor(i / 10)`, whose content (and that of its sites) is the same in each of its services.
 */
export function* generateServices(count: number, seed: number = DEFAULT_SEED): Generator<Doc> {
  let org: Organization | undefined;
  let orgIndex = -1;
  for (let i = 0; i < count; i++) {
    const o = Math.floor(i / SERVICES_PER_ORGANIZATION);
    if (o !== orgIndex) {
      orgIndex = o;
      org = organization(seed, o);
    }
    yield service(seed, i, org!);
  }
}

/** The id of service `index` without generating the others (the API bench fetches it). */
export function serviceId(index: number, seed: number = DEFAULT_SEED): string {
  return new Rng(seed, KIND_SERVICE, index).uuid();
}

/** Writes `count` services as NDJSON, streaming (memory stays flat whatever the count). */
export async function writeNdjson(path: string, count: number, seed: number = DEFAULT_SEED): Promise<{ bytes: number; records: number }> {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  let records = 0;
  let pending = '';
  for (const doc of generateServices(count, seed)) {
    pending += `${JSON.stringify(doc)}\n`;
    records++;
    if (pending.length >= 1 << 18) {
      if (!out.write(pending)) await once(out, 'drain');
      pending = '';
    }
  }
  if (pending) out.write(pending);
  out.end();
  await once(out, 'finish');
  return { bytes: out.bytesWritten, records };
}

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: string[]) {
  const count = Number(arg(argv, 'count') ?? '1000');
  const out = arg(argv, 'out');
  const seed = Number(arg(argv, 'seed') ?? DEFAULT_SEED);
  if (!Number.isInteger(count) || count < 0 || !out || !Number.isInteger(seed)) {
    console.error('usage: npx tsx bench/generate-directory.ts --count N --out FILE.ndjson [--seed N]');
    process.exit(2);
  }
  const start = performance.now();
  const { bytes, records } = await writeNdjson(out, count, seed);
  const s = (performance.now() - start) / 1000;
  const rss = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`${records} services, ${(bytes / 1e6).toFixed(1)} MB in ${s.toFixed(1)} s → ${out} (peak RSS ${rss} MB)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
