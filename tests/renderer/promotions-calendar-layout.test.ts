import { describe, expect, it } from 'vitest';
import {
  assignLanes,
  barSpan,
  calendarRange,
  dragDays,
  stepRange,
  viewStart,
} from '../../renderer/src/features/promotions/calendar-layout';

describe('calendar ranges', () => {
  it('shows one month, or the whole quarter a month falls in', () => {
    const feb = calendarRange('month', '2028-02');
    expect([feb.from, feb.to, feb.days.length]).toEqual(['2028-02-01', '2028-02-29', 29]);
    const q4 = calendarRange('quarter', '2026-11');
    expect([q4.month, q4.from, q4.to, q4.days.length]).toEqual(['2026-10', '2026-10-01', '2026-12-31', 92]);
    expect(q4.months).toEqual([
      { month: '2026-10', column: 0, days: 31 },
      { month: '2026-11', column: 31, days: 30 },
      { month: '2026-12', column: 61, days: 31 },
    ]);
    expect(viewStart('quarter', '2026-03')).toBe('2026-01');
    expect(viewStart('quarter', '2026-04')).toBe('2026-04');
  });

  it('steps by a month or a quarter, across years', () => {
    expect(stepRange(calendarRange('month', '2026-12'), 1)).toBe('2027-01');
    expect(stepRange(calendarRange('quarter', '2026-02'), -1)).toBe('2025-10');
  });
});

describe('bars', () => {
  const nov = calendarRange('month', '2026-11');

  it('places a campaign on its days, clipped and marked open where it runs past the view', () => {
    expect(barSpan(nov, '2026-11-01', '2026-11-11')).toEqual({
      start: 0,
      end: 10,
      continuesBefore: false,
      continuesAfter: false,
    });
    expect(barSpan(nov, '2026-10-25', '2026-12-03')).toEqual({
      start: 0,
      end: 29,
      continuesBefore: true,
      continuesAfter: true,
    });
    expect(barSpan(nov, '2026-12-01', '2026-12-12')).toBeNull();
    expect(barSpan(nov, '2026-10-01', '2026-10-31')).toBeNull();
  });

  it('stacks overlapping campaigns of one storefront in lanes and reuses a lane once free', () => {
    const bar = (id: string, start: number, end: number) => ({
      id,
      span: { start, end, continuesBefore: false, continuesAfter: false },
    });
    const lanes = assignLanes([bar('c', 11, 20), bar('a', 0, 10), bar('b', 5, 12), bar('d', 11, 11)]);
    expect(lanes.map(({ bar: b, lane }) => `${b.id}:${lane}`)).toEqual(['a:0', 'b:1', 'd:0', 'c:2']);
  });

  it('turns a drag into whole days, half a column or more counting as one', () => {
    expect(dragDays(0, 30)).toBe(0);
    expect(dragDays(14, 30)).toBe(0);
    expect(dragDays(15, 30)).toBe(1);
    expect(dragDays(-14, 30)).toBe(0);
    expect(Object.is(dragDays(-14, 30), 0)).toBe(true);
    expect(dragDays(-61, 30)).toBe(-2);
    expect(dragDays(100, 0)).toBe(0);
  });
});
