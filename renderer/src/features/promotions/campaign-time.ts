/**
 * Campaign windows are UTC instants, half-open [startAt, endAt); people plan them in the shop's time zone.
 * These convert between the two so the editor shows and takes the shop's wall clock, the calendar puts a
 * campaign on the shop's days, and a drag by N days keeps the wall-clock times (across a DST change too).
 */
import { localDate, zoneOffsetMinutes, zonedToUtcMs } from '../../../../shared/logic/dates';
import { addDays } from '../../../../shared/logic/metrics';

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** '2026-11-01T00:00' in the shop's zone → '2026-10-31T16:00:00.000Z'; null when not a real time. */
export function wallToIso(wall: string, timeZone: string): string | null {
  const m = WALL.exec(wall.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59)
    return null;
  return new Date(zonedToUtcMs({ year, month, day, hour, minute, second: 0 }, timeZone)).toISOString();
}

/** An instant → the shop's wall clock as a datetime-local value ('YYYY-MM-DDTHH:mm'). */
export function isoToWall(iso: string, timeZone: string): string {
  const ms = new Date(iso).getTime();
  return new Date(ms + zoneOffsetMinutes(ms, timeZone) * 60_000).toISOString().slice(0, 16);
}

/** The shop days a window touches, both counted: it ends just before endAt (an end at midnight is the day before). */
export function windowDays(
  startAt: string,
  endAt: string,
  timeZone: string,
): { first: string; last: string } {
  const lastInstant = new Date(new Date(endAt).getTime() - 1).toISOString();
  return { first: localDate(startAt, timeZone), last: localDate(lastInstant, timeZone) };
}

/** The window moved by whole days on the shop's calendar, each end keeping its wall-clock time. */
export function shiftWindow(
  startAt: string,
  endAt: string,
  days: number,
  timeZone: string,
): { startAt: string; endAt: string } {
  const move = (iso: string) => {
    const wall = isoToWall(iso, timeZone);
    return wallToIso(`${addDays(wall.slice(0, 10), days)}${wall.slice(10)}`, timeZone)!;
  };
  return { startAt: move(startAt), endAt: move(endAt) };
}
