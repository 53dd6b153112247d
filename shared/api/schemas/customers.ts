import { z } from 'zod';
import { customerSorts, customerTiers, sortDirections } from '../../domain/customers';
import { languages } from '../../domain/settings';
import { idSchema, pageSchema, pageSizeSchema } from './common';

const unique = (ids: string[]): boolean => new Set(ids).size === ids.length;

/** The filter both the list and the segment export take. */
export const customerFilterSchema = z.object({
  /** Prefix of the name (any case), of a phone number (digits as stored) or of an e-mail address. */
  search: z.string({ error: 'tooLong' }).trim().max(100, { error: 'tooLong' }).optional(),
  tier: z.enum(customerTiers, { error: 'customerTier' }).optional(),
  /** Only customers with an order on this storefront. */
  storefrontId: idSchema.optional(),
});
export type CustomerFilter = z.output<typeof customerFilterSchema>;

export const customerListSchema = customerFilterSchema.extend({
  sort: z.enum(customerSorts, { error: 'customerSort' }).default('monetary'),
  direction: z.enum(sortDirections, { error: 'sortDirection' }).default('desc'),
  page: pageSchema,
  pageSize: pageSizeSchema,
});
export type CustomerListQuery = z.output<typeof customerListSchema>;

/** A customer and one page of their orders (newest first; default 50 a page). */
export const customerGetSchema = z.object({
  id: idSchema,
  page: pageSchema.optional(),
  pageSize: pageSizeSchema.optional(),
});

/** The sources' orders and identities move to the target; the sources are gone afterwards. */
export const customerMergeSchema = z
  .object({
    targetId: idSchema,
    sourceIds: z
      .array(idSchema, { error: 'required' })
      .min(1, { error: 'required' })
      .max(50, { error: 'tooLong' })
      .refine(unique, { error: 'idRepeated' }),
  })
  .superRefine((v, ctx) => {
    if (v.sourceIds.includes(v.targetId)) {
      ctx.addIssue({ code: 'custom', path: ['sourceIds'], message: 'mergeIntoItself' });
    }
  });
export type CustomerMerge = z.output<typeof customerMergeSchema>;

/** The chosen orders move to a new customer, with the identities only they use. */
export const customerSplitSchema = z.object({
  customerId: idSchema,
  orderIds: z
    .array(idSchema, { error: 'required' })
    .min(1, { error: 'required' })
    .max(1000, { error: 'tooLong' })
    .refine(unique, { error: 'idRepeated' }),
});
export type CustomerSplit = z.output<typeof customerSplitSchema>;

/** A segment (a tier, or any list filter) to xlsx/csv at an absolute path the person picked. */
export const customerSegmentSchema = customerFilterSchema.extend({
  path: z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(1000, { error: 'tooLong' })
    .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), { error: 'absolutePath' }),
  lang: z.enum(languages, { error: 'language' }),
  format: z.enum(['xlsx', 'csv'], { error: 'fileType' }).optional(),
});
export type CustomerSegmentInput = z.output<typeof customerSegmentSchema>;
