import { describe, expect, it } from 'vitest';
import { compileHours, isOpenAt, localTime } from './opening-hours.js';

const weekdays = [{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00', timezone: -6 }];

describe('opening hours', () => {
  it.each([
    // [instant (UTC), zone, open?]
    ['2026-12-01T15:00:00Z', -6, true], // Tuesday 09:00 in Chiapas
    ['2026-12-01T14:59:00Z', -6, false], // 08:59
    ['2026-12-01T23:00:00Z', -6, false], // 17:00: closed at closing time
    ['2026-12-05T16:00:00Z', -6, false], // Saturday
    ['2026-12-01T15:00:00Z', 'America/Mexico_City', true], // no daylight saving since 2022
    ['2026-12-01T14:30:00Z', 'America/Cancun', true], // Quintana Roo: UTC−5, 09:30
    ['2026-12-01T14:30:00Z', 'America/Mexico_City', false], // the same instant is 08:30 in Chiapas
  ] as const)('%s in %s: open %s', (at, zone, open) => {
    const hours = compileHours(weekdays, typeof zone === 'string' ? zone : undefined);
    expect(isOpenAt(typeof zone === 'number' ? { ...hours!, zone } : hours, new Date(at))).toBe(open);
  });

  it('follows US daylight saving on the northern border', () => {
    const hours = compileHours(weekdays, 'America/Tijuana')!;
    // 16:30 UTC is 09:30 in July (UTC−7) but 08:30 in December (UTC−8).
    expect(isOpenAt(hours, new Date('2026-07-07T16:30:00Z'))).toBe(true);
    expect(isOpenAt(hours, new Date('2026-12-08T16:30:00Z'))).toBe(false);
  });

  it('handles hours that cross midnight and the first hours of the next day', () => {
    const night = compileHours([{ byday: 'FR', opens_at: '20:00', closes_at: '06:00' }], 'America/Mexico_City')!;
    expect(isOpenAt(night, new Date('2026-12-05T03:00:00Z'))).toBe(true); // Friday 21:00
    expect(isOpenAt(night, new Date('2026-12-05T11:00:00Z'))).toBe(true); // Saturday 05:00
    expect(isOpenAt(night, new Date('2026-12-05T13:00:00Z'))).toBe(false); // Saturday 07:00
  });

  it('treats 00:00–00:00 as open all day, and respects validity dates', () => {
    const always = compileHours([{ opens_at: '00:00', closes_at: '00:00' }], 'America/Mexico_City')!;
    expect(isOpenAt(always, new Date('2026-12-05T09:13:00Z'))).toBe(true);
    const season = compileHours([{ opens_at: '08:00', closes_at: '12:00', valid_to: '2026-11-30' }], 'America/Mexico_City')!;
    expect(isOpenAt(season, new Date('2026-11-30T15:00:00Z'))).toBe(true);
    expect(isOpenAt(season, new Date('2026-12-01T15:00:00Z'))).toBe(false);
  });

  it('knows nothing without times, and reads the local day across the date line of UTC', () => {
    expect(compileHours([{ byday: 'MO', opens_at: null }])).toBeUndefined();
    expect(isOpenAt(undefined, new Date())).toBeUndefined();
    expect(localTime(new Date('2027-01-01T03:00:00Z'), 'America/Mexico_City')).toEqual({ day: 4, minutes: 21 * 60, date: '2026-12-31', monthDay: 31 });
  });
});
