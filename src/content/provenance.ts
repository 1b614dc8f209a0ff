/**
 * Provenance of every fact Ruta shows: where it comes from, when a person last checked it, how sensitive it is
 * and how often it must be checked again. Wrong information hurts people on the move, so nothing is shown without it.
 */
export type Sensitivity = 'green' | 'yellow' | 'red';

/** Days between reviews by sensitivity: procedures change often, safety facts must be checked most often. */
export const REVIEW_INTERVAL_DAYS: Record<Sensitivity, number> = { green: 365, yellow: 180, red: 90 };

export interface Source {
  url: string;
  title: string;
}

export interface Provenance {
  sources: Source[];
  /** ISO date (YYYY-MM-DD) of the last editorial review against the sources. */
  reviewed: string;
  sensitivity: Sensitivity;
  /** Overrides the default interval of the sensitivity grade; never longer than it. */
  reviewIntervalDays?: number;
  /** True when the fact sheet marks the fact UNCERTAIN: readers see it as unverified. */
  unverified?: boolean;
}

/** The project's fact sheet rows used here were reviewed on this date. */
export const FACT_SHEET_REVIEWED = '2026-11-28';

export function reviewInterval(p: Provenance): number {
  const max = REVIEW_INTERVAL_DAYS[p.sensitivity];
  return p.reviewIntervalDays ? Math.min(p.reviewIntervalDays, max) : max;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseIsoDate(s: string): Date | undefined {
  if (!ISO_DATE.test(s)) return undefined;
  const d = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s ? undefined : d;
}

/** The day the content falls due for review again. */
export function reviewDue(p: Provenance): string {
  const reviewed = parseIsoDate(p.reviewed);
  if (!reviewed) return p.reviewed;
  return new Date(reviewed.getTime() + reviewInterval(p) * DAY_MS).toISOString().slice(0, 10);
}

/** Past its review interval (or with an unreadable date): shown to readers as "may be out of date". */
export function isOutOfDate(p: Provenance, now = new Date()): boolean {
  const reviewed = parseIsoDate(p.reviewed);
  if (!reviewed) return true;
  return now.getTime() - reviewed.getTime() > reviewInterval(p) * DAY_MS;
}

/** Problems that make a fact unfit to show: the content tests require none. */
export function provenanceProblems(p: Provenance | undefined): string[] {
  if (!p) return ['no provenance'];
  const problems: string[] = [];
  if (!p.sources.length) problems.push('no source');
  for (const s of p.sources) {
    if (!/^https?:\/\/[^\s]+\.[^\s]+/.test(s.url)) problems.push(`source without a web address: ${s.url}`);
    if (!s.title.trim()) problems.push(`source without a title: ${s.url}`);
  }
  if (!parseIsoDate(p.reviewed)) problems.push(`reviewed date is not a date: ${p.reviewed}`);
  if (!(p.sensitivity in REVIEW_INTERVAL_DAYS)) problems.push(`unknown sensitivity: ${p.sensitivity}`);
  return problems;
}

/** Anything that carries provenance and a name editors can find it by. */
export interface Sourced {
  id: string;
  provenance: Provenance;
}

/** The editors' list: what is past its review interval, the most overdue first. */
export function dueForReview<T extends Sourced>(items: T[], now = new Date()): { id: string; due: string }[] {
  return items
    .filter((i) => isOutOfDate(i.provenance, now))
    .map((i) => ({ id: i.id, due: reviewDue(i.provenance) }))
    .sort((a, b) => a.due.localeCompare(b.due));
}
