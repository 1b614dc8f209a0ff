/**
 * Server render time of the public site's pages, in process (app.request, no network), over the
 * starter directory in SQLite: p50 and p95 per page type, with brotli as a phone would ask,
 * and the compressed size of each page. Run: npm run bench:site [-- --runs N]
 */
import { loadavg } from 'node:os';
import { openTestDatabase } from '../test/support/databases.js';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/lib/logger.js';
import { loadStarterData } from '../src/starter/load-starter.js';
import { argInt } from './support.js';

const PAGES: [string, string][] = [
  ['home', '/es/'],
  ['results', `/es/buscar?q=${encodeURIComponent('albergue en tapachula')}`],
  ['results, none found', '/es/buscar?q=albergue&lugar=Monterrey'],
  ['service', '/es/servicio/fa9a279a-8481-537d-a37c-6ed6f3a17137'],
  ['privacy', '/es/privacidad'],
  ['offline', '/es/sin-conexion'],
];

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function main() {
  const runs = argInt(process.argv, '--runs', 300);
  const database = await openTestDatabase('sqlite');
  await loadStarterData(database);
  const app = createApp({ database, config: { publicUrl: 'http://localhost' }, logger: createLogger('silent') });
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${runs} runs per page after 30 warm-up runs`);
  console.log('| page | p50 ms | p95 ms | brotli bytes | gzip bytes |');
  console.log('|---|---|---|---|---|');
  for (const [name, path] of PAGES) {
    const get = (enc: string) => app.request(path, { headers: { 'accept-encoding': enc } });
    for (let i = 0; i < 30; i++) await (await get('br')).arrayBuffer();
    const times: number[] = [];
    let br = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const res = await get('br');
      br = (await res.arrayBuffer()).byteLength;
      times.push(performance.now() - start);
    }
    const gz = (await (await get('gzip')).arrayBuffer()).byteLength;
    times.sort((a, b) => a - b);
    console.log(`| ${name} | ${quantile(times, 0.5).toFixed(2)} | ${quantile(times, 0.95).toFixed(2)} | ${br} | ${gz} |`);
  }
  console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  await database.close();
}

await main();
