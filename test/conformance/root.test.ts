// GET /api/ (the HSDS API root), and the two documents it points to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases.js';
import { PUBLIC_URL, openDirectory, ruta, type TestDirectory } from './harness.js';

describe.each(DIALECTS)('HSDS API root (%s)', (dialect) => {
  let dir: TestDirectory;
  beforeAll(async () => {
    dir = await openDirectory(dialect);
  });
  afterAll(async () => {
    await dir?.close();
  });

  /** The path of an absolute URL the root points to, after checking it is on this server. */
  function localPath(url: unknown): string {
    expect(typeof url).toBe('string');
    const u = new URL(url as string);
    expect(u.origin).toBe(new URL(PUBLIC_URL).origin);
    return `${u.pathname}${u.search}`;
  }

  it('validates against the Open Referral UK api_details schema and says version 3.1', async () => {
    const body = await dir.getJson('/api/');
    expect(ruta.validateApiRoot(body)).toEqual([]);
    expect(body.version).toBe('3.1');
  });

  it('answers the same without the trailing slash', async () => {
    expect(await dir.getJson('/api')).toEqual(await dir.getJson('/api/'));
  });

  it('points openapi_url at an OpenAPI 3.1 document describing the required HSDS operations', async () => {
    const body = await dir.getJson('/api/');
    const openapi = await dir.getJson(localPath(body.openapi_url));
    expect(String(openapi.openapi)).toMatch(/^3\.1\./);
    expect(Object.keys(openapi.paths ?? {})).toEqual(expect.arrayContaining(['/', '/services', '/services/{id}']));
    expect(openapi.paths['/services'].get).toBeDefined();
    expect(openapi.paths['/services/{id}'].get).toBeDefined();
  });

  it('points profile at a JSON document that resolves', async () => {
    const body = await dir.getJson('/api/');
    const profile = await dir.getJson(localPath(body.profile));
    expect(profile).toBeTypeOf('object');
    expect(Object.keys(profile).length).toBeGreaterThan(0);
  });
});
