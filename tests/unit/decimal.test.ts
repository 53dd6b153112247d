import { describe, expect, it } from 'vitest';
import {
  amountToMinorUnits,
  basisPointsToPercent,
  currencyMinorDigits,
  minorUnitsToAmount,
  percentToBasisPoints,
  scaleDecimal,
  unscaleInteger,
} from '../../shared/logic/decimal';

describe('scaleDecimal', () => {
  it('scales exactly where floating point would not', () => {
    expect(1.005 * 100).not.toBe(100.5); // the reason this module exists
    expect(scaleDecimal('1.005', 3)).toBe(1005);
    expect(scaleDecimal('0.29', 2)).toBe(29);
    expect(scaleDecimal('8', 2)).toBe(800);
    expect(scaleDecimal('12.5', 2)).toBe(1250);
    expect(scaleDecimal('0', 2)).toBe(0);
    expect(scaleDecimal('007.10', 2)).toBe(710);
    expect(scaleDecimal(' 3.4 ', 1)).toBe(34);
  });

  it('accepts trailing zeros past the scale but never rounds', () => {
    expect(scaleDecimal('1.500', 2)).toBe(150);
    expect(scaleDecimal('1.501', 2)).toBeNull();
    expect(scaleDecimal('5.555', 2)).toBeNull();
    expect(scaleDecimal('1.5', 0)).toBeNull();
    expect(scaleDecimal('2.0', 0)).toBe(2);
  });

  it('refuses anything that is not a plain non-negative decimal', () => {
    for (const bad of [
      '',
      ' ',
      '-1',
      '+1',
      '1e3',
      '1,000',
      '1.',
      '.5',
      'abc',
      'NaN',
      'Infinity',
      '0x10',
      '1.2.3',
      '١٢',
    ]) {
      expect(scaleDecimal(bad, 2), bad).toBeNull();
    }
  });

  it('refuses values beyond safe integers', () => {
    expect(scaleDecimal('90071992547409.92', 2)).toBeNull();
    expect(scaleDecimal('90071992547409.91', 2)).toBe(Number.MAX_SAFE_INTEGER);
    expect(scaleDecimal('99999999999999999999', 0)).toBeNull();
    expect(scaleDecimal('1000000000000.00', 2)).toBe(100_000_000_000_000);
  });
});

describe('unscaleInteger', () => {
  it('writes exactly `scale` decimals', () => {
    expect(unscaleInteger(1250, 2)).toBe('12.50');
    expect(unscaleInteger(5, 2)).toBe('0.05');
    expect(unscaleInteger(0, 2)).toBe('0.00');
    expect(unscaleInteger(-5, 2)).toBe('-0.05');
    expect(unscaleInteger(8, 0)).toBe('8');
    expect(unscaleInteger(1005, 3)).toBe('1.005');
  });

  it('round-trips with scaleDecimal', () => {
    for (const n of [0, 1, 9, 10, 99, 100, 101, 123456789, 9_007_199_254_740_991]) {
      expect(scaleDecimal(unscaleInteger(n, 2), 2)).toBe(n);
    }
    expect(() => unscaleInteger(1.5, 2)).toThrow(RangeError);
  });
});

describe('percentages and basis points', () => {
  it('converts human percentages to basis points', () => {
    expect(percentToBasisPoints('5')).toBe(500);
    expect(percentToBasisPoints('2.9')).toBe(290);
    expect(percentToBasisPoints('0.6%')).toBe(60);
    expect(percentToBasisPoints('0.01 %')).toBe(1);
    expect(percentToBasisPoints('100')).toBe(10_000);
    expect(percentToBasisPoints('0.001')).toBeNull();
    expect(percentToBasisPoints('-5')).toBeNull();
    expect(percentToBasisPoints('five')).toBeNull();
  });

  it('prints basis points as the shortest exact percentage', () => {
    expect(basisPointsToPercent(290)).toBe('2.9');
    expect(basisPointsToPercent(500)).toBe('5');
    expect(basisPointsToPercent(1)).toBe('0.01');
    expect(basisPointsToPercent(0)).toBe('0');
    expect(basisPointsToPercent(10_000)).toBe('100');
  });
});

describe('money in minor units', () => {
  it('knows each currency’s minor unit', () => {
    expect(currencyMinorDigits('CNY')).toBe(2);
    expect(currencyMinorDigits('USD')).toBe(2);
    expect(currencyMinorDigits('JPY')).toBe(0);
    expect(currencyMinorDigits('KWD')).toBe(3);
  });

  it('converts amounts exactly', () => {
    expect(amountToMinorUnits('8', 'CNY')).toBe(800);
    expect(amountToMinorUnits('0.30', 'USD')).toBe(30);
    expect(amountToMinorUnits('19.99', 'USD')).toBe(1999);
    expect(amountToMinorUnits('500', 'JPY')).toBe(500);
    expect(amountToMinorUnits('1.5', 'JPY')).toBeNull();
    expect(amountToMinorUnits('1.234', 'KWD')).toBe(1234);
    expect(amountToMinorUnits('0.001', 'USD')).toBeNull();
    expect(amountToMinorUnits('-1', 'USD')).toBeNull();
  });

  it('prints minor units with the currency’s decimals', () => {
    expect(minorUnitsToAmount(800, 'CNY')).toBe('8.00');
    expect(minorUnitsToAmount(30, 'USD')).toBe('0.30');
    expect(minorUnitsToAmount(500, 'JPY')).toBe('500');
  });
});
