import type { JobKind } from '../../../shared/domain/jobs';
import type { OrderFormatChoice } from '../../../shared/domain/orders';
import type { Language } from '../../../shared/domain/settings';
import type { SurveyImportMapping } from '../../../shared/api/schemas/surveys';

/** Parameters of each job kind, sent to the worker as workerData. */
export interface JobParams {
  backup: { dbFile: string; outFile: string };
  importProducts: { dbFile: string; file: string };
  importOrders: { dbFile: string; storefrontId: string; files: string[]; format: OrderFormatChoice };
  importFees: { dbFile: string; storefrontId: string; files: string[] };
  /** `scheduled`: written by the scheduled export, which records the month in settings when the file is there. */
  monthlyReport: { dbFile: string; month: string; lang: Language; outFile: string; scheduled?: boolean };
  importTickets: { dbFile: string; storefrontId: string; file: string };
  importSurveyResponses: {
    dbFile: string;
    templateId: string;
    storefrontId: string;
    mapping: SurveyImportMapping;
    file: string;
  };
  integrityCheck: { dbFile: string };
  migrate: { dbFile: string };
}

export type JobRequest = { [K in JobKind]: { kind: K; params: JobParams[K] } }[JobKind];

/** What every job needs from its environment besides its parameters. */
export interface JobEnv {
  /** better-sqlite3 build for this runtime: inside Electron the Node build would fail to load. */
  nativeBinding?: string;
  /** Background work nobody waits for: the thread lowers its own priority first (jobs/thread-priority.ts). */
  lowPriority?: boolean;
}

export type WorkerInput = JobRequest & { env: JobEnv };

/** Worker → runner messages. */
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; message: string | null }
  | { type: 'failed'; message: string }
  | { type: 'cancelled' };

/** Runner → worker messages. */
export type RunnerMessage = { type: 'cancel' };

/** What a job implementation sees: report progress, and check whether it should stop. */
export interface JobIo {
  progress(done: number, total: number): void;
  readonly cancelled: boolean;
  readonly env: JobEnv;
}

export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelled';
  }
}
