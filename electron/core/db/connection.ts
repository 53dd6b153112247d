import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { AppError } from '../../../shared/api/result';
import { BUSY_TIMEOUT_MS } from './busy-timeout';
import { ImmediateSqliteDialect } from './immediate-dialect';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';
import type { Database } from './schema';
import { applyTestPageLimit } from './disk-full';

export type Sqlite = BetterSqlite3.Database;
export type Db = Kysely<Database>;

export { BUSY_TIMEOUT_MS };

export interface DbHandle {
  file: string;
  sqlite: Sqlite;
  db: Db;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for this runtime (the Electron app passes its own build). */
  nativeBinding?: string;
  /** Run pending migrations (default true). */
  migrate?: boolean;
  busyTimeoutMs?: number;
}

export class DatabaseTooNewError extends AppError {
  constructor(file: string, found: number) {
    super(
      'CONFLICT',
      `${file} was written by a newer ChannelDesk (schema version ${found}, this version knows up to ${LATEST_SCHEMA_VERSION}). ` +
        'It was left untouched: update ChannelDesk to open it.',
      { key: 'dbTooNew', params: { found, known: LATEST_SCHEMA_VERSION } },
    );
  }
}

export class DatabaseUnreadableError extends AppError {
  constructor(file: string, reason: string) {
    super('INTERNAL', `${file} is not a readable ChannelDesk database: ${reason}`, {
      key: 'dbUnreadable',
      params: { reason },
    });
  }
}

/**
 * Reads the schema version without writing a single byte: a database from the future must stay untouched,
 * and even switching it to WAL would rewrite its header.
 */
export function readSchemaVersion(file: string, nativeBinding?: string): number {
  let probe: Sqlite | undefined;
  try {
    probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding });
    probe.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    return Number(probe.pragma('user_version', { simple: true }));
  } catch (err) {
    throw new DatabaseUnreadableError(file, (err as Error).message);
  } finally {
    probe?.close();
  }
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<DbHandle> {
  const exists = fs.existsSync(file) && fs.statSync(file).size > 0;
  if (exists) {
    const version = readSchemaVersion(file, options.nativeBinding);
    if (version > LATEST_SCHEMA_VERSION) throw new DatabaseTooNewError(file, version);
  } else {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }

  const sqlite = new BetterSqlite3(file, { nativeBinding: options.nativeBinding });
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? BUSY_TIMEOUT_MS}`);
    applyTestPageLimit(sqlite);
  } catch (err) {
    sqlite.close();
    throw new DatabaseUnreadableError(file, (err as Error).message);
  }
  // Write transactions take the lock up front, so they wait for other processes' writers (immediate-dialect.ts).
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  const handle: DbHandle = {
    file,
    sqlite,
    db,
    // Kysely's destroy closes the better-sqlite3 connection it was given.
    close: () => db.destroy(),
  };
  if (options.migrate !== false) {
    try {
      await migrate(handle);
    } catch (err) {
      await handle.close();
      throw err;
    }
  }
  return handle;
}

/** One step of an upgrade: `done` of `total` pending migrations have been applied; `next` is the one now running. */
export interface MigrationStep {
  done: number;
  total: number;
  next: { version: number; name: string } | null;
}

/**
 * Applies every migration above the file's user_version, each in its own transaction with its version bump
 * (a crash mid-migration leaves the file at the previous version). `onStep` hears before each and at the end.
 */
export async function migrate(
  handle: DbHandle,
  target = LATEST_SCHEMA_VERSION,
  onStep?: (step: MigrationStep) => void,
): Promise<number> {
  const current = Number(handle.sqlite.pragma('user_version', { simple: true }));
  if (current > LATEST_SCHEMA_VERSION) throw new DatabaseTooNewError(handle.file, current);
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  for (const [done, migration] of pending.entries()) {
    onStep?.({ done, total: pending.length, next: { version: migration.version, name: migration.name } });
    await handle.db.transaction().execute(async (trx) => {
      await migration.up(trx as unknown as Kysely<unknown>);
      await sql.raw(`PRAGMA user_version = ${migration.version}`).execute(trx);
    });
  }
  onStep?.({ done: pending.length, total: pending.length, next: null });
  return Number(handle.sqlite.pragma('user_version', { simple: true }));
}
