import { currencyMinorDigits, minorUnitsToAmount } from './decimal';

/**
 * Money for people: minor units → "¥12.50" / "US$1,234.00" in the chosen locale. The amount is passed to
 * Intl as exact decimal text (Intl.NumberFormat accepts strings), so no float ever touches the cents.
 */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = currencyMinorDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(minorUnitsToAmount(minor, currency) as unknown as number);
}
