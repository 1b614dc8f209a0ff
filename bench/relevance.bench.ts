/**
 * Relevance bench: how well search answers what people on the move actually type.
 *
 * Loads the relevance test directory (bench/relevance/directory.ts, about 300 fictitious
 * listings on the route) into a fresh in-memory SQLite database with Ruta's migrations and
 * starter data, then runs every judged query of bench/relevance/queries.json through
 *
 *   - the plain full-text baseline (bench/relevance/baseline-fts.ts: FTS5 + bm25, accent folding
 *     only), and
 *   - Ruta's search engine, when src/search/search-engine.ts exists and exports
 *     openSearchEngine(database) → { search({ q, lang, lat, lng, limit }) → { hits: [{ serviceId }] } },
 *
 * and scores both with nDCG@10 and recall@10 (bench/relevance/metrics.ts), side by side: overall,
 * tuning set, holdout set and per category. Results outside the test directory (the starter
 * listings) are left out of each ranked list before scoring: they are unjudged, not wrong.
 *
 *   npx tsx bench/relevance.bench.ts [--json FILE] [--enforce]
 *
 * --json writes the summary and the per-query results of the tuning set (holdout queries appear
 * only in the aggregates, there as on screen). --enforce exits 1 unless the engine meets the
 * target: nDCG@10 ≥ 0.85 overall, and holdout within 0.05 of overall.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { fromRoot } from '../src/hsds/paths.js';
import { importDocuments } from '../src/import-export/importer.js';
import { openSqlite, type Database } from '../src/lib/db.js';
import { migrateToLatest } from '../src/lib/migrate.js';
import { loadStarterData } from '../src/starter/load-starter.js';
import { openBaseline } from './relevance/baseline-fts.js';
import { buildRelevanceDirectory, listingFacts } from './relevance/directory.js';
import { mean, ndcgAt, recallAt } from './relevance/metrics.js';
import { checkQueryFile, facetsOf, FACETS, loadQueryFile, type JudgedQuery } from './relevance/queries.js';

const K = 10;
const TARGET_NDCG = 0.85;
const TARGET_HOLDOUT_GAP = 0.05;
const LOW_NDCG = 0.5;

interface SearchQuery {
  q?: string;
  lang?: string;
  lat?: number;
  lng?: number;
  limit?: number;
}
interface SearchEngine {
  search(q: SearchQuery): Promise<{ hits: { serviceId: string }[] }>;
  close?: () => unknown;
}

/** A system under test: the query in, directory keys out (best first). */
type Ranker = (q: JudgedQuery) => Promise<{ ranked: string[]; outside: number; error?: string }>;

interface Scored {
  ranked: string[];
  ndcg: number;
  recall: number;
  ms: number;
  /** Results that are not listings of the test directory, left out before scoring. */
  outside: number;
  error?: string;
}

interface QueryResult {
  query: JudgedQuery;
  baseline: Scored;
  engine?: Scored;
}

