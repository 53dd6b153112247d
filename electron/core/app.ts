import path from 'node:path';
import type { EventMap } from '../../shared/api/events';
import { openDatabase, type DbHandle, type OpenOptions } from './db/connection';
import type { CoreContext } from './context';
import { JobRunner } from './jobs/runner';
import { createDispatch, type Dispatch } from './router';
import { ensureSettings } from './settings/service';

export interface CoreOptions extends OpenOptions {
  dbFile: string;
  /** Defaults to the database's folder. */
  dataDir?: string;
  /** OS locale, for first-run defaults of language and time zone. */
  locale?: string;
  workerEntry?: URL | string;
  /** Where main → renderer events go (IPC webContents.send, the preview's event stream). */
  emit?: <E extends keyof EventMap>(event: E, payload: EventMap[E]) => void;
}

export interface Core {
  handle: DbHandle;
  ctx: CoreContext;
  dispatch: Dispatch;
  close(): Promise<void>;
}

/** Opens the database, writes first-run settings and wires the router: shared by the app, preview, CLI and tests. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const handle = await openDatabase(options.dbFile, options);
  await ensureSettings(handle.db, options.locale);
  const emit = options.emit ?? (() => undefined);
  const jobs = new JobRunner({
    workerEntry: options.workerEntry,
    nativeBinding: options.nativeBinding,
    onUpdate: (job) => emit('jobs:progress', job),
  });
  const ctx: CoreContext = {
    db: handle.db,
    sqlite: handle.sqlite,
    dbFile: path.resolve(options.dbFile),
    dataDir: path.resolve(options.dataDir ?? path.dirname(options.dbFile)),
    jobs,
    emit,
  };
  return {
    handle,
    ctx,
    dispatch: createDispatch(() => ctx),
    close: async () => {
      await jobs.shutdown();
      await handle.close();
    },
  };
}
