/**
 * The holdout draw: a seeded, stratified tenth of the judged queries, fixed once so nobody picks
 * it by hand and nobody can quietly redraw it.
 *
 * Method: n = round(N / 10) of all N queries. Queries marked `spec_example` (quoted word for word
 * in the search engine's own specification, so its authors have seen them) are not eligible.
 * Group the eligible queries by stratum (the first facet of `category`), strata in alphabetical
 * order; sort each stratum by id and shuffle it with Fisher–Yates driven by mulberry32(seed);
 * concatenate (E queries); take n of them at evenly spaced positions (step E / n) from a seeded
 * start in [0, step). Every stratum thus gives its share of the holdout.
 *
 *   npx tsx bench/relevance/holdout.ts           # check that queries.json carries the draw
 *   npx tsx bench/relevance/holdout.ts --write   # set the "holdout" flags from the draw
 *
 * Re-run --write only when queries are added; the draw then changes for some queries, which
 * must be said in the change's description.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { facetsOf, loadQueryFile, QUERIES_PATH, type JudgedQuery } from './queries.js';

/** mulberry32: a tiny, well-known 32-bit PRNG; same sequence on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ids of the holdout queries for this seed. */
export function drawHoldout(queries: readonly JudgedQuery[], seed: number): Set<string> {
  const rng = mulberry32(seed);
  const strata = new Map<string, string[]>();
  for (const q of queries) {
    if (q.spec_example) continue;
    const s = facetsOf(q)[0]!;
    strata.set(s, [...(strata.get(s) ?? []), q.id]);
  }
  const order: string[] = [];
  for (const name of [...strata.keys()].sort()) {
    const ids = strata.get(name)!.sort();
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    order.push(...ids);
  }
  const n = Math.round(queries.length / 10);
  const step = order.length / n;
  const start = rng() * step;
  const picked = new Set<string>();
  for (let i = 0; i < n; i++) picked.add(order[Math.floor(start + i * step)]!);
  return picked;
}

function main(argv: string[]): void {
  const file = loadQueryFile();
  const picked = drawHoldout(file.queries, file.holdout.seed);
  if (argv.includes('--write')) {
    // One query per line: flip the flag in place so the file keeps its layout.
    const text = readFileSync(QUERIES_PATH, 'utf8')
      .split('\n')
      .map((line) => {
        const m = /^\s*\{"id": "(q\d{3})"/.exec(line);
        return m ? line.replace(/"holdout": (true|false)/, `"holdout": ${picked.has(m[1]!)}`) : line;
      })
      .join('\n');
    writeFileSync(QUERIES_PATH, text);
    console.log(`${picked.size} of ${file.queries.length} queries marked holdout (seed ${file.holdout.seed})`);
    return;
  }
  const wrong = file.queries.filter((q) => q.holdout !== picked.has(q.id)).map((q) => q.id);
  if (wrong.length > 0) {
    console.error(`holdout flags differ from the seeded draw for: ${wrong.join(', ')} (run with --write)`);
    process.exit(1);
  }
  console.log(`holdout flags match the seeded draw: ${picked.size} of ${file.queries.length} queries (seed ${file.holdout.seed})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
