import { z } from 'zod';
import { orderStatuses } from '../../domain/orders';
import { orderColumns, orderSorts } from '../../domain/order-list';
import { languages } from '../../domain/settings';
import { dateSchema, idSchema, pageSchema, pageSizeSchema } from './common';

const booleanSchema = z.boolean({ error: 'boolean' });

/** The list's filters; the same object is saved in views and sent to the export. */
export const orderFiltersSchema = z
  .object({
    storefrontIds: z.array(idSchema, { error: 'id' }).max(100, { error: 'tooLong' }).optional(),
    statuses: z
      .array(z.enum(orderStatuses, { error: 'orderStatus' }), { error: 'orderStatus' })
      .max(orderStatuses.length, { error: 'tooLong' })
      .optional(),
    /** Calendar days in the shop's time zone, both included. */
    from: dateSchema.optional(),
    to: dateSchema.optional(),
    hasRefund: booleanSchema.optional(),
    afterSales: booleanSchema.optional(),
    unmatched: booleanSchema.optional(),
    /** Orders an after-sales ticket is linked to (true) or none is (false). */
    hasTicket: booleanSchema.optional(),
    customerId: idSchema.optional(),
    skuId: idSchema.optional(),
    search: z.string({ error: 'tooLong' }).trim().max(100, { error: 'tooLong' }).optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { error: 'dateRange', path: ['to'] });
export type OrderFiltersInput = z.output<typeof orderFiltersSchema>;

const sortFields = {
  sort: z.enum(orderSorts, { error: 'orderSort' }).default('placed_at'),
  direction: z.enum(['asc', 'desc'], { error: 'sortDirection' }).default('desc'),
};

export const orderListSchema = z.object({
  filters: orderFiltersSchema.default({}),
  ...sortFields,
  page: pageSchema,
  pageSize: pageSizeSchema,
});
export type OrderListQuery = z.output<typeof orderListSchema>;

export const orderIdSchema = z.object({ id: idSchema });

const absolutePath = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(1000, { error: 'tooLong' })
  .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), { error: 'absolutePath' });

/** Every order matching the filters (not only one page), in the list's sort, to xlsx or csv. */
export const orderExportSchema = z.object({
  path: absolutePath,
  lang: z.enum(languages, { error: 'language' }),
  format: z.enum(['xlsx', 'csv'], { error: 'fileType' }).optional(),
  filters: orderFiltersSchema.default({}),
  ...sortFields,
});
export type OrderExportInput = z.output<typeof orderExportSchema>;

const columnsSchema = z
  .array(z.enum(orderColumns, { error: 'orderColumn' }), { error: 'orderColumn' })
  .min(1, { error: 'orderColumn' })
  .max(orderColumns.length, { error: 'tooLong' })
  .refine((cols) => new Set(cols).size === cols.length, { error: 'orderColumn' });

/** Creates a view, or replaces the one with `id`. Names are unique regardless of case. */
export const orderViewSaveSchema = z.object({
  id: idSchema.optional(),
  name: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(60, { error: 'tooLong' }),
  filters: orderFiltersSchema.default({}),
  ...sortFields,
  columns: columnsSchema,
});
export type OrderViewSave = z.output<typeof orderViewSaveSchema>;

export const orderViewIdSchema = z.object({ id: idSchema });
