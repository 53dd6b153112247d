import type BetterSqlite3 from 'better-sqlite3';

/**
 * Test hook for a full disk. With `CHANNELDESK_TEST_MAX_PAGE_COUNT=N` in the environment, every connection to
 * the shop's file (the app's, each job worker's, the CLI's) caps the database at N pages with
 * `PRAGMA max_page_count`, so a write that would grow it fails with SQLITE_FULL exactly as on a full disk — no
 * tiny filesystem (which needs root) required. SQLite never lowers the cap below the file's current size.
 * Unset in normal use; tests/faults/disk-full.test.ts sets it for the CLI it starts.
 */
export const MAX_PAGE_COUNT_ENV = 'CHANNELDESK_TEST_MAX_PAGE_COUNT';

export function applyTestPageLimit(sqlite: BetterSqlite3.Database): void {
  const pages = Number(process.env[MAX_PAGE_COUNT_ENV]);
  if (Number.isInteger(pages) && pages > 0) sqlite.pragma(`max_page_count = ${pages}`);
}

/** SQLITE_FULL (disk or max_page_count) — from better-sqlite3's SqliteError, whose `code` names the result. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || (typeof code === 'string' && code.startsWith('SQLITE_FULL'));
}
