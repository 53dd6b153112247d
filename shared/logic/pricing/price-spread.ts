import { div, frac, mul, roundHalfAwayFromZero } from '../fraction';

/** The shop's alert threshold when the `priceSpreadAlertBp` setting was never saved: 15 %. */
export const DEFAULT_PRICE_SPREAD_ALERT_BP = 1500;

/**
 * Spread of one SKU's prices across storefronts, (max − min) ÷ min in basis points, rounded once half away
 * from zero; null when min is 0 (METRICS.md: a zero denominator is "—", never ∞).
 */
export function spreadBp(minMinor: number, maxMinor: number): number | null {
  if (minMinor === 0) return null;
  return roundHalfAwayFromZero(mul(div(frac(maxMinor - minMinor), frac(minMinor)), frac(10_000)));
}

/** Flagged only strictly above the threshold: a spread exactly at the limit is still allowed. */
export const isSpreadFlagged = (spread: number | null, thresholdBp: number): boolean =>
  spread !== null && spread > thresholdBp;
