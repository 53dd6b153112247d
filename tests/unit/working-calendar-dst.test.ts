import { describe, expect, it } from 'vitest';
import { addWorkingMinutes, isWorkingTime, workingMinutesBetween } from '../../shared/logic/working-calendar';
import { calendar, newYork, newYorkAllDay, nineToSix, weekOf } from '../helpers/shop-calendars';

// America/New_York 2024: clocks jump 02:00 → 03:00 on Sunday March 10 (EST −5 → EDT −4) and fall back
// 02:00 → 01:00 on Sunday November 3.

describe('New York office hours across the DST weekends', () => {
  it('Friday 17:00 EST + 2 working hours → Monday 10:00 EDT (one hour earlier in UTC)', () => {
    expect(addWorkingMinutes(newYork, '2024-03-08T22:00:00.000Z', 120)).toBe('2024-03-11T14:00:00.000Z');
    expect(workingMinutesBetween(newYork, '2024-03-08T22:00:00.000Z', '2024-03-11T14:00:00.000Z')).toBe(120);
  });

  it('Friday 17:00 EDT + 2 working hours → Monday 10:00 EST (one hour later in UTC)', () => {
    expect(addWorkingMinutes(newYork, '2024-11-01T21:00:00.000Z', 120)).toBe('2024-11-04T15:00:00.000Z');
  });

  it('09:00 is 14:00Z in winter and 13:00Z in summer', () => {
    expect(isWorkingTime(newYork, '2024-03-08T14:00:00.000Z')).toBe(true);
    expect(isWorkingTime(newYork, '2024-03-08T13:59:00.000Z')).toBe(false);
    expect(isWorkingTime(newYork, '2024-03-11T13:00:00.000Z')).toBe(true);
    expect(isWorkingTime(newYork, '2024-03-11T12:59:00.000Z')).toBe(false);
  });

  it('a shop open on Sunday: the switch day keeps its 9 hours (the change is at 2 a.m.)', () => {
    const sevenDays = calendar('America/New_York', nineToSix, { week: weekOf(nineToSix, nineToSix) });
    // Saturday 17:00 EST: one hour on Saturday, then Sunday 09:00 EDT + 1 h.
    expect(addWorkingMinutes(sevenDays, '2024-03-09T22:00:00.000Z', 120)).toBe('2024-03-10T14:00:00.000Z');
    expect(workingMinutesBetween(sevenDays, '2024-03-10T05:00:00.000Z', '2024-03-11T04:00:00.000Z')).toBe(
      540,
    );
  });
});

describe('a shop open around the clock counts real elapsed time', () => {
  it('the spring-forward day has 23 hours, the fall-back day 25, an ordinary day 24', () => {
    expect(workingMinutesBetween(newYorkAllDay, '2024-03-10T05:00:00.000Z', '2024-03-11T04:00:00.000Z')).toBe(
      23 * 60,
    );
    expect(workingMinutesBetween(newYorkAllDay, '2024-11-03T04:00:00.000Z', '2024-11-04T05:00:00.000Z')).toBe(
      25 * 60,
    );
    expect(workingMinutesBetween(newYorkAllDay, '2024-06-01T04:00:00.000Z', '2024-06-02T04:00:00.000Z')).toBe(
      24 * 60,
    );
  });

  it('one working hour after 01:30 EST on March 10 is 03:30 EDT', () => {
    expect(addWorkingMinutes(newYorkAllDay, '2024-03-10T06:30:00.000Z', 60)).toBe('2024-03-10T07:30:00.000Z');
    expect(isWorkingTime(newYorkAllDay, '2024-03-10T07:00:00.000Z')).toBe(true);
  });
});

describe('working hours that touch the changed hour', () => {
  const night = (start: string, end: string) =>
    calendar('America/New_York', nineToSix, {
      week: { ...weekOf([]), sun: [{ start, end }] },
    });

  it('Sunday 01:00–04:00 is 2 hours on March 10 and 4 hours on November 3', () => {
    const cal = night('01:00', '04:00');
    expect(workingMinutesBetween(cal, '2024-03-09T05:00:00.000Z', '2024-03-11T05:00:00.000Z')).toBe(120);
    expect(workingMinutesBetween(cal, '2024-11-02T04:00:00.000Z', '2024-11-04T05:00:00.000Z')).toBe(240);
    expect(workingMinutesBetween(cal, '2024-06-08T04:00:00.000Z', '2024-06-10T04:00:00.000Z')).toBe(180);
  });

  it('150 minutes from Saturday March 9 take the short night and 30 minutes of the next Sunday', () => {
    // March 10: 01:00 EST (06:00Z) … 04:00 EDT (08:00Z) = 120 min; March 17: 01:00 EDT = 05:00Z.
    expect(addWorkingMinutes(night('01:00', '04:00'), '2024-03-09T17:00:00.000Z', 150)).toBe(
      '2024-03-17T05:30:00.000Z',
    );
  });

  it('hours starting inside the skipped hour start when it ends (02:30 → 03:00 EDT)', () => {
    const cal = night('02:30', '05:00');
    expect(isWorkingTime(cal, '2024-03-10T06:59:00.000Z')).toBe(false); // 01:59 EST
    expect(isWorkingTime(cal, '2024-03-10T07:00:00.000Z')).toBe(true); // 03:00 EDT
    expect(workingMinutesBetween(cal, '2024-03-09T05:00:00.000Z', '2024-03-11T04:00:00.000Z')).toBe(120);
  });

  it('hours wholly inside the skipped hour are no time at all that day', () => {
    const cal = night('02:00', '02:45');
    expect(workingMinutesBetween(cal, '2024-03-09T05:00:00.000Z', '2024-03-11T04:00:00.000Z')).toBe(0);
    expect(addWorkingMinutes(cal, '2024-03-09T05:00:00.000Z', 45)).toBe('2024-03-17T06:45:00.000Z');
  });
});
