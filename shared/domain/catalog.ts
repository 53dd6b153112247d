import type { StockCover } from '../logic/stock-cover';
/** Price positioning of a SKU (PRODUCT.md §2). */
export const priceBands = ['high', 'mid', 'low'] as const;
export type PriceBand = (typeof priceBands)[number];

export const listingStatuses = ['on_sale', 'off'] as const;
export type ListingStatus = (typeof listingStatuses)[number];

/** Orders and returns move stock by themselves; people record adjustments and receipts. */
export const stockMovementKinds = ['sale', 'return', 'adjustment', 'receipt'] as const;
export type StockMovementKind = (typeof stockMovementKinds)[number];
export const manualStockKinds = ['adjustment', 'receipt'] as const;

export interface Product {
  id: string;
  name: string;
  category: string | null;
  brand: string | null;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Sku {
  id: string;
  productId: string;
  /** 商家编码: unique regardless of case. */
  code: string;
  name: string;
  barcode: string | null;
  weightG: number | null;
  stockOnHand: number;
  reorderPoint: number;
  priceBand: PriceBand;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

/** One dated cost row, base-currency minor units; it applies from effectiveFrom until the next row. */
export interface SkuCost {
  id: string;
  skuId: string;
  effectiveFrom: string;
  purchaseMinor: number;
  packagingMinor: number;
  inboundFreightMinor: number;
  otherMinor: number;
  /** Full unit cost: the sum of the four parts. */
  totalMinor: number;
  note: string | null;
  createdBy: string | null;
  createdAt: string;
}

/** A SKU on a storefront; prices in minor units of the storefront's currency. */
export interface Listing {
  id: string;
  skuId: string;
  storefrontId: string;
  externalSkuId: string | null;
  externalItemId: string | null;
  priceMinor: number;
  status: ListingStatus;
  priceFloorMinor: number | null;
  createdAt: string;
  updatedAt: string;
}

/** A storefront's own code for one of our SKUs (imports match it before the SKU code itself). */
export interface SkuAlias {
  storefrontId: string;
  alias: string;
  skuId: string;
  createdAt: string;
}

export interface PriceChange {
  id: number;
  listingId: string;
  oldPriceMinor: number | null;
  newPriceMinor: number;
  reason: string;
  actorId: string | null;
  at: string;
}

export interface StockMovement {
  /** A stored movement's id; a sale (a valid order's line, ref `order:<id>`) has its order line's id negated. */
  id: number;
  skuId: string;
  kind: StockMovementKind;
  /** Signed change of stock on hand. */
  quantity: number;
  reason: string | null;
  ref: string | null;
  actorId: string | null;
  at: string;
}

/** A row of the product list. */
export interface ProductSummary extends Product {
  skuCount: number;
  stockOnHand: number;
  /** SKUs at or below their reorder point. */
  lowStockSkuCount: number;
  /** SKUs holding stock that sells too slowly (shared/logic/stock-cover.ts). */
  slowSkuCount: number;
  listingCount: number;
}

export interface SkuDetail extends Sku {
  /** The cost in force now (null only if every cost row is dated in the future). */
  currentCost: SkuCost | null;
  listings: Listing[];
  aliases: SkuAlias[];
  /** Units sold in the last 30 days, days of cover and the slow-mover flag. */
  cover: StockCover;
}

export interface ProductDetail extends Product {
  skus: SkuDetail[];
  /** True for the service role: currentCost and price floors are null because they are hidden, not missing. */
  costsHidden?: true;
}

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ResolvedSku {
  sku: Sku;
  /** How the code matched: a storefront alias, a listing's external SKU id, or our own SKU code. */
  via: 'alias' | 'listing' | 'code';
}

/** A SKU that may be what an unmatched storefront code means, and why it was suggested. */
export interface SkuSuggestion {
  sku: Sku;
  productName: string;
  /** Our code contains the storefront code, the storefront code contains ours, or names match. */
  why: 'codeContains' | 'containsCode' | 'name';
}

/** A catalog file written by export or template. */
export interface CatalogFileResult {
  path: string;
  rows: number;
}

/** One problem or warning of a catalog import file; `message` is English (CLI, logs), `key` + `params` translate. */
export interface ImportMessage {
  row: number;
  column: string;
  message: string;
  key: string;
  params?: Record<string, string | number>;
}

/** The result of a catalog import (`import products --json`, and the importProducts job's message as JSON). */
export interface ImportSummary {
  inserted: number;
  updated: number;
  unchanged: number;
  errors: ImportMessage[];
  warnings: ImportMessage[];
}
