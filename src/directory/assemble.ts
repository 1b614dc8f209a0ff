import type { Kysely } from 'kysely';
import type { HsdsTable } from './hsds-tables.js';
import { columnsOf, relationsOf, type Row } from './relations.js';

/**
 * How deep an object is built:
 * - full: every nested object HSDS defines, stopping where a table would repeat on the path
 *   (a service's organization does not list the organization's services again);
 * - list: the object's own fields plus the objects it points up to, flat (HSDS list items);
 * - flat: the object's own fields only.
 */
export type Depth = 'full' | 'list' | 'flat';

const CHUNK = 900;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

/**
 * Rows of `table` whose `column` is one of `values`, fetched in chunks that every dialect accepts,
 * in id order unless `ordered` is false (PostgreSQL may then pick a far better plan).
 */
export async function rowsWhereIn(db: Db, table: HsdsTable, column: string, values: unknown[], ordered = true): Promise<Row[]> {
  const unique = [...new Set(values.filter((v) => v !== null && v !== undefined))];
  const out: Row[] = [];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const part = unique.slice(i, i + CHUNK);
    const q = db.selectFrom(table).selectAll().where(column, 'in', part);
    out.push(...((await (ordered ? q.orderBy('id') : q).execute()) as Row[]));
  }
  return out;
}

function groupBy(rows: Row[], column: string): Map<unknown, Row[]> {
  const map = new Map<unknown, Row[]>();
  for (const r of rows) {
    const key = r[column];
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  }
  return map;
}

/** The HSDS fields of a row, leaving out nulls (HSDS types do not admit null). */
export function publicFields(table: HsdsTable, row: Row): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column of columnsOf(table)) {
    const v = row[column];
    if (v !== null && v !== undefined) out[column] = v;
  }
  return out;
}

/**
 * Builds nested HSDS objects from rows of `table`, one query per relation and level for the
 * whole batch (never one per object), so a page of services costs the same few dozen queries
 * whatever its size.
 */
export async function assemble(
  db: Db,
  table: HsdsTable,
  rows: Row[],
  depth: Depth,
  path: readonly HsdsTable[] = [],
  /** Nested properties to leave out at this level (the caller builds them another way). */
  skip: readonly string[] = [],
): Promise<Record<string, unknown>[]> {
  const objects = rows.map((r) => publicFields(table, r));
  if (depth === 'flat' || rows.length === 0) return objects;
  const ids = rows.map((r) => r.id);
  const onPath = new Set([...path, table]);
  for (const rel of relationsOf(table)) {
    if (skip.includes(rel.property)) continue;
    if (depth === 'list' && rel.kind !== 'up') continue;
    if (rel.kind === 'up' || rel.kind === 'down') {
      if (onPath.has(rel.child) && rel.child !== 'attribute') continue;
    }
    const childDepth: Depth = depth === 'list' ? 'flat' : 'full';
    const childPath = [...onPath];
    if (rel.kind === 'up') {
      const childRows = await rowsWhereIn(db, rel.child, 'id', rows.map((r) => r[rel.column]));
      const built = await assemble(db, rel.child, childRows, childDepth, childPath);
      const byId = new Map(built.map((o) => [o.id, o]));
      rows.forEach((r, i) => {
        const child = byId.get(r[rel.column]);
        if (child) objects[i]![rel.property] = child;
      });
      continue;
    }
    const column = rel.column;
    const childRows = await rowsWhereIn(db, rel.child, column, ids);
    const built = await assemble(db, rel.child, childRows, childDepth, childPath);
    const grouped = groupBy(
      childRows.map((r, i) => ({ key: r[column], obj: built[i] })),
      'key',
    );
    rows.forEach((r, i) => {
      objects[i]![rel.property] = (grouped.get(r.id) ?? []).map((g) => g.obj);
    });
  }
  return objects;
}
