// Checks Ruta's two taxonomy data files: src/taxonomy/data/needs.json (needs of people on the move)
// and src/taxonomy/data/ruta-profile-taxonomy.json (terms for Ruta's extra attributes).
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { uuidv5 as uuidv5In } from '../lib/uuid-v5.js';

const NAMESPACE = '6f1c2a3e-9b7d-4e21-8a55-0c4d2e7b9f10';

// Independent UUIDv5 (RFC 4122 §4.3, SHA-1) so the test does not trust the script that wrote the ids.
const uuidv5 = (name: string) => uuidv5In(name, NAMESPACE);

interface OeMapping {
  code: string;
  name: string;
  facet?: string;
}
interface Term {
  id: string;
  code: string;
  parent_code: string | null;
  names: Record<string, string>;
  descriptions: Record<string, string>;
  translations_reviewed: Record<string, boolean>;
  open_eligibility: OeMapping[];
  note?: string;
  value_format?: string;
}
interface TaxonomyFile {
  taxonomy: {
    id: string;
    name: string;
    description: string;
    uri: string;
    version: string;
    note?: string;
    value_formats?: Record<string, string>;
  };
  terms: Term[];
}

const readJson = <T>(rel: string): T => JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as T;
const needs = readJson<TaxonomyFile>('./data/needs.json');
const profile = readJson<TaxonomyFile>('./data/ruta-profile-taxonomy.json');

