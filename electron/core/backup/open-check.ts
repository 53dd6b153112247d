import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import type { RecoveryProblem } from '../../../shared/domain/recovery';
import { BUSY_TIMEOUT_MS } from '../db/busy-timeout';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { checkIntegrity } from './service';

/**
 * Below this size (database + WAL) opening runs the full integrity_check; above it quick_check, which skips
 * the index-content cross-check and is several times faster on a big file (`channeldesk check` always runs the
 * full one). Measured figures are in the report of issue 8 and in README's "Your data".
 */
export const FULL_CHECK_MAX_BYTES = 200 * 1024 * 1024;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface OpenCheck {
  problem: RecoveryProblem | null;
  /** Which check ran ('none' for a new, empty file). */
  mode: 'integrity_check' | 'quick_check' | 'none';
  ms: number;
}

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
 * that it is a ChannelDesk database, integrity_check (quick_check for big files) and foreign_key_check.
 * A missing or empty file is a new shop: nothing to check.
 */
export function checkDatabaseOnOpen(file: string, nativeBinding?: string): OpenCheck {
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
  const mode = size + sizeOf(`${file}-wal`) < FULL_CHECK_MAX_BYTES ? 'integrity_check' : 'quick_check';
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
    const report = checkIntegrity(probe, mode);
    if (report.ok) return done(null, mode);
    return done(
      {
        kind: 'damaged',
        message: `${file} failed the ${mode}: ${report.problems.slice(0, 3).join('; ')}`,
        details: report.problems.slice(0, 10),
      },
      mode,
    );
  } catch (err) {
    // SQLite refuses some damage outright (SQLITE_CORRUPT, SQLITE_NOTADB): a finding, not a crash.
    const text = (err as Error).message;
    return done({ kind: 'damaged', message: `${file} cannot be read: ${text}`, details: [text] }, mode);
  } finally {
    probe?.close();
  }
}
