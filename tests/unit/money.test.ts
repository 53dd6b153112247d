import { describe, expect, it } from 'vitest';
import {
  bpToPercentString,
  currencyExponent,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercentBp,
  fromMinor,
  percentToBp,
  toMinor,
} from '../../shared/logic/money';

describe('currencyExponent', () => {
  it('knows the minor unit of common shop currencies', () => {
    expect(currencyExponent('CNY')).toBe(2);
    expect(currencyExponent('usd')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('KRW')).toBe(0);
    expect(currencyExponent('KWD')).toBe(3);
  });
});

describe('toMinor / fromMinor', () => {
  it('parses major units exactly, where floats would not', () => {
    // 1.005 × 100 = 100.49999999999999 in floating point; the shop typed 100.5 fen… which CNY cannot hold.
    expect(toMinor('1.005', 'CNY')).toBeNull();
    expect(toMinor('1.01', 'CNY')).toBe(101);
    // 0.29 × 100 = 28.999999999999996 in floating point.
    expect(toMinor('0.29', 'USD')).toBe(29);
    expect(toMinor('10.5', 'CNY')).toBe(1050);
    expect(toMinor('12.50', 'CNY')).toBe(1250);
    expect(toMinor('1.500', 'USD')).toBe(150);
    expect(toMinor('8', 'JPY')).toBe(8);
    expect(toMinor('1.234', 'KWD')).toBe(1234);
    expect(toMinor('-0.3', 'USD')).toBe(-30);
    expect(toMinor(' 7 ', 'CNY')).toBe(700);
  });

  it('accepts what a Chinese IME types', () => {
    expect(toMinor('１２。５', 'CNY')).toBe(1250);
    expect(percentToBp('８．２５')).toBe(825);
  });

  it('refuses text that would need rounding or guessing', () => {
    expect(toMinor('0.5', 'JPY')).toBeNull();
    expect(toMinor('1,234.50', 'USD')).toBeNull();
    expect(toMinor('1e3', 'USD')).toBeNull();
    expect(toMinor('', 'USD')).toBeNull();
    expect(toMinor('abc', 'USD')).toBeNull();
    expect(toMinor('99999999999999999', 'USD')).toBeNull();
  });

  it('turns minor units back into the text a person would type', () => {
    expect(fromMinor(1250, 'CNY')).toBe('12.50');
    expect(fromMinor(5, 'USD')).toBe('0.05');
    expect(fromMinor(8, 'JPY')).toBe('8');
    expect(fromMinor(-30, 'USD')).toBe('-0.30');
    expect(toMinor(fromMinor(123456789, 'CNY'), 'CNY')).toBe(123456789);
  });
});

describe('percentages in basis points', () => {
  it('converts both ways exactly', () => {
    expect(percentToBp('5')).toBe(500);
    expect(percentToBp('0.6')).toBe(60);
    expect(percentToBp('8.25 %')).toBe(825);
    expect(percentToBp('100')).toBe(10_000);
    expect(percentToBp('12.345')).toBeNull();
    expect(bpToPercentString(500)).toBe('5');
    expect(bpToPercentString(60)).toBe('0.6');
    expect(bpToPercentString(1234)).toBe('12.34');
    expect(bpToPercentString(1)).toBe('0.01');
    expect(bpToPercentString(0)).toBe('0');
  });

  it('formats a rate for the locale', () => {
    expect(formatPercentBp(60, 'en-US')).toBe('0.6%');
    expect(formatPercentBp(1250, 'zh-CN')).toBe('12.5%');
  });
});

describe('formatMoney', () => {
  it('formats minor units exactly in the currency and locale', () => {
    expect(formatMoney(1250, 'CNY', 'zh-CN')).toBe('¥12.50');
    expect(formatMoney(1250, 'CNY', 'en-US')).toBe('CN¥12.50');
    expect(formatMoney(1250, 'USD', 'zh-CN')).toBe('US$12.50');
    expect(formatMoney(-1250, 'CNY', 'zh-CN')).toBe('-¥12.50');
    expect(formatMoney(123456789, 'USD', 'en-US')).toBe('$1,234,567.89');
    expect(formatMoney(8, 'JPY', 'en-US')).toBe('¥8');
    expect(formatMoney(15000, 'KRW', 'en-US')).toBe('₩15,000');
    // 2^53 − 1 cents stays exact: a float division by 100 would print …0.99 wrongly.
    expect(formatMoney(9007199254740991, 'USD', 'en-US')).toBe('$90,071,992,547,409.91');
  });
});

describe('numbers and dates', () => {
  it('groups digits for the locale', () => {
    expect(formatNumber(1234567, 'en-US')).toBe('1,234,567');
    expect(formatNumber(0.125, 'zh-CN')).toBe('0.13');
  });

  it('shows a calendar date without shifting it by the time zone', () => {
    expect(formatDate('2026-11-22', 'zh-CN')).toBe('2026年11月22日');
    expect(formatDate('2026-01-01', 'en-US')).toBe('Jan 1, 2026');
    expect(formatDate('not a date', 'en-US')).toBe('not a date');
  });

  it('shows an instant in the given zone', () => {
    // 07:05 UTC is 15:05 in Shanghai (UTC+8).
    expect(formatDateTime('2026-11-22T07:05:00Z', 'zh-CN', 'Asia/Shanghai')).toBe('2026年11月22日 15:05');
    expect(formatDateTime('2026-11-22T23:30:00Z', 'zh-CN', 'Asia/Shanghai')).toBe('2026年11月23日 07:30');
  });
});
