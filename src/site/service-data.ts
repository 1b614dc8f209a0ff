import type { Kysely } from 'kysely';
import { assemble } from '../directory/assemble.js';
import { redactConfidential } from '../directory/confidential.js';
import { rowById } from '../directory/directory-queries.js';
import type { Locale } from '../lib/i18n.js';
import { needsTaxonomy, profileTaxonomy, profileTermId } from '../taxonomy/taxonomy-data.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Obj = Record<string, any>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A service fully nested, with every confidential location stripped of where it is. */
export async function readService(db: Db, id: string): Promise<Obj | undefined> {
  if (!UUID.test(id)) return undefined;
  const row = await rowById(db, 'service', id.toLowerCase());
  if (!row) return undefined;
  const [service] = await assemble(db, 'service', [row], 'full');
  await redactConfidential(db, 'service', [service!]);
  return service;
}

export interface Flags {
  example: boolean;
  unverified: boolean;
}

/** Data-quality flags of services, read from their attributes (list items do not nest them). */
export async function flagsOf(db: Db, ids: string[]): Promise<Map<string, Flags>> {
  const out = new Map<string, Flags>(ids.map((id) => [id, { example: false, unverified: false }]));
  if (!ids.length) return out;
  const example = profileTermId('example');
  const unverified = profileTermId('unverified');
  const rows = await db
    .selectFrom('attribute')
    .select(['link_id', 'taxonomy_term_id'])
    .where('link_id', 'in', ids)
    .where('taxonomy_term_id', 'in', [example, unverified])
    .execute();
  for (const r of rows) {
    const f = out.get(r.link_id as string);
    if (f && r.taxonomy_term_id === example) f.example = true;
    if (f && r.taxonomy_term_id === unverified) f.unverified = true;
  }
  return out;
}

/** Services reached by phone alone (no place to go): the helplines, fully nested. */
export async function hotlines(db: Db, limit = 60): Promise<Obj[]> {
  const rows = await db
    .selectFrom('service')
    .selectAll()
    .where('status', '=', 'active')
    .where((eb) => eb.exists(eb.selectFrom('phone').select('phone.id').whereRef('phone.service_id', '=', 'service.id')))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('service_at_location').select('service_at_location.id').whereRef('service_at_location.service_id', '=', 'service.id'))))
    .orderBy('name')
    .limit(limit)
    .execute();
  return assemble(db, 'service', rows, 'full');
}

const byId = () => new Map([...needsTaxonomy().terms, ...profileTaxonomy().terms].map((t) => [t.id, t]));
let terms: ReturnType<typeof byId> | undefined;

export function termName(termId: string, lang: Locale): string | undefined {
  const term = (terms ??= byId()).get(termId);
  return term ? (term.names[lang] ?? term.names.es) : undefined;
}

export function termCode(termId: string): string | undefined {
  return (terms ??= byId()).get(termId)?.code;
}

/** Needs that count as the trafficking strip's: the need itself and its narrower terms. */
export function isTraffickingNeed(termId: string): boolean {
  const term = (terms ??= byId()).get(termId);
  return term?.code === 'trafficking-exploitation' || term?.parent_code === 'trafficking-exploitation';
}

export interface Provenance {
  sources: { url: string; label: string }[];
  reviewed?: string;
  example: boolean;
  unverified: boolean;
  confidential: boolean;
}

/** Where an object's facts come from and when they were last reviewed, from its attributes. */
export function provenanceOf(obj: Obj): Provenance {
  const attrs: Obj[] = Array.isArray(obj.attributes) ? obj.attributes : [];
  const has = (code: string) => attrs.some((a) => a.taxonomy_term_id === profileTermId(code));
  return {
    sources: attrs
      .filter((a) => a.taxonomy_term_id === profileTermId('source') && typeof a.value === 'string')
      .map((a) => ({ url: a.value as string, label: (a.label as string | undefined) ?? (a.value as string) })),
    reviewed: attrs.find((a) => a.taxonomy_term_id === profileTermId('reviewed-date'))?.value ?? obj.assured_date,
    example: has('example'),
    unverified: has('unverified'),
    confidential: has('confidential-location'),
  };
}

/** Only web addresses become links: a source is shown, never fetched. */
export const isWebUrl = (url: string) => /^https?:\/\//i.test(url);
