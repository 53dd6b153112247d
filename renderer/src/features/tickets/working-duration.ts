/**
 * Working-time targets as people type them in the SLA grid: "4h", "30m", "1h 30m", "1.5h", "1:30" or a bare
 * number of minutes; 小时/分 (分钟) are accepted too. Empty means no target. The stored unit is whole minutes.
 */
const UNIT = /^(\d+(?:\.\d+)?)\s*(h|hr|hrs|hours?|小时|时|m|min|mins|minutes?|分钟|分)?$/i;

/** Minutes, null for empty, undefined when the text is not a duration (the grid shows why). */
export function parseWorkingMinutes(text: string): number | null | undefined {
  const trimmed = text.trim().toLowerCase();
  if (!trimmed) return null;
  const clock = /^(\d+):([0-5]\d)$/.exec(trimmed);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  // "1h 30m", "1h30m", "1小时30分": split after each unit.
  const parts = trimmed.match(/\d+(?:\.\d+)?\s*[^\d\s.]*/g);
  if (!parts || parts.join('').replace(/\s/g, '') !== trimmed.replace(/\s/g, '')) return undefined;
  let minutes = 0;
  for (const part of parts) {
    const m = UNIT.exec(part.trim());
    if (!m) return undefined;
    const value = Number(m[1]);
    const unit = m[2] ?? (parts.length === 1 ? 'm' : undefined);
    if (!unit) return undefined;
    minutes += /^(h|hr|hrs|hours?|小时|时)$/.test(unit) ? value * 60 : value;
  }
  return Number.isInteger(minutes) && minutes <= 525_600 ? minutes : undefined;
}

/** 90 → "1h 30m", 240 → "4h", 45 → "45m": what the grid shows and parseWorkingMinutes reads back. */
export function formatWorkingMinutes(minutes: number | null): string {
  if (minutes === null) return '';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h ? `${h}h` : '', m || !h ? `${m}m` : ''].filter(Boolean).join(' ');
}
