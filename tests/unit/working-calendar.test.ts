import { describe, expect, it } from 'vitest';
import {
  addWorkingMinutes,
  checkCalendar,
  isWorkingTime,
  nextWorkingMoment,
  workingMinutesBetween,
} from '../../shared/logic/working-calendar';
import type { ShopCalendar } from '../../shared/domain/tickets';
import {
  calendar,
  nineToSix,
  shanghai,
  shanghai2024Holidays,
  shanghaiLunch,
  weekOf,
  withLunch,
} from '../helpers/shop-calendars';

// Asia/Shanghai is UTC+8 all year: 17:30 local on Friday 2024-03-15 is 09:30Z.
const fri1730 = '2024-03-15T09:30:00.000Z';

describe('a 4-working-hour target from Friday 17:30 (Shanghai, Monday–Friday)', () => {
  it('09:00–18:00: 30 minutes on Friday, 3½ hours on Monday → Monday 12:30', () => {
    expect(addWorkingMinutes(shanghai, fri1730, 240)).toBe('2024-03-18T04:30:00.000Z');
    expect(workingMinutesBetween(shanghai, fri1730, '2024-03-18T04:30:00.000Z')).toBe(240);
  });

  it('with a 12:00–13:30 lunch break: Monday 09:00–12:00, then 13:30–14:00 → Monday 14:00', () => {
    expect(addWorkingMinutes(shanghaiLunch, fri1730, 240)).toBe('2024-03-18T06:00:00.000Z');
    expect(workingMinutesBetween(shanghaiLunch, fri1730, '2024-03-18T06:00:00.000Z')).toBe(240);
  });

  it('a holiday Monday moves the due moment to Tuesday 12:30 (14:00 with lunch)', () => {
    const holidays = { holidays: ['2024-03-18'] };
    expect(addWorkingMinutes(calendar('Asia/Shanghai', nineToSix, holidays), fri1730, 240)).toBe(
      '2024-03-19T04:30:00.000Z',
    );
    expect(addWorkingMinutes(calendar('Asia/Shanghai', withLunch, holidays), fri1730, 240)).toBe(
      '2024-03-19T06:00:00.000Z',
    );
  });

  it('a 调休 Saturday working Monday hours takes the 3½ hours: Saturday 12:30', () => {
    const makeUp = calendar('Asia/Shanghai', nineToSix, {
      extraWorkdays: [{ date: '2024-03-16', worksLike: 'mon' }],
    });
    expect(addWorkingMinutes(makeUp, fri1730, 240)).toBe('2024-03-16T04:30:00.000Z');
  });

  it('the real 2024 Spring Festival: 2/10–2/17 off, Sunday 2/18 worked → Sunday 2/18 12:30', () => {
    expect(addWorkingMinutes(shanghai2024Holidays, '2024-02-09T09:30:00.000Z', 240)).toBe(
      '2024-02-18T04:30:00.000Z',
    );
    // Saturday 2/17 is still a holiday, whatever the weekly hours say.
    expect(isWorkingTime(shanghai2024Holidays, '2024-02-17T02:00:00.000Z')).toBe(false);
    expect(isWorkingTime(shanghai2024Holidays, '2024-02-18T02:00:00.000Z')).toBe(true);
  });
});

