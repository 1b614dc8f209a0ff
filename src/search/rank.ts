import type { SearchIndex } from './search-index.js';

export { distanceKm, kmBetween } from './geo.js';

const K1 = 1.2;
const B = 0.75;

export interface TextScores {
  /** Score per document, 0..1, for the documents in `docs`. */
  score: Float32Array;
  /** Bit i set when query term i occurs in the document (for "mentions …"). */
  matched: Uint32Array;
  /** The documents with any of the words (a view of a buffer the next query reuses). */
  docs: Int32Array;
}

const buffers = new WeakMap<SearchIndex, { score: Float32Array; matched: Uint32Array; docs: Int32Array }>();

/**
 * BM25 over field-weighted stems, normalised to 0..1 by the best a document could score for
 * this query (every term at saturation), so text and needs can be mixed on one scale. Scores
 * live in arrays the size of the directory, reused from query to query. With a scope, only the
 * documents in it are scored (the others read as not matching).
 */
export function textScores(index: SearchIndex, terms: { keys: string[]; weight?: number }[], scope?: ArrayLike<number>): TextScores {
  const n = index.services.length;
  let buf = buffers.get(index);
  if (!buf || buf.score.length !== n) buffers.set(index, (buf = { score: new Float32Array(n), matched: new Uint32Array(n), docs: new Int32Array(n) }));
  const { score, matched, docs } = buf;
  let count = 0;
  // Only the documents in scope, when the query is confined to fewer documents than its words
  // occur in (a need in a town): a posting outside costs one read instead of the arithmetic.
  const inScope = index.mark;
  if (scope) for (let i = 0; i < scope.length; i++) inScope[scope[i]!] = 1;
  let ideal = 0;
  terms.slice(0, 32).forEach((term, t) => {
    const w = term.weight ?? 1;
    let bestIdf = 0;
    const bit = 1 << t;
    for (const key of term.keys) {
      const p = index.postings.get(key);
      if (!p) continue;
      const idf = Math.log(1 + (n - p.docs.length + 0.5) / (p.docs.length + 0.5));
      bestIdf = Math.max(bestIdf, idf);
      for (let j = 0; j < p.docs.length; j++) {
        const doc = p.docs[j]!;
        if (scope && !inScope[doc]) continue;
        if (matched[doc]! & bit) continue; // one form of the word per document
        if (matched[doc] === 0) docs[count++] = doc;
        matched[doc]! |= bit;
        const tf = p.weights[j]!;
        const len = index.docLength[doc]!;
        score[doc]! += (w * idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * len) / index.avgLength));
      }
    }
    ideal += w * bestIdf * (K1 + 1) * 0.75;
  });
  if (scope) for (let i = 0; i < scope.length; i++) inScope[scope[i]!] = 0;
  if (ideal > 0) for (let i = 0; i < count; i++) score[docs[i]!] = Math.min(1, score[docs[i]!]! / ideal);
  return { score, matched, docs: docs.subarray(0, count) };
}

/** Clears the shared buffers after a query has read them. */
export function releaseTextScores(t: TextScores): void {
  for (const d of t.docs) {
    t.score[d] = 0;
    t.matched[d] = 0;
  }
}

const DAY_MS = 86_400_000;

/** The instants from which a verification counts as within 90 days, a year and two years. */
export interface FreshnessSteps {
  recent: number;
  year: number;
  twoYears: number;
}

export const freshnessSteps = (nowMs: number): FreshnessSteps => ({ recent: nowMs - 90 * DAY_MS, year: nowMs - 365 * DAY_MS, twoYears: nowMs - 730 * DAY_MS });

/** Freshness of verification, against steps worked out once per query: recent checks help a little, unknown ones not at all. */
export function freshnessOf(assuredAt: number, steps: FreshnessSteps): number {
  if (!Number.isFinite(assuredAt)) return 0;
  return assuredAt >= steps.recent ? 0.05 : assuredAt >= steps.year ? 0.03 : assuredAt >= steps.twoYears ? 0.01 : 0;
}
