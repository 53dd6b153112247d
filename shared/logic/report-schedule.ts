import { lastMonth } from './months';

export interface ScheduleState {
  enabled: boolean;
  folder: string | null;
  /** The month whose report the schedule last wrote, YYYY-MM. */
  lastWrittenMonth: string | null;
}

/**
 * Whether a start of the app on `today` (the shop's calendar day) should write last month's report, and which
 * month that is. Once per month: the first start in a month writes it, later starts see it written. A month
 * missed entirely (the app not opened) is not made up: the report is about the month just ended.
 */
export function dueReportMonth(today: string, schedule: ScheduleState): string | null {
  if (!schedule.enabled || !schedule.folder) return null;
  const month = lastMonth(today);
  return schedule.lastWrittenMonth !== null && schedule.lastWrittenMonth >= month ? null : month;
}
