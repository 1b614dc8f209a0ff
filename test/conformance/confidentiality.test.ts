// A location carrying the Ruta profile's confidential-location attribute (a shelter for
// survivors) never shows where it is: no coordinates, no addresses, in any response that can
// contain it, and no place search (lat/lng/radius, postcode, proximity) ever returns it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases.js';
import { SITES, distanceKm, ids } from '../support/directory-fixtures.js';
import { forEachObject, openDirectory, type Obj, type TestDirectory } from './harness.js';

const site = SITES.find((s) => s.confidential)!;
const locationId = ids.location(site.key);
const addressId = ids.address(site.key);
const salId = ids.serviceAtLocation('albergue-mujeres', site.key);
const serviceId = ids.service('albergue-mujeres');
const casa = ids.organization(site.org);

/** Every response that can carry the confidential location, at any depth. */
const CARRIERS = [
  `/api/services/${serviceId}`,
  '/api/services?full=true&per_page=1000',
  '/api/services?format=ndjson',
  '/api/service_at_locations?per_page=1000',
  '/api/service_at_locations?full=true&per_page=1000',
  `/api/service_at_locations/${salId}`,
  '/api/service_at_locations?format=ndjson',
  '/api/organizations?full=true&per_page=1000',
  '/api/organizations?full_service=true&per_page=1000',
  '/api/organizations?format=ndjson&full=true',
  `/api/organizations/${casa}`,
  `/api/organizations/${casa}?full_service=true`,
];

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const number = (n: number) => new RegExp(`${String(n).replace('.', '\\.')}(?!\\d)`);

describe.each(DIALECTS)('confidential locations (%s)', (dialect) => {
  let dir: TestDirectory;
  beforeAll(async () => {
    dir = await openDirectory(dialect);
  });
  afterAll(async () => {
    await dir?.close();
  });

  async function body(path: string): Promise<{ text: string; value: unknown }> {
    const res = await dir.get(path);
    expect(res.status, path).toBe(200);
    const value = path.includes('format=ndjson')
      ? res.text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as unknown)
      : res.body;
    return { text: res.text, value };
  }

  it('the fixture marks exactly one location confidential, with coordinates and an address', () => {
    expect(dir.fixture.confidentialLocationId).toBe(locationId);
    expect(site.postalCode).toBeDefined();
    expect(Number.isFinite(site.lat) && Number.isFinite(site.lng)).toBe(true);
  });

  it.each(CARRIERS)('%s shows the location without coordinates or addresses', async (path) => {
    const { text, value } = await body(path);
    const copies: Obj[] = [];
    forEachObject(value, (o) => {
      if (o.id === locationId && 'location_type' in o) copies.push(o);
    });
    expect(copies.length, 'the response carries the location').toBeGreaterThan(0);
    for (const l of copies) {
      expect(l).not.toHaveProperty('latitude');
      expect(l).not.toHaveProperty('longitude');
      expect(l.addresses ?? []).toEqual([]);
    }
    expect(text).not.toContain(addressId);
    expect(text).not.toContain(site.address);
    expect(text).not.toMatch(number(site.lat));
    expect(text).not.toMatch(number(site.lng));
  });

  const here = `lat=${site.lat}&lng=${site.lng}`;
  const PLACE_SEARCHES = [
    ...[0.5, 2, 10, 2000].map((r) => `/api/service_at_locations?${here}&radius=${r}&per_page=1000`),
    `/api/service_at_locations?${here}&per_page=1000`,
    `/api/service_at_locations?${here}&radius=1&full=true&per_page=1000`,
    `/api/service_at_locations?${here}&radius=1&format=ndjson`,
    `/api/service_at_locations?postcode=${site.postalCode}&per_page=1000`,
    ...[100, 5000, 2_000_000].map((m) => `/api/service_at_locations?postcode=${site.postalCode}&proximity=${m}&per_page=1000`),
    `/api/service_at_locations?postcode=${site.postalCode}&search=albergue&per_page=1000`,
  ];

  it.each(PLACE_SEARCHES)('%s never returns it', async (path) => {
    const { value } = await body(path);
    const items = (Array.isArray(value) ? value : (value as Obj).contents) as Obj[];
    expect(items.map((i) => i.location_id)).not.toContain(locationId);
    expect(items.map((i) => i.id)).not.toContain(salId);
  });

  it('postcode proximity searches centre on the public sites of the postcode', async () => {
    // The confidential site must not move the centre either: if it did, repeated proximity
    // searches around public sites whose coordinates are known would reveal its position.
    const sameCode = SITES.filter((s) => !s.confidential && s.postalCode === site.postalCode);
    const centre = { lat: mean(sameCode.map((s) => s.lat)), lng: mean(sameCode.map((s) => s.lng)) };
    const metres = 1100;
    const within = SITES.filter((s) => !s.confidential && distanceKm(centre, s) * 1000 <= metres);
    for (const s of SITES) expect(Math.abs(distanceKm(centre, s) * 1000 - metres), s.key).toBeGreaterThan(0.05 * metres);
    const { value } = await body(`/api/service_at_locations?postcode=${site.postalCode}&proximity=${metres}&per_page=1000`);
    const found = new Set(((value as Obj).contents as Obj[]).map((i) => i.location_id));
    expect([...found]).not.toContain(locationId);
    for (const s of sameCode) expect(found.has(ids.location(s.key)), s.key).toBe(true);
    expect([...found].sort()).toEqual(within.map((s) => ids.location(s.key)).sort());
    expect(within.length).toBeGreaterThan(sameCode.length);
  });

  it('the place searches are not empty by accident: the same searches find the public sites nearby', async () => {
    const { value } = await body(`/api/service_at_locations?${here}&radius=2&per_page=1000`);
    const near = SITES.filter((s) => !s.confidential && s.postalCode === site.postalCode).map((s) => ids.location(s.key));
    expect(near.length).toBeGreaterThan(0);
    expect(((value as Obj).contents as Obj[]).map((i) => i.location_id)).toEqual(expect.arrayContaining(near));
  });
});
