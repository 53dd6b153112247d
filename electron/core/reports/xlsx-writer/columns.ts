import { currencyMinorDigits } from '../../../../shared/logic/decimal';

/**
 * The column model every table export shares (order list, customer segments, catalog, the monthly report).
 * A column says what its values are; the writers decide how each kind looks in xlsx and in csv.
 *
 * - text: always a string cell in text format (ids, phones, codes keep every digit and leading zero)
 * - integer / decimal: plain numbers (counts, grams, RFM scores)
 * - money: integer minor units in, a number of major units out, formatted in its currency
 * - percent: basis points in (1234 = 12.34 %), a fraction out, formatted as a percentage
 * - date: 'YYYY-MM-DD'; datetime: 'YYYY-MM-DD HH:mm:ss', both wall-clock times already in the shop's zone
 */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'money' | 'percent' | 'date' | 'datetime';

export type CellInput = string | number | null | undefined;

export interface TableColumn<R> {
  /** Already in the reader's language. */
  header: string;
  kind: ColumnKind;
  /** Characters, as Excel counts them; a default per kind when left out. */
  width?: number;
  value(row: R): CellInput;
  /** Money only: ISO code of the amount, fixed or per row (an order's own currency). */
  currency?: string | ((row: R) => string);
  /**
   * Money per row only: the currency most rows have (the base currency). It becomes the column's format, so only
   * the other rows need a format of their own — a style lookup per cell is a fifth of a 100k-line report's time.
   */
  usualCurrency?: string;
  /** Written instead of an empty cell: "—" for a ratio whose denominator is zero (METRICS.md). */
  blank?: string;
}

export interface TableSpec<R> {
  /** Sheet name (xlsx); at most 31 characters, no []:*?/\ (Excel's rules). */
  sheet: string;
  columns: TableColumn<R>[];
}

const defaultWidths: Record<ColumnKind, number> = {
  text: 18,
  integer: 10,
  decimal: 12,
  money: 14,
  percent: 10,
  date: 12,
  datetime: 21,
};

/** CJK characters take two columns in Excel: a Chinese header needs about twice its length. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! > 0x2e80 ? 2 : 1;
  return width;
}

/** Wide enough for the header and the kind's usual values, never wider than 60. */
export function columnWidth(column: TableColumn<unknown>): number {
  return Math.min(60, Math.max(column.width ?? defaultWidths[column.kind], textWidth(column.header) + 3));
}

/** `"CNY" #,##0.00`: money stays a number people can sum, and still says its currency (JPY has no decimals). */
const moneyFormats = new Map<string, string>();
export function moneyFormat(currency: string): string {
  let format = moneyFormats.get(currency);
  if (format === undefined) {
    const digits = currencyMinorDigits(currency);
    format = `"${currency}" #,##0${digits ? `.${'0'.repeat(digits)}` : ''}`;
    moneyFormats.set(currency, format);
  }
  return format;
}

export const PERCENT_FORMAT = '0.00%';
export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
export const INTEGER_FORMAT = '#,##0';
export const TEXT_FORMAT = '@';

/** Minor units → major units; ÷ 10^digits prints back as the same decimal (1234 → 12.34). */
const scales = new Map<string, number>();
export function majorUnits(minor: number, currency: string): number {
  let scale = scales.get(currency);
  if (scale === undefined) scales.set(currency, (scale = 10 ** currencyMinorDigits(currency)));
  return minor / scale;
}

export const currencyOf = <R>(column: TableColumn<R>, row: R): string =>
  typeof column.currency === 'function' ? column.currency(row) : (column.currency ?? '');

/** A wall-clock date (and time) as the Date whose UTC fields are those numbers: exceljs writes UTC fields. */
export function wallClockDate(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
}

/**
 * Text Excel, WPS or LibreOffice would run as a formula or command: = + - @ and tab / carriage return at the
 * start (OWASP CSV injection). In xlsx such text is a plain string cell and cannot run; csv has no cell types,
 * so there it gets a leading apostrophe.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export const neutralised = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);
