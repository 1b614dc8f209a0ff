import { describe, expect, it } from 'vitest';
import { officialSchemaNames } from './paths.js';
import { PROFILE_ID, applyProfile, loadProfilePatches, profileDocument } from './profile.js';
import type { JsonSchema } from './schemas.js';

const base = (): Record<string, JsonSchema> => ({
  service: { type: 'object', properties: { fees: { type: 'string' }, name: { type: 'string' } }, required: ['id', 'name', 'fees'] },
  metadata: { type: 'object' },
  phone: { type: 'object', properties: { number: { type: 'string', enum: ['a', 'b'] } } },
});

describe('applyProfile (RFC 7386 semantics)', () => {
  it('a null patch removes the whole schema', () => {
    const result = applyProfile(base(), { metadata: null });
    expect(Object.keys(result).sort()).toEqual(['phone', 'service']);
  });

  it('a null member removes that member only', () => {
    const result = applyProfile(base(), { service: { properties: { fees: null } } });
    expect(result.service?.properties).toEqual({ name: { type: 'string' } });
  });

  it('arrays are replaced wholesale, never merged', () => {
    const result = applyProfile(base(), {
      service: { required: ['id', 'name'] },
      phone: { properties: { number: { enum: ['c'] } } },
    });
    expect(result.service?.required).toEqual(['id', 'name']);
    expect(result.phone?.properties).toEqual({ number: { type: 'string', enum: ['c'] } });
  });

  it('a patch for a new name adds a schema, dropping null members', () => {
    const result = applyProfile(base(), { unit: { type: 'object', title: null } });
    expect(result.unit).toEqual({ type: 'object' });
  });

  it('does not change its input, nor share arrays with the patch', () => {
    const input = base();
    const before = structuredClone(input);
    const patch = { service: { required: ['id'] } };
    const result = applyProfile(input, patch);
    expect(input).toEqual(before);
    (result.service?.required as string[]).push('x');
    expect(patch.service.required).toEqual(['id']);
  });

  it('skips the openapi patch and rejects non-object patches', () => {
    expect(applyProfile(base(), { openapi: { info: { title: 'x' } } })).toEqual(base());
    expect(() => applyProfile(base(), { phone: ['x'] })).toThrow(/must be a JSON object or null/);
  });
});

describe('the Ruta profile patches', () => {
  const patches = loadProfilePatches();

  it('has one patch per intended file, each targeting an existing HSDS 3.1 schema', () => {
    expect(Object.keys(patches).sort()).toEqual(['address', 'cost_option', 'language', 'openapi', 'schedule', 'taxonomy_term']);
    const official = officialSchemaNames('3.1');
    for (const name of Object.keys(patches).filter((n) => n !== 'openapi')) expect(official).toContain(name);
  });

  it('restates the address required list without postal_code', () => {
    expect((patches.address as { required: string[] }).required).toEqual([
      'id', 'address_1', 'city', 'state_province', 'country', 'address_type',
    ]);
  });

  it('fills the API info with a CC BY-SA 4.0 licence', () => {
    const info = (patches.openapi as { info: Record<string, unknown> }).info;
    expect(info.title).toBe('Ruta HSDS API');
    expect(info.version).toContain('3.1');
    expect(info.version).toContain(PROFILE_ID);
    expect(info.license).toEqual(expect.objectContaining({ url: 'https://creativecommons.org/licenses/by-sa/4.0/' }));
  });

  it('is cached and frozen', () => {
    expect(loadProfilePatches()).toBe(patches);
    expect(Object.isFrozen(patches.address)).toBe(true);
  });
});

describe('profileDocument', () => {
  it('describes the profile for GET /api/profile', () => {
    const doc = profileDocument();
    expect(doc).toMatchObject({ id: 'ruta-1', name: 'Ruta HSDS profile', base: 'HSDS 3.1', license: 'CC BY-SA 4.0' });
    expect(doc.attribution).toContain('Human Services Data Specification: an Open Referral resource');
    expect(doc.patches).toEqual(loadProfilePatches());
    expect(doc.schemas).toEqual(officialSchemaNames('3.1'));
    expect(doc.schemas).toContain('service_capacity');
    expect(doc.schemas).not.toContain('openapi');
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
