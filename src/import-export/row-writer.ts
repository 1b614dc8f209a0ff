import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ProblemDetail } from '../lib/errors.js';
import { kyselyBulk, type BulkSql } from './bulk-sql.js';
import { rowsWhereIn } from '../directory/assemble.js';
import { HSDS_RELATIONS, HSDS_TABLES, type HsdsTable, type Relation } from '../directory/hsds-tables.js';
import { columnsOf, isHsdsTable, referencesOf, type Row } from '../directory/relations.js';

export interface Origin {
  file: string;
  line: number;
  /** Path of the object in its record, e.g. `phones[0]`; empty for the record itself. */
  path: string;
  /** A CSV row: columns the file does not have keep their values on update. */
  partial?: boolean;
}

const UUID_COLUMNS = new Map(
  (Object.keys(HSDS_TABLES) as HsdsTable[]).map((t) => [t, columnsOf(t).filter((c) => c === 'id' || c.endsWith('_id'))]),
);

/** UUIDs compare case-insensitively (RFC 4122): stored in lower case. Times of change in UTC. */
function normalise(table: HsdsTable, row: Row): void {
  for (const c of UUID_COLUMNS.get(table)!) {
    const v = row[c];
    if (typeof v === 'string') row[c] = v.toLowerCase();
  }
  if (table === 'service' && typeof row.last_modified === 'string') {
    const t = Date.parse(row.last_modified);
    if (!Number.isNaN(t)) row.last_modified = new Date(t).toISOString();
  }
}

type Parent = { table: HsdsTable; id: unknown };

/** Tables whose rows records point to ("up" relations), and so meet again and again in one import. */
const SHARED = new Set<HsdsTable>(HSDS_RELATIONS.filter((r) => r.kind === 'up').map((r) => r.child));
const REFERENCES = new Map((Object.keys(HSDS_TABLES) as HsdsTable[]).map((t) => [t, referencesOf(t)]));

export interface TableCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

/** Rows held before writing; all tables are written together, parents first. */
const FLUSH_AT = 4000;

/** Tables ordered so that an object's table comes before the tables of what is nested in it. */
const TABLE_ORDER: HsdsTable[] = (() => {
  const tables = Object.keys(HSDS_TABLES) as HsdsTable[];
  const incoming = new Map(tables.map((t) => [t, 0]));
  const edges = HSDS_RELATIONS.filter((r) => r.kind !== 'up' && r.parent !== r.child);
  for (const e of edges) incoming.set(e.child, (incoming.get(e.child) ?? 0) + 1);
  const order: HsdsTable[] = [];
  const ready = tables.filter((t) => incoming.get(t) === 0);
  while (ready.length) {
    const t = ready.shift()!;
    order.push(t);
    for (const e of edges.filter((x) => x.parent === t)) {
      incoming.set(e.child, incoming.get(e.child)! - 1);
      if (incoming.get(e.child) === 0) ready.push(e.child);
    }
  }
  return order.length === tables.length ? order : tables;
})();
const CHUNK = 500;

