import { describe, expect, it } from 'vitest';
import { LOCALES } from '../lib/i18n.js';
import { useStarterApp } from '../../test/support/starter-app.js';

// Ids of starter listings (src/starter/data): real helplines and the fictitious examples.
const SHELTER = 'fa9a279a-8481-537d-a37c-6ed6f3a17137';
const WOMEN_SHELTER_NAME = 'Ejemplo — Refugio para mujeres de demostración en Tenosique';

describe('public site pages', () => {
  const starter = useStarterApp();

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await starter.app.request(path, { headers });
    const text = await res.text();
    expect(text).not.toMatch(/SqliteError|at \/|node_modules|Error:/);
    expect(res.headers.get('set-cookie')).toBeNull();
    return { res, status: res.status, text };
  };
  const idOf = async (name: string) => (await starter.database.db.selectFrom('service').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id as string;

  it.each([
    ['ht, fr;q=0.8', '/ht/'],
    ['de-DE, pt-BR;q=0.5', '/pt/'],
    ['fr;q=0.2, en;q=0.9', '/en/'],
    ['', '/es/'],
    ['zh', '/es/'],
  ])('/ with Accept-Language "%s" goes to %s', async (accept, where) => {
    const { status, res } = await get('/', accept ? { 'accept-language': accept } : {});
    expect(status).toBe(302);
    expect(res.headers.get('location')).toBe(where);
    expect(res.headers.get('vary')).toMatch(/Accept-Language/);
  });

  it.each(LOCALES.flatMap((l) => ['/', '/privacidad', '/acerca', '/sin-conexion', '/buscar?q=albergue', `/servicio/${SHELTER}`].map((p) => [l, p])))(
    '/%s%s renders in its language with a strict CSP and no inline script',
    async (lang, path) => {
      const { status, text, res } = await get(`/${lang}${path}`);
      expect(status).toBe(200);
      expect(text).toContain(`<html lang="${lang}">`);
      expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      expect(text).not.toMatch(/<script(?![^>]*\ssrc=)/);
      expect(text).not.toMatch(/\sstyle=/);
      // The language switcher keeps the page.
      for (const other of LOCALES) expect(text).toContain(`href="/${other}${path.replace('&', '&amp;')}"`);
    },
  );

  it('home has the search form, need tiles, the trafficking lines from the directory and Exit this page', async () => {
    const { text } = await get('/es/');
    expect(text).toMatch(/<form action="\/es\/buscar" method="get"/);
    expect(text).toContain('href="/es/buscar?necesidad=shelter"');
    expect(text).toContain('href="tel:8005533000"');
    expect(text).toContain('Llamar al 800 5533 000');
    expect(text).toContain('href="/es/lineas"');
    expect(text).toMatch(/<a class="exit" href="https:\/\/es\.wikipedia\.org\/" rel="noreferrer" data-exit/);
    // 911 is a helpline but not a trafficking line: the strip leaves it out.
    expect(text).not.toContain('tel:911');
  });

  it('untranslated interface languages say so; Spanish does not', async () => {
    expect((await get('/ht/')).text).toContain('poko verifye tradiksyon');
    expect((await get('/es/')).text).not.toContain('revisada por una persona');
  });

  it('results come from the search engine with why they matched, flags and distance', async () => {
    const { text } = await get('/es/buscar?q=albergeu&lugar=Tapachula');
    expect(text).toContain(`/es/servicio/${SHELTER}`);
    expect(text).toContain('Buscamos «albergue» en lugar de «albergeu».');
    expect(text).toMatch(/class="why">[^<]*Albergue y alojamiento[^<]*km[^<]*Tapachula/);
    expect(text).toContain('Ejemplo: este servicio no existe');
    const en = await get('/en/buscar?necesidad=shelter');
    expect(en.text).toMatch(/\d+ services?/);
    expect(en.text).toContain(`/en/servicio/${SHELTER}`);
    expect(en.text).toMatch(/class="why">[^<]*(open|closed) now/);
  });

  it('"open now" and "free" narrow the results through the engine and stay in the links', async () => {
    const all = await get('/es/buscar?q=albergue');
    const open = await get('/es/buscar?q=albergue&abierto=1');
    const count = (text: string) => (text.match(/<li><h2>/g) ?? []).length;
    expect(count(all.text)).toBeGreaterThan(0);
    // Every result left is said to be open now; none is said to be closed.
    expect(open.text).not.toContain('cerrado ahora');
    expect(count(open.text)).toBeLessThanOrEqual(count(all.text));
    expect(open.text).toContain('name="abierto" value="1" checked');
    expect(open.text).toContain('href="/en/buscar?q=albergue&amp;abierto=1"');
    // No starter listing records a cost, so "free only" finds nothing and offers the search without filters.
    const free = await get('/es/buscar?q=albergue&gratis=1');
    expect(free.text).toContain('No encontramos servicios');
    expect(free.text).toContain('href="/es/buscar?q=albergue"');
  });

  it('a search with no results suggests a wider place, other needs and the helplines', async () => {
    const { status, text } = await get('/es/buscar?q=albergue&lugar=Monterrey');
    expect(status).toBe(200);
    expect(text).toContain('No encontramos servicios');
    expect(text).toContain('href="/es/buscar?q=albergue&amp;lugar=Nuevo+Le%C3%B3n"');
    expect(text).toContain('href="/es/buscar?q=albergue"');
    expect(text).toContain('href="/es/buscar?necesidad=food"');
    expect(text).toContain('tel:911');
  });

  it('an unknown place is said plainly and the search goes on without it', async () => {
    const { status, text } = await get('/es/buscar?q=albergue&lugar=Xyzzyville');
    expect(status).toBe(200);
    expect(text).toContain('No conocemos el lugar «Xyzzyville»');
    expect(text).toContain(`/es/servicio/${SHELTER}`);
  });

  it.each([
    [`/es/buscar?q=${'a'.repeat(300)}`, 400, 'Tu búsqueda es muy larga'],
    ['/es/buscar?necesidad=unicornios', 400, 'No conocemos esa necesidad'],
    ['/es/buscar?q=%E0%A4%A&pagina=abc', 200, 'Resultados'],
    ['/es/buscar?q=albergue&q=comida&pagina=-3&lat=999&lng=x', 200, 'para «albergue»'],
    ['/xx/buscar', 404, 'No tenemos el idioma «xx»'],
    ['/es/servicio/no-es-un-id', 404, 'Este servicio no existe'],
    ['/en/servicio/00000000-0000-4000-8000-000000000000', 404, 'This service does not exist'],
    ['/en/no-such-page', 404, 'We could not find this page'],
  ])('%s is a helpful page with status %i', async (path, status, words) => {
    const r = await get(path);
    expect(r.status).toBe(status);
    expect(r.res.headers.get('content-type')).toMatch(/text\/html/);
    expect(r.text).toContain(words);
  });

  it('a script tag in the query or the language code is shown as text', async () => {
    const attack = '<script>alert(1)</script>';
    for (const path of [`/es/buscar?q=${encodeURIComponent(attack)}`, `/${encodeURIComponent('<script>')}/`]) {
      const { text } = await get(path);
      expect(text).not.toContain('<script>alert');
      expect(text).not.toContain('<script>/');
    }
    expect((await get(`/es/buscar?q=${encodeURIComponent(attack)}`)).text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('coordinates from "use my location" are rounded to about 1 km before the search', async () => {
    const { text } = await get('/es/buscar?q=albergue&lat=14.903851&lng=-92.257494');
    expect(text).toContain('href="/en/buscar?q=albergue&amp;lat=14.9&amp;lng=-92.26"');
    expect(text).not.toContain('14.903851');
  });

  it('service detail: phones as tel: and WhatsApp links, source and last review, example flag', async () => {
    const { text } = await get(`/es/servicio/${SHELTER}`);
    expect(text).toContain('Ejemplo: este servicio no existe');
    expect(text).toContain('Última verificación: 28 de noviembre de 2026');
    expect(text).toContain('Todos los días: de 17:00 a 21:00');
    expect(text).toMatch(/class="(open|closed)"/);
    const mintrab = await get(`/es/servicio/${await idOf('Líneas telefónicas del Ministerio de Trabajo de Guatemala (MINTRAB)').catch(async () => (await starter.database.db.selectFrom('service').select('id').where('name', 'like', '%Ministerio de Trabajo%').executeTakeFirstOrThrow()).id as string)}`);
    expect(mintrab.text).toContain('href="https://wa.me/50224222525"');
    expect(mintrab.text).toContain('href="tel:1511"');
    expect(mintrab.text).toMatch(/<a href="https:\/\/[^"]+" rel="noreferrer">/);
    const en = await get(`/en/servicio/${SHELTER}`);
    expect(en.text).toContain('The text of this service is only in Spanish for now.');
    expect(en.text).toContain('<p lang="es">Registro ficticio');
  });

  it('a confidential location never shows its address or coordinates', async () => {
    const id = await idOf(WOMEN_SHELTER_NAME);
    const { status, text } = await get(`/es/servicio/${id}`);
    expect(status).toBe(200);
    expect(text).toContain('La dirección de este lugar es confidencial');
    expect(text).not.toContain('Dirección de ejemplo');
    expect(text).not.toMatch(/17\.47|-91\.42/);
  });
});
