import { describe, expect, it } from 'vitest';
import { buildRelevanceDirectory, isUntagged, listingFacts, serviceIdOf, uuidv5, validateDirectory } from './directory.js';
import { drawHoldout } from './holdout.js';
import { LISTINGS } from './listings.js';
import { PLACES } from './places.js';
import { checkQueryFile, facetsOf, FACETS, loadQueryFile } from './queries.js';

describe('relevance directory', () => {
  const dir = buildRelevanceDirectory();

  it('has 250–400 services, each valid under the Ruta profile', () => {
    expect(dir.services.length).toBeGreaterThanOrEqual(250);
    expect(dir.services.length).toBeLessThanOrEqual(400);
    expect(validateDirectory(dir)).toEqual([]);
  });

  it('is deterministic, with UUIDv5 ids of readable keys', () => {
    // RFC 4122's own example: "www.example.com" in the DNS namespace.
    expect(uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(serviceIdOf('tap-albergue-buen-pastor')).toBe('1adb3666-7211-52d3-ad34-a23e04a659ec');
    expect(dir.keys.get('tap-albergue-buen-pastor')).toBe('1adb3666-7211-52d3-ad34-a23e04a659ec');
    expect(JSON.stringify(buildRelevanceDirectory().services)).toBe(JSON.stringify(dir.services));
  });

  it('marks every listing as test data and uses no real phone number', () => {
    for (const s of dir.services) expect(String(s.name)).toMatch(/ \[prueba\]$/);
    const phones = dir.services.flatMap((s) => (s.phones as { number: string }[] | undefined) ?? []);
    for (const p of phones) expect(p.number).toMatch(/^[0 ]+$/);
  });

  it('spreads over about twenty places and leaves about 15% of listings untagged', () => {
    const used = new Set(LISTINGS.map((l) => l.key.split('-')[0]));
    expect(PLACES.filter((p) => used.has(p.code)).length).toBeGreaterThanOrEqual(20);
    const share = LISTINGS.filter(isUntagged).length / LISTINGS.length;
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.2);
  });

  it('has a few listings that are not active', () => {
    const notActive = [...listingFacts().values()].filter((f) => f.status !== 'active');
    expect(notActive.length).toBeGreaterThanOrEqual(5);
  });
});

describe('judged queries', () => {
  const file = loadQueryFile();

  it('are sound: known, active keys; grades 1–3; at most 3 without relevant listings', () => {
    expect(checkQueryFile(file)).toEqual([]);
  });

  it('cover every category with several queries', () => {
    for (const facet of FACETS) {
      const n = file.queries.filter((q) => facetsOf(q).includes(facet)).length;
      expect(n, facet).toBeGreaterThanOrEqual(facet === 'no-results' ? 1 : 3);
    }
  });

  it('carry the seeded holdout draw: a tenth, no spec examples', () => {
    const picked = drawHoldout(file.queries, file.holdout.seed);
    expect(picked.size).toBe(Math.round(file.queries.length / 10));
    for (const q of file.queries) expect(q.holdout, q.id).toBe(picked.has(q.id));
  });
});
