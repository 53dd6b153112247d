import dayjs from 'dayjs';
import type { z } from 'zod';
import {
  adjustStockSchema,
  type AdjustStock,
  listingUpsertSchema,
  productCreateSchema,
  setCostSchema,
  skuUpsertSchema,
  type ListingUpsert,
  type ProductCreate,
  type SkuUpsert,
} from '../../../../shared/api/schemas/catalog';
import type { PriceBand, ListingStatus, Sku, SkuCost } from '../../../../shared/domain/catalog';
import type { FieldIssue } from '../../../../shared/api/result';
import { issuesByField } from '../../components/form-errors';
import { fromMinor, toMinor } from '../../../../shared/logic/money';

/** What the person types: money as major-unit text and counts as text, converted exactly before sending. */
export interface CostValues {
  purchase: string;
  packaging: string;
  inboundFreight: string;
  other: string;
}
/** The SKU's own details, editable after creation (costs are dated rows, stock moves by movements). */
export interface SkuDetailValues {
  code: string;
  skuName: string;
  barcode: string;
  /** Grams as text; empty = unknown. */
  weight: string;
  reorderPoint: string;
  band: PriceBand;
}
export interface SkuValues extends CostValues, SkuDetailValues {
  stockOnHand: string;
}
export interface ProductValues extends SkuValues {
  name: string;
  category: string;
  brand: string;
}
export interface NewCostValues extends CostValues {
  /** `YYYY-MM-DDTHH:mm` in the person's local time; empty = now. */
  effectiveFrom: string;
  note: string;
}
export interface ListingValues {
  storefrontId: string;
  externalSkuId: string;
  externalItemId: string;
  price: string;
  floor: string;
  status: ListingStatus;
}

const zeroCost: CostValues = { purchase: '0', packaging: '0', inboundFreight: '0', other: '0' };

export const emptySku = (): SkuValues => ({
  ...zeroCost,
  code: '',
  skuName: '',
  barcode: '',
  weight: '',
  stockOnHand: '0',
  reorderPoint: '0',
  band: 'mid',
});
export const emptyProduct = (): ProductValues => ({ ...emptySku(), name: '', category: '', brand: '' });
export const emptyNewCost = (current?: SkuCost | null, currency = 'CNY'): NewCostValues => ({
  ...(current ? costValuesFrom(current, currency) : zeroCost),
  effectiveFrom: '',
  note: '',
});

export function costValuesFrom(c: SkuCost, currency: string): CostValues {
  return {
    purchase: fromMinor(c.purchaseMinor, currency),
    packaging: fromMinor(c.packagingMinor, currency),
    inboundFreight: fromMinor(c.inboundFreightMinor, currency),
    other: fromMinor(c.otherMinor, currency),
  };
}

type Converted<T> = { input: T; errors?: undefined } | { input?: undefined; errors: Record<string, string> };

/** Contract path (after any SKU prefix) → form field, so schema and server issues land on the right input. */
const fieldOfPath: Record<string, string> = {
  'cost.purchaseMinor': 'purchase',
  'cost.packagingMinor': 'packaging',
  'cost.inboundFreightMinor': 'inboundFreight',
  'cost.otherMinor': 'other',
  purchaseMinor: 'purchase',
  packagingMinor: 'packaging',
  inboundFreightMinor: 'inboundFreight',
  otherMinor: 'other',
  'cost.effectiveFrom': 'effectiveFrom',
  name: 'name',
  priceBand: 'band',
  weightG: 'weight',
  priceMinor: 'price',
  priceFloorMinor: 'floor',
  skus: 'code',
};

/** `skus.0.cost.purchaseMinor` → `purchase`; in the SKU forms the SKU's `name` is the `skuName` field. */
export function formField(path: string): string {
  const sku = /^skus\.0\.(.+)$/.exec(path);
  const rest = sku?.[1] ?? path;
  if (sku && rest === 'name') return 'skuName';
  return fieldOfPath[rest] ?? rest;
}

/** Money text → minor units; a bad amount is reported as `amount`, a negative one by the schema. */
function moneyReader(currency: string, errors: Record<string, string>) {
  return (field: string, text: string): number => {
    const minor = toMinor(text, currency);
    if (minor === null) errors[field] = 'amount';
    return minor ?? 0;
  };
}

function countReader(errors: Record<string, string>) {
  return (field: string, text: string): number => {
    const trimmed = text.trim();
    if (!/^\d+$/.test(trimmed)) errors[field] = 'count';
    return /^\d+$/.test(trimmed) ? Number(trimmed) : 0;
  };
}

function finish<S extends z.ZodType>(
  schema: S,
  candidate: unknown,
  errors: Record<string, string>,
  skuForm = false,
): Converted<z.output<S>> {
  const parsed = schema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      const field = skuForm && path === 'name' ? 'skuName' : formField(path);
      errors[field] ??= issue.message;
    }
  }
  if (Object.keys(errors).length || !parsed.success) return { errors };
  return { input: parsed.data };
}

function costPart(v: CostValues, money: (field: string, text: string) => number) {
  return {
    purchaseMinor: money('purchase', v.purchase),
    packagingMinor: money('packaging', v.packaging),
    inboundFreightMinor: money('inboundFreight', v.inboundFreight),
    otherMinor: money('other', v.other),
  };
}

