import type { EventMap } from '../../shared/api/events';
import type { Db, Sqlite } from './db/connection';
import type { FileAccess } from './files/dialogs';
import type { JobRunner } from './jobs/runner';

/** What every handler receives besides its input: the open database and the app's services. */
export interface CoreContext {
  db: Db;
  sqlite: Sqlite;
  /** Path of the database file (backups and jobs open their own connection to it). */
  dbFile: string;
  /** The data folder: database, backups/, logs. */
  dataDir: string;
  jobs: JobRunner;
  /** Native file dialogs where the host has them, and the paths picked in them. */
  files: FileAccess;
  emit<E extends keyof EventMap>(event: E, payload: EventMap[E]): void;
}
