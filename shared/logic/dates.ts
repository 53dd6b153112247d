/**
 * The calendar date (YYYY-MM-DD) of an instant in a time zone. FX rates and report periods are days in the
 * shop's zone (METRICS.md): 2024-06-17T20:00Z is already June 18 in Asia/Shanghai.
 */
export function localDate(instantIso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .formatToParts(new Date(instantIso))
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes `timeZone` is ahead of UTC at the instant `utcMs` (+480 for Asia/Shanghai). */
export function zoneOffsetMinutes(utcMs: number, timeZone: string): number {
  let fmt = offsetFormatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, fmt);
  }
  const p: Record<string, number> = {};
  for (const part of fmt.formatToParts(new Date(utcMs)))
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/**
 * A wall-clock time in `timeZone` (as Chinese platforms write "2024-06-18 10:00:00") → the UTC instant in ms.
 * Across a DST change the offset is re-read at the first guess: a repeated hour takes one of its two
 * instants and a skipped hour lands next to the gap (platform exports in DST zones carry offsets anyway).
 */
export function zonedToUtcMs(
  wall: { year: number; month: number; day: number; hour: number; minute: number; second: number },
  timeZone: string,
): number {
  const guess = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const first = zoneOffsetMinutes(guess, timeZone);
  const candidate = guess - first * 60_000;
  const second = zoneOffsetMinutes(candidate, timeZone);
  return second === first ? candidate : guess - second * 60_000;
}

/** The instant a shop-zone calendar day (YYYY-MM-DD) begins, ISO UTC. */
export function dayStartUtc(date: string, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(zonedToUtcMs({ year, month, day, hour: 0, minute: 0, second: 0 }, timeZone)).toISOString();
}
