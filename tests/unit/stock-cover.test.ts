import { describe, expect, it } from 'vitest';
import { stockCover } from '../../shared/logic/stock-cover';

describe('stockCover', () => {
  it('divides stock by the 30-day rate in whole days', () => {
    // 60 sold in 30 days = 2 a day; 45 in stock last 22.5 → 22 whole days.
    expect(stockCover(45, 60, 400, 90)).toEqual({ soldInWindow: 60, daysOfCover: 22, slowMover: false });
    // 1 sold in 30 days; 4 in stock last 120 days > 90: slow.
    expect(stockCover(4, 1, 400, 90)).toEqual({ soldInWindow: 1, daysOfCover: 120, slowMover: true });
    // Exactly at the threshold is not above it.
    expect(stockCover(3, 1, 400, 90).slowMover).toBe(false);
  });

  it('calls stock that did not sell at all in the window slow, and empty stock never', () => {
    expect(stockCover(10, 0, 45, 90)).toEqual({ soldInWindow: 0, daysOfCover: null, slowMover: true });
    expect(stockCover(0, 0, 45, 90).slowMover).toBe(false);
    expect(stockCover(0, 12, 45, 90)).toEqual({ soldInWindow: 12, daysOfCover: 0, slowMover: false });
  });

  it('flags nothing until the shop has a full window of sales history', () => {
    expect(stockCover(10, 0, 29, 90).slowMover).toBe(false);
    expect(stockCover(10, 0, 30, 90).slowMover).toBe(true);
  });

  it('counts returns against sales and never goes below zero sold', () => {
    expect(stockCover(10, -3, 400, 90)).toEqual({ soldInWindow: 0, daysOfCover: null, slowMover: true });
  });
});
