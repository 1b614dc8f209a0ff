import type { Asked } from './relevance.js';
import type { TextScores } from './rank.js';
import type { Box, SearchIndex } from './search-index.js';

const EMPTY = new Int32Array(0);

const sizeOf = (lists: ArrayLike<number>[]) => lists.reduce((sum, l) => sum + l.length, 0);

/** How many postings the query's words have (what scoring them all would read). */
export function postingsLength(index: SearchIndex, terms: { keys: string[] }[]): number {
  let sum = 0;
  for (const term of terms.slice(0, 32)) for (const key of term.keys) sum += index.postings.get(key)?.docs.length ?? 0;
  return sum;
}

/** Where a query is confined to: the grid cells around its place and the box of its radius. */
export interface Area {
  cells: number[];
  box: Box;
}

/**
 * The fewest services that every answer is among, from the filters alone (the need asked, the
 * place): undefined when nothing confines the query.
 */
export function scopeOf(index: SearchIndex, need: string | undefined, area: Area | undefined): ArrayLike<number> | undefined {
  const options: ArrayLike<number>[][] = [];
  if (need) options.push([index.byNeed.get(need) ?? EMPTY]);
  if (area) {
    options.push(area.cells.map((c) => index.grid.get(c)!));
    if (need) options.push(index.needInCells(need, area.cells));
  }
  if (!options.length) return undefined;
  const best = options.reduce((a, b) => (sizeOf(b) < sizeOf(a) ? b : a));
  return best.length === 1 ? best[0] : index.gather(best, index.scopePool);
}

/**
 * The services a query has to look at: the scope of its filters, or, when shorter, those that
 * name a need asked or share its words (near the place, when there is one). Undefined is every
 * service: a query with neither words nor filters. The loop that follows checks every condition
 * anyway, so whichever list is shortest serves; it only has to hold every answer.
 */
export function candidatesFor(index: SearchIndex, text: TextScores, asked: Asked, askedNeeds: string[], scope: ArrayLike<number> | undefined, area: Area | undefined): ArrayLike<number> | undefined {
  let best: ArrayLike<number>[] | undefined = scope ? [scope] : undefined;
  let bestSize = scope ? scope.length : Infinity;
  if (askedNeeds.length === 0 && !asked.hasWords) return scope;
  // With a need asked, a listing that lacks it answers only if its words match strongly
  // (relevanceOf): the weak matches are left out of the list before anything else reads them.
  const broader = asked.needs.flatMap((n) => n.broader);
  const strongWords = (box?: Box): Int32Array => {
    if (!askedNeeds.length && !box) return text.docs;
    const out = index.wordPool;
    let m = 0;
    for (let i = 0; i < text.docs.length; i++) {
      const d = text.docs[i]!;
      if (askedNeeds.length && text.score[d]! < 0.5 && !broader.some((b) => b[d] === 2)) continue;
      if (box && !index.withinBox(d, box)) continue;
      out[m++] = d;
    }
    return out.subarray(0, m);
  };
  const needLists = area ? askedNeeds.flatMap((need) => index.needInCells(need, area.cells)) : askedNeeds.map((need) => index.byNeed.get(need) ?? EMPTY);
  if (sizeOf(needLists) < bestSize) {
    const lists = [strongWords(area?.box), ...needLists];
    const size = sizeOf(lists);
    if (size < bestSize) [best, bestSize] = [lists, size];
  }
  if (!best) return undefined;
  return best.length === 1 ? best[0] : index.gather(best);
}