/** A cheap, stable fingerprint of a row's values, to tell a repeated object from a conflicting one. */
function fingerprint(table: HsdsTable, row: Row): number {
  let h = 0x811c9dc5;
  for (const c of columnsOf(table)) {
    const s = `${row[c] ?? '\u0000'}\u0001`;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

const LINE_BITS = 2 ** 21;

/**
 * A 53-bit number standing for (table, id). An import of 100,000 services sees millions of ids;
 * numbers instead of strings keep that index to a few dozen megabytes. A collision (odds about
 * one in 10^9 per import of that size) is caught where it matters: merging re-reads the row by id.
 */
function idKey(table: string, id: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const s = `${table}\u0000${id}`;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * LINE_BITS + ((b >>> 0) % LINE_BITS);
}

/**
 * What the index keeps per row, packed in one number: its fingerprint, whether the directory
 * already had it (one bit), and the line it was first seen on (saturating past a million).
 */
const EXISTED_BIT = 2 ** 20;
const LINE_MASK = EXISTED_BIT - 1;
function seenValue(print: number, line: number, existed = false): number {
  return print * LINE_BITS + (existed ? EXISTED_BIT : 0) + Math.min(line, LINE_MASK);
}
const printOf = (v: number) => Math.floor(v / LINE_BITS);
const lineOf = (v: number) => v % EXISTED_BIT;
const existedOf = (v: number) => v % LINE_BITS >= EXISTED_BIT;

function same(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null);
}

function asText(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

/**
 * Writes imported rows inside one transaction: creates, updates what changed, leaves identical
 * rows alone, records every change as an HSDS metadata row, and collects the problems that only
 * show across records (duplicate ids with different content, references to missing rows).
 */
export class RowWriter {
  readonly counts = new Map<HsdsTable, TableCounts>();
  readonly problems: ProblemDetail[] = [];
  readonly warnings: ProblemDetail[] = [];
  private seen = new Map<number, number>();
  private buffers = new Map<HsdsTable, { row: Row; origin: Origin; parent?: Parent }[]>();
  private buffered = 0;
  private pendingRefs = new Map<string, { origin: Origin; field: string; target: HsdsTable; id: string }>();
  private metadata: Row[] = [];
  private readonly now = new Date().toISOString();

  constructor(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    private readonly db: Kysely<any>,
    private readonly updatedBy: string,
    private readonly bulk: BulkSql = kyselyBulk(db),
  ) {}

  private count(table: HsdsTable): TableCounts {
    let c = this.counts.get(table);
    if (!c) this.counts.set(table, (c = { created: 0, updated: 0, unchanged: 0, deleted: 0 }));
    return c;
  }

  private problem(origin: Origin, field: string, reason: string): void {
    this.problems.push({ file: origin.file, line: origin.line, field: field || undefined, reason });
  }

  has(table: HsdsTable, id: string): boolean {
    return this.seen.has(idKey(table, id));
  }

  /** Queues a row; returns false when it repeats a row already queued (same id, same content). */
  async add(table: HsdsTable, row: Row, origin: Origin, parent?: Parent): Promise<boolean> {
    normalise(table, row);
    if (parent && typeof parent.id === 'string') parent = { table: parent.table, id: parent.id.toLowerCase() };
    const id = row.id;
    if (typeof id !== 'string' || id === '') return false; // the schema check reports it
    const key = idKey(table, id);
    // Only objects that records point to (an organization in each of its services, a taxonomy
    // term in every attribute) repeat often: only they get a fingerprint for the quick check.
    const print = SHARED.has(table) ? fingerprint(table, row) : 0;
    const before = this.seen.get(key);
    if (before !== undefined) {
      const firstLine = lineOf(before);
      if (print !== 0 && printOf(before) === print) return false;
      if (await this.merge(table, row, origin, firstLine === LINE_MASK ? 'an earlier line' : `line ${firstLine}`)) return false;
    }
    this.seen.set(key, seenValue(print, origin.line));
    this.trackReferences(table, row, origin);
    let buffer = this.buffers.get(table);
    if (!buffer) this.buffers.set(table, (buffer = []));
    buffer.push(parent ? { row, origin, parent } : { row, origin });
    if (++this.buffered >= FLUSH_AT) await this.flush();
    return true;
  }

  /**
   * HSDS nests one object in several places (a phone under a service and under its contact),
   * each copy carrying only the key of where it sits. Copies are merged: a field one copy leaves
   * empty is taken from another; two different values for one field is a conflict.
   */
  private async merge(table: HsdsTable, row: Row, origin: Origin, firstSeen: string): Promise<boolean> {
    if (this.problems.length > 0) return true; // nothing will be written anyway
    const buffered = this.buffers.get(table)?.find((b) => b.row.id === row.id)?.row;
    const stored = buffered ?? (await this.bulk.rowsByIds(table, [row.id]))[0];
    if (!stored) return false; // two ids that share a key: this one is new after all
    const fill: Row = {};
    for (const c of columnsOf(table)) {
      const a = stored[c];
      const b = row[c];
      if (b === undefined || b === null || same(a, b)) continue;
      if (a !== undefined && a !== null) {
        const field = origin.path ? `${origin.path}.${c}` : c;
        this.problem(origin, field, `${table} ${String(row.id)} is also given at ${firstSeen} with ${c} "${asText(a)}", here "${asText(b)}"`);
        return true;
      }
      fill[c] = b;
    }
    if (Object.keys(fill).length === 0) return true;
    if (buffered) Object.assign(buffered, fill);
    else await this.db.updateTable(table).set(fill).where('id', '=', row.id).execute();
    const key = idKey(table, String(row.id));
    const was = this.seen.get(key) ?? 0;
    this.seen.set(key, seenValue(fingerprint(table, { ...stored, ...fill }), lineOf(was), existedOf(was)));
    this.trackReferences(table, fill, origin);
    return true;
  }

  private trackReferences(table: HsdsTable, row: Row, origin: Origin): void {
    let refs = REFERENCES.get(table)!;
    if (table === 'attribute' || table === 'metadata') refs = [...refs];
    if (table === 'attribute' && typeof row.link_entity === 'string' && isHsdsTable(row.link_entity)) {
      refs.push({ column: 'link_id', target: row.link_entity });
    }
    if (table === 'metadata' && typeof row.resource_type === 'string' && isHsdsTable(row.resource_type)) {
      refs.push({ column: 'resource_id', target: row.resource_type });
    }
    for (const { column, target } of refs) {
      const value = row[column];
      if (typeof value !== 'string' || value === '' || this.has(target, value)) continue;
      const key = `${target}\u0000${value}`;
      if (!this.pendingRefs.has(key)) {
        const field = origin.path ? `${origin.path}.${column}` : column;
        this.pendingRefs.set(key, { origin, field, target, id: value });
      }
    }
  }

  async flush(): Promise<void> {
    for (const table of TABLE_ORDER) await this.flushTable(table);
    this.buffered = 0;
    await this.flushMetadata();
  }

  /** Rows this import found already in the directory: only their children can have gone stale. */
  private markExisted(table: HsdsTable, id: string): void {
    const key = idKey(table, id);
    const v = this.seen.get(key);
    if (v !== undefined && !existedOf(v)) this.seen.set(key, v + EXISTED_BIT);
  }

  /** Whether this import created the row (it was not in the directory before). Parents are flushed first. */
  private createdHere(parent: Parent | undefined): boolean {
    if (!parent || typeof parent.id !== 'string') return false;
    const key = idKey(parent.table, parent.id);
    const v = this.seen.get(key);
    return v !== undefined && !existedOf(v);
  }

  private async flushTable(table: HsdsTable): Promise<void> {
    const buffer = this.buffers.get(table);
    if (!buffer || buffer.length === 0) return;
    this.buffers.set(table, []);
    if (this.problems.length > 0) return; // nothing will be kept: spare the database
    const columns = columnsOf(table);
    const existing = new Map((await this.bulk.rowsByIds(table, buffer.map((b) => b.row.id))).map((r) => [r.id, r]));
    const inserts: Row[] = [];
    const counts = this.count(table);
    for (const { row, parent, origin } of buffer) {
      const old = existing.get(row.id);
      if (old) this.markExisted(table, row.id as string);
      if (table === 'service' && (row.last_modified === undefined || row.last_modified === null)) {
        row.last_modified = old?.last_modified ?? this.now;
      }
      if (!old) {
        inserts.push(Object.fromEntries(columns.map((c) => [c, row[c] ?? null])));
        counts.created++;
        // A nested object created with its parent is recorded once, on the parent.
        if (table !== 'metadata' && !this.createdHere(parent)) this.log(table, row.id as string, 'create', '', '', '');
        continue;
      }
      const given = origin.partial ? columns.filter((c) => c in row) : columns;
      const changed = given.filter((c) => !same(old[c], row[c]) && !(c === 'last_modified' && table === 'service'));
      if (changed.length === 0) {
        counts.unchanged++;
        continue;
      }
      const set = Object.fromEntries(given.filter((c) => c !== 'id').map((c) => [c, row[c] ?? null]));
      if (table === 'service' && same(old.last_modified, row.last_modified)) set.last_modified = this.now;
      await this.db.updateTable(table).set(set).where('id', '=', row.id).execute();
      counts.updated++;
      if (table !== 'metadata') {
        for (const c of changed) this.log(table, row.id as string, 'update', c, asText(old[c]), asText(row[c]));
      }
    }
    await this.bulk.insertRows(table, inserts);
    if (this.metadata.length >= FLUSH_AT) await this.flushMetadata();
  }

  private log(table: string, id: string, action: string, field: string, previous: string, replacement: string): void {
    this.metadata.push({
      id: randomUUID(),
      resource_id: id,
      resource_type: table,
      last_action_date: this.now,
      last_action_type: action,
      field_name: field,
      previous_value: previous,
      replacement_value: replacement,
      updated_by: this.updatedBy,
    });
  }

  private async flushMetadata(): Promise<void> {
    const rows = this.metadata;
    this.metadata = [];
    if (this.problems.length > 0) return;
    await this.bulk.insertRows('metadata', rows);
  }

  /**
   * A nested array given in a record is the whole truth for its parent: rows the directory
   * holds under that parent which the record no longer lists are removed.
   */
  async removeStale(given: { rel: Relation; parentId: string }[]): Promise<void> {
    if (this.problems.length > 0 || given.length === 0) return;
    await this.flush();
    const byRel = new Map<Relation, string[]>();
    for (const g of given) {
      const v = this.seen.get(idKey(g.rel.parent, g.parentId));
      if (v === undefined || !existedOf(v)) continue;
      const list = byRel.get(g.rel) ?? [];
      list.push(g.parentId);
      byRel.set(g.rel, list);
    }
    for (const [rel, parents] of byRel) {
      const column = rel.kind === 'link' ? 'link_id' : rel.column;
      const candidates = await rowsWhereIn(this.db, rel.child, column, parents, false);
      const stale = candidates.filter((r) => !this.has(rel.child, r.id as string));
      for (let i = 0; i < stale.length; i += CHUNK) {
        const ids = stale.slice(i, i + CHUNK).map((r) => r.id as string);
        await this.db.deleteFrom(rel.child).where('id', 'in', ids).execute();
      }
      for (const r of stale) {
        this.count(rel.child).deleted++;
        this.log(rel.child, r.id as string, 'delete', '', '', '');
      }
    }
  }

  /**
   * References to rows neither in the import nor in the directory. Runs once, at the end.
   * With `allowDangling` they are reported as warnings and kept, as some published HSDS data
   * (the official 3.0 and 3.1 examples among it) carries them.
   */
  async checkReferences(limit: number, allowDangling = false): Promise<void> {
    const byTarget = new Map<HsdsTable, { origin: Origin; field: string; id: string }[]>();
    for (const ref of this.pendingRefs.values()) {
      if (this.has(ref.target, ref.id)) continue;
      const list = byTarget.get(ref.target) ?? [];
      list.push(ref);
      byTarget.set(ref.target, list);
    }
    for (const [target, refs] of byTarget) {
      const found = new Set((await rowsWhereIn(this.db, target, 'id', refs.map((r) => r.id))).map((r) => r.id));
      for (const r of refs) {
        if (found.has(r.id) || this.problems.length >= limit) continue;
        const reason = `refers to ${target} ${r.id}, which is neither in this import nor in the directory`;
        if (allowDangling) this.warnings.push({ file: r.origin.file, line: r.origin.line, field: r.field, reason });
        else this.problem(r.origin, r.field, reason);
      }
    }
  }
}
