import { zonedToUtcMs } from '../../../../shared/logic/dates';
import { currencyMinorDigits } from '../../../../shared/logic/decimal';

/**
 * Cell values as platforms write them, turned into ChannelDesk values. Every parser returns null for text it
 * cannot read with certainty, so the format reports the row and column instead of guessing.
 */

/** Header text compared across years and regions: trimmed, full-width brackets/colon/space as half-width,
 *  inner whitespace collapsed, latin letters lower-case. "商品总价（元） " → "商品总价(元)". */
export function normalizeHeader(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[：]/g, ':')
    .replace(/\u3000/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Ids as Excel users keep them: a leading tab, `="0012"` and `'0012` all mean "0012". Never a number. */
export function cleanId(text: string | undefined): string {
  let t = (text ?? '').replace(/^[\t\s]+/, '').trim();
  const eq = /^="(.*)"$/.exec(t);
  if (eq) t = eq[1]!;
  if (t.startsWith("'")) t = t.slice(1);
  return t.trim();
}

/** Free text: trimmed, a lone `-` (Douyin's "empty") or tab-only cell becomes null. */
export function cleanText(text: string | undefined): string | null {
  const t = (text ?? '').replace(/^\t+/, '').trim();
  if (t === '' || t === '-' || t === '--') return null;
  return t;
}

/** Masked personal data (138****1234, ##密文, 张**, a***@x.com): stored as given, never used to merge customers. */
export const isMasked = (value: string): boolean => /\*|##|密文/.test(value);

const CURRENCY_MARKS = /[¥￥$€£]|\b(?:CNY|RMB|USD|EUR|GBP|AUD|CAD|JPY|US|AU|CA|C|A)\b|元|円/gi;

/**
 * An amount in minor units of `currency`: "1,694.07", "¥12.50", "EUR 90,00" (comma decimal), "-3.2",
 * "(3.20)" (accounting negative). A comma followed by exactly 1–2 digits at the end is the decimal mark;
 * otherwise commas and spaces group thousands. Empty → `emptyAs` (null means "required").
 */
export function parseAmount(
  text: string | undefined,
  currency: string,
  emptyAs: number | null = 0,
): number | null {
  // Most cells are plain "12.50": read them without the general path's dozen regular expressions.
  if (text !== undefined && PLAIN_AMOUNT.test(text)) return plainAmount(text, currency);
  let t = (text ?? '').replace(/^\t+/, '').trim();
  if (t === '' || t === '-' || t === '--') return emptyAs;
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1);
  }
  t = t.replace(CURRENCY_MARKS, '').replace(/[\s\u00a0']/g, '');
  if (t.startsWith('-')) {
    negative = !negative;
    t = t.slice(1);
  } else if (t.startsWith('+')) t = t.slice(1);
  if (t.endsWith('-')) {
    negative = !negative;
    t = t.slice(0, -1);
  }
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  if (lastComma > lastDot) {
    // "1.234,56" or "90,00": the comma is the decimal mark when 1–2 digits follow it.
    if (/,\d{1,2}$/.test(t)) t = t.slice(0, lastComma).replace(/[.,]/g, '') + '.' + t.slice(lastComma + 1);
    else t = t.replace(/,/g, '');
  } else {
    t = t.replace(/,/g, '');
  }
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(t)) return null;
  if (t.startsWith('.')) t = `0${t}`;
  const digits = currencyMinorDigits(currency.toUpperCase());
  const [whole, fraction = ''] = t.split('.');
  // Platforms print up to 4 decimals (unit prices); round half away from zero to the currency's minor unit.
  const padded = (fraction + '0'.repeat(digits + 1)).slice(0, digits + 1);
  let minor = Number(whole! + padded.slice(0, digits));
  if (Number(padded[digits]) >= 5) minor += 1;
  if (!Number.isSafeInteger(minor)) return null;
  return negative && minor !== 0 ? -minor : minor;
}

const PLAIN_AMOUNT = /^-?\d{1,13}(\.\d{1,4})?$/;

function plainAmount(text: string, currency: string): number {
  const negative = text.startsWith('-');
  const t = negative ? text.slice(1) : text;
  const digits = currencyMinorDigits(currency.toUpperCase());
  const dot = t.indexOf('.');
  const whole = dot < 0 ? t : t.slice(0, dot);
  const fraction = dot < 0 ? '' : t.slice(dot + 1);
  const padded = (fraction + '0'.repeat(digits + 1)).slice(0, digits + 1);
  let minor = Number(whole + padded.slice(0, digits));
  if (Number(padded[digits]) >= 5) minor += 1;
  return negative && minor !== 0 ? -minor : minor;
}

