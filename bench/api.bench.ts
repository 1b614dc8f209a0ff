/**
 * API benchmark: the real app (createApp, served by @hono/node-server on 127.0.0.1) over an
 * imported directory of 100,000 services, beside a hello-world Hono app served the same way.
 *
 *   npx tsx bench/api.bench.ts [--db-file FILE.sqlite] [--count 100000] [--seed 1]
 *                              [--duration 10] [--warmup 2] [--connections 10] [--json FILE]
 *
 * --db-file reuses a database imported by bench/import.bench.ts (same --seed); without it the
 * directory is generated and imported into a temporary SQLite file first.
 *
 * Each server runs in a child process of its own, and autocannon in this one, so the server
 * and the load generator each have a core of the two.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import autocannon, { type Result } from 'autocannon';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from '../src/app.js';
import { importPath } from '../src/import-export/importer.js';
import { openSqlite } from '../src/lib/db.js';
import { createLogger } from '../src/lib/logger.js';
import { migrateToLatest } from '../src/lib/migrate.js';
import { serviceId, writeNdjson } from './generate-directory.js';
import { argInt, argValue, fmt, machineFacts, mb, table } from './support.js';

const SELF = fileURLToPath(import.meta.url);

// ---------------------------------------------------------------------------------------------
// Server child: `--serve app --db-file FILE` or `--serve hello`

async function serveChild(argv: string[]) {
  const kind = argValue(argv, 'serve');
  let fetch: (req: Request) => Response | Promise<Response>;
  let close = async () => {};
  if (kind === 'hello') {
    const app = new Hono();
    app.get('/hello', (c) => c.text('hi'));
    fetch = app.fetch;
  } else {
    const database = openSqlite(argValue(argv, 'db-file')!);
    const app = createApp({ database, config: { publicUrl: 'http://127.0.0.1' }, logger: createLogger('warn') });
    fetch = app.fetch;
    close = () => database.close();
  }
  const server = serve({ fetch, port: 0, hostname: '127.0.0.1' });
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.send!({ port });
  process.on('message', async (m) => {
    if (m === 'rss') {
      process.send!({ rssMb: Math.round(process.memoryUsage.rss() / 1024 / 1024) });
      return;
    }
    if (m !== 'stop') return;
    const usage = process.resourceUsage();
    server.close();
    await close();
    process.send!({ maxRssMb: Math.round(usage.maxRSS / 1024), cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }, () => process.exit(0));
  });
}

interface RunningChild {
  url: string;
  /** The server's RSS now, in MB. */
  rss(): Promise<number>;
  stop(): Promise<{ maxRssMb: number; cpuSeconds: number }>;
}

