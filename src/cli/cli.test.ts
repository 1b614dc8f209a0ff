import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './cli-main.js';

/** Runs the CLI in-process against a temporary SQLite file and captures what it prints. */
async function ruta(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  try {
    const code = await runCli(['node', 'ruta', ...args]);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('ruta command line', () => {
  let dir: string;
  const saved = { ...process.env };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ruta-cli-'));
    process.env.SQLITE_PATH = join(dir, 'ruta.sqlite');
    delete process.env.DATABASE_URL;
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it('validates without changing anything, then imports, then exports the same service', async () => {
    const example = 'vendor/hsds/3.1-dev/examples/service_full.json';
    const checked = await ruta('validate', example, '--schema', '3.1', '--allow-dangling', '--no-progress');
    expect(checked.code).toBe(0);
    expect(checked.out).toMatch(/1 record\(s\) checked: no problems\. Nothing was changed\./);
    const exportedEmpty = join(dir, 'empty.json');
    await ruta('export', exportedEmpty);
    expect(JSON.parse(readFileSync(exportedEmpty, 'utf8'))).toEqual([]);

    const imported = await ruta('import', example, '--schema', '3.1', '--allow-dangling', '--no-progress');
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/service: 1 new, 0 updated, 0 unchanged/);
    const exported = join(dir, 'out.ndjson');
    expect((await ruta('export', exported, '--format', 'ndjson')).code).toBe(0);
    const lines = readFileSync(exported, 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['ac148810-d857-441c-9679-408f346de14b']);
  });

  it('prints every problem as file:line field: reason and exits 1', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '[\n{"id": "not-a-uuid", "name": "Albergue", "status": "open"}\n]');
    const r = await ruta('import', bad, '--no-progress');
    expect(r.code).toBe(1);
    expect(r.out).toContain('bad.json:2 id: must be a valid uuid');
    expect(r.out).toContain('bad.json:2 status: must be one of: active, inactive, defunct, temporarily closed');
    expect(r.out).toContain('Nothing was changed.');
  });

  it('refuses bad options and settings with a short message and exit code 2', async () => {
    expect((await ruta('import', 'x.json', '--type', 'banana')).err).toMatch(/--type must be an HSDS object/);
    process.env.PORT = 'abc';
    const r = await ruta('migrate');
    expect(r.code).toBe(2);
    expect(r.err).toBe('ruta: PORT must be a whole number from 0 to 65535, got "abc"');
  });

  it('migrates once', async () => {
    expect((await ruta('migrate')).out).toMatch(/^Applied 0001-hsds-directory, 0002-ruta-tables, 0003-problem-reports to SQLite /);
    expect((await ruta('migrate')).out).toMatch(/is up to date$/);
  });
});
