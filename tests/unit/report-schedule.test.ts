import { describe, expect, it } from 'vitest';
import { dueReportMonth } from '../../shared/logic/report-schedule';
import { isMonth, lastMonth, monthPeriod, shiftMonth } from '../../shared/logic/months';

describe('months', () => {
  it('accepts YYYY-MM only', () => {
    expect(['2024-01', '2024-12', '1999-07'].every(isMonth)).toBe(true);
    expect(['2024-1', '2024-13', '2024-00', '24-01', '2024-01-01', ''].some(isMonth)).toBe(false);
  });

  it('gives a month its days, leap years included', () => {
    expect(monthPeriod('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthPeriod('2023-02')).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(monthPeriod('2024-12')).toEqual({ from: '2024-12-01', to: '2024-12-31' });
  });

  it('shifts across years', () => {
    expect(shiftMonth('2024-01', -1)).toBe('2023-12');
    expect(shiftMonth('2024-03', -12)).toBe('2023-03');
    expect(shiftMonth('2024-12', 1)).toBe('2025-01');
    expect(lastMonth('2025-01-01')).toBe('2024-12');
  });
});

describe('scheduled report decision', () => {
  const on = { enabled: true, folder: '/reports', lastWrittenMonth: null };

  it('writes last month on the first start of a month, then not again that month', () => {
    expect(dueReportMonth('2024-04-01', on)).toBe('2024-03');
    expect(dueReportMonth('2024-04-17', { ...on, lastWrittenMonth: '2024-03' })).toBeNull();
    expect(dueReportMonth('2024-05-02', { ...on, lastWrittenMonth: '2024-03' })).toBe('2024-04');
    expect(dueReportMonth('2025-01-01', { ...on, lastWrittenMonth: '2024-11' })).toBe('2024-12');
  });

  it('writes nothing when off, without a folder, or when a later month is already written', () => {
    expect(dueReportMonth('2024-04-01', { ...on, enabled: false })).toBeNull();
    expect(dueReportMonth('2024-04-01', { ...on, folder: null })).toBeNull();
    // The computer's clock went back: never rewrite an older month over the schedule's record.
    expect(dueReportMonth('2024-04-01', { ...on, lastWrittenMonth: '2024-06' })).toBeNull();
  });
});
