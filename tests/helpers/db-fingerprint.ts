import crypto from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';

type Sqlite = BetterSqlite3.Database;

/** Tables whose rows say nothing about the shop: FTS5's own shadow tables follow `products` and `skus`. */
const ignored = /^(sqlite_|catalog_search_)/;

function userTables(sqlite: Sqlite): string[] {
  return (
    sqlite
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
      )
      .all() as { name: string }[]
  )
    .map((r) => r.name)
    .filter((name) => !ignored.test(name));
}

/** Rows per table: the figure a person would notice first when something was lost or half-written. */
export function rowCounts(sqlite: Sqlite): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of userTables(sqlite)) {
    counts[table] = (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  }
  return counts;
}

/**
 * Every row of every table hashed in primary-key order, one digest per table: two fingerprints are equal
 * exactly when no row was added, removed or changed (rowid tables by rowid, STRICT WITHOUT ROWID by key).
 */
export function contentFingerprint(sqlite: Sqlite): Record<string, string> {
  const result: Record<string, string> = {};
  for (const table of userTables(sqlite)) {
    const hash = crypto.createHash('sha256');
    const statement = sqlite.prepare(`SELECT * FROM "${table}"`).raw(true);
    for (const row of statement.iterate() as Iterable<unknown[]>) {
      hash.update(JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)));
      hash.update('\n');
    }
    result[table] = hash.digest('hex').slice(0, 16);
  }
  return result;
}

/** Opens a database file read-only just long enough to take its row counts and content fingerprint. */
export function fileState(file: string): { counts: Record<string, number>; content: Record<string, string> } {
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return { counts: rowCounts(sqlite), content: contentFingerprint(sqlite) };
  } finally {
    sqlite.close();
  }
}

/** `PRAGMA integrity_check` and `foreign_key_check` of a file, opened read-only. */
export function fileHealth(file: string): { integrity: string; foreignKeyProblems: unknown[] } {
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    return { integrity, foreignKeyProblems: sqlite.pragma('foreign_key_check') as unknown[] };
  } finally {
    sqlite.close();
  }
}
