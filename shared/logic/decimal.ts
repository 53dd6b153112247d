/**
 * Exact conversions between human decimal text ("2.9", "12.50") and the integers the database keeps
 * (basis points, minor units). Done on the digits as text: `Math.round(2.9 * 100)` happens to work, but
 * `1.005 * 100` is 100.49999…, and a shop's fee rules must not depend on luck.
 */

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * `text` × 10^scale as a whole number, or null when `text` is not a plain non-negative decimal (no sign,
 * exponent or thousands separator), has non-zero digits beyond `scale`, or does not fit a safe integer.
 */
export function scaleDecimal(text: string, scale: number): number | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const whole = match[1]!;
  const fraction = match[2] ?? '';
  // Digits past the scale are allowed only as trailing zeros ("1.500" is 1.50): anything else would round.
  if (/[^0]/.test(fraction.slice(scale))) return null;
  const digits = (whole + fraction.slice(0, scale).padEnd(scale, '0')).replace(/^0+(?=\d)/, '');
  if (digits.length > 16) return null;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}

/** Whole number ÷ 10^scale as decimal text with exactly `scale` decimals: (1250, 2) → "12.50". */
export function unscaleInteger(value: number, scale: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${value} is not a safe integer`);
  const negative = value < 0;
  const digits = String(Math.abs(value)).padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

/** "5" → 500, "2.9" → 290, "0.6%" → 60; null when not a percentage with at most 2 decimals. */
export function percentToBasisPoints(text: string): number | null {
  return scaleDecimal(text.trim().replace(/\s*%$/, ''), 2);
}

/** 290 → "2.9", 500 → "5", 1 → "0.01": the shortest exact text. */
export function basisPointsToPercent(bp: number): string {
  return unscaleInteger(bp, 2).replace(/\.?0+$/, '');
}

// Building an Intl.NumberFormat costs ~100 µs; imports ask for every amount of every row, so remember.
const minorDigits = new Map<string, number>();

/**
 * Decimals of a currency's minor unit (CNY/USD 2, JPY 0, KWD 3), from the runtime's ISO 4217 data, so an
 * amount typed as "8" means 8 yuan = 800 fen but 8 yen = 8 yen.
 */
export function currencyMinorDigits(currency: string): number {
  let digits = minorDigits.get(currency);
  if (digits !== undefined) return digits;
  try {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
  } catch {
    digits = 2;
  }
  if (minorDigits.size < 500) minorDigits.set(currency, digits);
  return digits;
}

/** "12.5" USD → 1250; null when not a non-negative amount with at most the currency's decimals. */
export function amountToMinorUnits(text: string, currency: string): number | null {
  return scaleDecimal(text, currencyMinorDigits(currency));
}

/** 1250 USD → "12.50", 8 JPY → "8". */
export function minorUnitsToAmount(minor: number, currency: string): string {
  return unscaleInteger(minor, currencyMinorDigits(currency));
}
