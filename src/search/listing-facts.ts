import { Worker } from 'node:worker_threads';
import { conceptMatcher } from './concepts.js';
import { TextIndexer, type FlatPostings, type ReadText } from './index-text.js';
import { needCodes, type Postings } from './search-index.js';
import { fold } from './text.js';

/** The columns of a service read beside the main build: its words, its fees and its organisation's name. */
export const SERVICE_COLUMNS = ['id', 'name', 'alternate_name', 'description', 'eligibility_description', 'organization_id', 'fees_description'] as const;
const FIELDS = [
  { column: 1, weight: 3 }, // name
  { column: 2, weight: 2 }, // alternate name
  { column: 5, weight: 1, organization: true },
  { column: 3, weight: 1 }, // description
  { column: 4, weight: 0.5 }, // eligibility
] as const;
const FEES = 6;
const FREE_WORDS = /\b(gratis|gratuit[oa]s?|free|sin costo|gratuite?)\b/i;

type Rows = () => Promise<Iterable<unknown[]>> | Iterable<unknown[]>;
/**
 * The rows readListingFacts reads, each asked for when it is read (one statement at a time on
 * a connection): services (SERVICE_COLUMNS) and organisations (id, name).
 */
export interface FactRows {
  services: Rows;
  organizations: Rows;
}

/**
 * What a directory's services say of themselves in their own row, in typed arrays and string
 * lists that a worker thread hands over without a copy per service: the inverted index of their
 * words; per service the needs and populations its words name, its weighted length, whether its
 * fees say it is free, and its place in alphabetical order; and the spelling vocabulary.
 */
export interface ListingFacts extends FlatPostings {
  /** Need (with their ancestors) and population codes; the per-service lists point into it. */
  codes: string[];
  needStart: Int32Array;
  needs: Int32Array;
  popStart: Int32Array;
  pops: Int32Array;
  docLength: Float32Array;
  totalLength: number;
  /** Whether the fees say free of charge (1) or not (0). */
  freeByFees: Int8Array;
  nameRank: Int32Array;
  words: string[];
  seen: Int32Array;
}

/** Pairs of (document, value) gathered in any order. */
class Pairs {
  docs: number[] = [];
  values: number[] = [];
  add(doc: number, value: number): void {
    this.docs.push(doc);
    this.values.push(value);
  }
  /** The values of each document, each once, in the order they came: values[start[d] .. start[d + 1]). */
  byDocument(documents: number): { start: Int32Array; values: Int32Array } {
    const start = new Int32Array(documents + 1);
    for (const d of this.docs) start[d + 1]!++;
    for (let d = 0; d < documents; d++) start[d + 1]! += start[d]!;
    const fill = start.slice(0, documents);
    const values = new Int32Array(this.docs.length);
    this.docs.forEach((d, i) => {
      const v = this.values[i]!;
      let j = start[d]!;
      while (j < fill[d]! && values[j] !== v) j++;
      if (j === fill[d]) values[fill[d]!++] = v;
    });
    // Close the gaps left by repeated values.
    let m = 0;
    for (let d = 0; d < documents; d++) {
      const from = start[d]!;
      start[d] = m;
      for (let j = from; j < fill[d]!; j++) values[m++] = values[j]!;
    }
    start[documents] = m;
    return { start, values: values.slice(0, m) };
  }
}

/**
 * Reads the facts of `documents` services. `docOf` gives the document number of a service row
 * (undefined to skip it), so the rows may come in any order. `pause`, awaited every 10,000
 * services, lets other work on the thread through.
 */
