import { z } from 'zod';
import { periodDays } from '../../logic/metrics';
import { dateSchema, idSchema } from './common';

/** Ten years and a bit: the trend draws one point per day, and the previous period doubles it. */
export const MAX_DASHBOARD_DAYS = 3660;

/** A period of shop-time-zone calendar days, both ends included; optionally one storefront. */
export const dashboardQuerySchema = z
  .object({
    from: dateSchema,
    to: dateSchema,
    storefrontId: idSchema.optional(),
  })
  .refine((v) => v.from <= v.to, { path: ['to'], error: 'periodOrder' })
  .refine((v) => v.from > v.to || periodDays(v) <= MAX_DASHBOARD_DAYS, {
    path: ['to'],
    error: 'periodTooLong',
  });
export type DashboardQuery = z.output<typeof dashboardQuerySchema>;

/** Optionally one storefront (figures of "now", without a period). */
export const dashboardStorefrontSchema = z.union([
  z.undefined(),
  z.object({ storefrontId: idSchema.optional() }).strict(),
]);