describe('moments outside working time', () => {
  it('a ticket created on Saturday starts counting Monday 09:00', () => {
    const sat1000 = '2024-03-16T02:00:00.000Z';
    expect(nextWorkingMoment(shanghai, sat1000)).toBe('2024-03-18T01:00:00.000Z');
    expect(addWorkingMinutes(shanghai, sat1000, 240)).toBe('2024-03-18T05:00:00.000Z');
    expect(addWorkingMinutes(shanghaiLunch, sat1000, 240)).toBe('2024-03-18T06:30:00.000Z');
    expect(workingMinutesBetween(shanghai, sat1000, '2024-03-18T01:00:00.000Z')).toBe(0);
  });

  it('a ticket created on a holiday starts counting the next working day', () => {
    const cal = calendar('Asia/Shanghai', nineToSix, { holidays: ['2024-03-18'] });
    expect(addWorkingMinutes(cal, '2024-03-18T02:00:00.000Z', 240)).toBe('2024-03-19T05:00:00.000Z');
  });

  it('starts are working time, ends are not', () => {
    expect(isWorkingTime(shanghai, '2024-03-15T01:00:00.000Z')).toBe(true); // 09:00
    expect(isWorkingTime(shanghai, '2024-03-15T00:59:59.999Z')).toBe(false);
    expect(isWorkingTime(shanghai, '2024-03-15T09:59:59.999Z')).toBe(true); // 17:59:59.999
    expect(isWorkingTime(shanghai, '2024-03-15T10:00:00.000Z')).toBe(false); // 18:00
    expect(isWorkingTime(shanghaiLunch, '2024-03-15T04:00:00.000Z')).toBe(false); // 12:00
    expect(isWorkingTime(shanghaiLunch, '2024-03-15T05:29:00.000Z')).toBe(false); // 13:29
    expect(isWorkingTime(shanghaiLunch, '2024-03-15T05:30:00.000Z')).toBe(true); // 13:30
  });

  it('a target used up at the end of a day is due at that end, not at the next opening', () => {
    expect(addWorkingMinutes(shanghai, '2024-03-15T09:30:00.000Z', 30)).toBe('2024-03-15T10:00:00.000Z');
    expect(addWorkingMinutes(shanghaiLunch, '2024-03-15T01:00:00.000Z', 180)).toBe(
      '2024-03-15T04:00:00.000Z',
    );
  });

  it('zero minutes: the moment itself in working time, else the next opening', () => {
    expect(addWorkingMinutes(shanghai, '2024-03-15T03:07:00.000Z', 0)).toBe('2024-03-15T03:07:00.000Z');
    expect(addWorkingMinutes(shanghai, '2024-03-15T10:00:00.000Z', 0)).toBe('2024-03-18T01:00:00.000Z');
  });

  it('seconds are kept: 4½ working minutes between 10:00:30 and 10:05', () => {
    expect(workingMinutesBetween(shanghai, '2024-03-15T02:00:30.000Z', '2024-03-15T02:05:00.000Z')).toBe(4.5);
    expect(workingMinutesBetween(shanghai, '2024-03-15T02:05:00.000Z', '2024-03-15T02:00:00.000Z')).toBe(0);
  });
});

describe('targets spanning weeks', () => {
  it('90 working hours from Monday 09:00 end on the second Friday at 18:00; 100 on the Tuesday after', () => {
    const mon0900 = '2024-03-18T01:00:00.000Z';
    expect(addWorkingMinutes(shanghai, mon0900, 90 * 60)).toBe('2024-03-29T10:00:00.000Z');
    expect(addWorkingMinutes(shanghai, mon0900, 100 * 60)).toBe('2024-04-02T02:00:00.000Z');
    expect(workingMinutesBetween(shanghai, mon0900, '2024-04-02T02:00:00.000Z')).toBe(6000);
  });

  it('over the 2024 National Day week with its Sunday and Saturday make-up days', () => {
    const fri0900 = '2024-09-27T01:00:00.000Z';
    // Fri 9/27, Sun 9/29 (make-up), Mon 9/30: 27 hours by Monday 18:00.
    expect(addWorkingMinutes(shanghai2024Holidays, fri0900, 27 * 60)).toBe('2024-09-30T10:00:00.000Z');
    // 10/1–10/7 off; Tuesday 10/8 brings it to 36.
    expect(addWorkingMinutes(shanghai2024Holidays, fri0900, 36 * 60)).toBe('2024-10-08T10:00:00.000Z');
    expect(addWorkingMinutes(shanghai2024Holidays, fri0900, 40 * 60)).toBe('2024-10-09T05:00:00.000Z');
    // 36 by Tue 10/8, then Wed 10/9 … Fri 10/11 and the make-up Saturday 10/12: 36 + 4 × 9.
    expect(workingMinutesBetween(shanghai2024Holidays, fri0900, '2024-10-13T00:00:00.000Z')).toBe(72 * 60);
  });
});

