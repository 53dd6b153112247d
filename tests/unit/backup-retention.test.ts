import { describe, expect, it } from 'vitest';
import type { BackupKind } from '../../shared/domain/backup';
import { backupsToPrune, type RetentionEntry } from '../../shared/logic/backup-retention';
import { localDate } from '../../shared/logic/dates';

const HOUR = 3_600_000;
const entry = (takenAt: string, kind: BackupKind = 'automatic', good = true): RetentionEntry => ({
  name: `${kind}-${takenAt}`,
  kind,
  takenAt,
  good,
});
/** Backups every `stepHours` going back `count` steps from `from` (newest first). */
const series = (from: string, stepHours: number, count: number, kind: BackupKind = 'automatic') =>
  Array.from({ length: count }, (_, i) =>
    entry(new Date(Date.parse(from) - i * stepHours * HOUR).toISOString(), kind),
  );
const kept = (entries: RetentionEntry[], doomed: string[]) =>
  entries.map((e) => e.name).filter((n) => !doomed.includes(n));
const utc = { timezone: 'UTC' };

describe('backupsToPrune', () => {
  it('keeps the newest automatic backup of each of the last N days, today included', () => {
    // Four a day (every 6 h) for 30 days, newest 2024-06-20 18:00Z.
    const all = series('2024-06-20T18:00:00.000Z', 6, 120);
    const doomed = backupsToPrune(all, {
      keepDays: 7,
      keepWeeks: 0,
      now: '2024-06-20T20:00:00.000Z',
      ...utc,
    });
    expect(kept(all, doomed)).toEqual([
      'automatic-2024-06-20T18:00:00.000Z',
      'automatic-2024-06-19T18:00:00.000Z',
      'automatic-2024-06-18T18:00:00.000Z',
      'automatic-2024-06-17T18:00:00.000Z',
      'automatic-2024-06-16T18:00:00.000Z',
      'automatic-2024-06-15T18:00:00.000Z',
      'automatic-2024-06-14T18:00:00.000Z',
    ]);
    expect(doomed).toHaveLength(113);
  });

  it('keeps the newest of each of the last M ISO weeks (Monday to Sunday) on top of the daily ones', () => {
    // One a day at noon from Thu 2024-04-11 to Thu 2024-06-20 (71 days). Today is Thursday 2024-06-20.
    const all = series('2024-06-20T12:00:00.000Z', 24, 71);
    const doomed = backupsToPrune(all, {
      keepDays: 3,
      keepWeeks: 4,
      now: '2024-06-20T13:00:00.000Z',
      ...utc,
    });
    expect(kept(all, doomed)).toEqual([
      'automatic-2024-06-20T12:00:00.000Z', // today (and this week's newest)
      'automatic-2024-06-19T12:00:00.000Z',
      'automatic-2024-06-18T12:00:00.000Z',
      'automatic-2024-06-16T12:00:00.000Z', // Sunday: newest of the week of June 10
      'automatic-2024-06-09T12:00:00.000Z', // … of the week of June 3
      'automatic-2024-06-02T12:00:00.000Z', // … of the week of May 27
    ]);
    // Monday 2024-06-17 is in this week, beaten by Thursday; it is not among the 3 days either.
    expect(doomed).toContain('automatic-2024-06-17T12:00:00.000Z');
  });

  it('never deletes a manual backup or a copy kept before a restore, however old or many', () => {
    const manual = series('2020-01-01T00:00:00.000Z', 24, 40, 'manual');
    const pre = series('2019-06-01T00:00:00.000Z', 1, 30, 'preRestore');
    const auto = series('2024-06-20T00:00:00.000Z', 24, 10);
    const doomed = backupsToPrune([...manual, ...pre, ...auto], {
      keepDays: 1,
      keepWeeks: 0,
      now: '2024-06-20T01:00:00.000Z',
      ...utc,
    });
    expect(doomed).toHaveLength(9);
    expect(doomed.every((n) => n.startsWith('automatic-'))).toBe(true);
    // Bad manual files stay too: what the person saved is theirs to delete.
    expect(
      backupsToPrune([entry('2020-01-01T00:00:00.000Z', 'manual', false)], {
        keepDays: 1,
        keepWeeks: 0,
        now: '2024-06-20T00:00:00.000Z',
        ...utc,
      }),
    ).toEqual([]);
  });

  it('never deletes the only good backup, even when every backup is older than the windows', () => {
    // The app was not opened for months: all three are outside 7 days / 4 weeks.
    const all = [
      entry('2024-01-03T00:00:00.000Z', 'automatic', false),
      entry('2024-01-02T00:00:00.000Z'),
      entry('2024-01-01T00:00:00.000Z'),
    ];
    const doomed = backupsToPrune(all, {
      keepDays: 7,
      keepWeeks: 4,
      now: '2024-06-20T00:00:00.000Z',
      ...utc,
    });
    expect(kept(all, doomed)).toEqual(['automatic-2024-01-02T00:00:00.000Z']);
  });

  it('keeps the newest good backup of a day, not a newer damaged one', () => {
    const all = [
      entry('2024-06-20T18:00:00.000Z', 'automatic', false),
      entry('2024-06-20T06:00:00.000Z'),
      entry('2024-06-19T06:00:00.000Z', 'automatic', false),
    ];
    const doomed = backupsToPrune(all, {
      keepDays: 7,
      keepWeeks: 0,
      now: '2024-06-20T20:00:00.000Z',
      ...utc,
    });
    expect(doomed.sort()).toEqual([
      'automatic-2024-06-19T06:00:00.000Z',
      'automatic-2024-06-20T18:00:00.000Z',
    ]);
  });

  it('counts days in the shop time zone', () => {
    // 15:00Z is 23:00 on June 17 in Shanghai; 17:00Z is already 01:00 on June 18.
    const all = [entry('2024-06-17T17:00:00.000Z'), entry('2024-06-17T15:00:00.000Z')];
    const policy = { keepDays: 2, keepWeeks: 0, now: '2024-06-18T02:00:00.000Z' };
    expect(backupsToPrune(all, { ...policy, timezone: 'Asia/Shanghai' })).toEqual([]);
    expect(backupsToPrune(all, { ...policy, timezone: 'UTC' })).toEqual([
      'automatic-2024-06-17T15:00:00.000Z',
    ]);
  });

  it('keeps a backup dated after now (the clock was moved back) as today’s', () => {
    const all = [entry('2024-07-01T00:00:00.000Z'), entry('2024-06-19T00:00:00.000Z')];
    expect(
      backupsToPrune(all, { keepDays: 2, keepWeeks: 0, now: '2024-06-20T00:00:00.000Z', ...utc }),
    ).toEqual([]);
  });

  it('deletes nothing from an empty folder or from what it kept before', () => {
    const policy = { keepDays: 5, keepWeeks: 3, now: '2024-06-20T12:00:00.000Z', ...utc };
    expect(backupsToPrune([], policy)).toEqual([]);
    const all = series('2024-06-20T12:00:00.000Z', 5, 200);
    const doomed = backupsToPrune(all, policy);
    const survivors = all.filter((e) => !doomed.includes(e.name));
    expect(backupsToPrune(survivors, policy)).toEqual([]);
  });

  it('holds its rules for every combination of N, M, zone and random backup sets', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const kinds: BackupKind[] = ['automatic', 'automatic', 'automatic', 'manual', 'preRestore'];
    const now = '2024-06-20T12:00:00.000Z';
    let cases = 0;
    for (const timezone of ['UTC', 'Asia/Shanghai', 'America/Los_Angeles']) {
      for (const keepDays of [1, 2, 7, 14, 30]) {
        for (const keepWeeks of [0, 1, 4, 8]) {
          const entries = Array.from({ length: 60 }, (_, i) => ({
            ...entry(new Date(Date.parse(now) - Math.floor(rand() * 80 * 24) * HOUR).toISOString()),
            name: `b${i}`,
            kind: kinds[Math.floor(rand() * kinds.length)]!,
            good: rand() > 0.15,
          }));
          const doomed = new Set(backupsToPrune(entries, { keepDays, keepWeeks, timezone, now }));
          const survivors = entries.filter((e) => !doomed.has(e.name));
          // Only automatic ones are ever deleted.
          expect([...doomed].every((n) => entries.find((e) => e.name === n)!.kind === 'automatic')).toBe(
            true,
          );
          const goodAuto = entries.filter((e) => e.kind === 'automatic' && e.good);
          // The newest good automatic backup always survives.
          if (goodAuto.length) {
            const newest = goodAuto.reduce((a, b) => (Date.parse(b.takenAt) > Date.parse(a.takenAt) ? b : a));
            expect(
              survivors.some((s) => s.takenAt === newest.takenAt && s.kind === 'automatic' && s.good),
            ).toBe(true);
          }
          // Each of the last N days that had a good automatic backup still has its newest one.
          const days = new Map<string, RetentionEntry>();
          for (const e of goodAuto) {
            const day = localDate(e.takenAt, timezone);
            const best = days.get(day);
            // Same instant: the function breaks the tie by name, newest-sorting first.
            const newer =
              !best || e.takenAt > best.takenAt || (e.takenAt === best.takenAt && e.name > best.name);
            if (newer) days.set(day, e);
          }
          const today = Date.parse(`${localDate(now, timezone)}T00:00:00Z`);
          for (const [day, best] of days) {
            const age = Math.round((today - Date.parse(`${day}T00:00:00Z`)) / (24 * HOUR));
            if (age < keepDays) expect(doomed.has(best.name), `${timezone} ${keepDays} ${day}`).toBe(false);
          }
          // At most one automatic survivor per day and per week window, plus the newest good one.
          const autoSurvivors = survivors.filter((s) => s.kind === 'automatic');
          expect(autoSurvivors.length).toBeLessThanOrEqual(keepDays + keepWeeks + 1);
          expect(autoSurvivors.every((s) => s.good)).toBe(true);
          cases++;
        }
      }
    }
    expect(cases).toBe(60);
  });
});
