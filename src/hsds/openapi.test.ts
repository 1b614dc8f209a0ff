import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { PROFILE_SCHEMA_PREFIX, buildOpenApi, profileSchemaAt, rewriteSchemaRef } from './openapi.js';
import { profileDocument } from './profile.js';
import { loadOfficialOpenApi, loadSchemas } from './schemas.js';

type Operation = { operationId?: string; parameters?: Array<Record<string, unknown>>; [k: string]: unknown };

/** A nested member of a JSON document; undefined when a step is missing. */
const at = (node: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((n, key) => (typeof n === 'object' && n !== null ? (n as Record<string, unknown>)[key] : undefined), node);
const doc = buildOpenApi();
const paths = doc.paths as Record<string, Record<string, Operation>>;
const op = (path: string, method = 'get'): Operation => {
  const found = paths[path]?.[method];
  if (!found) throw new Error(`missing ${method} ${path}`);
  return found;
};
const param = (o: Operation, name: string) => o.parameters?.find((p) => p.name === name);

function collectRefs(node: unknown, refs: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => collectRefs(n, refs));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') refs.push(value);
      else collectRefs(value, refs);
    }
  }
  return refs;
}

/**
 * An OpenAPI validator that knows the schemas the API serves. It resolves refs
 * only to documents it is given, and matches them literally (no base URI), so
 * the served schemas are registered under the document's refs and the modular
 * ones also under the relative names they use between themselves ("phone.json").
 */
async function openApiValidator(): Promise<Validator> {
  const validator = new Validator();
  for (const ref of new Set(collectRefs(doc).filter((r) => r.startsWith(PROFILE_SCHEMA_PREFIX)))) {
    const schema = profileSchemaAt(ref.slice(PROFILE_SCHEMA_PREFIX.length));
    if (schema) await validator.addSpecRef(structuredClone(schema), ref);
  }
  for (const [name, schema] of Object.entries(loadSchemas('ruta'))) {
    await validator.addSpecRef(structuredClone(schema), `${name}.json`);
  }
  return validator;
}

