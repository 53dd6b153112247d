import { z } from 'zod';
import { idSchema, pageSchema, pageSizeSchema } from './common';
import { orderFormats, orderStatuses } from '../../domain/orders';
import { genericFields, genericPriceFields, type GenericField } from '../../domain/order-mapping';

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
  /** Only imports whose files (same checksum) were imported more than once: the dashboard's duplicate alert. */
  repeatedOnly: z.boolean({ error: 'boolean' }).optional(),
  page: pageSchema,
  pageSize: pageSizeSchema,
});
export type ImportHistoryQuery = z.output<typeof importHistorySchema>;

/** A file the mapping screen looks at; `statusHeader` asks for the values of another column than the suggested one. */
export const inspectFileSchema = z.object({
  storefrontId: idSchema,
  path: absolutePath,
  statusHeader: z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(500, { error: 'tooLong' })
    .optional(),
});
export type InspectFileInput = z.output<typeof inspectFileSchema>;

const headerCell = z.string({ error: 'required' }).trim().max(500, { error: 'tooLong' });

/** Field → header text; an empty text means "not mapped". Unknown fields are refused, not ignored. */
const mappingSchema = z.strictObject(
  Object.fromEntries(genericFields.map(({ field }) => [field, headerCell.optional()])) as Record<
    GenericField,
    z.ZodOptional<typeof headerCell>
  >,
  { error: 'mappingField' },
);

export const genericSettingsSchema = z.object({
  mapping: mappingSchema,
  statusValues: z
    .record(
      z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(200, { error: 'tooLong' }),
      z.enum(orderStatuses, { error: 'orderStatus' }),
      { error: 'required' },
    )
    .refine((values) => Object.keys(values).length <= 200, { error: 'tooLong' })
    .optional(),
  defaultStatus: z.enum(orderStatuses, { error: 'orderStatus' }).optional(),
  dayFirst: z.boolean({ error: 'boolean' }).optional(),
});

/**
 * A mapping for the header row `headers` (as inspectFile gave it). Every mapped column must be one of the
 * header's cells, and the fields the importer cannot do without must be mapped: each problem names its field
 * (`settings.mapping.placedAt`), so the screen and the CLI can point at it.
 */
export const saveMappingSchema = z
  .object({
    storefrontId: idSchema,
    headers: z
      .array(headerCell, { error: 'required' })
      .min(1, { error: 'required' })
      .max(1000, { error: 'tooLong' }),
    settings: genericSettingsSchema,
  })
  .superRefine(({ headers, settings }, ctx) => {
    const mapped = (field: GenericField) => settings.mapping[field]?.trim() ?? '';
    const at = (field: GenericField) => ['settings', 'mapping', field];
    for (const { field, required } of genericFields) {
      if (required && !mapped(field))
        ctx.addIssue({ code: 'custom', path: at(field), message: 'mappingFieldRequired' });
    }
    if (!genericPriceFields.some((field) => mapped(field)))
      ctx.addIssue({ code: 'custom', path: at(genericPriceFields[0]), message: 'mappingPriceRequired' });
    const present = new Set(headers.filter((h) => h !== ''));
    for (const { field } of genericFields) {
      const header = mapped(field);
      if (header && !present.has(header))
        ctx.addIssue({ code: 'custom', path: at(field), message: 'mappingHeaderUnknown' });
    }
  });
export type SaveMappingInput = z.output<typeof saveMappingSchema>;
