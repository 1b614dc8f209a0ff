import { describe, expect, it } from 'vitest';
import { COMPILED_NAMES, loadCompiled, loadOfficialOpenApi, loadSchemas } from './schemas.js';
import { loadProfilePatches } from './profile.js';

type Props = Record<string, Record<string, unknown>>;
/** Compiled definitions use `#/definitions/x` where modular schemas use `x.json`. */
const modularRefs = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value).replace(/"#\/definitions\/([a-z_]+)"/g, '"$1.json"'));
const props = (schema: Record<string, unknown> | undefined): Props => (schema?.properties ?? {}) as Props;

describe('loadSchemas', () => {
  it('loads the official object schemas by name, without openapi', () => {
    const v30 = loadSchemas('3.0');
    const v31 = loadSchemas('3.1');
    expect(Object.keys(v30)).toHaveLength(21);
    expect(Object.keys(v31)).toHaveLength(24);
    expect(Object.keys(v31)).toEqual(expect.arrayContaining(['service', 'organization', 'phone', 'url', 'unit', 'service_capacity']));
    expect(v30).not.toHaveProperty('url');
    expect(v31).not.toHaveProperty('openapi');
    expect(v31.service?.name).toBe('service');
  });

  it('caches and freezes results', () => {
    expect(loadSchemas('ruta')).toBe(loadSchemas('ruta'));
    expect(Object.isFrozen(loadSchemas('3.1').address)).toBe(true);
  });

  it("'ruta' is 3.1 with the profile applied and the rest unchanged", () => {
    const official = loadSchemas('3.1');
    const ruta = loadSchemas('ruta');
    expect(Object.keys(ruta)).toEqual(Object.keys(official));
    expect(official.address?.required).toContain('postal_code');
    expect(ruta.address?.required).not.toContain('postal_code');
    expect(props(ruta.cost_option).currency?.enum).toEqual(['MXN', 'GTQ', 'HNL', 'NIO', 'CRC', 'PAB', 'BZD', 'DOP', 'HTG', 'USD']);
    expect(props(ruta.language).code?.format).toBe('iso639');
    expect(props(ruta.taxonomy_term).language?.format).toBe('iso639');
    expect(props(ruta.schedule).timezone).toMatchObject({ type: 'number', minimum: -12, maximum: 14 });
    expect(ruta.service).toEqual(official.service);
    expect(ruta.phone).toEqual(official.phone);
  });
});

describe('loadCompiled', () => {
  it('loads each compiled schema for each set', () => {
    for (const set of ['3.0', '3.1', 'ruta'] as const) {
      for (const name of COMPILED_NAMES) expect(loadCompiled(set, name).type).toBe('object');
    }
    expect(() => loadCompiled('3.1', 'service')).toThrow(/Unknown compiled/);
  });

  it("patches every definition of 'ruta' service_with_definitions", () => {
    const defs = loadCompiled('ruta', 'service_with_definitions').definitions as Record<string, Record<string, unknown>>;
    const ruta = loadSchemas('ruta');
    for (const name of ['address', 'cost_option', 'language', 'schedule', 'taxonomy_term']) {
      expect(modularRefs(defs[name])).toEqual(ruta[name]);
    }
    const official = loadCompiled('3.1', 'service_with_definitions').definitions as Record<string, Record<string, unknown>>;
    expect(official.address?.required).toContain('postal_code');
  });

  it("'ruta' list schemas are the 3.1 files, which holds while no patch touches a listed object", () => {
    // The flat list items carry fields of these objects only; patching one of
    // them would need loadCompiled to patch the list schemas too.
    const listed = ['service', 'organization', 'program', 'location', 'service_at_location'];
    expect(Object.keys(loadProfilePatches()).filter((name) => listed.includes(name))).toEqual([]);
    for (const name of ['service_list', 'organization_list', 'service_at_location_list']) {
      expect(loadCompiled('ruta', name)).toEqual(loadCompiled('3.1', name));
    }
  });
});

describe('loadOfficialOpenApi', () => {
  it('returns the official API definitions with their Page schema', () => {
    for (const version of ['3.0', '3.1'] as const) {
      const doc = loadOfficialOpenApi(version);
      expect(doc.openapi).toBe('3.1.0');
      expect(doc).toHaveProperty(['components', 'schemas', 'Page', 'type'], 'object');
    }
    expect(Object.keys(loadOfficialOpenApi('3.1').paths as object)).toContain('/taxonomy_terms/{id}');
  });
});
