import { existsSync, mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../../src/app.js';
import { openSqlite, type Database } from '../../src/lib/db.js';
import { createLogger } from '../../src/lib/logger.js';
import { migrateToLatest } from '../../src/lib/migrate.js';
import { loadStarterData } from '../../src/starter/load-starter.js';

export const CHROMIUM = process.env.RUTA_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = () => existsSync(CHROMIUM);
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** Ruta on a free local port with the starter data, as a browser sees it. */
export async function startSiteServer(): Promise<{ url: string; database: Database; close: () => Promise<void> }> {
  const database = openSqlite(join(mkdtempSync(join(tmpdir(), 'ruta-site-')), 'ruta.sqlite'));
  await migrateToLatest(database);
  await loadStarterData(database);
  const app = createApp({ database, config: { publicUrl: 'http://127.0.0.1' }, logger: createLogger('silent') });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    database,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}

/** Answers for which the route finder shows several routes, legal aid nearby and the form again. */
export const ROUTE_ANSWERS = 'nationality=hn&place=tapachula&goal=protection&goal=work&entry=2026-01-05&fear=yes&family=none&crime=yes&child=no';

/** One page of each type, in Spanish and one other language, with the path that reaches it. */
export const PAGE_TYPES: [string, string][] = [
  ['home', '/es/'],
  ['home-ht', '/ht/'],
  ['results', `/es/buscar?q=${encodeURIComponent('albergue en tapachula')}`],
  ['results-en', '/en/buscar?necesidad=food'],
  ['no-results', '/pt/buscar?q=albergue&lugar=Monterrey'],
  ['service', '/es/servicio/fa9a279a-8481-537d-a37c-6ed6f3a17137'],
  ['service-fr', '/fr/servicio/4d048ad4-6334-5b07-8b1e-a2eef0e14564'],
  ['privacy', '/es/privacidad'],
  ['about', '/en/acerca'],
  ['offline', '/es/sin-conexion'],
  ['not-found', '/xx/'],
  // The guides, in the same shell.
  ['route-finder', '/es/opciones'],
  ['route-finder-result', `/en/opciones?${ROUTE_ANSWERS}`],
  ['route-finder-problems', '/pt/opciones?nationality=xx&fear=yes'],
  ['self-check', '/ht/piensalo'],
  ['hotlines', '/es/lineas'],
  ['article', '/es/info/regularizacion-en-la-region'],
  ['campaign', '/fr/campanas/piensalo-2-veces'],
];
