import { describe, expect, it } from 'vitest';
import { baselineBand, isqrt } from '../../shared/logic/promotions/evaluation-band';
import { evaluationPeriods } from '../../shared/logic/promotions/evaluation-periods';

describe('evaluationPeriods — which days are compared', () => {
  const double11 = { from: '2026-11-01', to: '2026-11-11' };

  it('upcoming: nothing evaluated yet', () => {
    expect(evaluationPeriods(double11, '2026-10-31')).toEqual({
      state: 'upcoming',
      during: null,
      baseline: null,
      days: 0,
      plannedDays: 11,
    });
  });

  it('live on day 5: Nov 1–5 against the 5 days before, Oct 27–31', () => {
    expect(evaluationPeriods(double11, '2026-11-05')).toEqual({
      state: 'live',
      during: { from: '2026-11-01', to: '2026-11-05' },
      baseline: { from: '2026-10-27', to: '2026-10-31' },
      days: 5,
      plannedDays: 11,
    });
  });

  it('on its last day it is still live, with every day; the day after, final', () => {
    expect(evaluationPeriods(double11, '2026-11-11')).toMatchObject({ state: 'live', days: 11 });
    expect(evaluationPeriods(double11, '2026-11-12')).toEqual({
      state: 'final',
      during: double11,
      baseline: { from: '2026-10-21', to: '2026-10-31' },
      days: 11,
      plannedDays: 11,
    });
  });

  it('a one-day flash sale against the day before; across a year end and a leap day', () => {
    expect(evaluationPeriods({ from: '2027-01-01', to: '2027-01-01' }, '2027-02-01')).toMatchObject({
      during: { from: '2027-01-01', to: '2027-01-01' },
      baseline: { from: '2026-12-31', to: '2026-12-31' },
      days: 1,
    });
    expect(evaluationPeriods({ from: '2028-03-01', to: '2028-03-02' }, '2028-04-01').baseline).toEqual({
      from: '2028-02-28',
      to: '2028-02-29',
    });
  });

  it('a window ending before it starts is refused', () => {
    expect(() => evaluationPeriods({ from: '2026-11-02', to: '2026-11-01' }, '2026-12-01')).toThrow(
      RangeError,
    );
  });
});

describe('baselineBand — daily mean ± one population standard deviation', () => {
  it('10, 20, 30: mean 20, sd √(600)/3 = 8.165 → 8, band 12–28', () => {
    expect(baselineBand([10, 20, 30])).toEqual({ mean: 20, sd: 8, low: 12, high: 28 });
  });

  it('one baseline day has no spread; no baseline day gives no band', () => {
    expect(baselineBand([700])).toEqual({ mean: 700, sd: 0, low: 700, high: 700 });
    expect(baselineBand([])).toBeNull();
  });

  it('the low edge stops at 0: 0, 0, 0, 100 → mean 25, sd 43.30 → 43', () => {
    expect(baselineBand([0, 0, 0, 100])).toEqual({ mean: 25, sd: 43, low: 0, high: 68 });
  });

  it('halves round up: 1, 2 → mean 1.5 → 2, sd exactly 0.5 → 1', () => {
    expect(baselineBand([1, 2])).toEqual({ mean: 2, sd: 1, low: 1, high: 3 });
  });

  it('stays exact where floats would not: two days ¥10 billion apart by 2 fen', () => {
    const big = 1_000_000_000_000;
    expect(baselineBand([big, big + 2])).toEqual({ mean: big + 1, sd: 1, low: big, high: big + 2 });
  });

  it('isqrt is the floor of the square root, exactly, also beyond 2^53', () => {
    expect([0n, 1n, 15n, 16n, 17n].map(isqrt)).toEqual([0n, 1n, 3n, 4n, 4n]);
    const r = 10n ** 15n + 1n;
    expect(isqrt(r * r - 1n)).toBe(r - 1n);
    expect(isqrt(r * r)).toBe(r);
    expect(() => isqrt(-1n)).toThrow(RangeError);
  });
});