function detailPart(v: SkuDetailValues, errors: Record<string, string>) {
  const count = countReader(errors);
  const weight = v.weight.trim();
  if (weight && !/^\d+$/.test(weight)) errors.weight = 'weight';
  return {
    code: v.code,
    name: v.skuName,
    // Empty clears the barcode or weight: null is "none" in the contract.
    barcode: v.barcode.trim() || null,
    weightG: /^\d+$/.test(weight) ? Number(weight) : null,
    reorderPoint: count('reorderPoint', v.reorderPoint),
    priceBand: v.band,
  };
}

function skuPart(v: SkuValues, baseCurrency: string, errors: Record<string, string>) {
  return {
    ...detailPart(v, errors),
    stockOnHand: countReader(errors)('stockOnHand', v.stockOnHand),
    cost: costPart(v, moneyReader(baseCurrency, errors)),
  };
}

/** An existing SKU's details as form text. */
export const skuDetailValuesFrom = (s: Sku): SkuDetailValues => ({
  code: s.code,
  skuName: s.name,
  barcode: s.barcode ?? '',
  weight: s.weightG === null ? '' : String(s.weightG),
  reorderPoint: String(s.reorderPoint),
  band: s.priceBand,
});

/** Editing an existing SKU's details (no cost, no stock: those have their own dated forms). */
export function toSkuEditInput(v: SkuDetailValues, sku: Sku): Converted<SkuUpsert> {
  const errors: Record<string, string> = {};
  return finish(
    skuUpsertSchema,
    { productId: sku.productId, id: sku.id, ...detailPart(v, errors) },
    errors,
    true,
  );
}

/** The new-product form (product + its first SKU); costs are in the shop's base currency. */
export function toProductInput(v: ProductValues, baseCurrency: string): Converted<ProductCreate> {
  const errors: Record<string, string> = {};
  const candidate = {
    name: v.name,
    category: v.category,
    brand: v.brand,
    skus: [skuPart(v, baseCurrency, errors)],
  };
  return finish(productCreateSchema, candidate, errors);
}

/** Adding a SKU to an existing product. */
export function toSkuInput(v: SkuValues, productId: string, baseCurrency: string): Converted<SkuUpsert> {
  const errors: Record<string, string> = {};
  return finish(skuUpsertSchema, { productId, ...skuPart(v, baseCurrency, errors) }, errors, true);
}

/** A dated cost row; the local date-time becomes an instant with a zone, as the contract asks. */
export function toCostInput(v: NewCostValues, skuId: string, baseCurrency: string) {
  const errors: Record<string, string> = {};
  const when = v.effectiveFrom.trim();
  const effectiveFrom = when ? dayjs(when).format('YYYY-MM-DDTHH:mm:ssZ') : undefined;
  if (when && !dayjs(when).isValid()) errors.effectiveFrom = 'dateTime';
  const candidate = {
    skuId,
    ...costPart(v, moneyReader(baseCurrency, errors)),
    effectiveFrom,
    note: v.note,
  };
  return finish(setCostSchema, candidate, errors);
}

/** A listing; the price and floor are in the storefront's currency. */
export function toListingInput(
  v: ListingValues,
  skuId: string,
  currency: string,
  extra: { reason?: string; overrideReason?: string } = {},
): Converted<ListingUpsert> {
  const errors: Record<string, string> = {};
  const money = moneyReader(currency, errors);
  if (!v.storefrontId) errors.storefrontId = 'required';
  const candidate = {
    skuId,
    storefrontId: v.storefrontId,
    externalSkuId: v.externalSkuId,
    externalItemId: v.externalItemId,
    priceMinor: money('price', v.price),
    priceFloorMinor: v.floor.trim() ? money('floor', v.floor) : null,
    status: v.status,
    reason: extra.reason ?? null,
    overrideReason: extra.overrideReason,
  };
  return finish(listingUpsertSchema, candidate, errors);
}

export interface StockValues {
  kind: 'adjustment' | 'receipt';
  quantity: string;
  reason: string;
  ref: string;
  allowNegative: boolean;
}
export const emptyStock = (): StockValues => ({
  kind: 'receipt',
  quantity: '',
  reason: '',
  ref: '',
  allowNegative: false,
});

/** A signed whole quantity; the schema adds "receipts are positive" and "adjustments need a reason". */
export function toStockInput(v: StockValues, skuId: string): Converted<AdjustStock> {
  const errors: Record<string, string> = {};
  const text = v.quantity.trim();
  if (!/^[-+]?\d+$/.test(text)) errors.quantity = 'quantity';
  const candidate = {
    skuId,
    kind: v.kind,
    quantity: /^[-+]?\d+$/.test(text) ? Number(text) : 0,
    reason: v.reason,
    ref: v.ref,
    allowNegative: v.allowNegative || undefined,
  };
  return finish(adjustStockSchema, candidate, errors);
}

export const errorsFromIssues = (issues: FieldIssue[]): Record<string, string> =>
  issuesByField(issues, formField);
