import { ROUTES, type RouteInfo } from '../content/routes-content.js';
import { parseIsoDate } from '../content/provenance.js';
import { FAMILY, FEAR, GOALS, NATIONALITIES, PLACES, RULES, RULES_VERSION, YES_NO, type Condition, type Profile, type RouteRule } from './route-rules.js';
import { comarDeadline, FIRST_RULE_YEAR, type ComarDeadline } from './working-days.js';

/** Form fields as received: each may be missing, repeated or tampered with. */
export type RawAnswers = Record<string, string[]>;

/** A problem with the answers, named by field and by message key under "guides.problem.". */
export interface Problem {
  field: string;
  key: 'missing' | 'invalid' | 'future' | 'too-old' | 'outside-with-entry' | 'protection-without-fear' | 'repeated';
}

/** Entries older than this are far more likely a typing mistake than a real case for these routes. */
export const MAX_YEARS_SINCE_ENTRY = 15;

function one<T extends string>(raw: RawAnswers, field: string, allowed: readonly T[], problems: Problem[]): T | undefined {
  const values = (raw[field] ?? []).map((v) => v.trim()).filter(Boolean);
  if (!values.length) return void problems.push({ field, key: 'missing' });
  if (values.length > 1) return void problems.push({ field, key: 'repeated' });
  if (!allowed.includes(values[0] as T)) return void problems.push({ field, key: 'invalid' });
  return values[0] as T;
}

/** Checks every answer; returns the profile only when nothing is missing, unknown or contradictory. */
export function parseAnswers(raw: RawAnswers, today: Date): { profile?: Profile; problems: Problem[] } {
  const problems: Problem[] = [];
  const nationality = one(raw, 'nationality', NATIONALITIES, problems);
  const place = one(raw, 'place', PLACES, problems);
  const fear = one(raw, 'fear', FEAR, problems);
  const family = one(raw, 'family', FAMILY, problems);
  const crime = one(raw, 'crime', YES_NO, problems);
  const child = one(raw, 'child', YES_NO, problems);
  const goalValues = (raw.goal ?? []).filter(Boolean);
  const goals = [...new Set(goalValues)];
  if (!goals.length) problems.push({ field: 'goal', key: 'missing' });
  else if (goals.some((g) => !GOALS.includes(g as (typeof GOALS)[number]))) problems.push({ field: 'goal', key: 'invalid' });

  const entryValues = (raw.entry ?? []).map((v) => v.trim()).filter(Boolean);
  let entry: string | undefined;
  if (entryValues.length > 1) problems.push({ field: 'entry', key: 'repeated' });
  else if (entryValues.length === 1) {
    const date = parseIsoDate(entryValues[0]!);
    const oldest = Date.UTC(Math.max(today.getUTCFullYear() - MAX_YEARS_SINCE_ENTRY, FIRST_RULE_YEAR), 0, 1);
    if (!date) problems.push({ field: 'entry', key: 'invalid' });
    else if (date.getTime() > today.getTime()) problems.push({ field: 'entry', key: 'future' });
    else if (date.getTime() < oldest) problems.push({ field: 'entry', key: 'too-old' });
    else entry = entryValues[0];
  }
  if (place && place !== 'outside' && !entry && !problems.some((p) => p.field === 'entry')) problems.push({ field: 'entry', key: 'missing' });
  if (place === 'outside' && entry) problems.push({ field: 'entry', key: 'outside-with-entry' });
  if (goals.includes('protection') && fear === 'no') problems.push({ field: 'fear', key: 'protection-without-fear' });

  if (problems.length || !nationality || !place || !fear || !family || !crime || !child) return { problems };
  return { profile: { nationality, place, goals: goals as Profile['goals'], entry, fear, family, crime, child }, problems };
}

export function holds(c: Condition, p: Profile): boolean {
  if ('all' in c) return c.all.every((x) => holds(x, p));
  if ('any' in c) return c.any.some((x) => holds(x, p));
  if ('goal' in c) return p.goals.includes(c.goal);
  if ('inMexico' in c) return (p.place !== 'outside') === c.inMexico;
  return (c.in as readonly string[]).includes(p[c.field]);
}

export interface RouteMatch {
  route: RouteInfo;
  rules: RouteRule[];
}

export interface RouteResult {
  rulesVersion: string;
  matches: RouteMatch[];
  /** Only when refugee status may fit: the COMAR limit from the entry date, or undefined outside Mexico. */
  comar?: ComarDeadline;
  /** Warnings that depend on the combination of answers, as keys under "guides.warn.". */
  warnings: ('child-alone' | 'return-with-fear' | 'outside-mexico' | 'no-route' | 'visit-no-work' | 'border-region-only')[];
}

/** Evaluates the rules in their order; a route appears once, with every rule that opened it. */
export function findRoutes(p: Profile, today: Date): RouteResult {
  const byRoute = new Map<string, RouteMatch>();
  for (const rule of RULES) {
    if (!holds(rule.when, p)) continue;
    const m = byRoute.get(rule.route);
    if (m) m.rules.push(rule);
    else byRoute.set(rule.route, { route: ROUTES[rule.route], rules: [rule] });
  }
  const matches = [...byRoute.values()];
  const warnings: RouteResult['warnings'] = [];
  if (p.child === 'yes') warnings.push('child-alone');
  if (p.goals.includes('return') && byRoute.has('comar')) warnings.push('return-with-fear');
  if (p.place === 'outside') warnings.push('outside-mexico');
  if (p.goals.includes('work') && byRoute.has('tvr') && !byRoute.has('tvtf')) warnings.push('visit-no-work');
  // The border cards are only valid in the southern states: a person elsewhere must not read them as a way to stay there.
  if ((byRoute.has('tvtf') && ['yucatan', 'mexico-other'].includes(p.place)) || (byRoute.has('tvr') && p.place === 'mexico-other')) warnings.push('border-region-only');
  if (!matches.length) warnings.push('no-route');
  const comar = byRoute.has('comar') && p.entry ? comarDeadline(parseIsoDate(p.entry)!, today) : undefined;
  return { rulesVersion: RULES_VERSION, matches, comar, warnings };
}
