import { Worker } from 'node:worker_threads';
import type { JobInfo, JobKind } from '../../../shared/domain/jobs';
import { AppError, notFound } from '../../../shared/api/result';
import { newId, nowIso } from '../../../shared/logic/ids';
import type { JobEnv, JobParams, RunnerMessage, WorkerMessage } from './protocol';

export interface JobRunnerOptions {
  /**
   * The worker script. From source (tsx, vitest) it is worker-from-source.mjs beside this file, which loads
   * worker.ts through tsx; the bundled Electron app passes its built jobWorker.js.
   */
  workerEntry?: URL | string;
  onUpdate?: (job: JobInfo) => void;
  /** better-sqlite3 build for the workers (the Electron app passes its own; Node finds its default). */
  nativeBinding?: string;
}

interface Running {
  info: JobInfo;
  worker: Worker;
  finished: Promise<JobInfo>;
}

export class JobRunner {
  private readonly jobs = new Map<string, Running | { info: JobInfo; finished: Promise<JobInfo> }>();
  private readonly entry: URL | string;
  private readonly listeners = new Set<(job: JobInfo) => void>();
  private readonly env: JobEnv;

  constructor(options: JobRunnerOptions = {}) {
    this.entry = options.workerEntry ?? new URL('./worker-from-source.mjs', import.meta.url);
    if (options.onUpdate) this.listeners.add(options.onUpdate);
    this.env = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  }

  onUpdate(listener: (job: JobInfo) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start<K extends JobKind>(kind: K, params: JobParams[K]): JobInfo {
    const info: JobInfo = {
      id: newId(),
      kind,
      state: 'running',
      done: 0,
      total: 0,
      startedAt: nowIso(),
      finishedAt: null,
      message: null,
    };
    const worker = new Worker(this.entry, { workerData: { kind, params, env: this.env } });
    const finished = new Promise<JobInfo>((resolve) => {
      const finish = (state: JobInfo['state'], message: string | null): void => {
        if (info.state !== 'running') return;
        Object.assign(info, { state, message, finishedAt: nowIso() });
        if (state === 'done') info.done = info.total;
        this.publish(info);
        resolve({ ...info });
      };
      worker.on('message', (msg: WorkerMessage) => {
        if (msg.type === 'progress') {
          Object.assign(info, { done: msg.done, total: msg.total });
          this.publish(info);
        } else if (msg.type === 'done') finish('done', msg.message);
        else if (msg.type === 'failed') finish('failed', msg.message);
        else finish('cancelled', null);
      });
      worker.on('error', (err) => finish('failed', err.message));
      worker.on('exit', (code) =>
        finish(code === 0 ? 'cancelled' : 'failed', `worker exited with code ${code}`),
      );
    });
    this.jobs.set(info.id, { info, worker, finished });
    this.publish(info);
    return { ...info };
  }

  list(): JobInfo[] {
    return [...this.jobs.values()]
      .map((j) => ({ ...j.info }))
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  }

  get(id: string): JobInfo {
    const job = this.jobs.get(id);
    if (!job) throw notFound('job', id);
    return { ...job.info };
  }

  /** Resolves when the job has ended, whatever the outcome. */
  wait(id: string): Promise<JobInfo> {
    const job = this.jobs.get(id);
    if (!job) return Promise.reject(notFound('job', id));
    return job.finished;
  }

  cancel(id: string): JobInfo {
    const job = this.jobs.get(id);
    if (!job) throw notFound('job', id);
    if (job.info.state !== 'running') {
      throw new AppError('CONFLICT', `Job ${id} has already ended (${job.info.state})`, {
        key: 'jobEnded',
        params: { id, state: job.info.state },
      });
    }
    if ('worker' in job) job.worker.postMessage({ type: 'cancel' } satisfies RunnerMessage);
    return { ...job.info };
  }

  /** Stops every running job (app quit, tests). */
  async shutdown(): Promise<void> {
    const running = [...this.jobs.values()].filter((j) => j.info.state === 'running');
    for (const job of running) if ('worker' in job) job.worker.postMessage({ type: 'cancel' });
    await Promise.all(running.map((j) => j.finished));
  }

  private publish(info: JobInfo): void {
    for (const listener of this.listeners) listener({ ...info });
  }
}
