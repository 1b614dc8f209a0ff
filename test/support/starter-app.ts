import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../src/app.js';
import type { Database } from '../../src/lib/db.js';
import { createLogger } from '../../src/lib/logger.js';
import { loadStarterData } from '../../src/starter/load-starter.js';
import { openTestDatabase } from './databases.js';

export interface StarterApp {
  database: Database;
  app: ReturnType<typeof createApp>;
}

/**
 * The app over a fresh SQLite database holding the starter data, opened before the tests of the
 * calling `describe` and closed after them. Read its fields inside the tests, once they run.
 */
export function useStarterApp(): StarterApp {
  const held = {} as StarterApp;
  beforeAll(async () => {
    held.database = await openTestDatabase('sqlite');
    await loadStarterData(held.database);
    held.app = createApp({ database: held.database, config: { publicUrl: 'http://localhost:3000' }, logger: createLogger('silent') });
  });
  afterAll(() => held.database.close());
  return held;
}
