import {
  basisPointsToPercent,
  currencyMinorDigits,
  percentToBasisPoints,
  scaleDecimal,
  unscaleInteger,
} from './decimal';

/**
 * Money, percentages and dates for people, in the chosen locale. Amounts travel as integers (minor units,
 * basis points) and are shown or parsed through exact decimal text, so no float ever touches a cent.
 * The exponent comes from the same ICU table the CLI and core use (decimal.ts), so "8" means 800 fen but 8 yen
 * on every side of the app.
 */

/** Decimals of a currency's minor unit: CNY/USD/EUR 2, JPY/KRW 0, KWD/BHD 3. */
export const currencyExponent = (currency: string): number => currencyMinorDigits(currency.toUpperCase());

/** Full-width digits and the ideographic full stop are what a Chinese IME types: treat them as ASCII. */
function normalizeDigits(text: string): string {
  return text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.');
}

/**
 * "12.5" CNY → 1250, "8" JPY → 8, "-0.3" USD → -30. Null when the text is not a plain decimal (no thousands
 * separators, no exponent) or has more decimals than the currency allows ("0.5" JPY) — rounding would
 * silently change what the person typed.
 */
export function toMinor(major: string, currency: string): number | null {
  const text = normalizeDigits(major);
  const negative = text.startsWith('-');
  const minor = scaleDecimal(negative ? text.slice(1) : text, currencyExponent(currency));
  if (minor === null) return null;
  return negative && minor !== 0 ? -minor : minor;
}

/** 1250 CNY → "12.50", 8 JPY → "8": the exact major amount as text, for inputs. */
export const fromMinor = (minor: number, currency: string): string =>
  unscaleInteger(minor, currencyExponent(currency));

/** 500 → "5", 60 → "0.6", 1234 → "12.34": the shortest exact percentage text for a basis-point rate. */
export const bpToPercentString = (bp: number): string => basisPointsToPercent(bp);

/** "5" → 500, "0.6" → 60, "8.25 %" → 825; null for more than 2 decimals or anything not a plain number. */
export const percentToBp = (text: string): number | null => percentToBasisPoints(normalizeDigits(text));

/** 1250 CNY in zh-CN → "¥12.50"; in en-US → "CN¥12.50". */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = currencyExponent(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    // Intl accepts exact decimal strings; the cast only satisfies lib.d.ts, which still says number.
  }).format(fromMinor(minor, currency) as unknown as number);
}

/** 1234567 in en → "1,234,567"; counts and other plain numbers. */
export const formatNumber = (value: number, locale: string, maximumFractionDigits = 2): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);

/** 60 bp → "0.6%"; 1250 bp → "12.5%". Exact: the fraction is passed to Intl as text. */
export const formatPercentBp = (bp: number, locale: string): string =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
    unscaleInteger(bp, 4) as unknown as number,
  );

/** A calendar date "2026-11-22" → "2026年11月22日" / "Nov 22, 2026", never shifted by the time zone. */
export function formatDate(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** An instant (ISO-8601) as date and time in `timeZone` (default: this computer's zone). */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(time);
}
