import { zonedToUtcMs } from '../../../shared/logic/dates';
import { addDays } from '../../../shared/logic/metrics';

/** The instant a shop-zone calendar day begins, ISO UTC. */
export function dayStartUtc(date: string, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(zonedToUtcMs({ year, month, day, hour: 0, minute: 0, second: 0 }, timeZone)).toISOString();
}

/** The instant the day after `date` begins: the end of a period that includes `date`. */
export const nextDayStartUtc = (date: string, timeZone: string): string =>
  dayStartUtc(addDays(date, 1), timeZone);
