import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import type { Config } from './lib/config.js';
import type { Database } from './lib/db.js';
import { errorBody, errorStatus, toRutaError, wantsJson } from './lib/error-boundary.js';
import { RutaError } from './lib/errors.js';
import type { Logger } from './lib/logger.js';
import { hsdsRoutes } from './directory/hsds-routes.js';
import { guidesRoutes } from './guides/guides-routes.js';
import { openSearchEngine, type SearchEngine } from './search/search-engine.js';
import { searchRoutes, type SearchRouteOptions } from './search/search-routes.js';
import { errorPage, siteRoutes } from './site/site-routes.js';

export interface AppDeps {
  database: Database;
  config: Pick<Config, 'publicUrl'>;
  logger: Logger;
  search?: SearchRouteOptions & {
    /** Build the search index now rather than at the first search (the server does; tests need not). */
    warm?: boolean;
  };
}

export function createApp({ database, config, logger, search }: AppDeps): Hono {
  const app = new Hono({ strict: false });

  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
      referrerPolicy: 'no-referrer',
      crossOriginResourcePolicy: 'same-origin',
    }),
  );
  app.use(compress());
  app.use(bodyLimit({ maxSize: 1024 * 1024, onError: () => { throw new RutaError('PAYLOAD_TOO_LARGE'); } }));
  // Request log without query strings or addresses: what people search for stays theirs.
  app.use(async (c, next) => {
    const start = performance.now();
    await next();
    logger.debug({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - start) }, 'request');
  });

  app.get('/healthz', async (c) => {
    await database.db.selectFrom('ruta_setting').select('key').limit(1).execute();
    return c.json({ status: 'ok', database: database.dialect });
  });
  // One search engine per process, built on first use and kept in step with the directory.
  let engine: Promise<SearchEngine> | undefined;
  const searchEngine = () => (engine ??= openSearchEngine(database).catch((err) => {
    engine = undefined;
    throw err;
  }));
  if (search?.warm) {
    searchEngine().catch((err: unknown) => logger.error({ err }, 'the search index could not be built'));
  }
  app.route('/api/search', searchRoutes(database, searchEngine, search));
  app.route('/api', hsdsRoutes(database, { publicUrl: config.publicUrl, searchEngine }));
  app.route('/', guidesRoutes({ nearby: async (need, lat, lng) => (await (await searchEngine()).search({ need, lat, lng, radius: 50, limit: 5 })).hits.map((h) => ({ id: h.serviceId, name: h.name, km: h.distanceKm })) }));
  app.route('/', siteRoutes(database, searchEngine));

  app.notFound((c) => {
    const err = new RutaError('NOT_FOUND');
    return wantsJson(c) ? c.json(errorBody(err), 404) : c.html(errorPage('NOT_FOUND', err.message, c.req.path), 404);
  });
  app.onError((e, c) => {
    const err = toRutaError(e, logger, c);
    if (wantsJson(c)) return c.json(errorBody(err), errorStatus(err));
    return c.html(errorPage(err.code, err.message, c.req.path), errorStatus(err));
  });
  return app;
}
