import { zoneOffsetMinutes } from '../../../../shared/logic/dates';

/**
 * 'YYYY-MM-DD HH:mm:ss' wall-clock text of UTC instants in `timeZone`, for export cells. Zone offsets are looked
 * up once per hour of time (Intl is slow per call; offsets change only on the hour in every zone in use).
 */
export function localDateTimeFormatter(timeZone: string): (iso: string) => string {
  const offsets = new Map<number, number>();
  return (iso) => {
    const ms = Date.parse(iso);
    const hour = Math.floor(ms / 3_600_000);
    let offset = offsets.get(hour);
    if (offset === undefined) offsets.set(hour, (offset = zoneOffsetMinutes(hour * 3_600_000, timeZone)));
    return new Date(ms + offset * 60_000).toISOString().slice(0, 19).replace('T', ' ');
  };
}
