import { z } from 'zod';

/**
 * Validation messages are short keys (`validation.<key>` in the locale files) so forms and
 * notifications can speak the user's language; `validationText` gives the English text for the CLI and logs.
 */
export const validationText: Record<string, string> = {
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
  duplicateCategory: 'lists the same category twice',
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

export const rateBpSchema = z.int({ error: 'rateBp' }).min(0, { error: 'rateBp' }).max(10_000, { error: 'rateBp' });

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

