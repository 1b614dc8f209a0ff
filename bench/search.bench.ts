/**
 * Search speed: build the in-memory index over an imported directory, then time queries in
 * process (text only; text + need + place + open now) and over HTTP beside a hello-world route.
 *
 *   npx tsx bench/search.bench.ts --db-file FILE.sqlite [--runs 200] [--duration 10] [--json FILE]
 *
 * FILE.sqlite is a directory imported by bench/import.bench.ts (`--db-file`), e.g. 100,000 or
 * 1,000,000 generated services. Query latencies are per query, in milliseconds.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from '../src/app.js';
import { openSqlite } from '../src/lib/db.js';
import { createLogger } from '../src/lib/logger.js';
import { migrateToLatest } from '../src/lib/migrate.js';
import { runSearch, type SearchQuery } from '../src/search/search-engine.js';
import { buildIndex } from '../src/search/index-build.js';
import { needCodes } from '../src/search/search-index.js';
import { argInt, argValue, fmt, machineFacts, startMemorySampler, table } from './support.js';

const argv = process.argv.slice(2);
const file = argValue(argv, 'db-file');
if (!file) {
  console.error('usage: npx tsx bench/search.bench.ts --db-file FILE.sqlite [--runs 200] [--duration 10] [--json FILE]');
  process.exit(2);
}
const runs = argInt(argv, 'runs', 200);
const duration = argInt(argv, 'duration', 10);
const openAt = new Date('2026-12-01T17:00:00Z'); // a Tuesday, 11:00 in Chiapas

const TEXT_ONLY: SearchQuery[] = ['albergue', 'comida gratis', 'asesoria legal', 'psicologo', 'donde dormir', 'trabajo', 'manje', 'shelter', 'doctor', 'albergeu'].map((q) => ({ q }));
const COMBINED: SearchQuery[] = [
  { q: 'albergue en tapachula', need: 'shelter', openAt },
  { q: 'comida en tenosique', need: 'food', openAt },
  { q: 'asesoria legal ciudad hidalgo', need: 'legal-status', openAt },
  { q: 'medico', need: 'health', lat: 14.9057, lng: -92.263, radius: 25, openAt },
  { q: 'donde dormir', need: 'shelter', lat: 17.4729, lng: -91.4236, radius: 25, openAt },
];

function percentiles(times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
  return { p50: at(50), p95: at(95), p99: at(99) };
}

const database = openSqlite(file);
await migrateToLatest(database);
const facts = await machineFacts(false);
const load = loadavg()[0]!;

const memory = startMemorySampler();
const t0 = performance.now();
const index = await buildIndex(database);
const buildSeconds = (performance.now() - t0) / 1000;
const buildMemory = memory.stop();

const needs = needCodes();
function timeSet(queries: SearchQuery[]) {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    for (const q of queries) {
      const s = performance.now();
      runSearch(index, { ...q, limit: 20 }, needs);
      times.push(performance.now() - s);
    }
  }
  return percentiles(times);
}
timeSet(TEXT_ONLY.slice(0, 2)); // warm-up
const text = timeSet(TEXT_ONLY);
const combined = timeSet(COMBINED);

// HTTP: the real app and a hello-world route in one server; autocannon in this process.
// The same app twice: as served (answers cached per directory version and minute) and with
// the cache off, asked a rotation of distinct queries, so every request is searched afresh.
const logger = createLogger('silent');
const ruta = createApp({ database, config: { publicUrl: 'http://127.0.0.1' }, logger });
const cold = createApp({ database, config: { publicUrl: 'http://127.0.0.1' }, logger, search: { cacheSize: 0 } });
const root = new Hono();
root.get('/hello', (c) => c.text('hi'));
root.route('/cold', cold);
root.route('/', ruta);
const server = serve({ fetch: root.fetch, hostname: '127.0.0.1', port: 0 });
await new Promise((r) => server.once('listening', r));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
await fetch(`http://127.0.0.1:${port}/api/search?q=albergue`); // builds the app's own engine
await fetch(`http://127.0.0.1:${port}/cold/api/search?q=albergue`);
const ROTATION = [...TEXT_ONLY.map((q) => `q=${encodeURIComponent(q.q!)}`), ...['albergue en tapachula', 'comida en tenosique', 'asesoria legal ciudad hidalgo', 'medico tapachula', 'donde dormir palenque'].map((q) => `q=${encodeURIComponent(q)}&open=now`)];
async function rps(path: string | string[]) {
  const paths = Array.isArray(path) ? path : [path];
  let next = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: 10,
    duration,
    // As phones and the site ask: compressed answers, a page of 20.
    headers: { 'Accept-Encoding': 'gzip' },
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths[next++ % paths.length] }) }],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx };
}
const hello = await rps('/hello');
const search = await rps(`/api/search?q=${encodeURIComponent('albergue en tapachula')}&open=now&per_page=20`);
// Distinct pages of distinct queries, the cache off: the cost of a search nobody asked before.
const coldPaths = ROTATION.flatMap((q) => [1, 2, 3].map((page) => `/cold/api/search?${q}&page=${page}&per_page=20`));
const searchCold = await rps(coldPaths);
server.close();
await database.close();

const report = { facts, loadAverageAtStart: load, services: index.services.length, buildSeconds, buildMemory, text, combined, http: { hello, search, searchCold } };
console.log(`${fmt(index.services.length)} services; index built in ${buildSeconds.toFixed(1)} s, peak RSS ${buildMemory.peakSampledRssMb} MB; load average ${load.toFixed(2)}`);
console.log(
  table(
    ['queries (in process, ms)', 'p50', 'p95', 'p99'],
    [
      ['text only', text.p50.toFixed(2), text.p95.toFixed(2), text.p99.toFixed(2)],
      ['text + need + place + open now', combined.p50.toFixed(2), combined.p95.toFixed(2), combined.p99.toFixed(2)],
    ],
  ),
);
console.log(
  table(
    ['HTTP (10 connections)', 'requests/s', 'p50 ms', 'p99 ms', 'non-2xx'],
    [
      ['hello world', fmt(hello.rps), hello.p50, hello.p99, hello.non2xx],
      ['/api/search, one query (as served: cached)', fmt(search.rps), search.p50, search.p99, search.non2xx],
      ['/api/search, 45 distinct, cache off', fmt(searchCold.rps), searchCold.p50, searchCold.p99, searchCold.non2xx],
    ],
  ),
);
console.log(`search serves ${((100 * search.rps) / hello.rps).toFixed(1)}% of the hello-world rate as served, ${((100 * searchCold.rps) / hello.rps).toFixed(1)}% with the cache off`);
const json = argValue(argv, 'json');
if (json) writeFileSync(json, JSON.stringify(report, null, 2));
