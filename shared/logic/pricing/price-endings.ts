import { currencyMinorDigits } from '../decimal';
import type { PriceEnding } from '../../domain/pricing';

/**
 * The smallest price ≥ `minimumMinor` whose whole major units end in `ending`, with no minor part:
 * ending "9" turns ¥31.20 into ¥39 and ¥99.95 into ¥109 (¥99 is below the minimum, so the ending carries
 * into the next ten); "99" turns ¥100 into ¥199. Endings work on major units in every currency, so for JPY
 * (no minor unit) "8" turns ¥1234 into ¥1238.
 */
export function applyPriceEnding(minimumMinor: number, ending: PriceEnding, currency: string): number {
  const unit = 10 ** currencyMinorDigits(currency);
  const modulus = 10 ** ending.length;
  const target = Number(ending);
  const lowestMajor = Math.ceil(Math.max(0, minimumMinor) / unit);
  // Step up from the lowest whole price to the next one congruent to the ending (mod 10, 100, …).
  const major = lowestMajor + ((((target - lowestMajor) % modulus) + modulus) % modulus);
  const result = major * unit;
  if (!Number.isSafeInteger(result)) throw new RangeError(`${minimumMinor} is too large to apply an ending`);
  return result;
}
