import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { buffersOf, inRowidOrder, readListingFacts, SERVICE_COLUMNS } from './listing-facts.js';

// The worker side of readListingFactsInWorker: reads one SQLite file, answers once, and ends.
// A failure is answered as a message: a database error does not survive the trip between threads.
const { file } = workerData as { file: string };
let sqlite: SQLite.Database | undefined;
try {
  const db = (sqlite = new SQLite(file, { readonly: true, fileMustExist: true }));
  db.pragma('busy_timeout = 5000');
  const rows = (sql: string) => db.prepare(sql).raw(true).iterate() as Iterable<unknown[]>;
  // One read transaction: the count and every table are one state of the file.
  db.exec('begin');
  const count = db.prepare('select count(*) from "service"').pluck().get() as number;
  const ids: string[] = [];
  const facts = await readListingFacts(
    {
      services: () => rows(inRowidOrder('service', SERVICE_COLUMNS)),
      organizations: () => rows('select "id", "name" from "organization"'),
    },
    count,
    (id, row) => {
      ids.push(id);
      return row;
    },
  );
  db.exec('commit');
  parentPort!.postMessage({ ids, facts }, buffersOf(facts));
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
} finally {
  sqlite?.close();
}