export async function readListingFacts(
  rows: FactRows,
  documents: number,
  docOf: (id: string, row: number) => number | undefined,
  pause?: () => Promise<void>,
): Promise<ListingFacts> {
  const { withAncestors } = needCodes();
  const codes: string[] = [];
  const codeOf = new Map<string, number>();
  const code = (c: string) => {
    let i = codeOf.get(c);
    if (i === undefined) codeOf.set(c, (i = codes.push(c) - 1));
    return i;
  };
  const numbered = new Map<string, number[]>();
  const needsOf = (need: string) => {
    let all = numbered.get(need);
    if (!all) numbered.set(need, (all = withAncestors(need).map(code)));
    return all;
  };
  const organizations = new Map<unknown, string>();
  for (const [id, name] of await rows.organizations()) organizations.set(id, String(name ?? ''));
  const text = new TextIndexer(conceptMatcher(), documents);
  const needPairs = new Pairs();
  const popPairs = new Pairs();
  const docLength = new Float32Array(documents);
  const freeByFees = new Int8Array(documents);
  const freeText = new Map<string, boolean>();
  const names: string[] = new Array<string>(documents).fill('');
  const fields: { read: ReadText; weight: number }[] = [];
  let totalLength = 0;
  let r = 0;
  for (const row of await rows.services()) {
    if (pause && r % 10_000 === 9_999) await pause();
    const doc = docOf(row[0] as string, r++);
    if (doc === undefined) continue;
    names[doc] = String(row[1] ?? '');
    const fees = String(row[FEES] ?? '');
    let isFree = freeText.get(fees);
    if (isFree === undefined) freeText.set(fees, (isFree = FREE_WORDS.test(fees)));
    if (isFree) freeByFees[doc] = 1;
    fields.length = 0;
    let weighted = 0;
    for (const field of FIELDS) {
      const value = 'organization' in field ? organizations.get(row[field.column]) : row[field.column];
      if (typeof value !== 'string' || value === '') continue;
      const read = text.read(value);
      for (const need of read.needs) for (const c of needsOf(need)) needPairs.add(doc, c);
      for (const pop of read.populations) popPairs.add(doc, code(pop));
      weighted += read.length * field.weight;
      fields.push({ read, weight: field.weight });
    }
    text.addService(doc, fields);
    docLength[doc] = weighted;
    totalLength += weighted;
  }

  const needsPacked = needPairs.byDocument(documents);
  const popsPacked = popPairs.byDocument(documents);

  return {
    ...text.postings(),
    ...text.vocabulary(),
    codes,
    needStart: needsPacked.start,
    needs: needsPacked.values,
    popStart: popsPacked.start,
    pops: popsPacked.values,
    docLength,
    totalLength,
    freeByFees,
    nameRank: nameRanks(names),
  };
}

/**
 * Ties between equal scores go alphabetically; folded names compared as plain strings give the
 * same order as a Spanish collation for the names of a directory, at a fraction of the cost.
 */
function nameRanks(names: string[]): Int32Array {
  const folded = new Map<string, string>();
  const keys = names.map((name) => {
    let key = folded.get(name);
    if (key === undefined) folded.set(name, (key = fold(name)));
    return key;
  });
  const order = Array.from({ length: keys.length }, (_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  const rank = new Int32Array(names.length);
  order.forEach((doc, i) => (rank[doc] = i));
  return rank;
}

/** The buffers of a ListingFacts, to transfer rather than copy between threads. */
export function buffersOf(t: ListingFacts): ArrayBuffer[] {
  const arrays = [t.termStart, t.docs, t.weights, t.needStart, t.needs, t.popStart, t.pops, t.docLength, t.seen, t.freeByFees, t.nameRank];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/** The inverted index by stem, as views into the flat arrays (no copy). */
export function postingsByTerm(t: FlatPostings): Map<string, Postings> {
  const out = new Map<string, Postings>();
  for (let i = 0; i < t.terms.length; i++) {
    const from = t.termStart[i]!;
    const to = t.termStart[i + 1]!;
    if (from !== to) out.set(t.terms[i]!, { docs: t.docs.subarray(from, to), weights: t.weights.subarray(from, to) });
  }
  return out;
}

/**
 * readListingFacts over a SQLite file in a worker thread, while the calling thread reads the
 * rest of the directory: on two cores a large build takes about the longer of the two instead
 * of their sum. The worker reads the file in one read transaction, services in rowid order, and
 * returns their ids so the caller can check it saw the same services in the same order.
 */
export interface FactsWorker {
  answer: Promise<{ ids: string[]; facts: ListingFacts }>;
  /** Stops the worker if it is still reading (a build that failed on the calling thread). */
  stop(): void;
}

export function readListingFactsInWorker(file: string): FactsWorker {
  let worker: Worker | undefined;
  const answer = new Promise<{ ids: string[]; facts: ListingFacts }>((resolve, reject) => {
    const fromSource = import.meta.url.endsWith('.ts');
    const url = new URL(`./listing-facts-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
    // Run from the TypeScript sources (tests, benchmarks), the worker needs the loader too.
    worker = fromSource
      ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`, { eval: true, workerData: { file } })
      : new Worker(url, { workerData: { file } });
    worker.once('message', (message: { ids: string[]; facts: ListingFacts } | { error: string }) => {
      if ('error' in message) reject(new Error(`reading the listing facts of ${file}: ${message.error}`));
      else resolve(message);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the listing facts worker stopped (exit code ${code}) before it answered`)));
  });
  return { answer, stop: () => void worker?.terminate() };
}

/** The rows of a table in rowid order: the order both threads read services in, so their numbers agree. */
export const inRowidOrder = (table: string, columns: readonly string[]) => `select ${columns.map((c) => `"${c}"`).join(', ')} from "${table}" order by rowid`;
