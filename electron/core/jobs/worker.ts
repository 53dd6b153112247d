import { parentPort, workerData } from 'node:worker_threads';
import type { JobIo, RunnerMessage, WorkerInput, WorkerMessage } from './protocol';
import { JobCancelled } from './protocol';
import { runJob } from './kinds';
import { lowerThreadPriority } from './thread-priority';

/**
 * Worker-thread entry: runs one job with its own database connection, so the thread answering IPC never
 * blocks. Progress is throttled to a few messages a second: the UI needs motion, not every row.
 */
const port = parentPort;
if (!port) throw new Error('jobs/worker.ts must run in a worker thread');

let cancelled = false;
let lastSent = 0;
const send = (msg: WorkerMessage): void => port.postMessage(msg);

port.on('message', (msg: RunnerMessage) => {
  if (msg.type === 'cancel') cancelled = true;
});

const input = workerData as WorkerInput;
if (input.env.lowPriority) lowerThreadPriority();

const io: JobIo = {
  env: input.env,
  progress(done, total) {
    const now = Date.now();
    if (done >= total || now - lastSent >= 100) {
      lastSent = now;
      send({ type: 'progress', done, total });
    }
  },
  get cancelled() {
    return cancelled;
  },
};

runJob(input, io)
  .then((message) => send(cancelled ? { type: 'cancelled' } : { type: 'done', message }))
  .catch((err: unknown) =>
    send(
      err instanceof JobCancelled || cancelled
        ? { type: 'cancelled' }
        : { type: 'failed', message: String((err as Error)?.message ?? err) },
    ),
  )
  .finally(() => port.close());
