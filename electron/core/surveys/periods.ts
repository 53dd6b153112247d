import { zonedToUtcMs } from '../../../shared/logic/dates';

/** 'YYYY-MM-DD' plus n calendar days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

/** The UTC instant a shop-zone day starts (plus `days`): period bounds for columns stored in UTC. */
export function zonedDayStart(date: string, timeZone: string, days = 0): string {
  const [year, month, day] = addDays(date, days).split('-').map(Number) as [number, number, number];
  return new Date(zonedToUtcMs({ year, month, day, hour: 0, minute: 0, second: 0 }, timeZone)).toISOString();
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
