/**
 * Exact currency conversion. An FX rate (shared/domain/fx.ts) is decimal text: units of the base currency
 * for one unit of the other currency ("7.1234"). Amounts are minor units, and the two currencies may have
 * different minor-unit exponents (CNY 2, JPY 0), so the conversion goes through major units exactly.
 */
import { currencyMinorDigits, scaleDecimal } from './decimal';
import { div, frac, mul, type Fraction } from './fraction';

/** The rate texts the API accepts have at most 6 decimals (fxRateValueSchema). */
const RATE_SCALE = 6;

/** "7.1234" → 71234/10000 exactly; null when not a positive decimal with at most 6 decimals. */
export function parseFxRate(rate: string): Fraction | null {
  const scaled = scaleDecimal(rate, RATE_SCALE);
  if (scaled === null || scaled === 0) return null;
  return frac(scaled, 10 ** RATE_SCALE);
}

function requireRate(rate: string): Fraction {
  const parsed = parseFxRate(rate);
  if (!parsed) throw new RangeError(`"${rate}" is not a usable FX rate`);
  return parsed;
}

const minorPerMajor = (currency: string): bigint => 10n ** BigInt(currencyMinorDigits(currency));

/**
 * Base-currency minor units → minor units of `currency`, exact (not rounded):
 * foreign = base ÷ 10^baseDigits ÷ rate × 10^foreignDigits.
 */
export function baseToForeign(
  baseMinor: number,
  baseCurrency: string,
  currency: string,
  rate: string,
): Fraction {
  if (baseCurrency === currency) return frac(baseMinor);
  const major = frac(BigInt(baseMinor), minorPerMajor(baseCurrency));
  return mul(div(major, requireRate(rate)), frac(minorPerMajor(currency)));
}

/** Minor units of `currency` → base-currency minor units, exact: base = foreign ÷ 10^fd × rate × 10^bd. */
export function foreignToBase(minor: number, currency: string, baseCurrency: string, rate: string): Fraction {
  if (baseCurrency === currency) return frac(minor);
  const major = frac(BigInt(minor), minorPerMajor(currency));
  return mul(mul(major, requireRate(rate)), frac(minorPerMajor(baseCurrency)));
}

/**
 * An exact amount (a Fraction of minor units of `currency`) → base-currency minor units, still exact. Figures
 * summed over many orders convert their exact sums, so rounding still happens once, at the very end.
 */
export function fractionToBase(
  amount: Fraction,
  currency: string,
  baseCurrency: string,
  rate: string,
): Fraction {
  if (baseCurrency === currency) return amount;
  const scale = frac(minorPerMajor(baseCurrency), minorPerMajor(currency));
  return mul(mul(amount, requireRate(rate)), scale);
}

/** The inverse of fractionToBase: base-currency minor units → minor units of `currency`, exact. */
export function fractionFromBase(
  amount: Fraction,
  baseCurrency: string,
  currency: string,
  rate: string,
): Fraction {
  if (baseCurrency === currency) return amount;
  const scale = frac(minorPerMajor(currency), minorPerMajor(baseCurrency));
  return mul(div(amount, requireRate(rate)), scale);
}
