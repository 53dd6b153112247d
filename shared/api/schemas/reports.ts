import { z } from 'zod';
import { languages } from '../../domain/settings';
import { isMonth } from '../../logic/months';

const absolutePath = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(1000, { error: 'tooLong' })
  .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), { error: 'absolutePath' });

export const monthSchema = z.string({ error: 'month' }).refine(isMonth, { error: 'month' });

/** One month's report (YYYY-MM, shop-time-zone days) into an .xlsx the person picked. */
export const monthlyReportSchema = z.object({
  month: monthSchema,
  path: absolutePath.refine((p) => p.toLowerCase().endsWith('.xlsx'), { error: 'xlsxFile' }),
  lang: z.enum(languages, { error: 'language' }),
});
export type MonthlyReportInput = z.output<typeof monthlyReportSchema>;

/** The scheduled export; an enabled schedule needs a folder. */
export const reportScheduleSchema = z
  .object({
    enabled: z.boolean({ error: 'boolean' }),
    folder: absolutePath.nullable(),
    lang: z.enum(languages, { error: 'language' }),
  })
  .refine((v) => !v.enabled || v.folder !== null, { path: ['folder'], error: 'required' });
export type ReportScheduleInput = z.output<typeof reportScheduleSchema>;
