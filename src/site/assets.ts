import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { fromRoot } from '../hsds/paths.js';
import { chooseEncoding } from '../lib/accept-header.js';

interface Asset {
  url: string;
  type: string;
  raw: Buffer;
  gzip: Buffer;
  br: Buffer;
}

const compressBest = (raw: Buffer) => ({
  gzip: gzipSync(raw, { level: 9 }),
  br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
});

function load(file: string, type: string): Asset {
  const raw = readFileSync(fromRoot('src/site/assets', file));
  const hash = createHash('sha256').update(raw).digest('hex').slice(0, 10);
  const dot = file.lastIndexOf('.');
  return { url: `/assets/${file.slice(0, dot)}.${hash}${file.slice(dot)}`, type, raw, ...compressBest(raw) };
}

let assets: { css: Asset; js: Asset; sw: Asset } | undefined;

/** The site's static files, fingerprinted by content and compressed once, at first use. */
export function siteAssets() {
  if (assets) return assets;
  const css = load('site.css', 'text/css; charset=utf-8');
  const js = load('site.js', 'text/javascript; charset=utf-8');
  // The worker keeps one stable address (its scope is the whole site); it names the current assets.
  const swText = readFileSync(fromRoot('src/site/assets/sw.js'), 'utf8')
    .replace('__VERSION__', createHash('sha256').update(css.url + js.url).digest('hex').slice(0, 10))
    .replace('__ASSETS__', [css.url, js.url].join(','));
  const swRaw = Buffer.from(swText);
  const sw: Asset = { url: '/sw.js', type: 'text/javascript; charset=utf-8', raw: swRaw, ...compressBest(swRaw) };
  return (assets = { css, js, sw });
}

function send(c: Context, asset: Asset, cache: string) {
  const enc = chooseEncoding(c.req.header('accept-encoding'));
  c.header('Content-Type', asset.type);
  c.header('Cache-Control', cache);
  c.header('Vary', 'Accept-Encoding');
  if (enc) c.header('Content-Encoding', enc);
  const body = enc === 'br' ? asset.br : enc === 'gzip' ? asset.gzip : asset.raw;
  return c.body(new Uint8Array(body));
}

export function assetRoutes(): Hono {
  const r = new Hono();
  r.get('/assets/:file', (c) => {
    const { css, js } = siteAssets();
    const asset = [css, js].find((a) => a.url === `/assets/${c.req.param('file')}`);
    if (!asset) return c.notFound();
    return send(c, asset, 'public, max-age=31536000, immutable');
  });
  r.get('/sw.js', (c) => send(c, siteAssets().sw, 'no-cache'));
  return r;
}

/**
 * Brotli or gzip for the site's HTML, done here because Hono's compress middleware knows only
 * gzip and deflate; a response already encoded is left alone by that middleware.
 */
export function compressPages(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const type = c.res.headers.get('Content-Type') ?? '';
    if (!type.startsWith('text/html') || c.res.headers.has('Content-Encoding') || c.req.method === 'HEAD') return;
    const enc = chooseEncoding(c.req.header('accept-encoding'));
    c.res.headers.append('Vary', 'Accept-Encoding');
    if (!enc) return;
    const raw = Buffer.from(await c.res.arrayBuffer());
    const body = enc === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(raw, { level: 6 });
    // Hono copies the old response's headers onto the new one, so they are changed in place first.
    c.res.headers.delete('Content-Length');
    c.res.headers.set('Content-Encoding', enc);
    c.res = new Response(new Uint8Array(body), { status: c.res.status, headers: c.res.headers });
  };
}
