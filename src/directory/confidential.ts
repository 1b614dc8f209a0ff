import type { Kysely } from 'kysely';
import { confidentialAmong } from './directory-queries.js';
import type { HsdsTable } from './hsds-tables.js';
import { relationsOf } from './relations.js';

type Obj = Record<string, unknown>;

/** Calls `visit` for every object of `target` inside a nested HSDS object of `table`. */
export function forEachNested(table: HsdsTable, obj: Obj, target: HsdsTable, visit: (o: Obj) => void): void {
  if (table === target) visit(obj);
  for (const rel of relationsOf(table)) {
    const value = obj[rel.property];
    if (Array.isArray(value)) for (const v of value) forEachNested(rel.child, v as Obj, target, visit);
    else if (value && typeof value === 'object') forEachNested(rel.child, value as Obj, target, visit);
  }
}

/** Fields of a confidential location that could tell where it is. */
export const HIDDEN_LOCATION_FIELDS = ['latitude', 'longitude', 'transportation', 'external_identifier', 'external_identifier_type'];

/**
 * What a published confidential location keeps: enough to know the service exists, not where.
 * Its change history loses the entries about those fields too: an old value is still a place.
 */
export function redactLocation(location: Obj): void {
  for (const f of HIDDEN_LOCATION_FIELDS) delete location[f];
  if (Array.isArray(location.addresses)) location.addresses = [];
  if (Array.isArray(location.metadata)) {
    location.metadata = location.metadata.filter((m) => !HIDDEN_LOCATION_FIELDS.includes((m as Obj).field_name as string));
  }
}

/**
 * Removes address and coordinates of every confidential location (a shelter or survivor service
 * whose address must never be published) from objects about to leave the server. Runs on every
 * API response that can contain a location, whatever the depth.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function redactConfidential(db: Kysely<any>, table: HsdsTable, objects: Obj[]): Promise<void> {
  const locations: Obj[] = [];
  for (const o of objects) forEachNested(table, o, 'location', (l) => locations.push(l));
  if (locations.length === 0) return;
  const hidden = await confidentialAmong(db, locations.map((l) => l.id));
  for (const l of locations) if (hidden.has(l.id as string)) redactLocation(l);
}
