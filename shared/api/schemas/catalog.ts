import { z } from 'zod';
import { manualStockKinds, listingStatuses, priceBands } from '../../domain/catalog';
import { languages } from '../../domain/settings';
import {
  dateTimeSchema,
  idSchema,
  minorUnitsSchema,
  nameSchema,
  optionalTextSchema,
  pageSchema,
  pageSizeSchema,
} from './common';

/** 商家编码 and storefront codes: any printable text (shops use Chinese, spaces, dashes), no control characters. */
export const skuCodeSchema = z
  .string({ error: 'code' })
  .trim()
  .min(1, { error: 'required' })
  .max(64, { error: 'code' })
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u001f\u007f]+$/, { error: 'code' });

const countSchema = z
  .int({ error: 'count' })
  .min(0, { error: 'count' })
  .max(1_000_000_000, { error: 'count' });
const booleanSchema = z.boolean({ error: 'boolean' });
const longNameSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(200, { error: 'tooLong' });

export const costFieldsSchema = z.object({
  purchaseMinor: minorUnitsSchema,
  packagingMinor: minorUnitsSchema,
  inboundFreightMinor: minorUnitsSchema,
  otherMinor: minorUnitsSchema,
  /** Defaults to now; may be backdated (a late invoice) or future-dated (an announced price rise). */
  effectiveFrom: dateTimeSchema.optional(),
  note: optionalTextSchema(500).optional(),
});
export type CostFields = z.output<typeof costFieldsSchema>;

export const skuFieldsSchema = z.object({
  code: skuCodeSchema,
  name: longNameSchema,
  barcode: optionalTextSchema(64).optional(),
  weightG: z
    .int({ error: 'weight' })
    .min(0, { error: 'weight' })
    .max(10_000_000, { error: 'weight' })
    .nullable()
    .optional(),
  reorderPoint: countSchema.optional(),
  priceBand: z.enum(priceBands, { error: 'priceBand' }).optional(),
});
export type SkuFields = z.output<typeof skuFieldsSchema>;

export const newSkuSchema = skuFieldsSchema.extend({
  /** Opening stock, recorded as a receipt movement. */
  stockOnHand: countSchema.optional(),
  cost: costFieldsSchema,
});
export type NewSku = z.output<typeof newSkuSchema>;

export const productFieldsSchema = z.object({
  name: longNameSchema,
  category: optionalTextSchema(80).optional(),
  brand: optionalTextSchema(80).optional(),
});

export const productCreateSchema = productFieldsSchema.extend({
  skus: z
    .array(newSkuSchema, { error: 'skusRequired' })
    .min(1, { error: 'skusRequired' })
    .max(200, { error: 'tooLong' })
    .refine((skus) => new Set(skus.map((s) => s.code.toLowerCase())).size === skus.length, {
      error: 'duplicateCode',
    }),
});
export type ProductCreate = z.output<typeof productCreateSchema>;

export const productUpdateSchema = z.object({
  id: idSchema,
  patch: productFieldsSchema.partial().extend({ archived: booleanSchema.optional() }),
});
export type ProductPatch = z.output<typeof productUpdateSchema>['patch'];

/**
 * Creates a SKU (cost required) or updates one, found by id or else by code within the product. Fields
 * left out keep their value on update. Stock changes only through adjustStock after creation.
 */
export const skuUpsertSchema = skuFieldsSchema.extend({
  productId: idSchema,
  id: idSchema.optional(),
  archived: booleanSchema.optional(),
  stockOnHand: countSchema.optional(),
  cost: costFieldsSchema.optional(),
});
export type SkuUpsert = z.output<typeof skuUpsertSchema>;

export const setCostSchema = costFieldsSchema.extend({ skuId: idSchema });
export const skuIdSchema = z.object({ skuId: idSchema });

export const listingUpsertSchema = z.object({
  skuId: idSchema,
  storefrontId: idSchema,
  externalSkuId: optionalTextSchema(64).optional(),
  externalItemId: optionalTextSchema(64).optional(),
  /** Minor units of the storefront's currency. */
  priceMinor: minorUnitsSchema,
  status: z.enum(listingStatuses, { error: 'listingStatus' }).optional(),
  priceFloorMinor: minorUnitsSchema.nullable().optional(),
  /** Why the price changed, kept in the price history. */
  reason: optionalTextSchema(200).optional(),
  /** Needed (non-empty) to set a price below the listing's floor; kept in the price history. */
  overrideReason: optionalTextSchema(200).optional(),
});
export type ListingUpsert = z.output<typeof listingUpsertSchema>;

export const aliasSchema = z.object({ storefrontId: idSchema, alias: skuCodeSchema, skuId: idSchema });
export const aliasKeySchema = z.object({ storefrontId: idSchema, alias: skuCodeSchema });
export const resolveSkuSchema = z.object({ storefrontId: idSchema, code: skuCodeSchema });

/** Candidates for a storefront code that matched nothing, best first. */
export const suggestSkusSchema = z.object({
  code: skuCodeSchema,
  limit: z.int({ error: 'count' }).min(1, { error: 'count' }).max(20, { error: 'count' }).optional(),
});

export const adjustStockSchema = z
  .object({
    skuId: idSchema,
    kind: z.enum(manualStockKinds, { error: 'stockKind' }),
    quantity: z
      .int({ error: 'quantity' })
      .min(-1_000_000_000, { error: 'quantity' })
      .max(1_000_000_000, { error: 'quantity' })
      .refine((q) => q !== 0, { error: 'quantity' }),
    reason: optionalTextSchema(200).optional(),
    ref: optionalTextSchema(100).optional(),
    /** Stock may go below zero only when the person says so (orders imported before the receipt). */
    allowNegative: booleanSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'receipt' && v.quantity < 0) {
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'receiptPositive' });
    }
    if (v.kind === 'adjustment' && !v.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reasonRequired' });
    }
  });
export type AdjustStock = z.output<typeof adjustStockSchema>;

export const stockMovementsSchema = z.object({
  skuId: idSchema,
  page: pageSchema.optional(),
  pageSize: pageSizeSchema.optional(),
});

export const productListSchema = z.object({
  /** Matches product name, SKU code, SKU name or barcode, regardless of case. */
  search: z.string({ error: 'tooLong' }).trim().max(100, { error: 'tooLong' }).optional(),
  category: nameSchema.optional(),
  brand: nameSchema.optional(),
  band: z.enum(priceBands, { error: 'priceBand' }).optional(),
  /** Only products with a listing on this storefront. */
  storefrontId: idSchema.optional(),
  /** Only products with a SKU at or below its reorder point. */
  lowStock: booleanSchema.optional(),
  /** SKUs holding stock that sells too slowly (days of cover above the shop's threshold). */
  slowMovers: booleanSchema.optional(),
  includeArchived: booleanSchema.optional(),
  page: pageSchema,
  pageSize: pageSizeSchema,
});
export type ProductListQuery = z.output<typeof productListSchema>;

export const productIdSchema = z.object({ id: idSchema });

/** Where export and template write: an absolute path the caller picked (save dialog, CLI --out). */
export const catalogFileSchema = z.object({
  path: z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(1000, { error: 'tooLong' })
    .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), { error: 'absolutePath' }),
  lang: z.enum(languages, { error: 'language' }),
  format: z.enum(['xlsx', 'csv'], { error: 'fileType' }).optional(),
});
export type CatalogFileInput = z.output<typeof catalogFileSchema>;

/** A csv/xlsx file to import, picked in an open dialog (absolute path). */
export const catalogImportSchema = catalogFileSchema.pick({ path: true });
