import { describe, expect, it } from 'vitest';
import { gain, mean, ndcgAt, recallAt } from './metrics.js';

// Hand computations use log2(3) = 1.5849625, log2(5) = 2.3219281.

describe('gain', () => {
  it('is 2^grade − 1', () => {
    expect([0, 1, 2, 3].map(gain)).toEqual([0, 1, 3, 7]);
  });
});

describe('ndcgAt', () => {
  it('is 1 for the ideal order', () => {
    expect(ndcgAt(['a', 'b', 'c'], { a: 3, b: 2, c: 1 })).toBe(1);
  });

  it('scores a reversed order by hand', () => {
    // DCG = 1/1 + 3/log2(3) + 7/log2(4) = 6.3927893; IDCG = 7 + 3/log2(3) + 1/2 = 9.3927893.
    expect(ndcgAt(['c', 'b', 'a'], { a: 3, b: 2, c: 1 })).toBeCloseTo(0.6806061, 6);
  });

  it('discounts a single relevant result at rank 2', () => {
    // 1/log2(3) over an ideal of 1.
    expect(ndcgAt(['x', 'a'], { a: 1 })).toBeCloseTo(0.6309298, 6);
  });

  it('counts missing relevant keys in the ideal', () => {
    // Found a (3) at rank 2 and c (1) at rank 4; b (1) is missing.
    // DCG = 7/log2(3) + 1/log2(5) = 4.8471848; IDCG = 7 + 1/log2(3) + 1/log2(4) = 8.1309298.
    expect(ndcgAt(['x', 'a', 'y', 'c'], { a: 3, b: 1, c: 1 })).toBeCloseTo(0.5961415, 6);
    // Without b: IDCG = 7 + 1/log2(3) = 7.6309298.
    expect(ndcgAt(['x', 'a', 'y', 'c'], { a: 3, c: 1 })).toBeCloseTo(0.6352024, 6);
  });

  it('ignores results past k', () => {
    const ranked = ['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8', 'x9', 'x10', 'a'];
    expect(ndcgAt(ranked, { a: 3 })).toBe(0);
    // At k = 11: 7/log2(12) over an ideal of 7.
    expect(ndcgAt(ranked, { a: 3 }, 11)).toBeCloseTo(0.2789429, 6);
  });

  it('uses only the best k grades for the ideal', () => {
    const relevant = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}`, 1]));
    expect(ndcgAt(Object.keys(relevant), relevant)).toBe(1);
  });

  it('counts a repeated key once, where it first appears', () => {
    // Distinct top: a, b → DCG = 1 + 1/log2(3) = IDCG.
    expect(ndcgAt(['a', 'a', 'b'], { a: 1, b: 1 })).toBe(1);
  });

  it('treats grade 0 as not relevant', () => {
    expect(ndcgAt(['z', 'a'], { a: 1, z: 0 })).toBeCloseTo(0.6309298, 6);
  });

  it('scores a no-results query on returning nothing', () => {
    expect(ndcgAt([], {})).toBe(1);
    expect(ndcgAt(['a'], {})).toBe(0);
    expect(ndcgAt([], { z: 0 })).toBe(1);
    expect(ndcgAt(['z'], { z: 0 })).toBe(0);
  });

  it('is 0 when a relevant query gets no results', () => {
    expect(ndcgAt([], { a: 2 })).toBe(0);
  });
});

describe('recallAt', () => {
  it('is the share of relevant keys in the top k', () => {
    expect(recallAt(['a', 'x', 'c'], { a: 3, b: 1, c: 2 })).toBeCloseTo(2 / 3, 9);
    expect(recallAt(['a', 'x', 'c'], { a: 3, b: 1, c: 2 }, 1)).toBeCloseTo(1 / 3, 9);
    expect(recallAt(['x', 'y'], { a: 1 })).toBe(0);
  });

  it('cannot reach 1 with more relevant keys than k', () => {
    const relevant = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}`, 2]));
    expect(recallAt(Object.keys(relevant), relevant)).toBeCloseTo(10 / 12, 9);
  });

  it('ignores grade 0 and repeated keys', () => {
    expect(recallAt(['a', 'a', 'z'], { a: 1, z: 0, b: 1 })).toBe(0.5);
  });

  it('scores a no-results query on returning nothing', () => {
    expect(recallAt([], {})).toBe(1);
    expect(recallAt(['a'], {})).toBe(0);
  });
});

describe('mean', () => {
  it('averages, and is NaN for nothing', () => {
    expect(mean([1, 0, 0.5])).toBe(0.5);
    expect(mean([])).toBeNaN();
  });
});
