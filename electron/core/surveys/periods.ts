import { dayStartUtc } from '../../../shared/logic/dates';
import { addDays } from '../../../shared/logic/metrics';

/** 'YYYY-MM-DD' plus n calendar days (one definition, shared/logic/metrics). */
export { addDays };

/** Days from `from` to `to`, both included. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

/** The UTC instant a shop-zone day starts (plus `days`): period bounds for columns stored in UTC. */
export function zonedDayStart(date: string, timeZone: string, days = 0): string {
  return dayStartUtc(addDays(date, days), timeZone);
}

/** METRICS.md Comparisons: the previous period of equal length ends the day before this one starts. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const n = daysBetween(from, to);
  return { from: addDays(from, -n), to: addDays(from, -1) };
}

/** The Monday of a date's week (trend buckets of long periods). */
export function weekStart(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}
