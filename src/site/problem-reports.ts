import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Database } from '../lib/db.js';
import { RutaError } from '../lib/errors.js';
import type { Locale } from '../lib/i18n.js';

export const REPORT_KINDS = ['closed', 'phone', 'hours', 'address', 'other'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const MAX_DETAIL = 1000;

export interface ReportInput {
  kind?: string;
  detail?: string;
  /** The honeypot: a field people do not see; programs that fill every field fill it too. */
  trap?: string;
}

export type ReportOutcome = { ok: true } | { ok: false; problem: 'kind' | 'long' | 'busy' | 'ignored' };

/**
 * A rate limit held only in memory: addresses are hashed with a salt made at start and never
 * written anywhere, so a limit can be kept without knowing, or keeping, who anyone is.
 */
export class RateLimit {
  private readonly salt = randomBytes(16);
  private readonly hits = new Map<string, number[]>();
  constructor(
    private readonly perWindow = 5,
    private readonly windowMs = 10 * 60_000,
    private readonly globalPerWindow = 200,
  ) {}

  private all: number[] = [];

  allow(address: string, now = Date.now()): boolean {
    const key = createHash('sha256').update(this.salt).update(address).digest('base64').slice(0, 16);
    const since = now - this.windowMs;
    this.all = this.all.filter((t) => t > since);
    const mine = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (mine.length >= this.perWindow || this.all.length >= this.globalPerWindow) {
      this.hits.set(key, mine);
      return false;
    }
    mine.push(now);
    this.all.push(now);
    this.hits.set(key, mine);
    if (this.hits.size > 10_000) for (const [k, v] of this.hits) if (!v.some((t) => t > since)) this.hits.delete(k);
    return true;
  }
}

/** Cleans what a person wrote: no control characters, trimmed; markup stays text, escaped when shown. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
export const cleanDetail = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();

/** Checks and stores one report in a transaction; the service must exist. */
export async function saveReport(database: Database, serviceId: string, lang: Locale, input: ReportInput, limit: RateLimit, address: string): Promise<ReportOutcome> {
  // A filled honeypot gets the same thanks as a person, so the program learns nothing.
  if (input.trap) return { ok: false, problem: 'ignored' };
  if (!REPORT_KINDS.includes(input.kind as ReportKind)) return { ok: false, problem: 'kind' };
  const detail = cleanDetail(input.detail ?? '');
  if (detail.length > MAX_DETAIL) return { ok: false, problem: 'long' };
  if (!limit.allow(address)) return { ok: false, problem: 'busy' };
  await database.db.transaction().execute(async (trx) => {
    const service = await trx.selectFrom('service').select('id').where('id', '=', serviceId).executeTakeFirst();
    if (!service) throw new RutaError('RECORD_NOT_FOUND');
    await trx
      .insertInto('ruta_problem_report')
      .values({ id: randomUUID(), service_id: serviceId, kind: input.kind, detail: detail || null, lang, reported_on: new Date().toISOString().slice(0, 10), status: 'new' })
      .execute();
  });
  return { ok: true };
}
