/**
 * Shop wall-clock times → UTC instants that stay in order across DST changes, for working-hour boundaries.
 * dates.ts's zonedToUtcMs (and dayjs.tz) send a time inside a spring-forward gap to either side of it, so an
 * interval 02:30–03:15 could end before it starts; here every wall time maps monotonically:
 * - a time skipped by spring-forward (02:30 in New York on 2024-03-10) → the instant the gap ends (03:00 EDT);
 * - a time repeated by fall-back (01:30 on 2024-11-03) → its first occurrence (01:30 EDT).
 */
import { zoneOffsetMinutes } from './dates';

export const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const QUARTER_MS = 900_000;

/** Zone offsets looked up once per quarter hour of UTC: every transition in use falls on one (Newfoundland, Lord Howe). */
export type OffsetLookup = (utcMs: number) => number;

export function offsetLookup(timeZone: string): OffsetLookup {
  const cache = new Map<number, number>();
  return (utcMs) => {
    const key = Math.floor(utcMs / QUARTER_MS);
    let offset = cache.get(key);
    if (offset === undefined) {
      // Bounded so a long-running process that looks at many moments does not grow without end.
      if (cache.size > 50_000) cache.clear();
      offset = zoneOffsetMinutes(key * QUARTER_MS, timeZone);
      cache.set(key, offset);
    }
    return offset;
  };
}

/** Days since 1970-01-01 of a YYYY-MM-DD date, or null when it is no real date (2024-02-30). */
export function dayNumber(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return Math.round(t.getTime() / DAY_MS);
}

/** Monday 0 … Sunday 6 of a day number (1970-01-01 was a Thursday). */
export const isoWeekdayIndex = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** The UTC instant of minute `minuteOfDay` (0–1440) of local day `day`, by the rules above. */
export function wallToUtcMs(day: number, minuteOfDay: number, offsetAt: OffsetLookup): number {
  const wall = day * DAY_MS + minuteOfDay * MINUTE_MS;
  // Offsets lie within ±14 h, so the offsets a day before and after bracket the one that applies.
  const before = offsetAt(wall - DAY_MS);
  const after = offsetAt(wall + DAY_MS);
  const tBefore = wall - before * MINUTE_MS;
  const tAfter = wall - after * MINUTE_MS;
  const beforeFits = offsetAt(tBefore) === before;
  const afterFits = offsetAt(tAfter) === after;
  if (beforeFits && afterFits) return Math.min(tBefore, tAfter);
  if (beforeFits) return tBefore;
  if (afterFits) return tAfter;
  return transitionBetween(Math.min(tBefore, tAfter), Math.max(tBefore, tAfter), offsetAt);
}

/** The first instant in (lo, hi] whose offset differs from lo's, to the minute (a gap is at most hours wide). */
function transitionBetween(lo: number, hi: number, offsetAt: OffsetLookup): number {
  const startOffset = offsetAt(lo);
  let [a, b] = [Math.floor(lo / MINUTE_MS), Math.ceil(hi / MINUTE_MS)];
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (offsetAt(mid * MINUTE_MS) === startOffset) a = mid;
    else b = mid;
  }
  return b * MINUTE_MS;
}
