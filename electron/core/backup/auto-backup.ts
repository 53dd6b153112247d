import path from 'node:path';
import type { JobInfo } from '../../../shared/domain/jobs';
import type { Core } from '../app';
import { getSettings } from '../settings/service';
import { backupName } from './naming';
import { pruneBackups } from './prune';
import { backupsDir, listBackups } from './service';

export const DAY_MS = 86_400_000;
/** After a failed automatic backup (disk full, file locked) try again this much later, not a day later. */
const RETRY_MS = 60 * 60 * 1000;

export interface AutoBackupOptions {
  /** Check at once (app start); false for a shop created just now, which has nothing to keep yet. */
  atStart: boolean;
  /** Time between automatic backups (tests shorten it). */
  intervalMs?: number;
  now?: () => Date;
  log?: (message: string) => void;
}

export interface AutoBackups {
  /** The backup in progress, if any (tests and restore wait for it). */
  current(): Promise<JobInfo | null>;
  /** Clears the timer; a running backup job is stopped by the core's close (its partial file is removed). */
  stop(): void;
}

/**
 * Daily automatic backups in the core (not the renderer): the same online-backup worker job as "back up now",
 * into backups/channeldesk-auto-<time>.db, then pruning by the shop's retention settings. Due when the newest
 * automatic backup is a day old; the timer sleeps until then and is unref'd so it never keeps a process alive.
 */
export function startAutoBackups(core: Core, options: AutoBackupOptions): AutoBackups {
  const interval = options.intervalMs ?? DAY_MS;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string) => console.error(message));
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running: Promise<JobInfo | null> = Promise.resolve(null);

  const dueIn = (): number => {
    const newest = listBackups(core.ctx.dataDir).find((b) => b.kind === 'automatic');
    if (!newest) return 0;
    return Math.max(0, Date.parse(newest.createdAt) + interval - now().getTime());
  };

  const schedule = (ms: number): void => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(tick, ms);
    timer.unref();
  };

  async function take(): Promise<JobInfo | null> {
    const outFile = path.join(backupsDir(core.ctx.dataDir), backupName('automatic', now()));
    const job = core.ctx.jobs.start('backup', { dbFile: core.ctx.dbFile, outFile });
    const ended = await core.ctx.jobs.wait(job.id);
    if (ended.state !== 'done') {
      if (!stopped) log(`Automatic backup ${ended.state}: ${ended.message ?? ''}`);
      schedule(RETRY_MS);
      return ended;
    }
    if (stopped) return ended;
    const settings = await getSettings(core.ctx.db);
    pruneBackups(core.ctx.dataDir, {
      keepDays: settings.backupKeepDays,
      keepWeeks: settings.backupKeepWeeks,
      timezone: settings.timezone,
      now: now(),
    });
    schedule(interval);
    return ended;
  }

  function tick(): void {
    if (stopped) return;
    const wait = dueIn();
    if (wait > 0) return schedule(wait);
    running = take().catch((err: unknown) => {
      if (stopped) return null;
      log(`Automatic backup failed: ${(err as Error)?.message ?? String(err)}`);
      schedule(RETRY_MS);
      return null;
    });
  }

  if (options.atStart) tick();
  else schedule(interval);
  return {
    current: () => running,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
