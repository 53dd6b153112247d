import { Worker } from 'node:worker_threads';
import type { JobEnv, JobRequest, WorkerMessage } from '../jobs/protocol';

export interface HostWork {
  /** The worker's result message; rejects when it failed or was stopped. */
  result: Promise<string | null>;
  /** Ends the worker without waiting (app quit, restore): its read-only or not-yet-committed work is dropped. */
  stop(): void;
}

export interface HostWorkerOptions {
  /** The job worker entry (worker-from-source.mjs from source; the app's bundled jobWorker.js). */
  workerEntry?: URL | string;
  nativeBinding?: string;
  onProgress?: (done: number, total: number) => void;
  /** Run the worker thread at the lowest priority (the background check: nobody waits for it). */
  lowPriority?: boolean;
}

/**
 * Runs one job kind in a worker thread for the host itself (upgrading the file before the core exists, the
 * full check after it opened). Not through the core's JobRunner: these are no one's jobs — they must not
 * show in the jobs list, block a restore as "running work", or wait for a cancel they cannot hear while a
 * single native call runs.
 */
export function runHostWorker(request: JobRequest, options: HostWorkerOptions): HostWork {
  const entry = options.workerEntry ?? new URL('../jobs/worker-from-source.mjs', import.meta.url);
  const env: JobEnv = {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.lowPriority ? { lowPriority: true } : {}),
  };
  const worker = new Worker(entry, { workerData: { ...request, env } });
  let stopped = false;
  const result = new Promise<string | null>((resolve, reject) => {
    worker.on('message', (msg: WorkerMessage) => {
      if (msg.type === 'progress') options.onProgress?.(msg.done, msg.total);
      else if (msg.type === 'done') resolve(msg.message);
      else if (msg.type === 'failed') reject(new Error(msg.message));
      else reject(new Error('stopped'));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(stopped ? 'stopped' : `worker exited with code ${code}`)));
  });
  // A stopped worker's rejection is expected; callers that care attach their own handlers.
  result.catch(() => undefined);
  return {
    result,
    stop: () => {
      stopped = true;
      // Terminate takes effect when the thread is back from SQLite; nothing waits for that here.
      void worker.terminate();
    },
  };
}
