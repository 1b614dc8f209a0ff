/**
 * Opening hours from HSDS schedules, evaluated in the location's own time zone. Pure: the
 * caller gives the instant, so "open now" and "open on Tuesday at 9" are the same question.
 */

export interface ScheduleRow {
  freq?: string | null;
  byday?: string | null;
  bymonthday?: string | null;
  opens_at?: string | null;
  closes_at?: string | null;
  valid_from?: string | null;
  valid_to?: string | null;
  timezone?: number | null;
}

export interface OpeningRule {
  /** ISO weekdays 1 (Monday) … 7 (Sunday); empty means every day. */
  days: number[];
  monthDays: number[];
  opens: number;
  /** Minutes after midnight; at or before `opens` means the interval ends on the next day. */
  closes: number;
  validFrom?: string;
  validTo?: string;
}

export interface OpeningHours {
  rules: OpeningRule[];
  /** An IANA zone (DST-aware), or a fixed UTC offset in hours as HSDS `schedule.timezone` gives. */
  zone: string | number;
}

const DAY = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 } as Record<string, number>;

function minutes(hhmm: string | null | undefined): number | undefined {
  const m = /^(\d{1,2}):(\d{2})/.exec(hhmm ?? '');
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59) return undefined;
  return h * 60 + min;
}

/** Rules from schedule rows; rows without usable times (a description only) say nothing. */
export function compileHours(rows: ScheduleRow[], zone?: string): OpeningHours | undefined {
  const rules: OpeningRule[] = [];
  let offset: number | undefined;
  for (const r of rows) {
    const opens = minutes(r.opens_at);
    const closes = minutes(r.closes_at);
    if (opens === undefined || closes === undefined) continue;
    if (typeof r.timezone === 'number') offset ??= r.timezone;
    const days = (r.byday ?? '')
      .split(',')
      .map((d) => DAY[d.trim().toUpperCase().slice(-2)])
      .filter((d): d is number => d !== undefined);
    const monthDays =
      (r.freq ?? '').toUpperCase() === 'MONTHLY'
        ? (r.bymonthday ?? '').split(',').map((d) => Number(d.trim())).filter((d) => Number.isInteger(d) && d !== 0)
        : [];
    rules.push({
      days,
      monthDays,
      opens,
      closes: closes === 0 && opens === 0 ? 24 * 60 : closes,
      ...(r.valid_from ? { validFrom: r.valid_from.slice(0, 10) } : {}),
      ...(r.valid_to ? { validTo: r.valid_to.slice(0, 10) } : {}),
    });
  }
  if (rules.length === 0) return undefined;
  return { rules, zone: zone ?? offset ?? 'America/Mexico_City' };
}

export interface LocalTime {
  /** ISO weekday 1–7. */
  day: number;
  minutes: number;
  date: string;
  monthDay: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAY: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

const recent = new Map<string, LocalTime>();

/** The local day and time at an instant; the same few zones are asked over and over, so remembered. */
export function localTime(at: Date, zone: string | number): LocalTime {
  const key = `${zone}|${at.getTime()}`;
  let t = recent.get(key);
  if (!t) {
    t = computeLocalTime(at, zone);
    if (recent.size > 256) recent.clear();
    recent.set(key, t);
  }
  return t;
}

function computeLocalTime(at: Date, zone: string | number): LocalTime {
  if (typeof zone === 'number') {
    const shifted = new Date(at.getTime() + zone * 3_600_000);
    const day = shifted.getUTCDay() || 7;
    return {
      day,
      minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
      date: shifted.toISOString().slice(0, 10),
      monthDay: shifted.getUTCDate(),
    };
  }
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(zone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    day: WEEKDAY[parts.weekday!] ?? 1,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    date: `${parts.year}-${parts.month}-${parts.day}`,
    monthDay: Number(parts.day),
  };
}

function applies(rule: OpeningRule, t: LocalTime): boolean {
  if (rule.validFrom && t.date < rule.validFrom) return false;
  if (rule.validTo && t.date > rule.validTo) return false;
  if (rule.monthDays.length) return rule.monthDays.includes(t.monthDay);
  return rule.days.length === 0 || rule.days.includes(t.day);
}

/** Local times already worked out for one instant, by zone: a search asks the same few zones. */
export type LocalTimes = Map<string | number, { now: LocalTime; yesterday: LocalTime }>;

/** Whether the place is open at an instant; undefined when its hours are not known. */
export function isOpenAt(hours: OpeningHours | undefined, at: Date, memo?: LocalTimes): boolean | undefined {
  if (!hours) return undefined;
  let times = memo?.get(hours.zone);
  if (!times) {
    times = { now: localTime(at, hours.zone), yesterday: localTime(new Date(at.getTime() - 86_400_000), hours.zone) };
    memo?.set(hours.zone, times);
  }
  const { now, yesterday } = times;
  for (const rule of hours.rules) {
    const overnight = rule.closes <= rule.opens;
    if (applies(rule, now) && now.minutes >= rule.opens && (overnight || now.minutes < rule.closes)) return true;
    if (overnight && applies(rule, yesterday) && now.minutes < rule.closes) return true;
  }
  return false;
}
