import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestDatabase } from '../../test/support/databases.js';
import type { Database } from '../lib/db.js';
import { importDocuments } from '../import-export/importer.js';
import { loadStarterData } from '../starter/load-starter.js';
import { buildIndex } from './index-build.js';
import { isOpenAt } from './opening-hours.js';
import { runSearch } from './search-engine.js';

// A service in Cancún (Quintana Roo, UTC−5 all year) open on Mondays from 9 to 10, with its
// hours given for the whole service and the offset of central Mexico written on the row.
const cancun = {
  id: '3c9e2f1a-7b4d-4e8f-a1c2-5d6e7f8a9b0c',
  name: 'Comedor de prueba en Cancún',
  status: 'active',
  description: 'Comida caliente de prueba.',
  organization: { id: '4d0f3a2b-8c5e-4f9a-b2d3-6e7f8a9b0c1d', name: 'Prueba — Caribe', description: 'Organización de prueba.' },
  schedules: [{ id: '5e1a4b3c-9d6f-4a0b-83e4-7f8a9b0c1d2e', freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '10:00', timezone: -6 }],
  service_at_locations: [
    {
      id: '6f2b5c4d-0e7a-4b1c-94f5-8a9b0c1d2e3f',
      location: { id: '7a3c6d5e-1f8b-4c2d-a506-9b0c1d2e3f4a', name: 'Sede de prueba', location_type: 'physical', latitude: 21.1619, longitude: -86.8515 },
    },
  ],
};

// One service at two sites, in Tapachula (UTC−6) and Cancún (UTC−5), open on Mondays from 9
// to 10 by hours given for the whole service.
const TAPACHULA = { lat: 14.9057, lng: -92.263 };
const CANCUN = { lat: 21.1619, lng: -86.8515 };
const twoZones = {
  ...cancun,
  id: '8b4d7e6f-2a9c-4d3e-b617-0c1d2e3f4a5b',
  name: 'Comedor de prueba en dos ciudades',
  schedules: [{ ...cancun.schedules[0], id: '9c5e8f7a-3b0d-4e4f-8728-1d2e3f4a5b6c' }],
  service_at_locations: [
    { id: 'ad6f9a8b-4c1e-4f5a-9839-2e3f4a5b6c7d', location: { id: 'be7a0b9c-5d2f-4a6b-8a4a-3f4a5b6c7d8e', name: 'Sede Tapachula', location_type: 'physical', latitude: TAPACHULA.lat + 0.001, longitude: TAPACHULA.lng } },
    { id: 'cf8b1c0d-6e3a-4b7c-9b5b-4a5b6c7d8e9f', location: { id: 'd09c2d1e-7f4b-4c8d-8c6c-5b6c7d8e9fa0', name: 'Sede Cancún', location_type: 'physical', latitude: CANCUN.lat + 0.001, longitude: CANCUN.lng } },
  ],
};

describe.each(DIALECTS)('index build on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    await loadStarterData(database);
    const report = await importDocuments(
      database,
      [
        { table: 'service', doc: cancun, file: 'test', line: 1 },
        { table: 'service', doc: twoZones, file: 'test', line: 2 },
      ],
      { updatedBy: 'test' },
    );
    expect(report.problems).toEqual([]);
  });
  afterAll(() => database.close());

  it("judges a whole service's hours in the time zone of the town it is in", async () => {
    const index = await buildIndex(database);
    const svc = index.services[index.byId.get(cancun.id)!]!;
    expect(svc.sites[0]?.town).toBe('Cancún');
    expect(svc.hours?.zone).toBe('America/Cancun');
    // Monday 7 December 2026, 14:30 UTC: 09:30 in Cancún, 08:30 in Mexico City.
    expect(isOpenAt(svc.hours, new Date('2026-12-07T14:30:00Z'))).toBe(true);
    expect(isOpenAt(svc.hours, new Date('2026-12-07T15:30:00Z'))).toBe(false);
  });

  it("judges a whole service's hours at each site in that site's time zone", async () => {
    const index = await buildIndex(database);
    const svc = index.services[index.byId.get(twoZones.id)!]!;
    expect(svc.sites.map((site) => site.hours?.zone)).toEqual(['America/Mexico_City', 'America/Cancun']);
    const openNear = (place: { lat: number; lng: number }, at: string) =>
      runSearch(index, { ...place, radius: 10, openAt: new Date(at), idsOnly: true, limit: 1000 }).hits.some((h) => h.serviceId === twoZones.id);
    // 14:30 UTC: 09:30 in Cancún, 08:30 in Tapachula; 15:30 UTC: 10:30 and 09:30.
    expect([openNear(CANCUN, '2026-12-07T14:30:00Z'), openNear(TAPACHULA, '2026-12-07T14:30:00Z')]).toEqual([true, false]);
    expect([openNear(CANCUN, '2026-12-07T15:30:00Z'), openNear(TAPACHULA, '2026-12-07T15:30:00Z')]).toEqual([false, true]);
  });
});
