import { describe, expect, it } from 'vitest';
import {
  add,
  ceil,
  compare,
  div,
  frac,
  mul,
  roundHalfAwayFromZero,
  sub,
} from '../../../shared/logic/fraction';
import { baseToForeign, foreignToBase, parseFxRate } from '../../../shared/logic/fx';

describe('exact fractions', () => {
  it('reduces, adds, divides without float error', () => {
    // 0.1 + 0.2 as fractions is exactly 3/10 (in floats it is 0.30000000000000004).
    expect(add(frac(1, 10), frac(2, 10))).toEqual(frac(3, 10));
    expect(frac(6, -4)).toEqual({ num: -3n, den: 2n });
    expect(div(frac(1), frac(3))).toEqual(frac(1, 3));
    expect(mul(frac(2, 3), frac(3, 4))).toEqual(frac(1, 2));
    expect(compare(sub(frac(1, 3), frac(1, 3)), frac(0))).toBe(0);
    expect(() => frac(1, 0)).toThrow(RangeError);
  });

  it('rounds half away from zero and ceils', () => {
    // 5/2 = 2.5 → 3; −2.5 → −3; 7/3 = 2.33 → 2; −7/3 → −2.
    expect(roundHalfAwayFromZero(frac(5, 2))).toBe(3);
    expect(roundHalfAwayFromZero(frac(-5, 2))).toBe(-3);
    expect(roundHalfAwayFromZero(frac(7, 3))).toBe(2);
    expect(roundHalfAwayFromZero(frac(-7, 3))).toBe(-2);
    // ceil: 7/3 → 3, exactly 2 stays 2, −7/3 = −2.33 → −2.
    expect(ceil(frac(7, 3))).toBe(3);
    expect(ceil(frac(6, 3))).toBe(2);
    expect(ceil(frac(-7, 3))).toBe(-2);
  });
});

describe('FX conversion', () => {
  it('parses rate text exactly and refuses what is not a positive rate', () => {
    expect(parseFxRate('7.1234')).toEqual(frac(71234, 10000));
    for (const bad of ['0', '-7', '7.1234567', 'abc', '']) expect(parseFxRate(bad)).toBeNull();
  });

  it('converts CNY costs to a USD storefront exactly', () => {
    // ¥36.00 = 3600 fen at 7.2 CNY per USD: 36 ÷ 7.2 = $5.00 = 500 cents, exactly.
    expect(baseToForeign(3600, 'CNY', 'USD', '7.2')).toEqual(frac(500));
    // ¥10.00 = 1000 fen: 10 ÷ 7.2 = $1.3888… = 138.888… cents = 1250/9, kept exact; rounds to 139 only at the end.
    const cents = baseToForeign(1000, 'CNY', 'USD', '7.2');
    expect(cents).toEqual(frac(1250, 9));
    expect(roundHalfAwayFromZero(cents)).toBe(139);
  });

  it('handles currencies with different minor-unit exponents (CNY 2, JPY 0)', () => {
    // ¥50.00 CNY = 5000 fen at 0.048 CNY per JPY: 50 ÷ 0.048 = 1041.666… yen = 3125/3 (JPY has no minor unit).
    expect(baseToForeign(5000, 'CNY', 'JPY', '0.048')).toEqual(frac(3125, 3));
    // 1713 yen × 0.048 = ¥82.224 CNY = 8222.4 fen = 41112/5.
    expect(foreignToBase(1713, 'JPY', 'CNY', '0.048')).toEqual(frac(41112, 5));
    // Same currency: no rate involved.
    expect(baseToForeign(1234, 'CNY', 'CNY', '0')).toEqual(frac(1234));
  });
});
