import fs from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import BetterSqlite3Database from 'better-sqlite3';
import { BUSY_TIMEOUT_MS } from '../db/busy-timeout';
import { openDatabase, type Db } from '../db/connection';
import { readSettingRows, writeSettingRows } from '../settings/repo';

/** Pages per backup step while the staged shop is copied in (the destination stays one transaction). */
const COPY_STEP_PAGES = 4096;

const remove = (file: string): void => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
};

/**
 * A demo too big for one transaction (`demo --orders 1000000`; batches of 50,000 orders) is written into a
 * staging file beside the database, then copied into the database with SQLite's online backup API. The
 * backup writes the destination inside ONE write transaction that commits when the last page is copied, so
 * a crash or kill at any moment leaves the database exactly as it was (empty) or holding the whole demo —
 * never the first batches. A staging file left by a killed run is deleted at the next run. The database's
 * own settings rows (language, chosen at first start) are carried into the staging file first.
 */
export async function createStagedDemo<T>(
  db: Db,
  sqlite: BetterSqlite3.Database,
  build: (staging: { db: Db; sqlite: BetterSqlite3.Database }) => Promise<T>,
): Promise<T> {
  const target = sqlite.name;
  const staging = `${target}.demo-partial`;
  remove(staging);
  try {
    const handle = await openDatabase(staging);
    let built: T;
    try {
      await writeSettingRows(handle.db, Object.fromEntries(await readSettingRows(db)));
      built = await build(handle);
    } finally {
      // Folds the staging WAL into its file: the copy below reads one self-contained database.
      await handle.close();
    }
    const source = new BetterSqlite3Database(staging, { readonly: true, fileMustExist: true });
    try {
      source.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      await source.backup(target, { progress: () => COPY_STEP_PAGES });
    } finally {
      source.close();
    }
    return built;
  } finally {
    remove(staging);
  }
}
