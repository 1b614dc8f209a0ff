import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabasePair } from '../../test/support/databases.js';
import { loadDirectoryFixture } from '../../test/support/directory-fixtures.js';
import type { Database } from '../lib/db.js';
import { loadStarterData } from '../starter/load-starter.js';
import { buildIndex } from './index-build.js';
import { postingsByTerm, readListingFacts, readListingFactsInWorker, SERVICE_COLUMNS, type ListingFacts } from './listing-facts.js';
import { docLookup, type SearchIndex } from './search-index.js';

/** What a build gives search, in a form two builds can be compared by. */
function contents(index: SearchIndex) {
  return {
    services: index.services.map((s) => ({ ...s, textNeeds: [...s.textNeeds].sort(), populations: [...s.populations].sort() })),
    postings: [...index.postings].map(([term, p]) => [term, [...p.docs], [...p.weights]]).sort(),
    docLength: [...index.docLength],
    avgLength: index.avgLength,
    spelling: ['albergeu', 'tapachla', 'comdor', 'asesoira'].map((w) => index.spell.correct(w)),
  };
}

/** Facts by meaning: codes, terms and words by name rather than by the order they were first met. */
function meaning(f: ListingFacts) {
  const lists = (start: Int32Array, values: Int32Array) =>
    Array.from({ length: start.length - 1 }, (_, doc) => [...values.subarray(start[doc]!, start[doc + 1]!)].map((c) => f.codes[c]!).sort());
  return {
    needs: lists(f.needStart, f.needs),
    populations: lists(f.popStart, f.pops),
    postings: Object.fromEntries([...postingsByTerm(f)].map(([term, p]) => [term, [[...p.docs], [...p.weights]]])),
    words: Object.fromEntries(f.words.map((w, i) => [w, f.seen[i]])),
    docLength: [...f.docLength],
    totalLength: f.totalLength,
    freeByFees: [...f.freeByFees],
    nameRank: [...f.nameRank],
  };
}

describe('listing facts read in a worker thread', () => {
  let database: Database;
  let other: Database;
  beforeAll(async () => {
    [database, other] = await openTestDatabasePair('sqlite');
    await loadStarterData(database);
    expect((await loadDirectoryFixture(database)).report.problems).toEqual([]);
    // One service free by its fees, one by a cost of nothing, one not free at all.
    const services = database.sqlite!.prepare('select id from service order by rowid').pluck().all() as string[];
    database.sqlite!.prepare("update service set fees_description = 'Consulta gratuita' where id = ?").run(services[3]);
    const cost = database.sqlite!.prepare("insert into cost_option (id, service_id, amount, currency) values (?, ?, ?, 'MXN')");
    cost.run('5b0c7a52-1d3e-4f6a-8b9c-0d1e2f3a4b5c', services[4], 0);
    cost.run('6c1d8b63-2e4f-4a7b-9cad-1e2f3a4b5c6d', services[5], 150);
  });
  afterAll(async () => {
    await other.close();
    await database.close();
  });

  it('are the facts read in this thread', async () => {
    const sqlite = database.sqlite!;
    const { ids, facts } = await readListingFactsInWorker(sqlite.name).answer;
    const byId = new Map(ids.map((id, i) => [id, i]));
    const rows = (sql: string) => () => sqlite.prepare(sql).raw(true).all() as unknown[][];
    // The same rows in reverse: documents are matched by id, not by the order rows come in.
    const here = await readListingFacts(
      {
        services: () => rows(`select ${SERVICE_COLUMNS.join(', ')} from service`)().reverse(),
        organizations: rows('select id, name from organization'),
      },
      ids.length,
      (id) => byId.get(id),
    );
    expect(ids.length).toBeGreaterThan(20);
    expect(facts.docs.length).toBeGreaterThan(100);
    expect([...facts.freeByFees]).toEqual(expect.arrayContaining([1, 0]));
    expect(meaning(facts)).toEqual(meaning(here));
  });

  it('give the same index as a build without the worker', async () => {
    const withWorker = await buildIndex(database, { factsInWorker: true });
    const without = await buildIndex(database, { factsInWorker: false });
    expect(withWorker.services.some((s) => s.textNeeds.length && s.languages.length && s.free)).toBe(true);
    expect(contents(withWorker)).toEqual(contents(without));
  });

  it('fail the build when the worker is insisted on and cannot read the file', async () => {
    const sqlite = database.sqlite!;
    const name = `${sqlite.name}.missing`;
    const handle = new Proxy(sqlite, {
      get: (target, key) => {
        if (key === 'name') return name;
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const missing: Database = { ...database, sqlite: handle };
    await expect(buildIndex(missing, { factsInWorker: true })).rejects.toThrow(/listing facts of .*\.missing: .*(exist|open)/i);
  });
});

describe('docLookup', () => {
  const ids = ['a', 'b', 'c', 'd'];
  const byId = new Map(ids.map((id, i) => [id, i]));
  it('finds services in order, out of order, repeated, and not at all', () => {
    const docOf = docLookup(byId, (doc) => ids[doc]);
    expect(['a', 'a', 'b', 'd', 'c', 'c', 'x', 'a', 'd'].map(docOf)).toEqual([0, 0, 1, 3, 2, 2, undefined, 0, 3]);
  });
});
