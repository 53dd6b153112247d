import { dayStartUtc } from '../../../shared/logic/dates';
import { addDays } from '../../../shared/logic/metrics';

export { dayStartUtc };

/** The instant the day after `date` begins: the end of a period that includes `date`. */
export const nextDayStartUtc = (date: string, timeZone: string): string =>
  dayStartUtc(addDays(date, 1), timeZone);
