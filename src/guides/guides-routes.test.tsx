import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { Database } from '../lib/db.js';
import { createLogger } from '../lib/logger.js';
import { HOTLINES } from '../content/hotlines.js';
import { INDICATORS } from '../content/indicators.js';
import { guidesRoutes } from './guides-routes.js';

// No database: the guides need none, and the nearby legal-aid lookup must fail softly without one.
const app = createApp({ database: {} as unknown as Database, config: { publicUrl: 'http://localhost' }, logger: createLogger('silent') });

const get = (path: string) => app.request(path);
const post = (path: string, form: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) body.append(k, x);
  return app.request(path, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
};

describe('guide pages', () => {
  it.each(['es', 'en', 'fr', 'ht', 'pt'])('every page answers in %s in the site shell, with no inline script', async (lang) => {
    for (const path of ['opciones', 'piensalo', 'lineas', 'info', 'info/tvtf', 'info/regularizacion-en-la-region', 'campanas', 'campanas/piensalo-2-veces']) {
      const res = await get(`/${lang}/${path}`);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html).toContain(`lang="${lang}"`);
      // The only script is the site's own deferred file; nothing inline, embedded or styled in place.
      expect(html.match(/<script[^>]*>/g)).toEqual([expect.stringMatching(/^<script src="\/assets\/site\.[0-9a-f]{10}\.js" defer="">$/)]);
      expect(html).not.toMatch(/<script>|<iframe|<video|style=/);
      expect(html).toContain('data-exit');
      // The language links keep the page.
      expect(html).toContain(`<a href="/es/${path}" lang="es"`);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('an unknown language or slug is a 404 page, not an error', async () => {
    expect((await get('/de/opciones')).status).toBe(404);
    expect((await get('/es/info/no-such-article')).status).toBe(404);
    expect((await get('/xx/campanas/piensalo-2-veces')).status).toBe(404);
  });

  it('the hotlines page shows every number with a call link and its sources', async () => {
    const html = await (await get('/es/lineas')).text();
    for (const h of HOTLINES)
      for (const n of h.numbers) {
        expect(html).toContain(`href="tel:${n.dial}"`);
        expect(html).toContain(n.display);
      }
    expect(html).toContain('https://www.24-horas.mx/2021/03/16/un-chat-para-denunciar-la-trata-de-personas/');
    expect(html).toContain('Revisado el');
    expect(html).toContain('No verificado');
  });
});

describe('route finder over HTTP', () => {
  it('gives TVTF with sources and legal basis for a Guatemalan who wants to work', async () => {
    const res = await get('/en/opciones?nationality=gt&place=tapachula&goal=work&entry=2026-01-05&fear=no&family=none&crime=no&child=no');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Border Worker Visitor Card (TVTF)');
    expect(html).toContain('art. 52, fracc. IV');
    expect(html).toContain('somoscolmena.info');
    expect(html).not.toContain('COMAR');
  });

  it('computes the COMAR limit from the entry date and says what to do once it passed', async () => {
    const html = await (await post('/es/opciones', { nationality: 'hn', place: 'tenosique', goal: 'protection', entry: '2020-03-02', fear: 'yes', family: 'none', crime: 'no', child: 'no' })).text();
    expect(html).toContain('terminó el');
    expect(html).toContain('solicitudes fuera de plazo');
  });

  it.each([
    ['a future entry date', 'nationality=gt&place=tapachula&goal=work&entry=2999-01-01&fear=no&family=none&crime=no&child=no', 'la fecha está en el futuro'],
    ['an unknown nationality', 'nationality=zz&place=tapachula&goal=work&entry=2026-01-05&fear=no&family=none&crime=no&child=no', 'no es una de las opciones'],
    ['a tampered repeated field', 'nationality=gt&nationality=hn&place=tapachula&goal=work&entry=2026-01-05&fear=no&family=none&crime=no&child=no', 'más de una respuesta'],
    ['missing answers', 'nationality=gt', 'falta la respuesta'],
  ])('asks again on %s, without any route', async (_what, query, message) => {
    const res = await get(`/es/opciones?${query}`);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(message);
    expect(html).not.toContain('Opciones que podrían corresponderle');
    expect(html).toContain('<form');
  });
});

describe('self-check over HTTP', () => {
  it('names the signs, hands off to the line and offers a way out', async () => {
    const form: Record<string, string> = {};
    for (const i of INDICATORS) form[i.id] = 'no';
    form.documents = 'yes';
    form.threats = 'yes';
    const html = await (await post('/es/piensalo', form)).text();
    expect(html).toContain('Le retienen sus documentos');
    expect(html).toContain('Amenazas');
    expect(html).toContain('href="tel:+528005533000"');
    expect(html).toContain('WhatsApp');
    expect(html).toContain('no es un diagnóstico');
    expect(html).toContain('Salir de esta página');
    expect(html).toContain('llame al 911');
  });

  it('a tampered form asks again', async () => {
    const res = await post('/en/piensalo', { debt: 'perhaps' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Please answer again');
  });
});

describe('nearby services from the directory', () => {
  const calls: [string, number, number][] = [];
  const withDirectory = guidesRoutes({
    nearby: async (need, lat, lng) => {
      calls.push([need, lat, lng]);
      return [{ id: `id-${need}`, name: `Servicio de ${need}`, km: 2.4 }];
    },
  });
  const failing = guidesRoutes({ nearby: async () => Promise.reject(new Error('index not built')) });
  const query = 'nationality=hn&place=tenosique&goal=protection&entry=2026-01-05&fear=yes&family=none&crime=no&child=no';

  it('the route finder lists legal aid around the chosen town', async () => {
    const html = await (await withDirectory.request(`/es/opciones?${query}`)).text();
    expect(calls).toContainEqual(['legal-status', 17.4729, -91.4236]);
    expect(html).toContain('<a href="/es/servicio/id-legal-status">Servicio de legal-status</a> (2 km)');
  });

  it('the self-check lists anti-trafficking services when a place is given', async () => {
    const body = new URLSearchParams({ debt: 'yes', place: 'tapachula' });
    const html = await (await withDirectory.request('/en/piensalo', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } })).text();
    expect(html).toContain('<a href="/en/servicio/id-trafficking-exploitation">Servicio de trafficking-exploitation</a>');
  });

  it('a directory that fails still gives the result, without the list', async () => {
    const res = await failing.request(`/es/opciones?${query}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Condición de refugiado (COMAR)');
    expect(html).toContain('No encontramos servicios de asesoría legal');
  });
});

describe('asking again keeps what the person already answered', () => {
  it('the form comes back filled in', async () => {
    const html = await (await get('/es/opciones?nationality=gt&place=tenosique&goal=work&goal=visit&entry=2999-01-01&fear=unsure&family=none&crime=no&child=no')).text();
    expect(html).toMatch(/<option value="gt" selected/);
    expect(html).toMatch(/<option value="tenosique" selected/);
    expect(html).toMatch(/name="goal" value="visit" checked/);
    expect(html).toMatch(/name="fear" value="unsure" checked/);
    expect(html).not.toMatch(/name="fear" value="yes" checked/);
    expect(html).toContain('value="2999-01-01"');
  });
});

describe('every fact on screen shows its source and reviewed date', () => {
  it.each([
    '/es/lineas',
    '/en/lineas',
    '/es/info/regularizacion-en-la-region',
    '/es/opciones?nationality=hn&place=tapachula&goal=protection&goal=visit&goal=return&entry=2026-01-05&fear=yes&family=mexican&crime=yes&child=no',
    '/en/opciones?nationality=gt&place=outside&goal=work&goal=visit&fear=no&family=none&crime=no&child=no',
  ])('%s', async (path) => {
    const html = await (await get(path)).text();
    const articles = html.split('<article>').slice(1).map((a) => a.slice(0, a.indexOf('</article>')));
    expect(articles.length).toBeGreaterThan(1);
    for (const a of articles) {
      expect(a).toContain('<aside class="sources">');
      expect(a).toMatch(/(Revisado el|Reviewed on) [^<]*2026/);
      expect(a).toMatch(/<a href="https?:\/\//);
    }
  });
});

describe('self-check without a place', () => {
  it('shows no empty list of nearby services', async () => {
    const html = await (await post('/es/piensalo', { debt: 'yes' })).text();
    expect(html).toContain('Una deuda que le ata al trabajo');
    expect(html).not.toContain('Servicios de apoyo cerca');
  });
});
