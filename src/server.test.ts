import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './lib/config.js';
import { createLogger } from './lib/logger.js';
import { startServer } from './server.js';

describe('startServer', () => {
  it('creates and migrates the SQLite file, loads starter data once, serves, and closes cleanly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ruta-server-'));
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', SQLITE_PATH: join(dir, 'ruta.sqlite') });
    const logger = createLogger('silent');
    const server = await startServer(config, logger);
    try {
      expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok', database: 'sqlite' });
      const root = await (await fetch(`${server.url}/api/`)).json();
      expect(root.version).toBe('3.1');
      const services = await (await fetch(`${server.url}/api/services?search=Motozintla`)).json();
      expect(services.total_items).toBe(1);
      const home = await fetch(`${server.url}/`);
      expect(home.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(home.headers.get('set-cookie')).toBeNull();
    } finally {
      await server.close();
    }
    // A second start finds the starter data already there and does not load it again.
    const again = await startServer(config, logger);
    const count = await again.database.db.selectFrom('service').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBeGreaterThan(0);
    await again.close();
  });

  it('refuses bad settings before touching anything', () => {
    expect(() => loadConfig({ STARTER_DATA: 'maybe' })).toThrow('STARTER_DATA must be true or false, got "maybe"');
    expect(() => loadConfig({ PUBLIC_URL: 'not a url' })).toThrow(/PUBLIC_URL must be an absolute URL/);
  });
});