// Open Eligibility as vendored: the Human Services facet (taxonomy.csv) and the Human Situations facet
// (only in taxonomy.xml).
const oeDir = new URL('../../vendor/hsds/third-party/openeligibility/', import.meta.url);
const humanServices = new Map<string, string>();
for (const row of parse(readFileSync(new URL('taxonomy.csv', oeDir)), { columns: true }) as { id: string; name: string }[]) {
  humanServices.set(row.id, row.name);
}
const xml = readFileSync(new URL('taxonomy.xml', oeDir), 'utf8');
const situationsXml = xml.slice(xml.indexOf('<situations>'), xml.indexOf('</situations>'));
const humanSituations = new Map<string, string>();
for (const m of situationsXml.matchAll(/id=['"](\d+)['"]\s+title="([^"]*)"/g)) {
  humanSituations.set(m[1]!, m[2]!.replace(/&amp;/g, '&'));
}

const REQUIRED_NEEDS = [
  'shelter', 'food', 'health', 'sexual-reproductive-health', 'mental-health', 'legal-status', 'asylum',
  'documents-identity', 'work', 'child-protection', 'gender-based-violence', 'trafficking-exploitation',
  'family-contact', 'voluntary-return', 'education', 'money-remittances', 'interpretation', 'transport',
  'hygiene-clothing', 'communication', 'disability-support',
];
const REQUIRED_PROFILE: [string, string | null][] = [
  ['population-served', null], ['women', 'population-served'], ['unaccompanied-children', 'population-served'],
  ['families', 'population-served'], ['lgbtiq', 'population-served'], ['indigenous-language-speakers', 'population-served'],
  ['people-with-disabilities', 'population-served'], ['older-adults', 'population-served'], ['men', 'population-served'],
  ['nationality-served', null], ['intake-criteria', null], ['referral-method', null], ['walk-in', 'referral-method'],
  ['phone', 'referral-method'], ['inter-agency-form', 'referral-method'], ['online', 'referral-method'],
  ['response-time', null], ['complaint-mechanism', null], ['confidential-location', null], ['source', null],
  ['reviewed-date', null], ['data-quality', null], ['unverified', 'data-quality'], ['example', 'data-quality'],
];
const VALUE_FORMATS = ['none', 'text', 'url', 'date', 'iso3166-alpha2', 'duration'];

it('reads the vendored Open Eligibility facets', () => {
  expect(humanServices.size).toBe(289);
  expect(humanServices.get('1381')).toBe('Citizenship & Immigration');
  expect(humanSituations.get('20013')).toBe('Refugees');
});

describe.each([
  ['needs', needs, 'taxonomy:ruta-needs', 'term:needs/', 'Ruta needs', 'https://ruta.example/taxonomies/needs'],
  ['profile', profile, 'taxonomy:ruta-profile', 'term:profile/', 'Ruta profile', 'https://ruta.example/taxonomies/profile'],
] as const)('%s taxonomy', (_label, file, taxonomyKey, termPrefix, name, uri) => {
  const byCode = new Map(file.terms.map((t) => [t.code, t]));

  it('has an HSDS taxonomy header with a stable id', () => {
    const t = file.taxonomy;
    expect(t.id).toBe(uuidv5(taxonomyKey));
    expect(t.name).toBe(name);
    expect(t.description.trim()).not.toBe('');
    expect(t.uri).toBe(uri);
    expect(t.version).toBe('1');
    expect(t.note ?? '').toMatch(/placeholder/i);
  });

  it('has unique kebab-case codes', () => {
    for (const t of file.terms) expect(t.code, t.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(byCode.size).toBe(file.terms.length);
  });

  it('derives every term id from its code', () => {
    for (const t of file.terms) expect(t.id, t.code).toBe(uuidv5(termPrefix + t.code));
  });

  it('has parents that exist and form a shallow tree', () => {
    for (const t of file.terms) {
      let depth = 0;
      for (let p = t.parent_code; p !== null; p = byCode.get(p)!.parent_code) {
        expect(byCode.has(p), `${t.code} -> missing parent ${p}`).toBe(true);
        expect(++depth, `${t.code} nests too deep or loops`).toBeLessThan(3);
      }
    }
  });

  it('names and describes every term in Spanish and English (Spanish in one or two sentences)', () => {
    for (const t of file.terms) {
      for (const lang of ['es', 'en']) {
        expect(t.names[lang]?.trim(), `${t.code} name ${lang}`).toBeTruthy();
        expect(t.descriptions[lang]?.trim(), `${t.code} description ${lang}`).toBeTruthy();
        expect(t.translations_reviewed[lang], `${t.code} reviewed ${lang}`).toBe(true);
      }
      const sentences = t.descriptions.es!.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '');
      expect(sentences.length, `${t.code}: ${t.descriptions.es}`).toBeLessThanOrEqual(2);
    }
  });

  it('maps to Open Eligibility terms that exist with that exact code and name, or explains why not', () => {
    for (const t of file.terms) {
      expect(Array.isArray(t.open_eligibility), t.code).toBe(true);
      if (t.open_eligibility.length === 0) expect(t.note?.trim(), `${t.code} needs a note`).toBeTruthy();
      const seen = new Set<string>();
      for (const m of t.open_eligibility) {
        expect(seen.has(m.code), `${t.code}: duplicate ${m.code}`).toBe(false);
        seen.add(m.code);
        const facet = m.facet ?? 'Human Services';
        expect(['Human Services', 'Human Situations']).toContain(facet);
        const names = facet === 'Human Services' ? humanServices : humanSituations;
        expect(names.get(m.code), `${t.code} -> ${facet} ${m.code}`).toBe(m.name);
      }
    }
  });
});

it('keeps ids unique across both taxonomies', () => {
  const ids = [needs.taxonomy.id, profile.taxonomy.id, ...needs.terms.map((t) => t.id), ...profile.terms.map((t) => t.id)];
  expect(new Set(ids).size).toBe(ids.length);
});

describe('needs taxonomy content', () => {
  const byCode = new Map(needs.terms.map((t) => [t.code, t]));

  it('has every required top-level need', () => {
    for (const code of REQUIRED_NEEDS) {
      expect(byCode.get(code), code).toBeDefined();
      expect(byCode.get(code)!.parent_code, code).toBeNull();
    }
  });

  it('has draft French, Haitian Creole and Portuguese names marked as not reviewed', () => {
    for (const t of needs.terms) {
      for (const lang of ['fr', 'ht', 'pt']) {
        expect(t.names[lang]?.trim(), `${t.code} name ${lang}`).toBeTruthy();
        expect(t.translations_reviewed[lang], `${t.code} reviewed ${lang}`).toBe(false);
      }
    }
  });

  it('splits broad needs into children where that helps', () => {
    const childrenOf = (code: string) => needs.terms.filter((t) => t.parent_code === code).map((t) => t.code);
    expect(childrenOf('shelter')).toEqual(expect.arrayContaining(['emergency-shelter', 'shelter-women-children']));
    expect(childrenOf('health')).toEqual(expect.arrayContaining(['first-aid', 'medicines']));
    expect(childrenOf('legal-status')).toContain('regularization');
    expect(childrenOf('asylum')).toContain('asylum-application');
  });
});

describe('profile taxonomy content', () => {
  const byCode = new Map(profile.terms.map((t) => [t.code, t]));

  it('has every required term under the right parent', () => {
    for (const [code, parent] of REQUIRED_PROFILE) {
      expect(byCode.get(code), code).toBeDefined();
      expect(byCode.get(code)!.parent_code, code).toBe(parent);
    }
  });

  it('says what value each attribute carries', () => {
    const expected: Record<string, string> = {
      'nationality-served': 'iso3166-alpha2', 'intake-criteria': 'text', 'response-time': 'duration',
      'complaint-mechanism': 'text', source: 'url', 'reviewed-date': 'date', 'confidential-location': 'none',
      unverified: 'none', example: 'none', women: 'none', 'walk-in': 'none',
    };
    for (const t of profile.terms) expect(VALUE_FORMATS, t.code).toContain(t.value_format);
    for (const [code, format] of Object.entries(expected)) expect(byCode.get(code)!.value_format, code).toBe(format);
    for (const format of VALUE_FORMATS) expect(profile.taxonomy.value_formats?.[format], format).toBeTruthy();
  });
});
