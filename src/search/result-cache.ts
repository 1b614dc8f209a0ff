/**
 * A small least-recently-used map. The search keeps one per built index, so nothing cached can
 * outlive the directory it was computed from: a write bumps the version, the index is rebuilt
 * and its caches start empty.
 */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(readonly capacity: number) {}

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      // Map keeps insertion order: re-inserting marks the entry as the most recent.
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: K, value: V): void {
    if (this.capacity <= 0) return;
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }

  get size(): number {
    return this.map.size;
  }
}

/** Caches that belong to one built index, created on first use and dropped with it. */
export function perIndex<I extends object, C>(create: () => C): (index: I) => C {
  const caches = new WeakMap<I, C>();
  return (index) => {
    let c = caches.get(index);
    if (!c) caches.set(index, (c = create()));
    return c;
  };
}
