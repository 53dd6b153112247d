import { z } from 'zod';
import { dateSchema, idSchema } from './common';

/** A period of shop-time-zone calendar days, both ends included; optionally one storefront. */
export const kpisComputeSchema = z
  .object({
    from: dateSchema,
    to: dateSchema,
    storefrontId: idSchema.optional(),
  })
  .refine((v) => v.from <= v.to, { path: ['to'], error: 'periodOrder' });
export type KpisQuery = z.output<typeof kpisComputeSchema>;
