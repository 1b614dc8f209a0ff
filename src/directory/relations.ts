import { HSDS_RELATIONS, HSDS_TABLES, type HsdsTable, type Relation } from './hsds-tables.js';

export type Row = Record<string, unknown>;

const byParent = new Map<HsdsTable, Relation[]>();
for (const r of HSDS_RELATIONS) {
  const list = byParent.get(r.parent) ?? [];
  list.push(r);
  byParent.set(r.parent, list);
}

/** The nested properties an object of this table may carry, in schema order. */
export function relationsOf(table: HsdsTable): readonly Relation[] {
  return byParent.get(table) ?? [];
}

export function isHsdsTable(name: string): name is HsdsTable {
  return Object.prototype.hasOwnProperty.call(HSDS_TABLES, name);
}

export function columnsOf(table: HsdsTable): string[] {
  return Object.keys(HSDS_TABLES[table].columns);
}

/**
 * References a row of `table` makes to rows of other tables through its own columns: the
 * foreign keys the importer must check. Polymorphic links (attribute, metadata) and the
 * columns HSDS declares but leaves open (taxonomy_term.parent_id within any taxonomy) included.
 */
export function referencesOf(table: HsdsTable): { column: string; target: HsdsTable }[] {
  const refs: { column: string; target: HsdsTable }[] = [];
  for (const column of columnsOf(table)) {
    if (column === 'id' || !column.endsWith('_id')) continue;
    const name = column.slice(0, -3);
    if (column === 'parent_id' && table === 'taxonomy_term') refs.push({ column, target: 'taxonomy_term' });
    else if (column === 'parent_organization_id') refs.push({ column, target: 'organization' });
    else if (isHsdsTable(name)) refs.push({ column, target: name });
  }
  return refs;
}
