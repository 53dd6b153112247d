import { describe, expect, it } from 'vitest';
import {
  festivalIds,
  festivalName,
  festivalNote,
  festivalsBetween,
  festivalsOfYear,
  type FestivalId,
} from '../../../shared/logic/festivals';

const dayOf = (year: number, id: FestivalId) => festivalsOfYear(year).find((f) => f.id === id)!;

describe('festivalsOfYear', () => {
  it('puts 春节 on lunar 1/1 (published dates)', () => {
    expect(dayOf(2025, 'springFestival').day).toBe('2025-01-29');
    expect(dayOf(2026, 'springFestival').day).toBe('2026-02-17');
    expect(dayOf(2027, 'springFestival').day).toBe('2027-02-06');
    expect(dayOf(2024, 'springFestival').day).toBe('2024-02-10');
  });

  it('puts 元宵 on lunar 1/15 and 七夕 on lunar 7/7', () => {
    expect(dayOf(2026, 'lantern').day).toBe('2026-03-03');
    expect(dayOf(2026, 'qixi').day).toBe('2026-08-19');
    expect(dayOf(2025, 'qixi').day).toBe('2025-08-29');
    // 2023 has a leap second month: 七夕 is still the ordinary 7th month's 7th day.
    expect(dayOf(2023, 'qixi').day).toBe('2023-08-22');
  });

  it('ends 年货节 on the eve of 春节, four weeks long, starting in December when 春节 is early', () => {
    const goods2026 = dayOf(2026, 'newYearGoods');
    expect([goods2026.from, goods2026.to]).toEqual(['2026-01-20', '2026-02-16']);
    expect(goods2026.approximate).toBe(true);
    // 春节 2023 was January 22.
    expect(dayOf(2023, 'newYearGoods').from).toBe('2022-12-25');
  });

  it('puts Black Friday the day after the fourth Thursday of November, Cyber Monday three days later', () => {
    expect(dayOf(2026, 'blackFriday').day).toBe('2026-11-27');
    expect(dayOf(2026, 'cyberMonday').day).toBe('2026-11-30');
    expect(dayOf(2025, 'blackFriday').day).toBe('2025-11-28');
    // November 2029 starts on a Thursday: the 4th Thursday is the 22nd.
    expect(dayOf(2029, 'blackFriday').day).toBe('2029-11-23');
    expect(dayOf(2024, 'cyberMonday').day).toBe('2024-12-02');
  });

  it('has the fixed days and their selling windows', () => {
    expect(dayOf(2026, 'womensDay')).toMatchObject({
      day: '2026-03-08',
      from: '2026-03-01',
      to: '2026-03-08',
    });
    expect(dayOf(2026, 'mid618')).toMatchObject({ day: '2026-06-18', from: '2026-06-01', to: '2026-06-18' });
    expect(dayOf(2026, 'double11')).toMatchObject({
      day: '2026-11-11',
      from: '2026-11-01',
      to: '2026-11-11',
    });
    expect(dayOf(2026, 'double12')).toMatchObject({
      day: '2026-12-12',
      from: '2026-12-12',
      to: '2026-12-12',
    });
    expect(dayOf(2026, 'christmas')).toMatchObject({ day: '2026-12-25', market: 'intl', approximate: false });
  });

  it('marks Prime Day as an approximate July window and says so in both languages', () => {
    const prime = dayOf(2026, 'primeDay');
    expect(prime).toMatchObject({ from: '2026-07-08', to: '2026-07-17', approximate: true, market: 'intl' });
    expect(festivalNote('primeDay', 'en')).toMatch(/approximate/);
    expect(festivalNote('primeDay', 'zh-CN')).toMatch(/估计/);
    expect(festivalNote('springFestival', 'en')).toBeNull();
  });

  it('lists every festival once a year in date order, each named in both languages', () => {
    for (const year of [2024, 2025, 2026, 2027, 2030]) {
      const list = festivalsOfYear(year);
      expect(list.map((f) => f.id).sort()).toEqual([...festivalIds].sort());
      expect(list.map((f) => f.from)).toEqual(list.map((f) => f.from).sort());
      for (const f of list) expect(f.from <= f.day && f.day <= f.to).toBe(true);
    }
    for (const id of festivalIds) {
      expect(festivalName(id, 'en')).toMatch(/\S/);
      expect(festivalName(id, 'zh-CN')).toMatch(/\S/);
    }
    expect(festivalName('double11', 'zh-CN')).toBe('双11');
  });
});

describe('festivalsBetween', () => {
  it('returns the festivals whose window touches the days, across a year end', () => {
    const ids = festivalsBetween('2026-12-20', '2027-01-20').map((f) => `${f.id}:${f.from}`);
    // 年货节 2027 (春节 2027-02-06) starts 2027-01-09; Christmas 2026 is inside; 双12 is before.
    expect(ids).toEqual(['christmas:2026-12-25', 'newYearGoods:2027-01-09']);
  });

  it('includes a window that began before the first day', () => {
    const ids = festivalsBetween('2026-06-10', '2026-06-30').map((f) => f.id);
    expect(ids).toEqual(['mid618']);
    expect(festivalsBetween('2026-06-19', '2026-07-07')).toEqual([]);
  });
});