function arg(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function loadDirectory(): Promise<{ database: Database; keyOf: Map<string, string>; services: number }> {
  const dir = buildRelevanceDirectory();
  const database = openSqlite(':memory:');
  await migrateToLatest(database);
  await loadStarterData(database);
  const report = await importDocuments(
    database,
    dir.services.map((doc, i) => ({ table: 'service' as const, doc, file: 'directory', line: i + 1 })),
    { updatedBy: 'relevance', schemaSet: 'ruta' },
  );
  if (!report.ok) {
    for (const p of report.problems.slice(0, 20)) console.error(`${p.file}:${p.line} ${p.field ?? ''} ${p.reason}`);
    throw new Error('the relevance directory did not import');
  }
  const keyOf = new Map([...dir.keys].map(([key, id]) => [id.toLowerCase(), key]));
  return { database, keyOf, services: dir.services.length };
}

/** Keeps the listings of the test directory, in order, and counts the rest. */
function condense(ids: readonly string[], keyOf: ReadonlyMap<string, string>): { ranked: string[]; outside: number } {
  const ranked: string[] = [];
  let outside = 0;
  for (const id of ids) {
    const key = keyOf.get(id.toLowerCase());
    if (key) ranked.push(key);
    else outside++;
  }
  return { ranked, outside };
}

async function baselineRanker(database: Database, keyOf: ReadonlyMap<string, string>): Promise<{ rank: Ranker; close(): void }> {
  const rows = (await database.db.selectFrom('service').select(['id', 'name', 'description']).execute()) as { id: string; name: string | null; description: string | null }[];
  const baseline = openBaseline(rows.map((r) => ({ key: r.id, name: r.name ?? '', description: r.description ?? '' })));
  return {
    rank: async (q) => condense(baseline.search(q.query, K), keyOf),
    close: () => baseline.close(),
  };
}

async function engineRanker(database: Database, keyOf: ReadonlyMap<string, string>): Promise<{ rank: Ranker; close(): Promise<void> } | string> {
  const path = fromRoot('src/search/search-engine.ts');
  if (!existsSync(path)) return 'src/search/search-engine.ts does not exist';
  let engine: SearchEngine;
  try {
    const mod = (await import(pathToFileURL(path).href)) as { openSearchEngine?: (db: Database) => SearchEngine | Promise<SearchEngine> };
    if (typeof mod.openSearchEngine !== 'function') return 'src/search/search-engine.ts does not export openSearchEngine';
    engine = await mod.openSearchEngine(database);
  } catch (e) {
    // An engine still being written may not load or open yet: score the baseline alone.
    return `it failed to open: ${e instanceof Error ? e.message : String(e)}`;
  }
  return {
    rank: async (q) => {
      try {
        const res = await engine.search({ q: q.query, lang: q.lang, lat: q.context?.lat, lng: q.context?.lng, limit: K });
        return condense(res.hits.map((h) => h.serviceId), keyOf);
      } catch (e) {
        return { ranked: [], outside: 0, error: e instanceof Error ? e.message : String(e) };
      }
    },
    close: async () => {
      await engine.close?.();
    },
  };
}

async function score(rank: Ranker, q: JudgedQuery): Promise<Scored> {
  const t = performance.now();
  const { ranked, outside, error } = await rank(q);
  const ms = performance.now() - t;
  return { ranked, outside, ms, ndcg: ndcgAt(ranked, q.relevant, K), recall: recallAt(ranked, q.relevant, K), ...(error ? { error } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Summaries

interface Summary {
  n: number;
  ndcg: number;
  recall: number;
}

function summarize(results: readonly QueryResult[], pick: (r: QueryResult) => Scored | undefined): Summary {
  const scored = results.map(pick).filter((s): s is Scored => s !== undefined);
  return { n: scored.length, ndcg: mean(scored.map((s) => s.ndcg)), recall: mean(scored.map((s) => s.recall)) };
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const f3 = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(3));

function printTable(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

// ---------------------------------------------------------------------------------------------

async function main(argv: string[]): Promise<void> {
  const file = loadQueryFile();
  const problems = checkQueryFile(file);
  if (problems.length > 0) {
    for (const p of problems) console.error(p);
    throw new Error('queries.json has problems');
  }
  const queries = file.queries;

  let t = performance.now();
  const { database, keyOf, services } = await loadDirectory();
  const facts = listingFacts();
  const untagged = [...facts.values()].filter((f) => f.untagged).length;
  const notActive = [...facts.values()].filter((f) => f.status !== 'active').length;
  console.log(`directory: ${services} services (${untagged} text only, ${notActive} not active) imported in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const holdoutCount = queries.filter((q) => q.holdout).length;
  console.log(`queries: ${queries.length} (${queries.length - holdoutCount} tuning, ${holdoutCount} holdout, seed ${file.holdout.seed})`);

  const baseline = await baselineRanker(database, keyOf);
  const engine = await engineRanker(database, keyOf);
  if (typeof engine === 'string') console.log(`engine: not available yet (${engine})`);

  t = performance.now();
  const results: QueryResult[] = [];
  for (const q of queries) {
    const r: QueryResult = { query: q, baseline: await score(baseline.rank, q) };
    if (typeof engine !== 'string') r.engine = await score(engine.rank, q);
    results.push(r);
  }
  const elapsed = (performance.now() - t) / 1000;
  baseline.close();
  if (typeof engine !== 'string') await engine.close();
  await database.close();
  const hasEngine = typeof engine !== 'string';

  // Side-by-side table
  const groups: { name: string; results: QueryResult[] }[] = [
    { name: 'overall', results },
    { name: 'tuning', results: results.filter((r) => !r.query.holdout) },
    { name: 'holdout', results: results.filter((r) => r.query.holdout) },
    ...FACETS.map((facet) => ({ name: `  ${facet}`, results: results.filter((r) => facetsOf(r.query).includes(facet)) })),
  ];
  const summaries = groups.map((g) => ({ name: g.name.trim(), baseline: summarize(g.results, (r) => r.baseline), engine: summarize(g.results, (r) => r.engine) }));
  console.log(`\nnDCG@${K} and recall@${K} (categories over all queries; a query counts in each of its facets)\n`);
  printTable(
    ['set', 'n', `base nDCG`, `engine nDCG`, `base R@${K}`, `engine R@${K}`],
    groups.map((g, i) => {
      const s = summaries[i]!;
      return [g.name, String(s.baseline.n), f3(s.baseline.ndcg), hasEngine ? f3(s.engine.ndcg) : '—', f3(s.baseline.recall), hasEngine ? f3(s.engine.recall) : '—'];
    }),
  );

  const overall = summaries[0]!;
  const holdout = summaries[2]!;
  const baseLow = results.filter((r) => r.baseline.ndcg < LOW_NDCG).length;
  console.log(`\nbaseline: ${baseLow} of ${results.length} queries below ${LOW_NDCG} nDCG@${K}`);

  let met: boolean | undefined;
  if (hasEngine) {
    const lows = results.filter((r) => r.engine!.ndcg < LOW_NDCG);
    const tuningLows = lows.filter((r) => !r.query.holdout);
    const holdoutLows = lows.length - tuningLows.length;
    console.log(`\nengine below ${LOW_NDCG} nDCG@${K}: ${tuningLows.length} tuning queries, ${holdoutLows} holdout queries (holdout queries are not listed)`);
    for (const r of tuningLows) {
      const e = r.engine!;
      const wanted = Object.entries(r.query.relevant)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([k, g]) => `${k}:${g}`)
        .join(' ');
      console.log(`  ${r.query.id} ${JSON.stringify(r.query.query)} [${r.query.category}] nDCG ${f3(e.ndcg)} R ${f3(e.recall)}${e.error ? ` ERROR ${e.error}` : ''}`);
      console.log(`      got:    ${e.ranked.slice(0, 5).join(' ') || '(nothing)'}${e.outside ? ` (+${e.outside} outside the test directory)` : ''}`);
      console.log(`      wanted: ${wanted || '(no results)'}`);
    }
    const ms = results.map((r) => r.engine!.ms);
    console.log(`engine latency: mean ${mean(ms).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms per query`);
    const gap = Math.abs(holdout.engine.ndcg - overall.engine.ndcg);
    met = overall.engine.ndcg >= TARGET_NDCG && gap <= TARGET_HOLDOUT_GAP;
    console.log(
      `\ntarget: engine nDCG@${K} ≥ ${TARGET_NDCG} overall (${f3(overall.engine.ndcg)}) and holdout within ${TARGET_HOLDOUT_GAP} of it (${f3(holdout.engine.ndcg)}, gap ${f3(gap)}): ${met ? 'MET' : 'NOT MET'}`,
    );
  } else {
    console.log(`\ntarget for the engine: nDCG@${K} ≥ ${TARGET_NDCG} overall, holdout within ${TARGET_HOLDOUT_GAP} of it. Baseline overall: ${f3(overall.baseline.ndcg)}.`);
  }
  console.log(`(${results.length} queries scored in ${elapsed.toFixed(1)} s)`);

  const jsonPath = arg(argv, 'json');
  if (jsonPath) {
    const pick = (s: Scored | undefined) => s && { ndcg: s.ndcg, recall: s.recall, ms: Math.round(s.ms * 10) / 10, outside: s.outside, ranked: s.ranked, ...(s.error ? { error: s.error } : {}) };
    const out = {
      k: K,
      directory: { services, textOnly: untagged, notActive },
      queries: { total: results.length, tuning: results.length - holdoutCount, holdout: holdoutCount, seed: file.holdout.seed },
      engine: hasEngine ? { available: true } : { available: false, reason: engine },
      target: { ndcg: TARGET_NDCG, holdoutGap: TARGET_HOLDOUT_GAP, met: met ?? null },
      summary: summaries,
      tuning: results
        .filter((r) => !r.query.holdout)
        .map((r) => ({ id: r.query.id, query: r.query.query, lang: r.query.lang, category: r.query.category, baseline: pick(r.baseline), engine: pick(r.engine) ?? null })),
    };
    writeFileSync(jsonPath, `${JSON.stringify(out, (_k, v: unknown) => (typeof v === 'number' && Number.isNaN(v) ? null : v), 2)}\n`);
    console.log(`results → ${jsonPath}`);
  }
  if (argv.includes('--enforce') && met !== true) process.exitCode = 1;
}

await main(process.argv.slice(2));
