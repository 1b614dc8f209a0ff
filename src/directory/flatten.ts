import type { HsdsTable, Relation } from './hsds-tables.js';
import { columnsOf, relationsOf, type Row } from './relations.js';

export interface FlatRow {
  table: HsdsTable;
  row: Row;
  /** Where the object sits in the document, e.g. `service_at_locations[0].location`. */
  path: string;
  /** The object it is nested in, when it belongs to it (not for objects it merely points to). */
  parent?: { table: HsdsTable; id: unknown };
}

export interface FlattenProblem {
  field: string;
  reason: string;
}

export interface Flattened {
  rows: FlatRow[];
  problems: FlattenProblem[];
  /** Nested arrays the record gives: for these parents the record's list is the whole list. */
  given: { rel: Relation; parentId: string }[];
}

const join = (path: string, prop: string) => (path ? `${path}.${prop}` : prop);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Turns one fully nested HSDS object into table rows, filling in the keys that nesting implies
 * (a phone nested in a service gets that service's id). A key that contradicts its nesting is a
 * problem, not silently overwritten. Pure: no database, no I/O.
 */
export function flattenRecord(table: HsdsTable, doc: Record<string, unknown>): Flattened {
  const out: Flattened = { rows: [], problems: [], given: [] };
  visit(table, doc, '', out);
  return out;
}

function setKey(row: Row, column: string, value: unknown, field: string, out: Flattened): void {
  const current = row[column];
  if (current === undefined || current === null || current === '') row[column] = value;
  else if (current !== value) {
    out.problems.push({ field, reason: `is "${String(current)}" but the record is nested under "${String(value)}"` });
  }
}

function visit(table: HsdsTable, obj: Record<string, unknown>, path: string, out: Flattened, parent?: FlatRow['parent']): Row {
  const row: Row = {};
  for (const column of columnsOf(table)) if (obj[column] !== undefined) row[column] = obj[column];
  out.rows.push(parent ? { table, row, path, parent } : { table, row, path });
  for (const rel of relationsOf(table)) {
    const value = obj[rel.property];
    if (value === undefined || value === null) continue;
    const field = join(path, rel.property);
    if (rel.kind === 'up') {
      if (!isObject(value)) continue; // the schema validator reports the wrong type
      const child = visit(rel.child, value, field, out);
      setKey(row, rel.column, child.id, join(path, rel.column), out);
      continue;
    }
    if (!Array.isArray(value)) continue;
    if (rel.kind !== 'meta' && typeof row.id === 'string') out.given.push({ rel, parentId: row.id });
    value.forEach((item, i) => {
      if (!isObject(item)) return;
      const itemPath = `${field}[${i}]`;
      const child = visit(rel.child, item, itemPath, out, { table, id: row.id });
      if (rel.kind === 'down') setKey(child, rel.column, row.id, join(itemPath, rel.column), out);
      else if (rel.kind === 'link') {
        setKey(child, 'link_id', row.id, join(itemPath, 'link_id'), out);
        if (child.link_entity === undefined || child.link_entity === null) child.link_entity = table;
      } else {
        setKey(child, 'resource_id', row.id, join(itemPath, 'resource_id'), out);
        if (child.resource_type === undefined || child.resource_type === null) child.resource_type = table;
      }
    });
  }
  return row;
}