describe('buildOpenApi', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = await openApiValidator();
    // validate() changes the document it is given.
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('the OpenAPI validator does reject a broken document', async () => {
    const broken = structuredClone(doc);
    (at(broken, 'paths', '/profile', 'get', 'responses') as Record<string, unknown>)['200'] = { content: {} };
    const result = await (await openApiValidator()).validate(broken);
    expect(result.valid).toBe(false);
    expect(Array.isArray(result.errors)).toBe(true); // schema errors, not an unresolved ref
  });

  it('has no remote refs left, and every schema ref is one the API serves', () => {
    expect(JSON.stringify(doc)).not.toContain('raw.githubusercontent.com');
    const refs = collectRefs(doc);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) {
      if (ref.startsWith('#/')) continue;
      expect(ref.startsWith(PROFILE_SCHEMA_PREFIX), ref).toBe(true);
      expect(profileSchemaAt(ref.slice(PROFILE_SCHEMA_PREFIX.length)), ref).toBeDefined();
    }
    expect(refs).toContain('/api/profile/schemas/compiled/service_list.json');
    expect(refs).toContain('/api/profile/schemas/taxonomy_term.json');
  });

  it('maps upstream refs, including compiled files HSDS does not ship', () => {
    const up = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';
    expect(rewriteSchemaRef(`${up}phone.json`)).toBe('/api/profile/schemas/phone.json');
    expect(rewriteSchemaRef(`${up}compiled/organization_list.json`)).toBe('/api/profile/schemas/compiled/organization_list.json');
    expect(rewriteSchemaRef(`${up}compiled/service.json`)).toBe('/api/profile/schemas/compiled/service_with_definitions.json');
    expect(rewriteSchemaRef('#/components/schemas/Page')).toBe('#/components/schemas/Page');
    expect(at(op('/service_at_locations/{id}'), 'responses', '200', 'content', 'application/json', 'schema')).toEqual({
      $ref: '/api/profile/schemas/service_at_location.json',
    });
  });

  it('serves profile schemas by file name and nothing else', () => {
    expect(profileSchemaAt('address.json')?.required).not.toContain('postal_code');
    expect(profileSchemaAt('compiled/service_list.json')).toBeDefined();
    expect(profileSchemaAt('compiled/address.json')).toBeUndefined();
    expect(profileSchemaAt('openapi.json')).toBeUndefined();
    expect(profileSchemaAt('../package.json')).toBeUndefined();
    expect(profileSchemaAt('toString.json')).toBeUndefined();
  });

  it('carries the Ruta info block and the /api server', () => {
    const info = doc.info as Record<string, unknown>;
    expect(info.title).toBe('Ruta HSDS API');
    expect(info.version).toBe('3.1-ruta-1');
    expect(info.description).toMatch(/migrants/);
    expect(at(info, 'license', 'url')).toBe('https://creativecommons.org/licenses/by-sa/4.0/');
    expect(info).not.toHaveProperty('contact');
    expect(doc.servers).toEqual([{ url: '/api' }]);
    expect(buildOpenApi({ serverUrl: 'https://ruta.example.org/api' }).servers).toEqual([{ url: 'https://ruta.example.org/api' }]);
  });

  it('adds lat, lng and radius to GET /service_at_locations', () => {
    const o = op('/service_at_locations');
    expect(param(o, 'lat')).toMatchObject({ in: 'query', schema: { type: 'number', minimum: -90, maximum: 90 }, 'x-ruta-extension': true });
    expect(param(o, 'lng')).toMatchObject({ in: 'query', schema: { type: 'number', minimum: -180, maximum: 180 }, 'x-ruta-extension': true });
    expect(param(o, 'radius')).toMatchObject({
      in: 'query',
      schema: { type: 'number', exclusiveMinimum: 0, maximum: 2000, default: 10 },
      'x-ruta-extension': true,
    });
    expect(param(o, 'radius')?.description).toMatch(/kilometres/);
  });

  it('documents format=ndjson on GET /services', () => {
    const o = op('/services');
    const formats = o.parameters?.filter((p) => p.name === 'format' || p.$ref === '#/components/parameters/format');
    expect(formats).toHaveLength(1);
    expect(formats?.[0]).toMatchObject({ in: 'query', schema: { enum: ['json', 'ndjson'], default: 'json' }, 'x-ruta-extension': true });
    expect(at(o, 'responses', '200', 'content')).toHaveProperty('application/x-ndjson');
    expect(at(o, 'responses', '200', 'content')).toHaveProperty('application/json');
  });

  it('adds the profile endpoints', () => {
    for (const path of ['/profile', '/profile/schemas/{name}', '/profile/schemas/compiled/{name}']) {
      expect(op(path)['x-ruta-extension']).toBe(true);
    }
    const schema = at(op('/profile'), 'responses', '200', 'content', 'application/json', 'schema') as object;
    const check = new Ajv2020({ strict: false }).compile(schema);
    expect(check(profileDocument()), JSON.stringify(check.errors)).toBe(true);
  });

  it('fixes the swapped taxonomy term operationIds', () => {
    expect(op('/taxonomy_terms').operationId).toBe('getPaginatedListOfTaxonomyTerms');
    expect(op('/taxonomy_terms/{id}').operationId).toBe('getTaxonomyTermById');
    expect(op('/taxonomies').operationId).toBe('getPaginatedListOfTaxonomies');
  });

  it('keeps every official path and leaves the official document untouched', () => {
    const official = loadOfficialOpenApi('3.1');
    expect(Object.keys(paths)).toEqual(expect.arrayContaining(Object.keys(official.paths as object)));
    expect(JSON.stringify(official)).toContain('raw.githubusercontent.com');
    expect(at(official, 'paths', '/taxonomy_terms', 'get', 'operationId')).toBe('getTaxonomyTermById');
  });

  it('builds a fresh document each time', () => {
    const a = buildOpenApi();
    (a.info as Record<string, unknown>).title = 'changed';
    expect((buildOpenApi().info as Record<string, unknown>).title).toBe('Ruta HSDS API');
  });
});
