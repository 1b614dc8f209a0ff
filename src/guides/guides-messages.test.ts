import { describe, expect, it } from 'vitest';
import { missingKeys, t } from '../lib/i18n.js';
import { GUIDES_CATALOGUE, THIRD_LANGUAGE_PREFIXES } from './guides-messages.js';
import { GOALS, NATIONALITIES, PLACES } from './route-rules.js';

describe('guides messages', () => {
  const missing = missingKeys(GUIDES_CATALOGUE, 'guides');

  it('Spanish and English hold every key', () => {
    expect(missing.filter((k) => k.startsWith('es:') || k.startsWith('en:'))).toEqual([]);
  });

  it('French, Haitian Creole and Portuguese cover the route finder, the self-check and the hotlines', () => {
    const needed = missing.filter((k) => THIRD_LANGUAGE_PREFIXES.some((p) => k.includes(`: guides.${p}`)));
    expect(needed).toEqual([]);
  });

  it('every answer the form offers has a label', () => {
    for (const n of NATIONALITIES) expect(GUIDES_CATALOGUE.es).toHaveProperty([`nat.${n}`]);
    for (const p of PLACES) expect(GUIDES_CATALOGUE.es).toHaveProperty([`place.${p}`]);
    for (const g of GOALS) expect(GUIDES_CATALOGUE.es).toHaveProperty([`goal.${g}`]);
  });

  it('every message compiles in every language', () => {
    for (const [locale, messages] of Object.entries(GUIDES_CATALOGUE))
      for (const key of Object.keys(messages)) expect(() => t(locale as 'es', `guides.${key}`, { count: 2, date: 'x', days: 3, field: 'f', basis: 'b', version: 'v', number: 'n', operator: 'o', hours: 'h', items: 'i', language: 'l', code: 'c' })).not.toThrow();
  });
});
