/**
 * Which days a campaign is evaluated on (METRICS.md Promotions). Days are calendar days in the shop's time
 * zone, both ends included. A campaign still running is evaluated up to today, and its baseline has the
 * length of the days so far, so a live figure compares like with like; once it has ended, the whole window.
 */
import { periodDays, previousPeriod, type Period } from '../metrics';

export type EvaluationState = 'upcoming' | 'live' | 'final';

export interface EvaluationPeriods {
  state: EvaluationState;
  /** The campaign days evaluated: start … min(end, today); null before the campaign starts. */
  during: Period | null;
  /** The same-length period immediately before `during`; null with it. */
  baseline: Period | null;
  /** Days in `during` (0 when upcoming). */
  days: number;
  /** Days of the whole campaign window, start … end. */
  plannedDays: number;
}

/** YYYY-MM-DD strings compare as dates. */
const minDay = (a: string, b: string): string => (a < b ? a : b);

/**
 * The evaluated and baseline periods of a campaign running `window.from` … `window.to` (shop days), seen on
 * `today` (shop day). A window that ends before it starts is the caller's bug, not a campaign.
 */
export function evaluationPeriods(window: Period, today: string): EvaluationPeriods {
  if (window.to < window.from) throw new RangeError(`campaign window ${window.from}…${window.to} is empty`);
  const plannedDays = periodDays(window);
  if (today < window.from) return { state: 'upcoming', during: null, baseline: null, days: 0, plannedDays };
  const during: Period = { from: window.from, to: minDay(window.to, today) };
  return {
    state: today > window.to ? 'final' : 'live',
    during,
    baseline: previousPeriod(during),
    days: periodDays(during),
    plannedDays,
  };
}
