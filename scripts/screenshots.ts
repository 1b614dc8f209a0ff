/**
 * Renders each page type of the public site and its guides at 360×740 (a common small Android screen) in
 * Spanish and in English into docs/screenshots/, so anyone can see the site without running it.
 * Run: npm run screenshots (needs Chromium; RUTA_CHROMIUM names another binary).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { fromRoot } from '../src/hsds/paths.js';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium, ROUTE_ANSWERS, startSiteServer } from '../test/browser/site-server.js';

const PAGES: [string, string][] = [
  ['home', '/'],
  ['results', `/buscar?q=${encodeURIComponent('albergue en tapachula')}`],
  ['no-results', '/buscar?q=albergue&lugar=Monterrey'],
  ['service', '/servicio/fa9a279a-8481-537d-a37c-6ed6f3a17137'],
  ['service-helpline', '/servicio/4d048ad4-6334-5b07-8b1e-a2eef0e14564'],
  ['privacy', '/privacidad'],
  ['about', '/acerca'],
  ['offline', '/sin-conexion'],
  ['not-found', '/no-existe'],
  ['route-finder', '/opciones'],
  ['route-finder-result', `/opciones?${ROUTE_ANSWERS}`],
  ['self-check', '/piensalo'],
  ['hotlines', '/lineas'],
];
const LANGS = ['es', 'en'];

async function main() {
  if (!hasChromium()) throw new Error(`No Chromium at ${CHROMIUM}; set RUTA_CHROMIUM`);
  const out = fromRoot('docs/screenshots');
  mkdirSync(out, { recursive: true });
  const server = await startSiteServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const page = await ctx.newPage();
    for (const lang of LANGS) {
      for (const [name, path] of PAGES) {
        await page.goto(`${server.url}/${lang}${path}`);
        await page.screenshot({ path: join(out, `${name}-${lang}.png`) });
        console.log(`${name}-${lang}.png`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
