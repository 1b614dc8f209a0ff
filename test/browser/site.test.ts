import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium, PAGE_TYPES, startSiteServer } from './site-server.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const EXIT_STUB = '<!doctype html><html lang="es"><title>Wikipedia</title><p>neutral page</p></html>';

if (!hasChromium()) console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM} (set RUTA_CHROMIUM; CI installs it).`);

describe.skipIf(!hasChromium())('the site in real Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startSiteServer>>;
  const foreign: string[] = [];

  beforeAll(async () => {
    server = await startSiteServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A context that records, and never lets out, any request to another origin. */
  async function context(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
    const ctx = await browser.newContext({ serviceWorkers: 'block', ...options });
    await ctx.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue();
      if (/wikipedia\.org/.test(url)) return route.fulfill({ status: 200, contentType: 'text/html', body: EXIT_STUB });
      foreign.push(url);
      return route.abort();
    });
    return ctx;
  }

  it.each(PAGE_TYPES)('%s (%s): axe finds no violations, nothing is asked of another site', async (_name, path) => {
    const ctx = await context({ viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    const cspErrors: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    await page.goto(server.url + path);
    await page.evaluate(axeSource);
    const result = await page.evaluate(() => (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ resultTypes: ['violations'] }));
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(cspErrors).toEqual([]);
    expect(foreign).toEqual([]);
    await ctx.close();
  });

  it('the report form with an error, and after sending, has no axe violations either', async () => {
    const ctx = await context({ viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    const axe = async () => {
      await page.evaluate(axeSource);
      const r = await page.evaluate(() => (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string }[] }> } }).axe.run({ resultTypes: ['violations'] }));
      return r.violations.map((v) => v.id);
    };
    await page.goto(`${server.url}/en/servicio/fa9a279a-8481-537d-a37c-6ed6f3a17137`);
    await page.click('#reportar button[type=submit]');
    await page.waitForSelector('[role=alert]');
    expect(await page.textContent('[role=alert]')).toContain('Choose what is wrong.');
    expect(await axe()).toEqual([]);
    await page.check('input[name=tipo][value=closed]');
    await page.click('#reportar button[type=submit]');
    await page.waitForURL(/reporte=gracias/);
    expect(await axe()).toEqual([]);
    await ctx.close();
  });

  it('the self-check result, reached by posting the form, has no axe violations and asks nothing of another site', async () => {
    const ctx = await context({ viewport: { width: 320, height: 740 } });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/es/piensalo`);
    await page.check('input[name=documents][value=yes]');
    await page.check('input[name=duties][value=no]');
    await page.selectOption('select[name=place]', 'tapachula');
    await page.click('main button[type=submit]');
    await page.waitForSelector('[role=status]');
    expect(page.url()).toBe(`${server.url}/es/piensalo`);
    await page.evaluate(axeSource);
    const r = await page.evaluate(() => (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ resultTypes: ['violations'] }));
    expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(foreign).toEqual([]);
    await ctx.close();
  });

  it.each([320, 640])('no horizontal scrolling at %i CSS px: a small phone, and a laptop at double zoom', async (width) => {
    const ctx = await context({ viewport: { width, height: 800 } });
    const page = await ctx.newPage();
    for (const [, path] of PAGE_TYPES) {
      await page.goto(server.url + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await ctx.close();
  });

  it('with JavaScript off a person can search, read a listing, call and report a problem', async () => {
    const ctx = await context({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/es/`);
    await page.fill('#q', 'albergue');
    await page.fill('#lugar', 'Tapachula');
    await page.click('button[type=submit]');
    await page.waitForURL(/\/es\/buscar\?q=albergue&lugar=Tapachula/);
    await page.click('ol.results a');
    await page.waitForURL(/\/es\/servicio\//);
    expect(await page.textContent('h1')).toContain('Albergue de demostración');
    await page.check('input[name=tipo][value=hours]');
    await page.fill('#detalle', 'Cierra antes.');
    await page.click('#reportar button[type=submit]');
    await page.waitForURL(/reporte=gracias/);
    expect(await page.textContent('[role=status]')).toContain('Gracias');
    await page.goto(`${server.url}/es/`);
    expect(await page.getAttribute('a.tel >> nth=0', 'href')).toMatch(/^tel:\d+$/);
    // Without JavaScript "Exit this page" is a plain link; the Shift hint and "use my location" stay hidden.
    expect(await page.isVisible('[data-locate]')).toBe(false);
    expect(await page.isVisible('[data-exit-hint]')).toBe(false);
    await page.click('a.exit');
    await page.waitForURL(/wikipedia\.org/);
    await ctx.close();
  });

  it('with JavaScript off a person can find their options, check a job offer, and move between the guides and the site', async () => {
    const ctx = await context({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/es/`);
    await page.click(`main a[href="/es/opciones"]`);
    await page.waitForURL(/\/es\/opciones$/);
    await page.selectOption('select[name=nationality]', 'hn');
    await page.selectOption('select[name=place]', 'tapachula');
    await page.check('input[name=goal][value=protection]');
    await page.fill('input[name=entry]', '2026-01-05');
    await page.check('input[name=fear][value=yes]');
    await page.check('input[name=family][value=none]');
    await page.check('input[name=crime][value=no]');
    await page.check('input[name=child][value=no]');
    await page.click('main button[type=submit]');
    await page.waitForURL(/\/es\/opciones\?nationality=hn/);
    expect(await page.textContent('main')).toContain('COMAR');
    // The language switcher keeps the page and the answers.
    await page.click('a[hreflang=en]');
    await page.waitForURL(/\/en\/opciones\?nationality=hn/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.goto(`${server.url}/es/piensalo`);
    await page.check('input[name=documents][value=yes]');
    await page.click('main button[type=submit]');
    await page.waitForSelector('[role=status]');
    expect(await page.textContent('[role=status]')).toMatch(/\S/);
    // Back to the site from the shared footer, and "Exit this page" is the same plain link.
    await page.click('footer a[href="/es/privacidad"]');
    await page.waitForURL(/\/es\/privacidad$/);
    await page.goto(`${server.url}/es/lineas`);
    await page.click('a.exit');
    await page.waitForURL(/wikipedia\.org/);
    await ctx.close();
  });

  it('keyboard: skip link first, then Exit this page; the search works from the keyboard alone', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${server.url}/es/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    expect(await page.isVisible('a.skip')).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('exit');
    await page.focus('#q');
    await page.keyboard.type('comida');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/es\/buscar\?q=comida/);
    await ctx.close();
  });

  it.each(['button', 'three Shift presses'])('Exit this page by %s leaves and takes the page out of the history', async (how) => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${server.url}/es/`);
    await page.goto(`${server.url}/es/privacidad`);
    expect(await page.isVisible('[data-exit-hint]')).toBe(true);
    if (how === 'button') await page.click('a.exit');
    else for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(/wikipedia\.org/);
    await page.goBack();
    expect(page.url()).toBe(`${server.url}/es/`);
    await ctx.close();
  });

  /** A page of the site under the control of its service worker (installed on the first visit). */
  const controlledPage = async () => {
    const ctx = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/es/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    return { ctx, page };
  };

  it('offline: a page seen stays readable, an unseen one shows the offline page with the helplines', async () => {
    const { ctx, page } = await controlledPage();
    await page.goto(`${server.url}/es/privacidad`);
    await ctx.setOffline(true);
    await page.goto(`${server.url}/es/privacidad`);
    expect(await page.textContent('h1')).toContain('Privacidad');
    await page.goto(`${server.url}/es/acerca`);
    expect(await page.textContent('h1')).toContain('Sin conexión');
    expect(await page.getAttribute('a.tel >> nth=0', 'href')).toMatch(/^tel:/);
    await ctx.close();
  });

  it('the service worker keeps seen site pages but never a guide page, whose address holds the answers', async () => {
    const { ctx, page } = await controlledPage();
    await page.goto(`${server.url}/es/opciones?nationality=hn&place=tapachula&goal=protection&entry=2026-01-05&fear=yes&family=none&crime=no&child=no`);
    await page.goto(`${server.url}/es/lineas`);
    await page.goto(`${server.url}/es/privacidad`);
    const kept = async () => page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
      return urls;
    });
    await expect.poll(kept).toContain('/es/privacidad');
    const urls = await kept();
    expect(urls).not.toContain('/es/opciones');
    expect(urls).not.toContain('/es/lineas');
    await ctx.close();
  });

  it('a saved region is searched in the browser with no network', async () => {
    const ctx = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/es/sin-conexion`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.fill('#region', 'Chiapas');
    await page.click('[data-region] button[type=submit]');
    await page.waitForSelector('[data-region-find]:not([hidden])');
    expect(await page.textContent('[data-region-status]')).toMatch(/Guardamos \d+ servicios de Chiapas/);
    await ctx.setOffline(true);
    await page.reload();
    await page.waitForSelector('[data-region-find]:not([hidden])');
    await page.fill('#region-q', 'albergue tapachula');
    const found = await page.$$eval('[data-region-results] > li > a', (as) => as.map((a) => a.textContent));
    expect(found).toEqual(['Ejemplo — Albergue de demostración en Tapachula — Tapachula']);
    await page.fill('#region-q', 'no existe nada así');
    expect(await page.$$('[data-region-results] > li')).toHaveLength(0);
    await ctx.close();
  });
});
