import { z } from 'zod';
import { platforms, storefrontRoles } from '../../domain/storefronts';
import {
  currencySchema,
  idSchema,
  minorUnitsSchema,
  nameSchema,
  rateBpSchema,
  timezoneSchema,
} from './common';

export const categoryCommissionSchema = z.object({
  category: nameSchema,
  rateBp: rateBpSchema,
});

export const feeRulesSchema = z.object({
  commissionRateBp: rateBpSchema,
  paymentFeeRateBp: rateBpSchema,
  fixedFeeMinor: minorUnitsSchema,
  shippingCostMinor: minorUnitsSchema,
  categoryCommissions: z
    .array(categoryCommissionSchema)
    .max(200, { error: 'tooLong' })
    .refine((rows) => new Set(rows.map((r) => r.category)).size === rows.length, {
      error: 'duplicateCategory',
    }),
});

export const storefrontFieldsSchema = z.object({
  name: nameSchema,
  platform: z.enum(platforms, { error: 'platform' }),
  currency: currencySchema,
  timezone: timezoneSchema,
  role: z.enum(storefrontRoles, { error: 'role' }),
  feeRules: feeRulesSchema,
});
export type StorefrontFields = z.infer<typeof storefrontFieldsSchema>;

export const storefrontCreateSchema = storefrontFieldsSchema;
export const storefrontUpdateSchema = z.object({ id: idSchema, patch: storefrontFieldsSchema.partial() });
export const storefrontListSchema = z.object({ includeArchived: z.boolean().optional() });
export const storefrontIdSchema = z.object({ id: idSchema });
