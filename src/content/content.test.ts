import { describe, expect, it } from 'vitest';
import { ARTICLES } from './articles.js';
import { CAMPAIGNS } from './campaigns.js';
import { HOTLINES } from './hotlines.js';
import { INDICATORS } from './indicators.js';
import { dueForReview, isOutOfDate, provenanceProblems, reviewDue, type Provenance } from './provenance.js';
import { INITIATIVES, REGIONAL_STUDY } from './regularization-catalogue.js';
import { ROUTES } from './routes-content.js';
import { ROUTE_DETAIL_TRANSLATIONS } from './routes-translations-details.js';
import { RULES } from '../guides/route-rules.js';
import { SOURCES } from './sources.js';

/** Everything the guides can put on screen, with the provenance it is shown with. */
const SHOWN: [string, Provenance][] = [
  ...Object.values(ROUTES).map((r) => [`route ${r.id}`, r.provenance] as [string, Provenance]),
  ...HOTLINES.map((h) => [`hotline ${h.id}`, h.provenance] as [string, Provenance]),
  ...INDICATORS.map((i) => [`indicator ${i.id}`, i.provenance] as [string, Provenance]),
  ...CAMPAIGNS.map((c) => [`campaign ${c.slug}`, c.provenance] as [string, Provenance]),
  ...ARTICLES.map((a) => [`article ${a.slug}`, a.provenance] as [string, Provenance]),
  ...INITIATIVES.map((i) => [`initiative ${i.id}`, i.provenance] as [string, Provenance]),
  ['regional study', REGIONAL_STUDY.provenance],
];

describe('every fact shown has a source and a reviewed date', () => {
  it.each(SHOWN)('%s', (_name, p) => {
    expect(provenanceProblems(p)).toEqual([]);
  });

  it('every rule cites a legal basis and known sources', () => {
    for (const r of RULES) {
      expect(r.legalBasis.trim()).not.toBe('');
      expect(r.sources.length).toBeGreaterThan(0);
      for (const s of r.sources) expect(SOURCES[s]).toBeDefined();
    }
  });

  it('the check itself catches a missing source, title or date', () => {
    expect(provenanceProblems({ sources: [], reviewed: '2026-11-28', sensitivity: 'green' })).toContain('no source');
    expect(provenanceProblems({ sources: [{ url: 'https://a.example/x', title: ' ' }], reviewed: '2026-11-28', sensitivity: 'green' })).toHaveLength(1);
    expect(provenanceProblems({ sources: [{ url: 'https://a.example/x', title: 'A' }], reviewed: '28/11/2026', sensitivity: 'green' })).toHaveLength(1);
    expect(provenanceProblems(undefined)).toEqual(['no provenance']);
  });
});

describe('facts marked UNCERTAIN in the fact sheet stay out or are flagged', () => {
  const text = JSON.stringify({ ROUTES, HOTLINES, CAMPAIGNS, INITIATIVES, REGIONAL_STUDY });
  it.each([
    ['COMAR phone (2020)', '5209 8800'],
    ['CNDH toll-free, cut off', '800 715 2000'],
    ['UNHCR Mexico, third-party', '800 226 87 69'],
    ['El Salvador line, undated', '1800-747-6117'],
    ['TVTF via embassy for USD 40', 'USD 40'],
  ])('%s is not shown', (_what, needle) => {
    expect(text).not.toContain(needle);
  });

  it('the TVR is not said to last 1 year', () => {
    expect(JSON.stringify(ROUTES.tvr)).not.toMatch(/\b1 (año|year)/);
  });

  it('old hotline sources are shown as unverified', () => {
    expect(HOTLINES.find((h) => h.id === 'cndh-mx')?.provenance.unverified).toBe(true);
    expect(HOTLINES.find((h) => h.id === 'pdh-gt')?.provenance.unverified).toBe(true);
  });

  it('WhatsApp is only claimed where the fact sheet says so', () => {
    const wa = HOTLINES.flatMap((h) => h.numbers.filter((n) => n.whatsapp).map((n) => n.display)).sort();
    expect(wa).toEqual(['+502 2422-2525', '+504 3337-9047', '800 5533 000']);
  });
});

describe('review intervals', () => {
  const red: Provenance = { sources: [], reviewed: '2026-11-28', sensitivity: 'red' };
  const green: Provenance = { ...red, sensitivity: 'green' };
  it('red content falls due sooner than green', () => {
    expect(reviewDue(red)).toBe('2027-02-26');
    expect(reviewDue(green)).toBe('2027-11-28');
  });
  it('flags content past its interval as out of date', () => {
    expect(isOutOfDate(red, new Date('2027-02-26T00:00:00Z'))).toBe(false);
    expect(isOutOfDate(red, new Date('2027-02-28T00:00:00Z'))).toBe(true);
    expect(isOutOfDate(green, new Date('2027-02-28T00:00:00Z'))).toBe(false);
    expect(isOutOfDate({ ...red, reviewed: 'yesterday' })).toBe(true);
  });
  it('a custom interval can shorten but never lengthen the grade', () => {
    expect(reviewDue({ ...red, reviewIntervalDays: 30 })).toBe('2026-12-28');
    expect(reviewDue({ ...red, reviewIntervalDays: 999 })).toBe('2027-02-26');
  });
  it('lists overdue items for editors, most overdue first', () => {
    const items = [
      { id: 'a', provenance: green },
      { id: 'b', provenance: red },
      { id: 'c', provenance: { ...red, reviewed: '2026-01-01' } },
    ];
    expect(dueForReview(items, new Date('2027-03-01T00:00:00Z'))).toEqual([
      { id: 'c', due: '2026-04-01' },
      { id: 'b', due: '2027-02-26' },
    ]);
  });
});

describe('self-check texts in every interface language', () => {
  it.each(['fr', 'ht', 'pt'] as const)('%s has every question, sign and reason', (lang) => {
    for (const i of INDICATORS) for (const text of [i.question, i.sign, i.why]) expect(text[lang], i.id).toBeTruthy();
  });
});

describe('route finder texts in fr, ht and pt', () => {
  it.each(['fr', 'ht', 'pt'] as const)('%s has every route name and summary and every rule reason', (lang) => {
    for (const r of Object.values(ROUTES)) {
      expect(r.name[lang], r.id).toBeTruthy();
      expect(r.summary[lang], r.id).toBeTruthy();
    }
    for (const rule of RULES) expect(rule.because[lang], rule.id).toBeTruthy();
  });

  it.each(['fr', 'ht', 'pt'] as const)('%s has every requirement, cost, place and warning of every route', (lang) => {
    for (const r of Object.values(ROUTES)) for (const text of [...r.requirements, r.cost, r.whereToApply, ...r.warnings]) expect(text[lang], `${r.id}: ${text.es}`).toBeTruthy();
  });

  it('detail translations line up with the Spanish texts', () => {
    for (const r of Object.values(ROUTES)) {
      expect(ROUTE_DETAIL_TRANSLATIONS[r.id].requirements.length, r.id).toBe(r.requirements.length);
      expect(ROUTE_DETAIL_TRANSLATIONS[r.id].warnings.length, r.id).toBe(r.warnings.length);
    }
  });
});

describe('hotline texts in fr, ht and pt', () => {
  it.each(['fr', 'ht', 'pt'] as const)('%s has every line name and purpose', (lang) => {
    for (const h of HOTLINES) {
      expect(h.name[lang], h.id).toBeTruthy();
      expect(h.purpose[lang], h.id).toBeTruthy();
      if (h.hours) expect(h.hours[lang], h.id).toBeTruthy();
    }
  });
});
