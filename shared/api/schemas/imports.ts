import { z } from 'zod';
import { idSchema, pageSchema, pageSizeSchema } from './common';
import { orderFormats } from '../../domain/orders';

const absolutePath = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(1000, { error: 'tooLong' })
  .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), { error: 'absolutePath' });

/** One storefront's export: one file, or a pair (Taobao 订单报表 + 宝贝报表, Etsy orders + items). */
export const importOrdersSchema = z.object({
  storefrontId: idSchema,
  files: z
    .array(absolutePath, { error: 'required' })
    .min(1, { error: 'required' })
    .max(10, { error: 'tooLong' }),
  format: z.enum(['auto', ...orderFormats, 'generic'], { error: 'orderFormat' }).default('auto'),
});
export type ImportOrdersInput = z.output<typeof importOrdersSchema>;

export const importFeesSchema = z.object({
  storefrontId: idSchema,
  files: z
    .array(absolutePath, { error: 'required' })
    .min(1, { error: 'required' })
    .max(10, { error: 'tooLong' }),
});

export const importHistorySchema = z.object({
  storefrontId: idSchema.optional(),
  page: pageSchema,
  pageSize: pageSizeSchema,
});
export type ImportHistoryQuery = z.output<typeof importHistorySchema>;
