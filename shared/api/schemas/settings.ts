import { z } from 'zod';
import { languages } from '../../domain/settings';
import { staffRoles } from '../../domain/staff';
import { currencySchema, dateSchema, idSchema, nameSchema, timezoneSchema } from './common';

export const settingsPatchSchema = z
  .object({
    baseCurrency: currencySchema,
    timezone: timezoneSchema,
    language: z.enum(languages, { error: 'language' }),
    actingStaffId: idSchema.nullable(),
    backupKeepDays: z
      .int({ error: 'keepDays' })
      .min(1, { error: 'keepDays' })
      .max(3650, { error: 'keepDays' }),
    backupKeepWeeks: z
      .int({ error: 'keepWeeks' })
      .min(0, { error: 'keepWeeks' })
      .max(520, { error: 'keepWeeks' }),
    minMarginBp: z
      .int({ error: 'marginBp' })
      .min(0, { error: 'marginBp' })
      .max(10_000, { error: 'marginBp' }),
    priceSpreadAlertBp: z
      .int({ error: 'spreadBp' })
      .min(0, { error: 'spreadBp' })
      .max(1_000_000, { error: 'spreadBp' }),
    slowMoverDays: z
      .int({ error: 'slowMoverDays' })
      .min(1, { error: 'slowMoverDays' })
      .max(3650, { error: 'slowMoverDays' }),
  })
  .partial();

export const staffFieldsSchema = z.object({ name: nameSchema, role: z.enum(staffRoles, { error: 'role' }) });
export const staffCreateSchema = staffFieldsSchema;
export const staffUpdateSchema = z.object({ id: idSchema, patch: staffFieldsSchema.partial() });
export const staffIdSchema = z.object({ id: idSchema });

/** A rate is kept as an exact decimal string: 7.12 CNY per USD → "7.12". */
export const fxRateValueSchema = z
  .union([z.string(), z.number()], { error: 'fxRate' })
  .transform((v) => String(v).trim())
  .refine((v) => /^\d{1,9}(\.\d{1,6})?$/.test(v) && Number(v) > 0, { error: 'fxRate' });

export const fxAddSchema = z.object({ currency: currencySchema, date: dateSchema, rate: fxRateValueSchema });
export const fxListSchema = z.object({ currency: currencySchema.optional() });
export const fxIdSchema = z.object({ id: idSchema });
