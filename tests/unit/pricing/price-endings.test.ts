import { describe, expect, it } from 'vitest';
import { applyPriceEnding } from '../../../shared/logic/pricing';

describe('psychological price endings (whole major units)', () => {
  it('takes the smallest price at or above the minimum that ends that way', () => {
    // ¥31.20 → whole yuan ≥ 31.20 is 32; next ending in 9 is 39.
    expect(applyPriceEnding(3120, '9', 'CNY')).toBe(3900);
    // Already there: ¥39.00 stays ¥39.00.
    expect(applyPriceEnding(3900, '9', 'CNY')).toBe(3900);
    // ¥39.01 is above ¥39, so ¥49.
    expect(applyPriceEnding(3901, '9', 'CNY')).toBe(4900);
    expect(applyPriceEnding(8100, '8', 'CNY')).toBe(8800);
  });

  it('carries into the next ten or hundred', () => {
    // ¥99.95 → whole yuan 100 → ending 9 is ¥109 (¥99 would be below the minimum).
    expect(applyPriceEnding(9995, '9', 'CNY')).toBe(10900);
    // ¥100.00 with "99" → ¥199; with "8" → ¥108.
    expect(applyPriceEnding(10000, '99', 'CNY')).toBe(19900);
    expect(applyPriceEnding(10000, '8', 'CNY')).toBe(10800);
  });

  it('uses major units of the currency (JPY has none below the yen)', () => {
    expect(applyPriceEnding(1234, '8', 'JPY')).toBe(1238);
    expect(applyPriceEnding(1239, '8', 'JPY')).toBe(1248);
    expect(applyPriceEnding(0, '9', 'USD')).toBe(900);
  });
});
