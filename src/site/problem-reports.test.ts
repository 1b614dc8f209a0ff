import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestDatabase } from '../../test/support/databases.js';
import { createApp } from '../app.js';
import type { Database } from '../lib/db.js';
import { createLogger } from '../lib/logger.js';
import { loadStarterData } from '../starter/load-starter.js';
import { RateLimit } from './problem-reports.js';

const SHELTER = 'fa9a279a-8481-537d-a37c-6ed6f3a17137';

describe.each(DIALECTS)('report a problem with a listing (%s)', (dialect) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    await loadStarterData(database);
    app = createApp({ database, config: { publicUrl: 'http://localhost:3000' }, logger: createLogger('silent') });
  });
  afterAll(() => database.close());

  const post = (fields: Record<string, string>, id = SHELTER, lang = 'es') =>
    app.request(`/${lang}/servicio/${id}/problema`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  const reports = () => database.db.selectFrom('ruta_problem_report').selectAll().orderBy('reported_on').execute();

  it('stores the kind, the text and the day, nothing about who sent it, then thanks the person', async () => {
    const before = (await reports()).length;
    const res = await post({ tipo: 'phone', detalle: '  El número ya no contesta.  ', sitio: '' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/es/servicio/${SHELTER}?reporte=gracias#reportar`);
    const rows = await reports();
    expect(rows.length).toBe(before + 1);
    const row = rows.at(-1)!;
    expect(row).toMatchObject({ service_id: SHELTER, kind: 'phone', detail: 'El número ya no contesta.', lang: 'es', status: 'new' });
    expect(row.reported_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(row).sort()).toEqual(['detail', 'id', 'kind', 'lang', 'reported_on', 'service_id', 'status']);
    const page = await app.request(res.headers.get('location')!);
    expect(await page.text()).toContain('Gracias. Las personas que cuidan el directorio');
  });

  it('a filled honeypot looks accepted but stores nothing', async () => {
    const before = (await reports()).length;
    const res = await post({ tipo: 'closed', sitio: 'http://spam.example' });
    expect(res.status).toBe(303);
    expect((await reports()).length).toBe(before);
  });

  it.each([
    [{ detalle: 'sin tipo' }, 400, 'Elige qué está mal.'],
    [{ tipo: 'unicornio' }, 400, 'Elige qué está mal.'],
    [{ tipo: 'other', detalle: 'x'.repeat(1001) }, 400, 'Tu texto es muy largo'],
  ])('%o is refused with the form again (%i)', async (fields, status, words) => {
    const before = (await reports()).length;
    const res = await post(fields);
    expect(res.status).toBe(status);
    const text = await res.text();
    expect(text).toContain(words);
    expect(text).toContain('<form method="post"');
    expect((await reports()).length).toBe(before);
  });

  it('a script tag is stored as text and shown escaped when the form comes back', async () => {
    const attack = '<script>alert(1)</script>';
    const ok = await post({ tipo: 'other', detalle: attack });
    expect(ok.status).toBe(303);
    expect((await reports()).some((r) => r.detail === attack)).toBe(true);
    const again = await post({ detalle: attack + 'x'.repeat(1000) });
    const text = await again.text();
    expect(text).not.toContain('<script>alert');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('an unknown listing or a body that is not a form is a helpful page, never a 500', async () => {
    expect((await post({ tipo: 'phone' }, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await post({ tipo: 'phone' }, 'nope')).status).toBe(404);
    const json = await app.request(`/es/servicio/${SHELTER}/problema`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"tipo":' });
    expect(json.status).toBe(400);
    expect(await json.text()).toContain('Elige qué está mal.');
  });
});

describe('report rate limit', () => {
  it('allows a few reports per address in a window, then refuses, and forgets after the window', () => {
    const limit = new RateLimit(3, 1000, 100);
    expect([1, 2, 3, 4].map(() => limit.allow('a', 0))).toEqual([true, true, true, false]);
    expect(limit.allow('b', 0)).toBe(true);
    expect(limit.allow('a', 1001)).toBe(true);
  });

  it('a cap over all addresses holds when many addresses flood at once', () => {
    const limit = new RateLimit(5, 1000, 10);
    const allowed = Array.from({ length: 20 }, (_, i) => limit.allow(`x${i}`, 0)).filter(Boolean).length;
    expect(allowed).toBe(10);
  });

  it('the site answers 429 with a plain message when the limit is reached', async () => {
    const database = await openTestDatabase('sqlite');
    await loadStarterData(database);
    const app = createApp({ database, config: { publicUrl: 'http://localhost:3000' }, logger: createLogger('silent') });
    const send = () => app.request(`/en/servicio/${SHELTER}/problema`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'tipo=hours' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await send()).status);
    expect(statuses).toEqual([303, 303, 303, 303, 303, 429]);
    expect(await (await send()).text()).toContain('We received many reports in a short time.');
    await database.close();
  });
});
