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
