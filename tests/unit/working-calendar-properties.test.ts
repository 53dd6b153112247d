/**
 * Property checks on seeded random moments: round trips, additivity, and a minute-by-minute count with
 * dayjs's time-zone plugin as an independent reading of each minute's wall clock.
 */
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { describe, expect, it } from 'vitest';
import { weekdays, type ShopCalendar } from '../../shared/domain/tickets';
import {
  addWorkingMs,
  addWorkingMinutes,
  isWorkingTimeMs,
  workingMinutesBetween,
  workingMsBetween,
} from '../../shared/logic/working-calendar';
import {
  calendar,
  newYorkAllDay,
  nineToSix,
  shanghai2024Holidays,
  shanghaiLunch,
  weekOf,
  withLunch,
} from '../helpers/shop-calendars';

dayjs.extend(utc);
dayjs.extend(timezone);

/** mulberry32: small, seeded, good enough to spread test moments. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const MINUTE = 60_000;
const YEAR_2024 = Date.UTC(2024, 0, 1);
/** DST weekends of New York, St. John's and Lord Howe (which moves by 30 minutes), where bugs would hide. */
const edges = ['2024-03-09', '2024-11-02', '2024-04-06', '2024-10-05'].map((d) =>
  Date.parse(`${d}T00:00:00Z`),
);

const calendars: Record<string, ShopCalendar> = {
  shanghaiHolidaysLunch: { ...shanghai2024Holidays, week: weekOf(withLunch) },
  shanghaiLunch,
  newYorkSaturdayMorning: calendar('America/New_York', nineToSix, {
    week: { ...weekOf(nineToSix), sat: [{ start: '10:00', end: '14:00' }] },
    holidays: ['2024-07-04', '2024-11-28'],
    extraWorkdays: [{ date: '2024-11-02', worksLike: 'fri' }],
  }),
  newYorkNights: calendar('America/New_York', [{ start: '01:00', end: '04:00' }]),
  newYorkAllDay,
  // Boundaries inside the skipped hour (and, on November 3, around the repeated one).
  newYorkSundayNights: calendar('America/New_York', nineToSix, {
    week: {
      ...weekOf(nineToSix),
      sun: [
        { start: '00:30', end: '02:30' },
        { start: '02:45', end: '05:00' },
      ],
    },
  }),
  stJohns: calendar('America/St_Johns', withLunch),
  lordHowe: calendar('Australia/Lord_Howe', [{ start: '00:00', end: '24:00' }], {
    week: weekOf([{ start: '00:00', end: '24:00' }], [{ start: '01:00', end: '05:00' }]),
  }),
};

function moment(next: () => number): number {
  const base = next() < 0.5 ? edges[Math.floor(next() * edges.length)]! : YEAR_2024;
  const span = base === YEAR_2024 ? 366 * 1440 : 3 * 1440;
  // Whole minutes mostly, sometimes with seconds, so both kinds of moments are covered.
  return base + Math.floor(next() * span) * MINUTE + (next() < 0.2 ? Math.floor(next() * MINUTE) : 0);
}

const HOUR = 60 * MINUTE;
const QUARTER = 15 * MINUTE;
const offsets = new Map<string, number>();

/** dayjs's offset of the zone (minutes); cached, as the plugin takes about half a millisecond a call. */
function dayjsOffset(zone: string, ms: number): number {
  const key = `${zone} ${ms}`;
  let offset = offsets.get(key);
  if (offset === undefined) offsets.set(key, (offset = dayjs.utc(ms).tz(zone).utcOffset()));
  return offset;
}

/**
 * The zone's offset at a minute: read by dayjs on the hour, and on the quarter hours only where the two hours
 * around differ (every transition in use falls on a quarter hour, and none reverts within the hour).
 */
function oracleOffset(zone: string, ms: number): number {
  const hour = Math.floor(ms / HOUR) * HOUR;
  const before = dayjsOffset(zone, hour);
  if (before === dayjsOffset(zone, hour + HOUR)) return before;
  return dayjsOffset(zone, Math.floor(ms / QUARTER) * QUARTER);
}

/** Is this UTC minute working time, reading its local date and clock from that offset. */
function oracleWorking(cal: ShopCalendar, ms: number): boolean {
  const local = new Date(ms + oracleOffset(cal.timeZone, ms) * MINUTE);
  const date = local.toISOString().slice(0, 10);
  if (cal.holidays.includes(date)) return false;
  const extra = cal.extraWorkdays.find((e) => e.date === date);
  const weekday = extra?.worksLike ?? weekdays[(local.getUTCDay() + 6) % 7]!;
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  return cal.week[weekday].some((i) => {
    const [sh, sm] = i.start.split(':').map(Number) as [number, number];
    const [eh, em] = i.end.split(':').map(Number) as [number, number];
    return sh * 60 + sm <= minute && minute < eh * 60 + em;
  });
}

describe.each(Object.entries(calendars))('%s', (_name, cal) => {
  it('counts the same working minutes as reading every minute on the local clock', () => {
    const next = random(7);
    // Every DST weekend whole, then random stretches of up to two days.
    const ranges = edges.map((edge) => [edge, edge + 2 * 1440 * MINUTE] as const);
    for (let n = 0; n < 6; n++) {
      const from = Math.floor(moment(next) / MINUTE) * MINUTE;
      ranges.push([from, from + Math.floor(next() * 2 * 1440) * MINUTE]);
    }
    for (const [from, to] of ranges) {
      let expected = 0;
      for (let m = from; m < to; m += MINUTE) if (oracleWorking(cal, m)) expected++;
      expect(
        workingMsBetween(cal, from, to) / MINUTE,
        `${new Date(from).toISOString()} → ${new Date(to).toISOString()}`,
      ).toBe(expected);
      expect(isWorkingTimeMs(cal, from)).toBe(oracleWorking(cal, from));
    }
  });

  it('adding N working minutes and measuring them gives N back, and the result is the earliest such moment', () => {
    const next = random(11);
    for (let n = 0; n < 200; n++) {
      const from = moment(next);
      const minutes = Math.floor(next() * (next() < 0.3 ? 30_000 : 1_500));
      const due = addWorkingMs(cal, from, minutes * MINUTE);
      expect(workingMsBetween(cal, from, due)).toBe(minutes * MINUTE);
      expect(due).toBeGreaterThanOrEqual(from);
      if (minutes > 0) {
        expect(isWorkingTimeMs(cal, due - 1)).toBe(true);
        expect(workingMsBetween(cal, from, due - 1)).toBe(minutes * MINUTE - 1);
      } else {
        expect(isWorkingTimeMs(cal, due)).toBe(true);
      }
      const iso = new Date(from).toISOString();
      expect(workingMinutesBetween(cal, iso, addWorkingMinutes(cal, iso, minutes))).toBe(minutes);
    }
  });

  it('adds in steps as in one go, and measures in pieces as in one go', () => {
    const next = random(23);
    for (let n = 0; n < 200; n++) {
      const from = moment(next);
      const a = Math.floor(next() * 3_000);
      const b = 1 + Math.floor(next() * 3_000);
      expect(addWorkingMs(cal, addWorkingMs(cal, from, a * MINUTE), b * MINUTE)).toBe(
        addWorkingMs(cal, from, (a + b) * MINUTE),
      );
      const [x, y, z] = [from, moment(next), moment(next)].sort((p, q) => p - q) as [number, number, number];
      expect(workingMsBetween(cal, x, y) + workingMsBetween(cal, y, z)).toBe(workingMsBetween(cal, x, z));
    }
  });
});
