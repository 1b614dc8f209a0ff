import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allSourced, editorialQueue } from './editorial.js';
import { HOTLINES } from './hotlines.js';

describe('editorial queue', () => {
  it('nothing is overdue on the review day, everything is overdue a year and a day later', () => {
    expect(editorialQueue(new Date('2026-11-28T00:00:00Z')).overdue).toEqual([]);
    const later = editorialQueue(new Date('2027-11-29T00:00:00Z')).overdue.map((o) => o.id);
    expect(later.sort()).toEqual(allSourced().map((s) => s.id).sort());
  });

  it('lists unverified content', () => {
    expect(editorialQueue().unverified).toEqual(expect.arrayContaining(['hotline:cndh-mx', 'hotline:pdh-gt']));
  });

  it('ids are unique', () => {
    const ids = allSourced().map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('hotlines agree with the starter directory', () => {
  const dir = join(import.meta.dirname, '../starter/data');
  const numbers = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'examples.json')
    .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/"number": "([^"]+)"/g)].map((m) => m[1]!.replace(/\D/g, '')));

  it.each(HOTLINES.flatMap((h) => h.numbers.map((n) => [h.id, n.display] as const)))('%s %s is a starter listing too', (_id, display) => {
    expect(numbers).toContain(display.replace(/\D/g, ''));
  });

  it('each dial string ends with the digits shown', () => {
    for (const h of HOTLINES) for (const n of h.numbers) expect(n.dial.replace(/\D/g, '').endsWith(n.display.replace(/\D/g, '').replace(/^(502|504)/, ''))).toBe(true);
  });
});
