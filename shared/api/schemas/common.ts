import { z } from 'zod';
import { orderImportTextEn } from './order-import-texts';
import { ticketValidationEn } from './tickets-texts';
import { promotionValidationEn } from './promotions-texts';
import { surveyValidationEn } from './surveys-texts';

/**
 * Validation messages are short keys (`validation.<key>` in the locale files) so forms and
 * notifications can speak the user's language; `validationText` gives the English text for the CLI and logs.
 */
export const validationText: Record<string, string> = {
  ...orderImportTextEn,
  ...ticketValidationEn,
  ...promotionValidationEn,
  ...surveyValidationEn,
  required: 'is required',
  tooLong: 'is too long',
  currency: 'must be a 3-letter ISO currency code such as CNY or USD',
  timezone: 'must be an IANA time zone such as Asia/Shanghai',
  rateBp: 'must be a whole number of basis points between 0 and 10000 (0–100 %)',
  minorUnits: 'must be a whole, non-negative amount in minor units',
  date: 'must be a real calendar date YYYY-MM-DD',
  fxRate: 'must be a positive decimal number with at most 6 decimals',
  id: 'must be an id',
  platform: 'must be one of the supported platforms',
  role: 'must be one of the listed roles',
  language: 'must be zh-CN or en',
  keepDays: 'must be a whole number of days between 1 and 3650',
  keepWeeks: 'must be a whole number of weeks between 0 and 520',
  duplicateCategory: 'lists the same category twice',
  dateTime: 'must be a date and time with a zone, such as 2024-06-18T08:00:00Z or 2024-06-18T16:00+08:00',
  page: 'must be a whole page number from 1',
  pageSize: 'must be a whole number of rows between 1 and 200',
  boolean: 'must be true or false',
  code: 'must be a code without line breaks or control characters, at most 64 characters',
  count: 'must be a whole number, 0 or more',
  weight: 'must be a whole number of grams, 0 or more',
  quantity: 'must be a whole number other than 0',
  priceBand: 'must be high, mid or low',
  listingStatus: 'must be on_sale or off',
  stockKind: 'must be adjustment or receipt',
  skusRequired: 'needs at least one SKU',
  duplicateCode: 'lists the same SKU code twice',
  receiptPositive: 'must be a positive quantity for a receipt',
  reasonRequired: 'needs a reason',
  listingOrSku: 'needs either a listing id, or a SKU id and a storefront id',
  unitsPerOrder: 'must be a whole number of units between 1 and 1000',
  marginBp: 'must be a whole number of basis points between 0 and 10000 (0–100 %)',
  ending: 'must be one of the price endings 9, 99 or 8',
  codeTaken: 'is already used by another SKU',
  aliasTaken: 'already points at another SKU on this storefront',
  externalSkuTaken: 'is already listed for another SKU on this storefront',
  costExists: 'already starts another cost row of this SKU',
  stockBelowZero: 'would take stock on hand below zero',
  // Catalog import (row-level problems of a file).
  notANumber: 'must be a number',
  negative: 'must not be negative',
  tooManyDecimals: 'has more than {digits} decimals',
  wholeNumber: 'must be a whole number',
  duplicateCodeInFile: 'repeats the SKU code of row {row}',
  duplicateExternalSku: 'repeats the external SKU id of row {row} on this storefront',
  unknownStorefront: 'names a storefront that does not exist: {name}',
  listingPriceRequired: 'needs a price for a new listing on this storefront',
  duplicateColumn: 'appears twice in the header',
  headerNotFound: 'has no header row with the product name and SKU code columns',
  noRows: 'is followed by no data rows',
  fileMissing: 'is not a file that exists',
  fileType: 'must be a .csv, .tsv, .txt or .xlsx file',
  fileUnreadable: 'could not be read as csv or xlsx',
  absolutePath: 'must be an absolute path',
  folderMissing: 'must be in a folder that exists',
  ignoredColumn: 'is not a catalog column and was ignored',
  adjustBp: 'must be a whole number of basis points between -9900 and 10000 (−99 % to +100 %)',
  rule: 'must be a repricing rule: costPlus, match or keep',
  belowFloor: 'is below the price floor; give an override reason to sell below it',
  filePurpose: 'must be catalogImport, catalogExport or catalogTemplate',
  spreadBp: 'must be a percentage of 0 or more with at most 2 decimals',
  slowMoverDays: 'must be a whole number of days from 1 to 3650',
  fxMissing: 'has no FX rate on or before an order date of the period; add the rate first',
  periodOrder: 'must not be before the start date',
  month: 'must be a month YYYY-MM, such as 2024-03',
  xlsxFile: 'must be an .xlsx file',
  periodTooLong: 'must be at most 3,660 days (about ten years) after the start date',
};

export const idSchema = z.string({ error: 'id' }).trim().min(1, { error: 'id' }).max(64, { error: 'id' });

export const nameSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(80, { error: 'tooLong' });

export const currencySchema = z
  .string({ error: 'currency' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, { error: 'currency' });

/** Known to the runtime's time-zone database (Node and Chromium share ICU data). */
export function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(value) || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timezoneSchema = z
  .string({ error: 'timezone' })
  .trim()
  .refine(isTimeZone, { error: 'timezone' });

export const rateBpSchema = z
  .int({ error: 'rateBp' })
  .min(0, { error: 'rateBp' })
  .max(10_000, { error: 'rateBp' });

/** Money in minor units; the ceiling keeps sums far inside Number.MAX_SAFE_INTEGER. */
export const minorUnitsSchema = z
  .int({ error: 'minorUnits' })
  .min(0, { error: 'minorUnits' })
  .max(1_000_000_000_00, { error: 'minorUnits' });

export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

export const dateSchema = z.string({ error: 'date' }).refine(isCalendarDate, { error: 'date' });

/**
 * An instant with an explicit zone, stored as ISO-8601 UTC ("…Z", always 24 characters) so that text
 * comparison in SQLite orders instants correctly (the cost at time T relies on it).
 */
export const dateTimeSchema = z
  .string({ error: 'dateTime' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/, {
    error: 'dateTime',
  })
  .refine(
    (v) => {
      const time = new Date(v).getTime();
      if (!isCalendarDate(v.slice(0, 10)) || Number.isNaN(time)) return false;
      const year = new Date(time).getUTCFullYear();
      return year >= 1 && year <= 9999;
    },
    { error: 'dateTime' },
  )
  .transform((v) => new Date(v).toISOString());

/** Free text that may be left out: trimmed, and empty means "none" (null). */
export const optionalTextSchema = (max: number) =>
  z
    .string({ error: 'tooLong' })
    .trim()
    .max(max, { error: 'tooLong' })
    .nullable()
    .transform((v) => (v ? v : null));

export const pageSchema = z
  .int({ error: 'page' })
  .min(1, { error: 'page' })
  .max(1_000_000, { error: 'page' });
export const pageSizeSchema = z
  .int({ error: 'pageSize' })
  .min(1, { error: 'pageSize' })
  .max(200, { error: 'pageSize' });
