import { lastMonth, shiftMonth } from '../../../../shared/logic/months';

/** The months offered, newest first: from this month back two years; last month is the usual choice. */
export function reportMonths(today: string, count = 25): string[] {
  const first = shiftMonth(lastMonth(today), 1);
  return Array.from({ length: count }, (_, i) => shiftMonth(first, -i));
}

/** Today in the computer's zone, YYYY-MM-DD (the page's default month; the report itself uses the shop's zone). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const reportFileName = (month: string, lang: string): string =>
  `channeldesk-report-${month}-${lang}.xlsx`;
