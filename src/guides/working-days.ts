/**
 * Working-day arithmetic for Mexican federal deadlines such as the COMAR limit (LRPCAP art. 18: 30 working days).
 *
 * Rest days are derived from the rules of the Ley Federal del Trabajo, art. 74, rather than typed as a list of
 * dates, so any year is covered:
 *   I 1 January · II first Monday of February · III third Monday of March · IV 1 May · V 16 September ·
 *   VI third Monday of November · VII the day the federal executive takes office, every six years
 *   (1 December until 2018, 1 October from 2024) · VIII 25 December.
 * Fraction IX (election days) and days an office closes by its own decree cannot be derived; they can only move
 * a limit later, so the computed date errs on the side of the person applying early.
 * The Monday rules date from the 2006 reform; earlier years are not computed.
 */
export const FIRST_RULE_YEAR = 2007;

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The n-th Monday (1-based) of a month. */
function nthMonday(year: number, month: number, n: number): Date {
  const first = utc(year, month, 1).getUTCDay();
  const offset = (8 - first) % 7;
  return utc(year, month, 1 + offset + (n - 1) * 7);
}

/** Mandatory rest days of a year under LFT art. 74, fractions I–VIII, as ISO dates. */
export function restDays(year: number): string[] {
  if (!Number.isInteger(year) || year < FIRST_RULE_YEAR) throw new RangeError(`Rest-day rules are not derived before ${FIRST_RULE_YEAR}`);
  const days = [utc(year, 1, 1), nthMonday(year, 2, 1), nthMonday(year, 3, 3), utc(year, 5, 1), utc(year, 9, 16), nthMonday(year, 11, 3), utc(year, 12, 25)];
  if ((year - 2000) % 6 === 0) days.push(year <= 2018 ? utc(year, 12, 1) : utc(year, 10, 1));
  return days.map(isoDay).sort();
}

const cache = new Map<number, Set<string>>();
function restSet(year: number): Set<string> {
  let set = cache.get(year);
  if (!set) cache.set(year, (set = new Set(restDays(year))));
  return set;
}

export function isWorkingDay(d: Date): boolean {
  const dow = d.getUTCDay();
  return dow !== 0 && dow !== 6 && !restSet(d.getUTCFullYear()).has(isoDay(d));
}

const next = (d: Date) => new Date(d.getTime() + 86_400_000);

/**
 * The n-th working day counted from the working day after `from`: with n = 30 and the entry date, the last day
 * to apply to COMAR.
 */
export function nthWorkingDayAfter(from: Date, n: number): Date {
  let d = from;
  let count = 0;
  while (count < n) {
    d = next(d);
    if (isWorkingDay(d)) count++;
  }
  return d;
}

/** Working days from the day after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: Date, to: Date): number {
  let count = 0;
  for (let d = next(from); d.getTime() <= to.getTime(); d = next(d)) if (isWorkingDay(d)) count++;
  return count;
}

export const COMAR_WORKING_DAYS = 30;

export interface ComarDeadline {
  lastDay: string;
  passed: boolean;
  /** Working days left after today, today included when it is a working day. */
  workingDaysLeft: number;
}

export function comarDeadline(entry: Date, today: Date): ComarDeadline {
  const last = nthWorkingDayAfter(entry, COMAR_WORKING_DAYS);
  const passed = today.getTime() > last.getTime();
  const dayBefore = new Date(today.getTime() - 86_400_000);
  return { lastDay: isoDay(last), passed, workingDaysLeft: passed ? 0 : workingDaysBetween(dayBefore, last) };
}
