import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { LOW_PRIORITY_NICE, threadNice } from '../../electron/core/jobs/thread-priority';

const inWorker = () =>
  new Promise<{ before: number | null; lowered: boolean; after: number | null }>((resolve, reject) => {
    const worker = new Worker(new URL('../helpers/thread-nice-worker.mjs', import.meta.url));
    worker.once('message', resolve);
    worker.once('error', reject);
  });

describe('lowerThreadPriority: background work yields the cores to the thread answering the window', () => {
  it('lowers only the calling worker thread, never the process that answers calls', async () => {
    const mine = threadNice();
    const worker = await inWorker();
    if (process.platform === 'linux') {
      expect(worker.lowered).toBe(true);
      expect(worker.after).toBe(LOW_PRIORITY_NICE);
      expect(worker.before).toBe(mine);
      expect(threadNice()).toBe(mine);
    } else {
      // Elsewhere a thread has no nice value of its own: lowering would slow the whole app, so it does nothing.
      expect(worker).toEqual({ before: null, lowered: false, after: null });
    }
  });
});
