import type { BackupKind } from '../domain/backup';
import { localDate } from './dates';

export interface RetentionEntry {
  name: string;
  kind: BackupKind;
  /** ISO-8601 instant the backup was taken. */
  takenAt: string;
  /** Whether the file looks like a usable database; a bad one never counts as a kept copy. */
  good: boolean;
}

export interface RetentionPolicy {
  /** Newest automatic backup of each of the last N days (today included) is kept; ≥ 1. */
  keepDays: number;
  /** Newest automatic backup of each of the last M ISO weeks (this week included) is kept; 0 = none. */
  keepWeeks: number;
  /** Days and weeks are the shop's calendar (settings.timezone), like every other period in the app. */
  timezone: string;
  now: string;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of the calendar date of `iso` in `timezone`. */
function dayNumber(iso: string, timezone: string): number {
  const [y, m, d] = localDate(iso, timezone).split('-').map(Number);
  return Math.round(Date.UTC(y!, m! - 1, d!) / DAY_MS);
}

/** ISO weeks start on Monday; 1970-01-01 was a Thursday, so day 0 sits 3 days into week 0. */
const weekNumber = (day: number): number => Math.floor((day + 3) / 7);

/**
 * The automatic backups to delete, oldest rules first spelled out:
 * - manual backups and the copies kept before a restore are never deleted (nor names we do not know);
 * - of the automatic ones, the newest good backup of each of the last `keepDays` days and of each of the
 *   last `keepWeeks` ISO weeks stays;
 * - the newest good automatic backup always stays, however old, so pruning can never leave the shop
 *   without a good copy (the app may not have run for months);
 * - everything else automatic goes, bad files included.
 */
export function backupsToPrune(entries: readonly RetentionEntry[], policy: RetentionPolicy): string[] {
  const automatic = entries
    .filter((e) => e.kind === 'automatic')
    .map((e) => ({ ...e, day: dayNumber(e.takenAt, policy.timezone), ms: Date.parse(e.takenAt) }))
    .sort((a, b) => b.ms - a.ms || b.name.localeCompare(a.name));
  const today = dayNumber(policy.now, policy.timezone);
  const keep = new Set<string>();
  const daysSeen = new Set<number>();
  const weeksSeen = new Set<number>();
  for (const entry of automatic) {
    if (!entry.good) continue;
    if (keep.size === 0) keep.add(entry.name);
    // A backup dated after now (the clock was moved back) counts as today: never deleted for being "old".
    const day = Math.min(entry.day, today);
    if (today - day < policy.keepDays && !daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(entry.name);
    }
    const week = weekNumber(day);
    if (weekNumber(today) - week < policy.keepWeeks && !weeksSeen.has(week)) {
      weeksSeen.add(week);
      keep.add(entry.name);
    }
  }
  return automatic.filter((e) => !keep.has(e.name)).map((e) => e.name);
}
