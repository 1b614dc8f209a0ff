import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hsdsDir, readJson, type HsdsVersion } from './paths.js';
import { createValidator, type HsdsValidator, type SchemaProblem } from './validator.js';

// Every official HSDS example must validate against its own version, and
// against the Ruta profile except where the profile deliberately differs.

type Json = Record<string, unknown>;

const example = (version: HsdsVersion, file: string): Json =>
  readJson(join(hsdsDir(version), 'examples', `${file}.json`)) as Json;

// Which schema each official example goes with (vendor/hsds/README.md).
const SINGLE_EXAMPLES = [
  ['service_full', 'service'],
  ['organization_full', 'organization'],
  ['service_at_location_full', 'service_at_location'],
  ['location', 'location'],
  ['taxonomy', 'taxonomy'],
  ['taxonomy_term', 'taxonomy_term'],
] as const;

const LIST_EXAMPLES = [
  ['service_list', 'compiled', 'service_list'],
  ['organization_list', 'compiled', 'organization_list'],
  ['service_at_location_list', 'compiled', 'service_at_location_list'],
  ['taxonomy_list', 'schema', 'taxonomy'],
  ['taxonomy_term_list', 'schema', 'taxonomy_term'],
] as const;

/** Problems of a list example: the Page envelope, then each item against its schema. */
function listProblems(v: HsdsValidator, page: Json, kind: 'compiled' | 'schema', schema: string): SchemaProblem[] {
  const items = page.contents as unknown[];
  return [
    ...v.validatePageEnvelope(page),
    ...items.flatMap((item) => (kind === 'compiled' ? v.validateCompiled(schema, item) : v.validate(schema, item))),
  ];
}

/** Counts cost options carrying a currency anywhere in a nested example. */
function countCurrencies(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((n: number, child) => n + countCurrencies(child), 0);
  if (typeof node !== 'object' || node === null) return 0;
  return Object.entries(node).reduce(
    (n, [key, value]) =>
      n + (key === 'cost_options' && Array.isArray(value) ? value.filter((c) => c?.currency !== undefined).length : countCurrencies(value)),
    0,
  );
}

describe.each([['3.0'], ['3.1']] as const)('official HSDS %s examples', (version) => {
  const v = createValidator(version);

  it.each(SINGLE_EXAMPLES)('%s validates against %s.json', (file, schema) => {
    expect(v.validate(schema, example(version, file))).toEqual([]);
  });

  it('service_full validates against compiled/service_with_definitions.json', () => {
    expect(v.validateCompiled('service_with_definitions', example(version, 'service_full'))).toEqual([]);
  });

  it.each(LIST_EXAMPLES)('%s validates as a Page of %s %s items', (file, kind, schema) => {
    const page = example(version, file);
    expect((page.contents as unknown[]).length).toBeGreaterThan(0);
    expect(listProblems(v, page, kind, schema)).toEqual([]);
  });

  it('base.json validates as the API root', () => {
    expect(v.validateApiRoot(example(version, 'base'))).toEqual([]);
  });
});

describe("official 3.1 examples under the 'ruta' profile", () => {
  const ruta = createValidator('ruta');

  // The examples price services in "gbp" (Open Referral UK). The Ruta profile
  // deliberately allows only upper-case codes of the region it serves, so the
  // currency is the one expected difference; everything else must still pass.
  const currencyOnly = (problems: SchemaProblem[]) =>
    problems.every((p) => /(^|\.)cost_options\[\d+\]\.currency$/.test(p.field) && p.keyword === 'enum');

  // organization.json does not declare `services` and service_at_location.json
  // does not declare `service`, so the services nested in those examples (and
  // their gbp prices) are not checked by the object schema itself.
  const nestedServices = (file: string, data: Json): unknown[] =>
    file === 'organization_full' ? (data.services as unknown[]) : file === 'service_at_location_full' ? [data.service] : [];

  it.each(SINGLE_EXAMPLES)('%s fails only on its gbp currencies', (file, schema) => {
    const data = example('3.1', file);
    const nested = nestedServices(file, data);
    const problems = ruta.validate(schema, data);
    expect(currencyOnly(problems)).toBe(true);
    expect(problems).toHaveLength(countCurrencies(data) - countCurrencies(nested));
    const nestedProblems = nested.flatMap((service) => ruta.validate('service', service));
    expect(currencyOnly(nestedProblems)).toBe(true);
    expect(nestedProblems).toHaveLength(countCurrencies(nested));
  });

  it('organization_full and service_at_location_full do nest priced services', () => {
    for (const file of ['organization_full', 'service_at_location_full']) {
      expect(countCurrencies(nestedServices(file, example('3.1', file)))).toBeGreaterThan(0);
    }
  });

  it('the examples do contain gbp cost options, so the check above is not vacuous', () => {
    expect(countCurrencies(example('3.1', 'service_full'))).toBeGreaterThan(0);
    const problem = ruta.validate('service', example('3.1', 'service_full'))[0];
    expect(problem).toEqual({
      field: 'cost_options[0].currency',
      message: 'must be one of: MXN, GTQ, HNL, NIO, CRC, PAB, BZD, DOP, HTG, USD',
      keyword: 'enum',
    });
  });

  it('service_full against the patched service_with_definitions fails only on currency', () => {
    const data = example('3.1', 'service_full');
    const problems = ruta.validateCompiled('service_with_definitions', data);
    expect(currencyOnly(problems)).toBe(true);
    expect(problems).toHaveLength(countCurrencies(data));
  });

  it.each(LIST_EXAMPLES)('%s validates unchanged', (file, kind, schema) => {
    expect(listProblems(ruta, example('3.1', file), kind, schema)).toEqual([]);
  });
});
