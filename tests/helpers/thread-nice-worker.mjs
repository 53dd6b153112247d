// A worker thread that lowers its own priority with jobs/thread-priority.ts and reports its nice value before
// and after (tests/unit/thread-priority.test.ts). Registers tsx itself, like jobs/worker-from-source.mjs.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { lowerThreadPriority, threadNice } = await import('../../electron/core/jobs/thread-priority.ts');
const before = threadNice();
const lowered = lowerThreadPriority();
parentPort.postMessage({ before, lowered, after: threadNice() });
