/**
 * Ranking metrics for graded judgments. Pure functions, no I/O.
 *
 * `ranked` is a system's result list, best first (listing keys). `relevant` maps keys to grades:
 * 3 = exactly what the person needs, 2 = good, 1 = partly useful; a key that is absent (or graded
 * 0) is not relevant. A key repeated in `ranked` only counts where it first appears.
 *
 * Queries with no relevant key at all (nothing in the directory answers them) are scored on
 * whether the system has the sense to return nothing: 1 when `ranked` is empty, else 0. Both
 * metrics follow that rule.
 */

export type Judgments = Readonly<Record<string, number>>;

function relevantGrades(relevant: Judgments): number[] {
  return Object.values(relevant).filter((g) => g > 0);
}

/** Gain of a grade: 2^grade − 1 (so 3 → 7, 2 → 3, 1 → 1, 0 → 0). */
export function gain(grade: number): number {
  return 2 ** grade - 1;
}

/** Discount of the result at 0-based position i: 1 / log2(i + 2). */
function discount(i: number): number {
  return 1 / Math.log2(i + 2);
}

/** The first k distinct keys of `ranked`, in order. */
function topDistinct(ranked: readonly string[], k: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const key of ranked) {
    if (out.length >= k) break;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(key);
  }
  return out;
}

/**
 * Normalized discounted cumulative gain at k: DCG of the top k of `ranked` divided by the DCG of
 * the ideal ordering of the judged grades (highest first), gain 2^rel − 1, discount 1/log2(i + 2).
 * Empty `relevant` (no grade ≥ 1): 1 if `ranked` is empty, else 0.
 */
export function ndcgAt(ranked: readonly string[], relevant: Judgments, k = 10): number {
  const grades = relevantGrades(relevant);
  if (grades.length === 0) return ranked.length === 0 ? 1 : 0;
  const top = topDistinct(ranked, k);
  let dcg = 0;
  top.forEach((key, i) => {
    const g = relevant[key] ?? 0;
    if (g > 0) dcg += gain(g) * discount(i);
  });
  const ideal = [...grades].sort((a, b) => b - a).slice(0, k);
  const idcg = ideal.reduce((sum, g, i) => sum + gain(g) * discount(i), 0);
  return dcg / idcg;
}

/**
 * Recall at k: the fraction of the relevant keys (grade ≥ 1) found in the top k of `ranked`.
 * With more than k relevant keys it cannot reach 1. Empty `relevant`: 1 if `ranked` is empty, else 0.
 */
export function recallAt(ranked: readonly string[], relevant: Judgments, k = 10): number {
  const keys = Object.keys(relevant).filter((key) => (relevant[key] ?? 0) > 0);
  if (keys.length === 0) return ranked.length === 0 ? 1 : 0;
  const top = new Set(topDistinct(ranked, k));
  return keys.filter((key) => top.has(key)).length / keys.length;
}

/** Arithmetic mean; NaN for an empty list (so an empty group shows as "—", not as 0). */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}
