import { describe, expect, it } from 'vitest';
import { LruCache, perIndex } from './result-cache.js';

describe('LruCache', () => {
  it('evicts the least recently used entry beyond its capacity', () => {
    const c = new LruCache<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1); // a is now the most recent
    c.set('c', 3);
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe(1);
    expect(c.get('c')).toBe(3);
    expect(c.size).toBe(2);
  });

  it('keeps nothing with a capacity of 0', () => {
    const c = new LruCache<string, number>(0);
    c.set('a', 1);
    expect(c.get('a')).toBeUndefined();
  });
});

describe('perIndex', () => {
  it('gives each index its own cache, so a rebuilt index starts empty', () => {
    const cacheOf = perIndex<object, LruCache<string, number>>(() => new LruCache(10));
    const first = {};
    cacheOf(first).set('q', 1);
    expect(cacheOf(first).get('q')).toBe(1);
    expect(cacheOf({}).get('q')).toBeUndefined();
  });
});