async function startServer(args: string[]): Promise<RunningChild> {
  const child: ChildProcess = fork(SELF, args, { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  const [first] = (await once(child, 'message')) as [{ port: number }];
  return {
    url: `http://127.0.0.1:${first.port}`,
    async rss() {
      child.send('rss');
      const [m] = (await once(child, 'message')) as [{ rssMb: number }];
      return m.rssMb;
    },
    async stop() {
      child.send('stop');
      const [stats] = (await once(child, 'message')) as [{ maxRssMb: number; cpuSeconds: number }];
      await once(child, 'exit');
      return stats;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Load

interface Measured {
  name: string;
  path: string;
  status: number;
  bytes: number;
  /** The first request, before any warm-up (the search engine builds its index then). */
  firstMs: number;
  /** total_items of a list answer. */
  total?: number;
  /** Server RSS after this endpoint's runs, in MB. */
  serverRssMb?: number;
  note: string;
  result: Result;
}

async function measure(
  base: string,
  name: string,
  path: string,
  o: { duration: number; warmup: number; connections: number },
  note: (total: number | undefined) => string = () => '',
): Promise<Measured> {
  const url = `${base}${path}`;
  const t = performance.now();
  const probe = await fetch(url);
  const body = await probe.text();
  const firstMs = Math.round(performance.now() - t);
  if (probe.status !== 200) throw new Error(`${path} answered ${probe.status}: ${body.slice(0, 300)}`);
  let total: number | undefined;
  try {
    const parsed = JSON.parse(body) as { total_items?: unknown };
    if (typeof parsed.total_items === 'number') total = parsed.total_items;
  } catch {
    // not JSON
  }
  if (o.warmup > 0) await autocannon({ url, connections: o.connections, duration: o.warmup });
  const result = await autocannon({ url, connections: o.connections, duration: o.duration });
  const noteText = note(total);
  console.log(`${name}: first request ${firstMs} ms; ${fmt(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}`);
  return { name, path, status: probe.status, bytes: Buffer.byteLength(body), firstMs, total, note: noteText, result };
}

async function importDirectory(file: string, count: number, seed: number) {
  const work = mkdtempSync(join(tmpdir(), 'ruta-bench-'));
  const ndjson = join(work, 'directory.ndjson');
  console.log(`no --db-file: generating and importing ${fmt(count)} services into ${file}`);
  await writeNdjson(ndjson, count, seed);
  const database = openSqlite(file);
  await migrateToLatest(database);
  const t = performance.now();
  const report = await importPath(database, ndjson, { schemaSet: 'ruta' });
  await database.close();
  rmSync(work, { recursive: true, force: true });
  if (!report.ok) throw new Error(`import failed: ${JSON.stringify(report.problems.slice(0, 3))}`);
  console.log(`imported in ${fmt((performance.now() - t) / 1000, 1)} s`);
}

async function main(argv: string[]) {
  const count = argInt(argv, 'count', 100_000);
  const seed = argInt(argv, 'seed', 1);
  const o = { duration: argInt(argv, 'duration', 10), warmup: argInt(argv, 'warmup', 2), connections: argInt(argv, 'connections', 10) };
  const jsonOut = argValue(argv, 'json');
  const dbArg = argValue(argv, 'db-file');
  let work: string | undefined;
  let dbFile: string;
  if (dbArg) {
    dbFile = resolve(dbArg);
    if (!existsSync(dbFile)) throw new Error(`--db-file ${dbFile} does not exist`);
  } else {
    work = mkdtempSync(join(tmpdir(), 'ruta-bench-'));
    dbFile = join(work, 'api.sqlite');
    await importDirectory(dbFile, count, seed);
  }

  try {
    const startLoad = loadavg()[0]!;
    const machine = await machineFacts(false);
    console.log(`commit ${machine.commit}; machine: ${machine.nproc} cores, ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}, SQLite ${machine.sqlite}`);
    const measured: Measured[] = [];

    const hello = await startServer(['--serve', 'hello']);
    measured.push({ ...(await measure(hello.url, 'hello world (plain Hono)', '/hello', o)), serverRssMb: await hello.rss() });
    const helloStats = await hello.stop();

    const app = await startServer(['--serve', 'app', '--db-file', dbFile]);
    let id = serviceId(0, seed);
    if ((await fetch(`${app.url}/api/services/${id}`)).status !== 200) {
      const page = (await (await fetch(`${app.url}/api/services?per_page=1`)).json()) as { contents: { id: string }[] };
      id = page.contents[0]!.id;
      console.log(`service ${serviceId(0, seed)} is not in this database (another --seed?); using ${id}`);
    }
    const endpoints: [string, string, (total: number | undefined) => string][] = [
      ['list, page 1', '/api/services', (n) => `${fmt(n ?? 0)} services, 50 a page`],
      ['list, page 1000', '/api/services?page=1000&per_page=50', () => 'OFFSET 49,950'],
      ['one service, full', `/api/services/${id}`, () => 'fully nested'],
      ['search "albergue"', '/api/services?search=albergue', (n) => `${fmt(n ?? 0)} matches`],
    ];
    const idleRss = await app.rss();
    for (const [name, path, note] of endpoints) measured.push({ ...(await measure(app.url, name, path, o, note)), serverRssMb: await app.rss() });
    const appStats = await app.stop();

    const out: string[] = [];
    const total = measured.find((m) => m.path === '/api/services')?.total ?? 0;
    out.push(`\n## API, ${fmt(total)} services, SQLite (${o.connections} connections, ${o.duration} s after ${o.warmup} s warm-up)\n`);
    out.push(
      table(
        ['endpoint', 'requests/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors (of which timeouts)', 'first request ms', 'response bytes', 'server RSS after MB', 'note'],
        measured.map((m) => [
          `${m.name}: GET ${m.path.replace(id, '{id}')}`,
          fmt(m.result.requests.average),
          m.result.latency.p50,
          m.result.latency.p99,
          m.result.non2xx,
          `${m.result.errors} (${m.result.timeouts})`,
          fmt(m.firstMs),
          fmt(m.bytes),
          m.serverRssMb ?? '',
          m.note,
        ]),
      ),
    );
    out.push(`\nserver peak RSS: hello world ${helloStats.maxRssMb} MB; Ruta ${appStats.maxRssMb} MB (${idleRss} MB once started, before any request; ${fmt(appStats.cpuSeconds, 1)} CPU s)`);
    out.push(`load generator peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
    out.push(`load average (1 min) at start ${startLoad.toFixed(2)}, at end ${loadavg()[0]!.toFixed(2)} (other work on the machine skews the figures)`);
    console.log(out.join('\n'));
    if (jsonOut) {
      writeFileSync(
        jsonOut,
        JSON.stringify({ machine, options: o, total, servers: { hello: helloStats, app: { ...appStats, idleRssMb: idleRss } }, measured: measured.map(({ result, ...m }) => ({ ...m, requests: result.requests, latency: result.latency, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts })) }, null, 2),
      );
    }
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }
}

const argv = process.argv.slice(2);
if (argv.includes('--serve')) await serveChild(argv);
else await main(argv);
