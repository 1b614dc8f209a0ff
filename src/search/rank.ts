import type { IndexedService, SearchIndex } from './search-index.js';

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const K1 = 1.2;
const B = 0.75;

/**
 * BM25 over field-weighted stems, normalised to 0..1 by the best a document could score for
 * this query (every term at saturation), so text and needs can be mixed on one scale.
 */
export function textScores(index: SearchIndex, terms: { keys: string[]; weight?: number }[]): Map<number, number> {
  const scores = new Map<number, number>();
  const n = index.services.length;
  let ideal = 0;
  for (const term of terms) {
    // A word is worth its rarest form among the stems it may have.
    let best: { idf: number; key: string } | undefined;
    for (const key of term.keys) {
      const p = index.postings.get(key);
      if (!p) continue;
      const idf = Math.log(1 + (n - p.docs.length + 0.5) / (p.docs.length + 0.5));
      if (!best || idf > best.idf) best = { idf, key };
    }
    if (!best) continue;
    const w = term.weight ?? 1;
    ideal += w * best.idf * (K1 + 1) * 0.75;
    const seen = new Set<number>();
    for (const key of term.keys) {
      const p = index.postings.get(key);
      if (!p) continue;
      const idf = Math.log(1 + (n - p.docs.length + 0.5) / (p.docs.length + 0.5));
      for (let j = 0; j < p.docs.length; j++) {
        const doc = p.docs[j]!;
        if (seen.has(doc)) continue;
        seen.add(doc);
        const tf = p.weights[j]!;
        const len = index.services[doc]!.length;
        const s = (w * idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * len) / index.avgLength));
        scores.set(doc, (scores.get(doc) ?? 0) + s);
      }
    }
  }
  if (ideal > 0) for (const [doc, s] of scores) scores.set(doc, Math.min(1, s / ideal));
  return scores;
}

/**
 * How well a service answers the needs asked: tagged by a steward counts fully, named in its
 * own text a little less, a broader need than asked (shelter for "women's shelter") in part.
 */
export function needScore(svc: IndexedService, needs: string[], ancestorsOf: (code: string) => string[]): number {
  if (needs.length === 0) return 0;
  let total = 0;
  for (const need of needs) {
    if (svc.needs.has(need)) total += 1;
    else if (svc.textNeeds.has(need)) total += 0.7;
    else if (ancestorsOf(need).some((a) => svc.needs.has(a))) total += 0.4;
  }
  return total / needs.length;
}

/** Freshness of verification: recent checks help a little, unknown ones not at all. */
export function freshness(assuredDate: string | undefined, now: Date): number {
  if (!assuredDate) return 0;
  const days = (now.getTime() - Date.parse(assuredDate)) / 86_400_000;
  if (!Number.isFinite(days)) return 0;
  return days <= 90 ? 0.05 : days <= 365 ? 0.03 : days <= 730 ? 0.01 : 0;
}
