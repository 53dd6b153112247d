import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../../shared/api/result';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { BUSY_TIMEOUT_MS } from '../db/busy-timeout';
import { backupName } from './naming';
import { backupsDir } from './service';

export interface RestoreResult {
  /** The file the data came from. */
  restoredFrom: string;
  /** Copy of the database as it was before the restore (null when there was none). */
  preRestoreBackup: string | null;
  schemaVersion: number;
}

function invalidBackup(file: string, reason: string): AppError {
  return new AppError(
    'INVALID_INPUT',
    `${file} cannot be restored: ${reason}. The current database was left untouched.`,
    {
      key: 'backupInvalid',
      params: { file, reason },
    },
  );
}

/**
 * Checks that `file` is something ChannelDesk can open before anything is replaced: a readable SQLite
 * database, not from a newer version, passing integrity_check, with the settings table every ChannelDesk
 * database has. Opened read-only, so a rejected file is never modified either.
 */
export function validateBackupFile(file: string, nativeBinding?: string): { schemaVersion: number } {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    throw invalidBackup(file, 'the file does not exist');
  let probe: BetterSqlite3.Database | undefined;
  try {
    probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding });
    probe.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const schemaVersion = Number(probe.pragma('user_version', { simple: true }));
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      throw invalidBackup(
        file,
        `it was written by a newer ChannelDesk (schema version ${schemaVersion}, this version knows up to ${LATEST_SCHEMA_VERSION})`,
      );
    }
    const integrity = (probe.pragma('integrity_check') as { integrity_check: string }[]).map(
      (r) => r.integrity_check,
    );
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      throw invalidBackup(file, `the integrity check failed (${integrity.slice(0, 3).join('; ')})`);
    }
    const settings = probe
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'")
      .get();
    if (!settings) throw invalidBackup(file, 'it is not a ChannelDesk database (no settings table)');
    return { schemaVersion };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw invalidBackup(file, `it is not a readable SQLite database (${(err as Error).message})`);
  } finally {
    probe?.close();
  }
}

/** Online-backup copy of `from` into `to` as one self-contained file (WAL content included, journal DELETE). */
async function onlineCopy(from: string, to: string, nativeBinding?: string): Promise<void> {
  const source = new BetterSqlite3(from, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    source.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    await source.backup(to);
  } finally {
    source.close();
  }
  const copy = new BetterSqlite3(to, { nativeBinding });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

function removeSidecars(dbFile: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${dbFile}${suffix}`, { force: true });
}

/**
 * Replaces the database at `dbFile` with a copy of `from`. The current database is first kept in
 * <dataDir>/backups/pre-restore-<time>.db (naming.ts), then the copy is written beside the database and renamed over
 * it, so at every moment either the old or the new database is complete. The app must not have the
 * database open meanwhile (the CLI is used with the app closed; the app restores through its own flow).
 */
export async function restoreDatabase(options: {
  dbFile: string;
  dataDir: string;
  from: string;
  /** better-sqlite3 build for this runtime (the Electron app's own). */
  nativeBinding?: string;
}): Promise<RestoreResult> {
  const dbFile = path.resolve(options.dbFile);
  const from = path.resolve(options.from);
  if (from === dbFile) throw invalidBackup(from, 'it is the database being replaced');
  const { nativeBinding } = options;
  const { schemaVersion } = validateBackupFile(from, nativeBinding);

  let preRestoreBackup: string | null = null;
  if (fs.existsSync(dbFile) && fs.statSync(dbFile).size > 0) {
    const dir = backupsDir(path.resolve(options.dataDir));
    fs.mkdirSync(dir, { recursive: true });
    preRestoreBackup = path.join(dir, backupName('preRestore'));
    try {
      await onlineCopy(dbFile, preRestoreBackup, nativeBinding);
    } catch {
      // A damaged current database (the usual reason to restore) may defeat the backup API: keep its raw bytes.
      fs.copyFileSync(dbFile, preRestoreBackup);
      if (fs.existsSync(`${dbFile}-wal`)) fs.copyFileSync(`${dbFile}-wal`, `${preRestoreBackup}-wal`);
    }
  }

  const temp = path.join(
    path.dirname(dbFile),
    `.${path.basename(dbFile)}.restore-${crypto.randomBytes(6).toString('hex')}`,
  );
  try {
    fs.mkdirSync(path.dirname(dbFile), { recursive: true });
    await onlineCopy(from, temp, nativeBinding);
    removeSidecars(temp);
    // Stale -wal/-shm of the old database must not be replayed onto the restored one.
    removeSidecars(dbFile);
    fs.renameSync(temp, dbFile);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    removeSidecars(temp);
    throw err;
  }
  return { restoredFrom: from, preRestoreBackup, schemaVersion };
}