/** A whole positive count: "2", "2.0", " 3 ". */
export function parseQuantity(text: string | undefined): number | null {
  const t = (text ?? '').replace(/^\t+/, '').trim().replace(/\.0+$/, '');
  if (!/^\d{1,9}$/.test(t)) return null;
  const n = Number(t);
  return n > 0 ? n : null;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function validWall(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days && y >= 1990 && y <= 2100;
}

const fullYear = (y: number): number => (y < 100 ? 2000 + y : y);

/**
 * A date-time as platforms write it → ISO-8601 UTC, or null. With an offset or Z
 * ("2025-12-07 19:08:25 +0000", "2024-06-18T08:00:00+00:00") the offset is used; without one
 * ("2024-06-18 10:00:00", "2024/6/18 10:00", "2024年6月18日 10:00", "Jun-18-24", "18-Jun-24",
 * "12/07/2025 19:08" as US month/day) the wall time is read in `timeZone`. Impossible dates (Feb 30) are null.
 * `dayFirst` reads "07/12/2025" as 7 December (UK/AU/EU files).
 */
export function parseDateTime(text: string | undefined, timeZone: string, dayFirst = false): string | null {
  // Rows of one order repeat the same times, and an order's created and paid times often match: remember the
  // last few answers (one entry missed on every order, as formats read two times per order in turn).
  const key = `${text}\u0001${timeZone}\u0001${dayFirst}`;
  const known = recentDates.get(key);
  if (known !== undefined) return known;
  const value = readDateTime(text, timeZone, dayFirst);
  if (recentDates.size >= RECENT_DATES) recentDates.delete(recentDates.keys().next().value!);
  recentDates.set(key, value);
  return value;
}

const RECENT_DATES = 8;
const recentDates = new Map<string, string | null>();

function readDateTime(text: string | undefined, timeZone: string, dayFirst: boolean): string | null {
  let t = (text ?? '').replace(/^\t+/, '').trim();
  if (!t || t === '-') return null;
  t = t.replace(/年|月/g, '-').replace(/日/g, ' ').replace(/\s+/g, ' ').trim();
  let y: number, mo: number, d: number;
  let rest = '';
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](.*))?$/.exec(t);
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    rest = m[4] ?? '';
  } else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})(?:[ T](.*))?$/.exec(t))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    [mo, d] = dayFirst ? [b, a] : [a, b];
    y = fullYear(Number(m[3]));
    rest = m[4] ?? '';
  } else if ((m = /^([A-Za-z]{3,4})[- ](\d{1,2}),?[- ](\d{2,4})(?:[ T](.*))?$/.exec(t))) {
    mo = MONTHS[m[1]!.toLowerCase()] ?? 0;
    d = Number(m[2]);
    y = fullYear(Number(m[3]));
    rest = m[4] ?? '';
  } else if ((m = /^(\d{1,2})[- ]([A-Za-z]{3,4})[- ](\d{2,4})(?:[ T](.*))?$/.exec(t))) {
    d = Number(m[1]);
    mo = MONTHS[m[2]!.toLowerCase()] ?? 0;
    y = fullYear(Number(m[3]));
    rest = m[4] ?? '';
  } else return null;
  let h = 0;
  let mi = 0;
  let s = 0;
  let offsetMin: number | null = null;
  rest = rest.trim();
  if (rest) {
    const tm =
      /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(am|pm|AM|PM)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?(?:\s+[A-Z]{3,4})?$/.exec(
        rest,
      );
    if (!tm) return null;
    [h, mi, s] = [Number(tm[1]), Number(tm[2]), Number(tm[3] ?? 0)];
    const ampm = tm[4]?.toLowerCase();
    if (ampm) {
      if (h < 1 || h > 12) return null;
      if (ampm === 'pm' && h < 12) h += 12;
      if (ampm === 'am' && h === 12) h = 0;
    }
    const zone = tm[5];
    if (zone) {
      if (/^(Z|UTC|GMT)$/.test(zone)) offsetMin = 0;
      else {
        const zm = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
        offsetMin = (zm[1] === '-' ? -1 : 1) * (Number(zm[2]) * 60 + Number(zm[3]));
      }
    }
  }
  if (!validWall(y, mo, d, h, mi, s)) return null;
  const wall = { year: y, month: mo, day: d, hour: h, minute: mi, second: s };
  const ms =
    offsetMin === null ? zonedToUtcMs(wall, timeZone) : Date.UTC(y, mo - 1, d, h, mi, s) - offsetMin * 60_000;
  return new Date(ms).toISOString();
}
