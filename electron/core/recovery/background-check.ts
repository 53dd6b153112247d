import type { IntegrityCheckRecord, IntegrityReport } from '../../../shared/domain/backup';
import { runHostWorker, type HostWorkerOptions } from './host-worker';

export interface BackgroundCheck {
  running(): boolean;
  /** Resolves when the check has ended, whatever the outcome (tests, restore). */
  finished: Promise<void>;
  stop(): void;
}

export interface BackgroundCheckOptions extends Omit<HostWorkerOptions, 'onProgress'> {
  dbFile: string;
  log: (message: string) => void;
  /** The full check found problems (already recorded beside the database). */
  onDamage(record: IntegrityCheckRecord): void;
  onClean?(record: IntegrityCheckRecord): void;
}

/**
 * The full integrity_check + foreign_key_check of a big file, started once the app answers calls (a 1M-order
 * file takes 40–80 s): a worker thread with its own read-only connection, so the window and every API call
 * carry on meanwhile. The worker records the outcome (backup/integrity-record.ts); damage is handed to the
 * host, which switches to the recovery screen. A check that could not run at all is only logged: it proves
 * nothing about the file, and the next start tries again.
 */
export function startBackgroundCheck(options: BackgroundCheckOptions): BackgroundCheck {
  let running = true;
  let stopped = false;
  // At the lowest priority: the window's calls come first; a check that takes longer loses nothing.
  const work = runHostWorker(
    { kind: 'integrityCheck', params: { dbFile: options.dbFile } },
    { ...options, lowPriority: true },
  );
  const finished = work.result.then(
    (message) => {
      running = false;
      if (stopped || !message) return;
      const record = JSON.parse(message) as IntegrityCheckRecord;
      if (record.ok) options.onClean?.(record);
      else options.onDamage(record);
    },
    (err: unknown) => {
      running = false;
      if (!stopped) options.log(`The background integrity check did not run: ${(err as Error).message}`);
    },
  );
  return {
    running: () => running,
    finished,
    stop: () => {
      stopped = true;
      running = false;
      work.stop();
    },
  };
}

/**
 * Settings → "Check the database" in the app: the same full check in a worker (recorded like the background
 * one), so a big file does not freeze every other call for the minute the check takes on the app's connection.
 */
export async function checkInWorker(
  dbFile: string,
  options: Omit<HostWorkerOptions, 'onProgress'>,
): Promise<IntegrityReport> {
  const message = await runHostWorker({ kind: 'integrityCheck', params: { dbFile } }, options).result;
  const record = JSON.parse(message ?? '{}') as IntegrityCheckRecord;
  return { ok: record.ok, schemaVersion: record.schemaVersion, problems: record.problems };
}
