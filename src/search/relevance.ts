import type { SearchIndex } from './search-index.js';
import type { TextScores } from './rank.js';

/** What the query asks, prepared once: the flag arrays of its needs and populations. */
export interface Asked {
  needs: { exact: Uint8Array | undefined; broader: Uint8Array[] }[];
  pops: (Uint8Array | undefined)[];
  hasWords: boolean;
}

/**
 * How well a service answers what was asked, 0..1, into `out[0]`: the needs named (the
 * strongest signal), the populations named, and the words, each weighted and averaged over what
 * the query contains. A need tagged by a steward counts fully, named in the listing's text 0.7,
 * a broader need than asked 0.4. False when the service does not answer at all. (The score is
 * not returned: a number returned by a function that is not inlined is allocated, and this one
 * runs once per candidate.)
 */
export function relevanceOf(index: SearchIndex, doc: number, asked: Asked, text: TextScores, out: Float64Array): boolean {
  const ts = text.matched[doc] ? text.score[doc]! : 0;
  let sum = 0;
  let weight = 0;
  if (asked.needs.length) {
    let ns = 0;
    for (const need of asked.needs) {
      const f = need.exact ? need.exact[doc]! : 0;
      if (f === 2) ns += 1;
      else if (f === 1) ns += 0.7;
      else {
        for (const b of need.broader) {
          if (b[doc] === 2) {
            ns += 0.4;
            break;
          }
        }
      }
    }
    ns /= asked.needs.length;
    if (ns === 0 && ts < 0.5) return false; // words alone, weakly: not what was asked
    sum += 0.6 * ns;
    weight += 0.6;
  }
  if (asked.pops.length) {
    let hits = 0;
    for (const f of asked.pops) if (f && f[doc]) hits++;
    const ps = hits / asked.pops.length;
    if (ps === 0 && !asked.needs.length && ts < 0.5) return false;
    sum += 0.4 * ps;
    weight += 0.4;
  }
  if (asked.hasWords) {
    sum += 0.3 * ts;
    weight += 0.3;
  }
  // A place or filters alone: every service there answers; the broad ones first (a point of
  // orientation, a shelter with meals and showers), as a person naming only a town would want.
  if (weight === 0) {
    const info = index.needFlags.get('information-referral');
    out[0] = 0.4 + 0.02 * Math.min(index.breadth[doc]!, 10) + (info && info[doc] === 2 ? 0.1 : 0);
    return true;
  }
  out[0] = sum / weight;
  return out[0] > 0;
}
