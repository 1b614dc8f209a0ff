import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Database } from '../lib/db.js';
import { ERROR_CATALOGUE, RutaError, type ErrorCode } from '../lib/errors.js';
import { isLocale, negotiateLocale, type Locale } from '../lib/i18n.js';
import type { SearchEngine } from '../search/search-engine.js';
import { assetRoutes, compressPages } from './assets.js';
import { HomePage } from './home-page.js';
import { AboutPage, ErrorPage, OfflinePage, PrivacyPage } from './info-pages.js';
import { RateLimit, saveReport } from './problem-reports.js';
import { regionListings } from './region.js';
import type { ReportState } from './report-form.js';
import { ResultsPage } from './results-page.js';
import { hotlines, readService, type Obj } from './service-data.js';
import { ServicePage } from './service-page.js';
import { readSiteQuery, siteSearch, MAX_QUERY } from './site-search.js';
import { localeOfPath, translator } from './site-i18n.js';
import './messages/index.js';

/** First path segments that are not languages: the API and the static files answer for themselves. */
const NOT_LANGUAGES = new Set(['api', 'assets', 'healthz', 'sw.js']);

export interface SiteOptions {
  /** Milliseconds the helpline list is reused before it is read again. */
  hotlineTtlMs?: number;
  reportLimit?: RateLimit;
}

/** The public site: server-rendered pages in five languages that work without JavaScript. */
export function siteRoutes(database: Database, engine: () => Promise<SearchEngine>, options: SiteOptions = {}): Hono {
  const site = new Hono({ strict: false });
  const limit = options.reportLimit ?? new RateLimit();
  let lines: { at: number; list: Promise<Obj[]> } | undefined;
  const helplines = () => {
    if (!lines || Date.now() - lines.at > (options.hotlineTtlMs ?? 60_000)) lines = { at: Date.now(), list: hotlines(database.db) };
    return lines.list;
  };

  site.route('/', assetRoutes());
  site.use('*', compressPages());

  site.get('/', (c) => {
    c.header('Vary', 'Accept-Language');
    return c.redirect(`/${negotiateLocale(c.req.header('accept-language'))}/`, 302);
  });

  const checkLanguage = async (c: Context, next: () => Promise<void>) => {
    const code = c.req.param('code') ?? '';
    if (isLocale(code) || NOT_LANGUAGES.has(code)) return next();
    const lang = negotiateLocale(c.req.header('accept-language'));
    const detail = translator(lang)('error.lang', { code: code.slice(0, 20) });
    return c.html(<ErrorPage lang={lang} error={{ status: 404, detail }} languages />, 404);
  };
  site.use('/:code', checkLanguage);
  site.use('/:code/*', checkLanguage);

  const lang = (c: Context) => c.req.param('lang') as Locale;

  site.get('/:lang', async (c) => c.html(<HomePage lang={lang(c)} hotlines={await helplines()} />));
  site.get('/:lang/privacidad', (c) => c.html(<PrivacyPage lang={lang(c)} />));
  site.get('/:lang/acerca', (c) => c.html(<AboutPage lang={lang(c)} />));
  site.get('/:lang/sin-conexion', async (c) => c.html(<OfflinePage lang={lang(c)} hotlines={await helplines()} />));

  site.get('/:lang/region', async (c) => {
    const lugar = (c.req.query('lugar') ?? '').trim().slice(0, 100);
    const data = lugar ? await regionListings(database, await engine(), lang(c), lugar) : undefined;
    if (!data) throw new RutaError('INVALID_PARAMETER', `Ruta does not know the place "${lugar}"`, [{ field: 'lugar', reason: 'is not a state or city Ruta knows' }]);
    c.header('Cache-Control', 'no-store');
    return c.json(data);
  });

  site.get('/:lang/buscar', async (c) => {
    const l = lang(c);
    const tr = translator(l);
    const read = readSiteQuery(c.req.queries());
    if ('problem' in read) {
      const detail = read.problem === 'queryLong' ? tr('error.queryLong', { max: MAX_QUERY }) : tr('error.need');
      return c.html(<ErrorPage lang={l} error={{ status: 400, detail }} path="/buscar" />, 400);
    }
    const results = await siteSearch(database, await engine(), l, read.query);
    return c.html(<ResultsPage lang={l} query={read.query} results={results} hotlines={results.hits.length ? [] : await helplines()} />);
  });

  const servicePage = async (c: Context, report: ReportState, status: 200 | 400 | 429 = 200) => {
    const l = lang(c);
    const service = await readService(database.db, c.req.param('id') ?? '');
    if (!service) return c.html(<ErrorPage lang={l} error={{ status: 404, detail: translator(l)('error.service') }} />, 404);
    return c.html(<ServicePage lang={l} service={service} report={report} />, status);
  };
  site.get('/:lang/servicio/:id', (c) => servicePage(c, { sent: c.req.query('reporte') === 'gracias' }));

  site.post('/:lang/servicio/:id/problema', async (c) => {
    const l = lang(c);
    const id = c.req.param('id');
    const service = await readService(database.db, id);
    if (!service) return c.html(<ErrorPage lang={l} error={{ status: 404, detail: translator(l)('error.service') }} />, 404);
    const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const text = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : undefined);
    const input = { kind: text('tipo'), detail: text('detalle'), trap: text('sitio') };
    const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
    const outcome = await saveReport(database, service.id as string, l, input, limit, env?.incoming?.socket?.remoteAddress ?? 'local');
    if (outcome.ok || outcome.problem === 'ignored') return c.redirect(`/${l}/servicio/${service.id}?reporte=gracias#reportar`, 303);
    const state: ReportState = { problem: outcome.problem, ...(input.kind ? { kind: input.kind } : {}), detail: (input.detail ?? '').slice(0, 1000) };
    return servicePage(c, state, ERROR_CATALOGUE[outcome.problem === 'busy' ? 'RATE_LIMITED' : 'INVALID_BODY'].status);
  });

  return site;
}

/** The page a person sees for an error: plain words in the language of the address, no technical detail. */
export function errorPage(code: ErrorCode, _message: string, path = '/') {
  return <ErrorPage lang={localeOfPath(path)} error={{ status: ERROR_CATALOGUE[code].status }} />;
}
