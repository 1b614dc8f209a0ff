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

/** What a published confidential location keeps: enough to know the service exists, not where. */
export function redactLocation(location: Obj): void {
  delete location.latitude;
  delete location.longitude;
  delete location.transportation;
  delete location.external_identifier;
  delete location.external_identifier_type;
  if (Array.isArray(location.addresses)) location.addresses = [];
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
