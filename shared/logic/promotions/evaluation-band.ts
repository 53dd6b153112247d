/**
 * The baseline band drawn behind a campaign's daily sales: the baseline days' daily mean ± one standard
 * deviation (population: the baseline days are all the days there are, not a sample), the low edge never
 * below 0. A day above the band sold more than the baseline's ordinary day-to-day spread explains; one day of
 * baseline has no spread (sd 0), and no baseline day gives no band (null), never a band of zeros.
 *
 * Exact: Σx and Σx² are BigInt, the mean is rounded once (half away from zero) and the deviation once (half
 * up, it is never negative) through an integer square root, so a band of cents is the same on every machine.
 */
import { frac, roundHalfAwayFromZero } from '../fraction';

export interface Band {
  /** Baseline daily mean, rounded. */
  mean: number;
  /** Population standard deviation of the baseline days, rounded. */
  sd: number;
  /** max(0, mean − sd). */
  low: number;
  /** mean + sd. */
  high: number;
}

/** ⌊√n⌋ for n ≥ 0 (Newton's method on BigInt). */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError('square root of a negative number');
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n)))) + 1n;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

/** The band of the baseline days' values (integers: units or minor units); null without any day. */
export function baselineBand(values: readonly number[]): Band | null {
  if (!values.length) return null;
  const n = BigInt(values.length);
  let total = 0n;
  let squares = 0n;
  for (const v of values) {
    const b = BigInt(v);
    total += b;
    squares += b * b;
  }
  // sd = √V ÷ n with V = n·Σx² − (Σx)²; rounded = ⌊(√(4V) + n) ÷ 2n⌋, and ⌊√(4V)⌋ may stand for √(4V)
  // because dividing by the integer 2n floors the same either way.
  const variance = n * squares - total * total;
  const sd = Number((isqrt(4n * variance) + n) / (2n * n));
  const mean = roundHalfAwayFromZero(frac(total, n));
  return { mean, sd, low: Math.max(0, mean - sd), high: mean + sd };
}
