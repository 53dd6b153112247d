/**
 * Geometry of the promotions calendar, kept apart from React so it can be tested exactly: which days a view
 * shows, where a campaign's bar starts and ends in that grid, how overlapping campaigns of one storefront share
 * the row in lanes, and how far a drag moved a bar in whole days.
 */
import { addDays, periodDays } from '../../../../shared/logic/metrics';
import { shiftMonth } from '../../../../shared/logic/months';

export const calendarViews = ['month', 'quarter'] as const;
export type CalendarView = (typeof calendarViews)[number];

export interface CalendarRange {
  view: CalendarView;
  /** The first month shown ('YYYY-MM'); a quarter view starts at its quarter's first month. */
  month: string;
  from: string;
  to: string;
  days: string[];
  /** Each month shown, with the column of its first day and its number of days (the header). */
  months: { month: string; column: number; days: number }[];
}

/** The first month a view of `month` shows: itself, or the first month of its quarter. */
export function viewStart(view: CalendarView, month: string): string {
  if (view === 'month') return month;
  const m = Number(month.slice(5, 7));
  return `${month.slice(0, 4)}-${String(m - ((m - 1) % 3)).padStart(2, '0')}`;
}

export function calendarRange(view: CalendarView, month: string): CalendarRange {
  const first = viewStart(view, month);
  const count = view === 'month' ? 1 : 3;
  const from = `${first}-01`;
  const to = addDays(`${shiftMonth(first, count)}-01`, -1);
  const days = Array.from({ length: periodDays({ from, to }) }, (_, i) => addDays(from, i));
  const months = Array.from({ length: count }, (_, i) => {
    const m = shiftMonth(first, i);
    return { month: m, column: days.indexOf(`${m}-01`), days: days.filter((d) => d.startsWith(m)).length };
  });
  return { view, month: first, from, to, days, months };
}

/** The view before or after (the arrows): one month, or one quarter. */
export const stepRange = (range: CalendarRange, by: number): string =>
  shiftMonth(range.month, by * (range.view === 'month' ? 1 : 3));

export interface BarSpan {
  /** Columns (day indexes in the range), both ends counted, clipped to the range. */
  start: number;
  end: number;
  /** True when the campaign goes on before / after the days shown (the bar is drawn open on that side). */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

/** Where a campaign of days first..last (shop calendar days, counted) sits in the range; null when outside. */
export function barSpan(range: CalendarRange, first: string, last: string): BarSpan | null {
  if (last < range.from || first > range.to) return null;
  const start = first < range.from ? 0 : range.days.indexOf(first);
  const end = last > range.to ? range.days.length - 1 : range.days.indexOf(last);
  return { start, end, continuesBefore: first < range.from, continuesAfter: last > range.to };
}

/**
 * Lanes for bars in one storefront row: each bar takes the first lane whose last bar ended before it starts,
 * so overlapping campaigns sit one above the other and never cover each other. Input order is kept per lane.
 */
export function assignLanes<T extends { span: BarSpan }>(bars: T[]): { bar: T; lane: number }[] {
  const sorted = [...bars].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const laneEnds: number[] = [];
  return sorted.map((bar) => {
    let lane = laneEnds.findIndex((end) => end < bar.span.start);
    if (lane === -1) lane = laneEnds.push(bar.span.end) - 1;
    else laneEnds[lane] = bar.span.end;
    return { bar, lane };
  });
}

/** Whole days a pointer moved a bar: half a column or more counts as a day, so a small jiggle moves nothing. */
export function dragDays(dxPixels: number, dayWidth: number): number {
  if (dayWidth <= 0) return 0;
  const days = Math.round(dxPixels / dayWidth);
  return days === 0 ? 0 : days; // never −0: it would read as a move in tests and logs
}