describe('UTC+8: the UTC date is not the shop date', () => {
  it('reads hours on the local clock', () => {
    expect(isWorkingTime(shanghai, '2024-03-18T01:00:00.000Z')).toBe(true); // Mon 09:00 local, 01:00 UTC
    expect(isWorkingTime(shanghai, '2024-03-15T10:30:00.000Z')).toBe(false); // Fri 18:30 local
    expect(isWorkingTime(shanghai, '2024-03-17T01:00:00.000Z')).toBe(false); // Sun 09:00 local
  });

  it('Sunday 23:30 UTC is Monday 07:30 in Shanghai: the clock starts at 09:00 that Monday', () => {
    expect(addWorkingMinutes(shanghai, '2024-03-17T23:30:00.000Z', 240)).toBe('2024-03-18T05:00:00.000Z');
  });

  it('a holiday is a local date: 2024-03-18T20:00Z is already Tuesday, 2024-03-17T17:00Z already Monday', () => {
    const cal = calendar('Asia/Shanghai', nineToSix, { holidays: ['2024-03-18'] });
    expect(addWorkingMinutes(cal, '2024-03-18T20:00:00.000Z', 240)).toBe('2024-03-19T05:00:00.000Z');
    expect(addWorkingMinutes(cal, '2024-03-17T17:00:00.000Z', 60)).toBe('2024-03-19T02:00:00.000Z');
  });
});

describe('bad input', () => {
  it('refuses negative or fractional minutes and malformed moments', () => {
    expect(() => addWorkingMinutes(shanghai, fri1730, -1)).toThrow(/whole number/);
    expect(() => addWorkingMinutes(shanghai, fri1730, 1.5)).toThrow(/whole number/);
    expect(() => isWorkingTime(shanghai, 'Friday')).toThrow(/ISO-8601/);
  });

  it('names every field of a calendar that is wrong', () => {
    const bad: ShopCalendar = {
      timeZone: 'Mars/Olympus',
      week: {
        ...weekOf([{ start: '09:00', end: '18:00' }]),
        mon: [
          { start: '9:00', end: '12:00' },
          { start: '13:00', end: '12:30' },
        ],
        tue: [
          { start: '09:00', end: '12:00' },
          { start: '11:00', end: '24:00' },
        ],
        wed: [{ start: '24:00', end: '24:00' }],
      },
      holidays: ['2024-02-30', '2024-05-01', '2024-05-01'],
      extraWorkdays: [
        { date: '2024-05-01', worksLike: 'mon' },
        { date: '2024-05-11', worksLike: 'sat' },
      ],
    };
    expect(checkCalendar(bad)).toEqual([
      { field: 'timeZone', key: 'timeZone' },
      { field: 'week.mon[0].start', key: 'time' },
      { field: 'week.mon[1].end', key: 'intervalOrder' },
      { field: 'week.tue[1].start', key: 'intervalOverlap' },
      { field: 'week.wed[0].start', key: 'time' },
      { field: 'holidays[0]', key: 'date' },
      { field: 'holidays[2]', key: 'duplicateDate' },
      { field: 'extraWorkdays[0].date', key: 'holidayIsWorkday' },
      { field: 'extraWorkdays[1].worksLike', key: 'workdayWithoutHours' },
    ]);
    expect(() => isWorkingTime(bad, fri1730)).toThrow(/invalid shop calendar: timeZone: timeZone/);
  });

  it('refuses a week without working hours (a due moment would never come)', () => {
    const closed = calendar('Asia/Shanghai', []);
    expect(checkCalendar(closed)).toEqual([{ field: 'week', key: 'noWorkingHours' }]);
    expect(() => addWorkingMinutes(closed, fri1730, 1)).toThrow(/week: noWorkingHours/);
  });

  it('accepts the sample calendars', () => {
    for (const cal of [shanghai, shanghaiLunch, shanghai2024Holidays]) expect(checkCalendar(cal)).toEqual([]);
  });
});
