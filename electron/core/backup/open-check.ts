import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import type { RecoveryProblem } from '../../../shared/domain/recovery';
import { BUSY_TIMEOUT_MS } from '../db/busy-timeout';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { readIntegrityRecord, writeIntegrityRecord } from './integrity-record';
import { checkIntegrity } from './service';

/**
 * Below this size (database + WAL) opening runs the full integrity_check before the window shows (well under
 * a second). Above it opening takes the fast path — header, schema version, schema, the settings table — and
 * the host runs the full check in a worker once the app is up (recovery/background-check.ts). quick_check is
 * no middle way: measured 51 s cold on the 1,000,000-order bench file (1.35 GB), integrity_check 46 s warm.
 */
export const FULL_CHECK_MAX_BYTES = 16 * 1024 * 1024;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface OpenCheck {
  problem: RecoveryProblem | null;
  /** Which check ran ('none' for a new, empty file; 'fast': the full one is still to run, in the background). */
  mode: 'integrity_check' | 'fast' | 'none';
  ms: number;
}

export const damaged = (file: string, check: string, problems: string[]): RecoveryProblem => ({
  kind: 'damaged',
  message: `${file} failed the ${check}: ${problems.slice(0, 3).join('; ')}`,
  details: problems.slice(0, 10),
});

/**
 * When the database last changed: with WAL, writes land in the -wal file until a checkpoint. An empty -wal
 * holds no change (a read-only connection, like this probe, creates one when it is missing).
 */
const lastWrite = (file: string): string => {
  const times = [file, `${file}-wal`].map((f) => {
    const stat = fs.statSync(f, { throwIfNoEntry: false });
    return stat && stat.size > 0 ? stat.mtimeMs : 0;
  });
  return new Date(Math.max(...times)).toISOString();
};

const sizeOf = (file: string): number => fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;

function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(SQLITE_HEADER.length);
    fs.readSync(fd, buf, 0, buf.length, 0);
    return buf;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * What the app and the preview run before opening the shop's file for writing, through a read-only connection
 * so a damaged or future file is never modified: the header, the schema version (newer → refused untouched),
 * that it is a ChannelDesk database, then integrity_check and foreign_key_check for a small file (recorded
 * like a background check) or, for a big one, the fast path. A big file whose last full check found damage,
 * and that was not written since, opens in recovery at once. A missing or empty file is a new shop.
 */
export function checkDatabaseOnOpen(
  file: string,
  nativeBinding?: string,
  fullCheckMaxBytes = FULL_CHECK_MAX_BYTES,
): OpenCheck {
  const started = performance.now();
  const done = (problem: RecoveryProblem | null, mode: OpenCheck['mode']): OpenCheck => ({
    problem,
    mode,
    ms: Math.round(performance.now() - started),
  });
  const size = sizeOf(file);
  if (size === 0) return done(null, 'none');
  const unreadable = (details: string[]): RecoveryProblem => ({
    kind: 'unreadable',
    message: `${file} is not a ChannelDesk database: ${details.join('; ')}`,
    details,
  });
  if (size < SQLITE_HEADER.length || !readHeader(file).equals(SQLITE_HEADER)) {
    return done(unreadable(['the file does not start with a SQLite header']), 'none');
  }
  const mode = size + sizeOf(`${file}-wal`) < fullCheckMaxBytes ? 'integrity_check' : 'fast';
  let probe: BetterSqlite3.Database | undefined;
  try {
    probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding });
    probe.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const found = Number(probe.pragma('user_version', { simple: true }));
    if (found > LATEST_SCHEMA_VERSION) {
      return done(
        {
          kind: 'tooNew',
          message: `${file} was written by a newer ChannelDesk (schema version ${found}, this version knows up to ${LATEST_SCHEMA_VERSION}); it was left untouched`,
          details: [],
          found,
          known: LATEST_SCHEMA_VERSION,
        },
        'none',
      );
    }
    const tables = probe.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
    }[];
    // Someone else's SQLite file must not get our tables added by the migrations.
    if (tables.length > 0 && !tables.some((t) => t.name === 'settings')) {
      return done(unreadable(['it has tables but no settings table']), 'none');
    }
    if (mode === 'fast') {
      // Reads the pages of a small table: a file whose first pages are readable but whose schema lies fails here.
      if (tables.length > 0) probe.prepare('SELECT count(*) FROM settings').get();
      const last = readIntegrityRecord(file);
      if (last && !last.ok && lastWrite(file) <= last.checkedAt) {
        return done(damaged(file, 'integrity check', last.problems), mode);
      }
      return done(null, mode);
    }
    const report = checkIntegrity(probe);
    const ms = Math.round(performance.now() - started);
    writeIntegrityRecord(file, { ...report, checkedAt: new Date().toISOString(), ms });
    if (report.ok) return done(null, mode);
    return done(damaged(file, mode, report.problems), mode);
  } catch (err) {
    // SQLite refuses some damage outright (SQLITE_CORRUPT, SQLITE_NOTADB): a finding, not a crash.
    const text = (err as Error).message;
    return done({ kind: 'damaged', message: `${file} cannot be read: ${text}`, details: [text] }, mode);
  } finally {
    probe?.close();
  }
}
