export const jobKinds = [
  'backup',
  'importProducts',
  'importOrders',
  'importFees',
  'monthlyReport',
  'importTickets',
  'importSurveyResponses',
  // Run by the app's host before and after opening the file (recovery/host.ts), never listed as jobs.
  'integrityCheck',
  'migrate',
] as const;
export type JobKind = (typeof jobKinds)[number];

export const jobStates = ['running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof jobStates)[number];

export interface JobInfo {
  id: string;
  kind: JobKind;
  state: JobState;
  done: number;
  total: number;
  startedAt: string;
  finishedAt: string | null;
  /** Error text when failed; result summary (e.g. a file path) when done. */
  message: string | null;
}
