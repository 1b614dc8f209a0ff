import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hsdsDir, readJson } from './paths.js';
import { loadSchemas, type SchemaSet } from './schemas.js';
import { MAX_PROBLEMS, createValidator, isIso639Code, pathOf, type SchemaProblem } from './validator.js';

/** Ajv reports in schema order; the tests care about the set of problems. */
const sorted = (problems: SchemaProblem[]) =>
  [...problems].sort((a, b) => a.field.localeCompare(b.field) || a.message.localeCompare(b.message));

describe('problem reporting', () => {
  const broken = {
    id: 'not-a-uuid',
    status: 'open',
    phones: [{ id: '1554f2e2-a373-45db-a3fa-9fc48a61c15e', number: 5551234 }],
    service_at_locations: [
      { id: '65a1b1d6-0b1d-4a2a-9a0e-2b3c4d5e6f70' },
      { id: '75a1b1d6-0b1d-4a2a-9a0e-2b3c4d5e6f71', location: { id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5', location_type: 'physical', latitude: '19.43' } },
    ],
  };

  it.each(['3.0', '3.1', 'ruta'] as SchemaSet[])('a broken service gives readable problems (%s)', (set) => {
    expect(sorted(createValidator(set).validate('service', broken))).toEqual([
      { field: 'id', message: 'must be a valid uuid', keyword: 'format' },
      { field: 'name', message: 'is required', keyword: 'required' },
      { field: 'phones[0].number', message: 'must be a string', keyword: 'type' },
      { field: 'service_at_locations[1].location.latitude', message: 'must be a number', keyword: 'type' },
      { field: 'status', message: 'must be one of: active, inactive, defunct, temporarily closed', keyword: 'enum' },
    ]);
  });

  it('reports the root itself when the value is not an object', () => {
    expect(createValidator('3.1').validate('phone', 'x')).toEqual([
      { field: '(root)', message: 'must be an object', keyword: 'type' },
    ]);
  });

  it('caps problems at MAX_PROBLEMS and never repeats one', () => {
    const phones = Array.from({ length: 80 }, () => ({ id: 'bad', number: 1 }));
    const problems = createValidator('3.1').validate('service', { id: 'bad', name: 'x', status: 'active', phones });
    expect(problems).toHaveLength(MAX_PROBLEMS);
    expect(new Set(problems.map((p) => `${p.field}|${p.message}`)).size).toBe(MAX_PROBLEMS);
  });

  it('rejects unknown schema names instead of passing everything', () => {
    expect(() => createValidator('3.1').validate('servicio', {})).toThrow(/Unknown HSDS schema/);
    expect(() => createValidator('3.1').validateCompiled('service', {})).toThrow(/Unknown compiled/);
    expect(() => createValidator('3.0').validate('url', {})).toThrow(/Unknown HSDS schema/);
  });

  it('checks the Page envelope and the API root', () => {
    const v = createValidator('3.1');
    expect(v.validatePageEnvelope({ total_items: '3', first_page: 1, contents: {} })).toEqual([
      { field: 'total_items', message: 'must be an integer', keyword: 'type' },
      { field: 'first_page', message: 'must be a boolean', keyword: 'type' },
      { field: 'contents', message: 'must be an array', keyword: 'type' },
    ]);
    expect(sorted(v.validateApiRoot({ version: '3.1', profile: 'not a uri' }))).toEqual([
      { field: 'openapi_url', message: 'is required', keyword: 'required' },
      { field: 'profile', message: 'must be a valid URI', keyword: 'format' },
    ]);
  });

  it('accepts the Open Referral UK pagination fixtures as Page envelopes', () => {
    const dir = join(hsdsDir('3.0'), '..', 'third-party', 'oruk-validator', 'TestData');
    for (const file of ['pagination', 'paginationFirstPage', 'paginationLastPage']) {
      expect(createValidator('3.0').validatePageEnvelope(readJson(join(dir, `${file}.json`)))).toEqual([]);
    }
  });

  it('pathOf turns JSON pointers into readable paths', () => {
    expect(pathOf('')).toBe('');
    expect(pathOf('/phones/0/number')).toBe('phones[0].number');
    expect(pathOf('/service_at_locations/1/location/latitude')).toBe('service_at_locations[1].location.latitude');
    expect(pathOf('/a~1b/x y/~0z')).toBe('["a/b"]["x y"]["~z"]');
  });
});

describe("'ruta' profile rules", () => {
  const ruta = createValidator('ruta');
  const official = createValidator('3.1');
  const address = {
    id: '74706e55-df26-4b84-80fe-ecc30b5befb4',
    address_1: 'Calle Central s/n',
    city: 'Tecún Umán',
    state_province: 'San Marcos',
    country: 'GT',
    address_type: 'physical',
  };
  const language = (code: string) => ({ id: '2989d3ed-c547-48f8-8f9d-432d81c7892e', name: 'x', code });
  const cost = (currency: string) => ({ id: '1fdf4d39-3d80-484d-9f92-a8ffa08621e7', currency, amount: 50 });

  it('an address without postal_code fails 3.1 and passes ruta', () => {
    expect(official.validate('address', address)).toEqual([
      { field: 'postal_code', message: 'is required', keyword: 'required' },
    ]);
    expect(ruta.validate('address', address)).toEqual([]);
  });

  it('other address fields stay required', () => {
    const { city: _city, ...noCity } = address;
    expect(ruta.validate('address', noCity)).toEqual([{ field: 'city', message: 'is required', keyword: 'required' }]);
  });

  it.each(['mam', 'quc', 'hat', 'es', 'spa'])('language code %s passes', (code) => {
    expect(ruta.validate('language', language(code))).toEqual([]);
  });

  it.each(['xx1', 'zzzz', 'ES', 'es-MX', ''])('language code "%s" fails', (code) => {
    expect(ruta.validate('language', language(code))).toEqual([
      { field: 'code', message: 'must be a valid ISO 639-1 or ISO 639-3 language code', keyword: 'format' },
    ]);
    expect(official.validate('language', language(code))).toEqual([]);
  });

  it('taxonomy_term.language uses the same check', () => {
    const term = { id: '0f2a1d3c-1d1e-4f6a-9a8b-7c6d5e4f3a2b', name: 'Albergue', description: 'Refugio', language: 'spa' };
    expect(ruta.validate('taxonomy_term', term)).toEqual([]);
    expect(ruta.validate('taxonomy_term', { ...term, language: 'zzzz' })[0]?.field).toBe('language');
  });

  it('the iso639 data comes from the ISO 639-3 tables', () => {
    expect(isIso639Code('nhe')).toBe(true); // Eastern Huasteca Nahuatl
    expect(isIso639Code('zap')).toBe(true); // Zapotec, an ISO 639-3 macrolanguage
    // Collective codes (ISO 639-2/639-5) are not ISO 639-3 languages.
    expect(isIso639Code('nah')).toBe(false);
    expect(isIso639Code('myn')).toBe(false);
  });

  it('currency MXN passes, XYZ and lower-case mxn fail', () => {
    expect(ruta.validate('cost_option', cost('MXN'))).toEqual([]);
    expect(ruta.validate('cost_option', cost('USD'))).toEqual([]);
    for (const code of ['XYZ', 'mxn', 'GBP']) {
      expect(ruta.validate('cost_option', cost(code))).toEqual([
        { field: 'currency', message: 'must be one of: MXN, GTQ, HNL, NIO, CRC, PAB, BZD, DOP, HTG, USD', keyword: 'enum' },
      ]);
    }
    expect(official.validate('cost_option', cost('XYZ'))).toEqual([]);
  });

  it('schedule timezone is bounded to -12..14', () => {
    const schedule = (timezone: number) => ({ id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', timezone });
    expect(ruta.validate('schedule', schedule(-6))).toEqual([]);
    expect(ruta.validate('schedule', schedule(-5))).toEqual([]);
    expect(ruta.validate('schedule', schedule(14))).toEqual([]);
    expect(ruta.validate('schedule', schedule(-13))).toEqual([
      { field: 'timezone', message: 'must be at least -12', keyword: 'minimum' },
    ]);
    expect(ruta.validate('schedule', schedule(15))).toEqual([
      { field: 'timezone', message: 'must be at most 14', keyword: 'maximum' },
    ]);
    expect(official.validate('schedule', schedule(15))).toEqual([]);
  });

  it('the profile reaches nested objects of a fully nested service', () => {
    const service = { id: 'ac148810-d857-441c-9679-408f346de14b', name: 'Albergue', status: 'active', languages: [language('zzzz')], cost_options: [cost('MXN')] };
    expect(ruta.validate('service', service)).toEqual([
      { field: 'languages[0].code', message: 'must be a valid ISO 639-1 or ISO 639-3 language code', keyword: 'format' },
    ]);
    expect(ruta.validateCompiled('service_with_definitions', service)).toEqual(ruta.validate('service', service));
  });
});

describe('performance', () => {
  it('reuses one validator per set and validates a nested service quickly', () => {
    expect(createValidator('ruta')).toBe(createValidator('ruta'));
    const service = readJson(join(hsdsDir('3.1'), 'examples', 'service_full.json'));
    const v = createValidator('3.1');
    v.validate('service', service);
    const start = performance.now();
    for (let i = 0; i < 2000; i++) v.validate('service', service);
    // Generous bound: compiling per call would take seconds per object.
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('validators do not change the cached schemas', () => {
    expect(Object.isFrozen(loadSchemas('ruta').service)).toBe(true);
    expect(loadSchemas('ruta').service).not.toHaveProperty('$id');
  });
});
