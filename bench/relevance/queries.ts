/** Loading and checking the judged queries (queries.json). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listingFacts } from './directory.js';

export interface JudgedQuery {
  id: string;
  query: string;
  lang: 'es' | 'en' | 'fr' | 'ht' | 'pt';
  /** Facets joined by "+"; the first is the stratum of the holdout draw. */
  category: string;
  /** Where the person is, for queries that name no place. */
  context?: { lat: number; lng: number };
  /** Listing key → grade (3 exactly right, 2 good, 1 partly useful). Empty: nothing answers it. */
  relevant: Record<string, number>;
  holdout: boolean;
  /** Quoted word for word in the search engine's own specification: its authors have seen it, so it is never holdout. */
  spec_example?: boolean;
  note?: string;
}

export interface QueryFile {
  note: string;
  grading: string;
  categories: string;
  holdout: { seed: number; method: string };
  queries: JudgedQuery[];
}

export const QUERIES_PATH = fileURLToPath(new URL('./queries.json', import.meta.url));

export const FACETS = ['es', 'es-noaccent', 'typo', 'colloquial', 'en', 'fr', 'ht', 'pt', 'place', 'population', 'programme', 'ambiguous', 'place-only', 'no-results'] as const;

export function loadQueryFile(path: string = QUERIES_PATH): QueryFile {
  return JSON.parse(readFileSync(path, 'utf8')) as QueryFile;
}

export function facetsOf(q: JudgedQuery): string[] {
  return q.category.split('+');
}

/** Everything wrong with the query file, as readable lines (empty when it is sound). */
export function checkQueryFile(file: QueryFile): string[] {
  const problems: string[] = [];
  const facts = listingFacts();
  const ids = new Set<string>();
  let empty = 0;
  if (!file.note || !/holdout/i.test(file.note)) problems.push('the file needs a "note" about the holdout queries');
  if (!Number.isInteger(file.holdout?.seed)) problems.push('holdout.seed must be an integer');
  if (file.queries.length < 80) problems.push(`only ${file.queries.length} queries; at least 80 are needed`);
  for (const q of file.queries) {
    const where = `${q.id} "${q.query}"`;
    if (!/^q\d{3}$/.test(q.id) || ids.has(q.id)) problems.push(`${where}: id must be unique and look like q001`);
    ids.add(q.id);
    if (!q.query.trim()) problems.push(`${where}: empty query`);
    if (!['es', 'en', 'fr', 'ht', 'pt'].includes(q.lang)) problems.push(`${where}: unknown lang ${q.lang}`);
    for (const f of facetsOf(q)) if (!(FACETS as readonly string[]).includes(f)) problems.push(`${where}: unknown category facet ${f}`);
    if (typeof q.holdout !== 'boolean') problems.push(`${where}: holdout must be true or false`);
    if (q.holdout && q.spec_example) problems.push(`${where}: a spec example cannot be holdout`);
    if (q.context && !(Math.abs(q.context.lat) <= 90 && Math.abs(q.context.lng) <= 180)) problems.push(`${where}: bad context`);
    const keys = Object.keys(q.relevant);
    if (keys.length === 0) {
      empty++;
      if (!facetsOf(q).includes('no-results')) problems.push(`${where}: empty relevant outside the no-results category`);
    }
    for (const key of keys) {
      const grade = q.relevant[key];
      const fact = facts.get(key);
      if (!fact) problems.push(`${where}: unknown listing key ${key}`);
      else if (fact.status !== 'active') problems.push(`${where}: ${key} is ${fact.status} and cannot be relevant`);
      if (grade !== 1 && grade !== 2 && grade !== 3) problems.push(`${where}: grade of ${key} must be 1, 2 or 3`);
    }
  }
  if (empty > 3) problems.push(`${empty} queries have no relevant listing; at most 3 may`);
  return problems;
}
