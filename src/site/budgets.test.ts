import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding } from '../lib/accept-header.js';
import { useStarterApp } from '../../test/support/starter-app.js';

const KB = 1024;
const SHELTER = 'fa9a279a-8481-537d-a37c-6ed6f3a17137';
/** Page types held to the 14 KB first response: it fits the first round trips of a slow connection. */
const PAGES = ['/es/', '/ht/', `/es/buscar?q=${encodeURIComponent('albergue en tapachula')}`, '/en/buscar?q=comida', `/es/servicio/${SHELTER}`, `/fr/servicio/${SHELTER}`, '/es/sin-conexion',
  // The guides: the longest forms, a route finder result with every route shown, a self-check result, articles, campaigns.
  '/es/opciones', '/ht/opciones', '/es/opciones?nationality=hn&place=tapachula&goal=protection&goal=work&goal=stay&entry=2026-01-05&fear=yes&family=mexican&crime=yes&child=no',
  '/es/piensalo', '/fr/piensalo', '/es/lineas', '/en/lineas', '/es/info', '/es/info/regularizacion-en-la-region', '/es/campanas', '/pt/campanas/piensalo-2-veces'];

describe('page weight budgets', () => {
  const starter = useStarterApp();

  const fetchBytes = async (path: string, encoding: string) => {
    const res = await starter.app.request(path, { headers: { 'accept-encoding': encoding } });
    return { res, bytes: Buffer.from(await res.arrayBuffer()) };
  };

  /** Every same-site file a page asks for before it is shown: stylesheets and scripts. */
  const subresources = (html: string) => [...html.matchAll(/<(?:link[^>]+href|script[^>]+src)="([^"]+)"/g)].map((m) => m[1]!).filter((u) => !u.startsWith('data:'));

  it.each(PAGES)('%s: first HTML ≤ 14 KB compressed, first visit ≤ 100 KB, JS ≤ 20 KB', async (path) => {
    for (const enc of ['gzip', 'br']) {
      const { res, bytes } = await fetchBytes(path, enc);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe(enc);
      expect(bytes.length).toBeLessThanOrEqual(14 * KB);
      const html = (enc === 'br' ? brotliDecompressSync(bytes) : gunzipSync(bytes)).toString('utf8');
      // Nothing from another site: no fonts, maps, analytics or players.
      const assets = subresources(html);
      for (const a of assets) expect(a).toMatch(/^\/assets\/[\w-]+\.[0-9a-f]{10}\.(css|js)$/);
      let total = bytes.length;
      let js = 0;
      for (const a of assets) {
        const file = await fetchBytes(a, enc);
        expect(file.res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
        total += file.bytes.length;
        if (a.endsWith('.js')) js += file.bytes.length;
      }
      expect(total).toBeLessThanOrEqual(100 * KB);
      expect(js).toBeLessThanOrEqual(20 * KB);
    }
  });

  it('serves assets uncompressed to clients that take no encoding, and 404 for an unknown fingerprint', async () => {
    const html = await (await starter.app.request('/es/', { headers: { 'accept-encoding': 'identity' } })).text();
    const css = subresources(html).find((u) => u.endsWith('.css'))!;
    const plain = await starter.app.request(css, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toContain('font-family:system-ui');
    expect((await starter.app.request('/assets/site.0000000000.css')).status).toBe(404);
    const sw = await starter.app.request('/sw.js');
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expect(await sw.text()).toContain(css);
  });

  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['identity', undefined],
    ['*', 'br'],
    [undefined, undefined],
  ])('Accept-Encoding %s → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});
