/**
 * Working-time arithmetic on a shop calendar (shared/domain/tickets.ts ShopCalendar): is a moment working
 * time, N working minutes after a moment, working time between two moments. Moments are ISO-8601 UTC; the
 * calendar's hours are wall-clock times of the shop zone, so a working day is shorter or longer only when a
 * DST change falls inside its hours. Work steps over whole working intervals, one local day at a time, and
 * each day's intervals are worked out once per calendar object — an overdue queue of thousands of tickets
 * costs a few map lookups per ticket and day, never a loop over minutes.
 */
import { weekdays, type ShopCalendar } from '../domain/tickets';
import { checkCalendar, parseClock } from './working-calendar-check';
import {
  DAY_MS,
  dayNumber,
  isoWeekdayIndex,
  offsetLookup,
  wallToUtcMs,
  type OffsetLookup,
} from './zoned-wall-time';

export { checkCalendar, type CalendarProblem } from './working-calendar-check';

const MINUTE_MS = 60_000;
const utcDayOf = (ms: number): number => Math.floor(ms / DAY_MS);

/** [start, end) in UTC ms. */
type Span = readonly [number, number];

interface CompiledCalendar {
  offsetAt: OffsetLookup;
  /** Minutes after local midnight, Monday first. */
  week: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  holidays: ReadonlySet<number>;
  /** Day number → the weekday index whose hours it works. */
  extraWorkdays: ReadonlyMap<number, number>;
  days: Map<number, readonly Span[]>;
}

const compiled = new WeakMap<ShopCalendar, CompiledCalendar>();

/** Calendars are read as immutable: the day cache belongs to the object it was built from. */
function compile(calendar: ShopCalendar): CompiledCalendar {
  const known = compiled.get(calendar);
  if (known) return known;
  const problems = checkCalendar(calendar);
  if (problems.length > 0)
    throw new RangeError(`invalid shop calendar: ${problems.map((p) => `${p.field}: ${p.key}`).join(', ')}`);
  const result: CompiledCalendar = {
    offsetAt: offsetLookup(calendar.timeZone),
    week: weekdays.map((day) =>
      calendar.week[day].map((i) => [parseClock(i.start, false)!, parseClock(i.end, true)!] as const),
    ),
    holidays: new Set(calendar.holidays.map((d) => dayNumber(d)!)),
    extraWorkdays: new Map(
      calendar.extraWorkdays.map((e) => [dayNumber(e.date)!, weekdays.indexOf(e.worksLike)]),
    ),
    days: new Map(),
  };
  compiled.set(calendar, result);
  return result;
}

function daySpans(c: CompiledCalendar, day: number): readonly Span[] {
  const known = c.days.get(day);
  if (known) return known;
  let spans: Span[] = [];
  if (!c.holidays.has(day)) {
    const hours = c.week[c.extraWorkdays.get(day) ?? isoWeekdayIndex(day)]!;
    spans = hours
      .map(([s, e]): Span => [wallToUtcMs(day, s, c.offsetAt), wallToUtcMs(day, e, c.offsetAt)])
      // An interval wholly inside a spring-forward gap has no real time.
      .filter(([s, e]) => e > s);
  }
  c.days.set(day, spans);
  return spans;
}

/**
 * Calls `visit` with each working span that ends after `fromMs`, clipped to start no earlier, in order, until
 * it returns false. Terminates because checkCalendar demands weekly hours and holidays are a finite list.
 */
function eachSpanFrom(
  c: CompiledCalendar,
  fromMs: number,
  visit: (start: number, end: number) => boolean,
): void {
  // Zones are within ±14 h of UTC, so the moment's local day is its UTC day ± 1: starting a day early finds
  // every span without asking Intl for the offset (the costly part for a queue of arbitrary moments).
  for (let day = utcDayOf(fromMs) - 1; ; day++) {
    for (const [s, e] of daySpans(c, day)) {
      if (e <= fromMs) continue;
      if (!visit(Math.max(s, fromMs), e)) return;
    }
  }
}

function toMs(iso: string, name: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`${name} is not an ISO-8601 moment: ${iso}`);
  return ms;
}

const toIso = (ms: number): string => new Date(ms).toISOString();

/** Working intervals include their start and exclude their end: 18:00 of a 09:00–18:00 day is not working. */
export function isWorkingTimeMs(calendar: ShopCalendar, atMs: number): boolean {
  const c = compile(calendar);
  const day = utcDayOf(atMs);
  for (let d = day - 1; d <= day + 1; d++)
    for (const [s, e] of daySpans(c, d)) if (s <= atMs && atMs < e) return true;
  return false;
}

/**
 * The earliest moment at which `ms` working milliseconds have passed since `fromMs`. With 0 it is the moment
 * the clock starts: `fromMs` itself in working time, else the start of the next working interval.
 */
export function addWorkingMs(calendar: ShopCalendar, fromMs: number, ms: number): number {
  if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError(`working time must be whole ms ≥ 0: ${ms}`);
  const c = compile(calendar);
  let left = ms;
  let result = fromMs;
  eachSpanFrom(c, fromMs, (start, end) => {
    if (left <= end - start) {
      result = start + left;
      return false;
    }
    left -= end - start;
    return true;
  });
  return result;
}

/** Working milliseconds in [fromMs, toMs); 0 when toMs is not after fromMs. */
export function workingMsBetween(calendar: ShopCalendar, fromMs: number, toMs: number): number {
  if (toMs <= fromMs) return 0;
  const c = compile(calendar);
  let total = 0;
  eachSpanFrom(c, fromMs, (start, end) => {
    if (start >= toMs) return false;
    total += Math.min(end, toMs) - start;
    return end < toMs;
  });
  return total;
}

export const isWorkingTime = (calendar: ShopCalendar, at: string): boolean =>
  isWorkingTimeMs(calendar, toMs(at, 'at'));

/** `minutes` (a whole number ≥ 0) working minutes after `from`; see addWorkingMs for 0. */
export function addWorkingMinutes(calendar: ShopCalendar, from: string, minutes: number): string {
  if (!Number.isSafeInteger(minutes) || minutes < 0)
    throw new RangeError(`working minutes must be a whole number ≥ 0: ${minutes}`);
  return toIso(addWorkingMs(calendar, toMs(from, 'from'), minutes * MINUTE_MS));
}

/** The moment a clock started at `at` begins to count: `at` in working time, else the next opening. */
export const nextWorkingMoment = (calendar: ShopCalendar, at: string): string =>
  addWorkingMinutes(calendar, at, 0);

/** Working minutes from `from` to `to` (fractional when the moments carry seconds); 0 when `to` is not later. */
export const workingMinutesBetween = (calendar: ShopCalendar, from: string, to: string): number =>
  workingMsBetween(calendar, toMs(from, 'from'), toMs(to, 'to')) / MINUTE_MS;
