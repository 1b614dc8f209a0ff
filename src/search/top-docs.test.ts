import { describe, expect, it } from 'vitest';
import { TopDocs } from './top-docs.js';

describe('TopDocs', () => {
  // 500 documents with many equal scores, so the tie rank decides often.
  const n = 500;
  const scores = Array.from({ length: n }, (_, i) => ((i * 7919) % 53) / 10);
  const tieRank = Int32Array.from({ length: n }, (_, i) => (i * 31) % n);
  const full = Array.from({ length: n }, (_, doc) => ({ doc, score: scores[doc]! })).sort((a, b) => b.score - a.score || tieRank[a.doc]! - tieRank[b.doc]!);

  const fill = (k: number) => {
    const top = new TopDocs(k, tieRank);
    for (let doc = 0; doc < n; doc++) top.add(doc, scores[doc]!);
    return top.sorted();
  };

  it('keeps the k best in the order a full sort gives, ties by rank', () => {
    expect(fill(10)).toEqual(full.slice(0, 10));
    expect(fill(1)).toEqual(full.slice(0, 1));
  });

  it('keeps everything when k is larger than the candidates, or unbounded', () => {
    expect(fill(600)).toEqual(full);
    expect(fill(Infinity)).toEqual(full);
  });

  it('keeps nothing for k = 0 and starts again after clear()', () => {
    expect(fill(0)).toEqual([]);
    const top = new TopDocs(3, tieRank);
    top.add(1, 9);
    expect(top.threshold).toBe(-Infinity);
    top.add(2, 8);
    top.add(3, 7);
    expect(top.threshold).toBe(7);
    top.clear();
    top.add(4, 1);
    expect(top.sorted()).toEqual([{ doc: 4, score: 1 }]);
  });
});
