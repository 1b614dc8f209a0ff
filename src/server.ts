import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.js';
import type { Config } from './lib/config.js';
import { describeDatabase, openDatabase, type Database } from './lib/db.js';
import type { Logger } from './lib/logger.js';
import { migrateToLatest } from './lib/migrate.js';
import { loadStarterData } from './starter/load-starter.js';
import { formatProblem } from './lib/errors.js';

export interface RunningServer {
  url: string;
  database: Database;
  close(): Promise<void>;
}

/** Opens and migrates the database, loads starter data once, and serves Ruta. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const database = openDatabase(config);
  try {
    const applied = await migrateToLatest(database);
    if (applied.length) logger.info({ applied }, 'database migrated');
    if (config.starterData) {
      const report = await loadStarterData(database);
      if (report && !report.ok) throw new Error(`starter data was rejected: ${report.problems.map(formatProblem).join('; ')}`);
      if (report) logger.info({ records: report.records }, 'starter data loaded');
    }
  } catch (err) {
    await database.close();
    throw err;
  }
  const app = createApp({ database, config, logger, search: { warm: true } });
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  logger.info({ url, database: describeDatabase(config) }, 'Ruta is listening');
  return {
    url,
    database,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
