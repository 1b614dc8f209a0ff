/**
 * The plain full-text baseline: keyword search with accent and case folding, nothing else.
 *
 * An in-memory SQLite FTS5 table over each service's name and description, tokenized with
 * `unicode61 remove_diacritics 2`. A query becomes its whitespace-separated tokens, each
 * double-quoted (a quote inside is doubled), joined with OR; results are ordered by bm25().
 * No stemming, no synonyms, no place or distance logic, no status filter: it stands for what a
 * directory gets from its database's text search out of the box.
 */
import SQLite from 'better-sqlite3';

export interface BaselineRow {
  key: string;
  name: string;
  description: string;
}

export interface Baseline {
  /** Keys of the best `limit` rows for the query, best first. */
  search(query: string, limit?: number): string[];
  close(): void;
}

/** The FTS5 MATCH expression of a query: `"tok1" OR "tok2" …`; empty when it has no word. */
export function matchExpression(query: string): string {
  return query
    .split(/\s+/u)
    .filter((token) => /[\p{L}\p{N}]/u.test(token))
    .map((token) => `"${token.replace(/"/g, '""')}"`)
    .join(' OR ');
}

export function openBaseline(rows: Iterable<BaselineRow>): Baseline {
  const db = new SQLite(':memory:');
  db.exec(`CREATE VIRTUAL TABLE doc USING fts5(key UNINDEXED, name, description, tokenize = "unicode61 remove_diacritics 2")`);
  const insert = db.prepare('INSERT INTO doc (key, name, description) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const r of rows) insert.run(r.key, r.name, r.description);
  })();
  const select = db.prepare('SELECT key FROM doc WHERE doc MATCH ? ORDER BY bm25(doc), rowid LIMIT ?').pluck();
  return {
    search(query, limit = 10) {
      const expr = matchExpression(query);
      return expr ? (select.all(expr, limit) as string[]) : [];
    },
    close() {
      db.close();
    },
  };
}
