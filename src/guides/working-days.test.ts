import { describe, expect, it } from 'vitest';
import { comarDeadline, isWorkingDay, nthWorkingDayAfter, restDays, workingDaysBetween } from './working-days.js';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('rest days under LFT art. 74', () => {
  it.each([
    [2025, ['2025-01-01', '2025-02-03', '2025-03-17', '2025-05-01', '2025-09-16', '2025-11-17', '2025-12-25']],
    [2026, ['2026-01-01', '2026-02-02', '2026-03-16', '2026-05-01', '2026-09-16', '2026-11-16', '2026-12-25']],
    [2027, ['2027-01-01', '2027-02-01', '2027-03-15', '2027-05-01', '2027-09-16', '2027-11-15', '2027-12-25']],
    [2024, ['2024-01-01', '2024-02-05', '2024-03-18', '2024-05-01', '2024-09-16', '2024-10-01', '2024-11-18', '2024-12-25']],
    [2018, ['2018-01-01', '2018-02-05', '2018-03-19', '2018-05-01', '2018-09-16', '2018-11-19', '2018-12-01', '2018-12-25']],
    [2030, ['2030-01-01', '2030-02-04', '2030-03-18', '2030-05-01', '2030-09-16', '2030-10-01', '2030-11-18', '2030-12-25']],
  ])('%i', (year, expected) => {
    expect(restDays(year)).toEqual(expected);
  });

  it('refuses years before the 2006 Monday rules', () => {
    expect(() => restDays(2005)).toThrow(RangeError);
  });

  it('weekends and rest days are not working days', () => {
    expect(isWorkingDay(d('2026-12-05'))).toBe(false); // Saturday
    expect(isWorkingDay(d('2026-12-06'))).toBe(false); // Sunday
    expect(isWorkingDay(d('2026-11-16'))).toBe(false); // third Monday of November
    expect(isWorkingDay(d('2026-11-17'))).toBe(true);
  });
});

describe('COMAR deadline: 30 working days from the working day after entry', () => {
  it.each([
    // entry, last day (checked against a hand-written list of the rest days), why
    ['2026-06-01', '2026-07-13', 'six plain weeks: no rest day in between'],
    ['2026-04-20', '2026-06-02', '1 May (a Friday) adds one day'],
    ['2026-08-31', '2026-10-13', '16 September adds one day'],
    ['2026-11-02', '2026-12-15', 'third Monday of November adds one day'],
    ['2026-12-01', '2027-01-14', 'across the year end: 25 December and 1 January'],
    ['2025-12-19', '2026-02-04', 'year end and the first Monday of February'],
    ['2027-02-26', '2027-04-12', 'third Monday of March (15 March 2027)'],
    ['2024-09-02', '2024-10-16', '16 September and the 2024 change of government on 1 October'],
    ['2026-06-06', '2026-07-17', 'entry on a Saturday: counting starts on Monday'],
    ['2026-12-24', '2027-02-09', 'Christmas Eve: 25 December, 1 January and the first Monday of February'],
  ])('entry %s → %s (%s)', (entry, last) => {
    const got = nthWorkingDayAfter(d(entry), 30);
    expect(got.toISOString().slice(0, 10)).toBe(last);
    expect(workingDaysBetween(d(entry), got)).toBe(30);
    expect(isWorkingDay(got)).toBe(true);
  });

  it('reports days left and whether the limit has passed', () => {
    expect(comarDeadline(d('2026-06-01'), d('2026-06-01'))).toEqual({ lastDay: '2026-07-13', passed: false, workingDaysLeft: 31 });
    expect(comarDeadline(d('2026-06-01'), d('2026-07-13'))).toEqual({ lastDay: '2026-07-13', passed: false, workingDaysLeft: 1 });
    expect(comarDeadline(d('2026-06-01'), d('2026-07-14'))).toMatchObject({ passed: true, workingDaysLeft: 0 });
  });
});
