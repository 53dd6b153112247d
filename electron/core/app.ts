import path from 'node:path';
import type { Namespace } from '../../shared/api/channels';
import type { EventMap } from '../../shared/api/events';
import type { JobKind } from '../../shared/domain/jobs';
import { openDatabase, type DbHandle, type OpenOptions } from './db/connection';
import type { CoreContext } from './context';
import { FileAccess, type FileDialogs } from './files/dialogs';
import { JobRunner } from './jobs/runner';
import { createDispatch, type Dispatch } from './router';
import { ensureSettings } from './settings/service';

/** The data each job kind writes, so pages showing it reload when the job is done. */
/** What each finished job changed, so open pages reload (an order import moves stock and customers too). */
const jobChanges: Partial<Record<JobKind, Namespace[]>> = {
  importProducts: ['catalog'],
  importOrders: ['orders', 'customers', 'catalog', 'imports'],
  importFees: ['orders', 'imports'],
  importTickets: ['tickets'],
  // Low scores open follow-up tickets.
  importSurveyResponses: ['surveys', 'tickets'],
};

export interface CoreOptions extends OpenOptions {
  dbFile: string;
  /** Defaults to the database's folder. */
  dataDir?: string;
  /** OS locale, for first-run defaults of language and time zone. */
  locale?: string;
  workerEntry?: URL | string;
  /** Where main → renderer events go (IPC webContents.send, the preview's event stream). */
  emit?: <E extends keyof EventMap>(event: E, payload: EventMap[E]) => void;
  /** The app's native dialogs; without them (CLI, preview) file paths are typed by the person. */
  fileDialogs?: FileDialogs;
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
    onUpdate: (job) => {
      emit('jobs:progress', job);
      // A job writes on its own connection: tell open pages what it changed once it is done.
      const changed = job.state === 'done' ? jobChanges[job.kind] : undefined;
      for (const namespace of changed ?? []) emit('data:changed', { namespace });
    },
  });
  const ctx: CoreContext = {
    db: handle.db,
    sqlite: handle.sqlite,
    dbFile: path.resolve(options.dbFile),
    dataDir: path.resolve(options.dataDir ?? path.dirname(options.dbFile)),
    jobs,
    files: new FileAccess(options.fileDialogs),
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
