import type { Language } from './settings';

/** What a monthly report job wrote (its JobInfo.message is this as JSON; the CLI prints it with --json). */
export interface MonthlyReportResult {
  file: string;
  /** YYYY-MM. */
  month: string;
  /** Sheet names in the order they appear, in the report's language. */
  sheets: string[];
  /** Rows of the Orders sheet: every order line of the month's orders, any status. */
  orderLines: number;
}

/**
 * The scheduled export (settings, off by default): on the first start of the app in a month, last month's report
 * goes into `folder`. `lastWrittenMonth` is the month whose file the schedule last wrote.
 */
export interface ReportSchedule {
  enabled: boolean;
  folder: string | null;
  lang: Language;
  lastWrittenMonth: string | null;
}
