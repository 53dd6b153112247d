import type { Selectable } from 'kysely';

export interface ProductsTable {
  id: string;
  name: string;
  category: string | null;
  brand: string | null;
  archived: number;
  created_at: string;
  updated_at: string;
}

export interface SkusTable {
  id: string;
  product_id: string;
  code: string;
  name: string;
  barcode: string | null;
  weight_g: number | null;
  stock_on_hand: number;
  reorder_point: number;
  price_band: string;
  archived: number;
  created_at: string;
  updated_at: string;
}

/** Base-currency minor units; a row is never updated, a new one takes over from its effective_from. */
export interface SkuCostsTable {
  id: string;
  sku_id: string;
  effective_from: string;
  purchase_minor: number;
  packaging_minor: number;
  inbound_freight_minor: number;
  other_minor: number;
  note: string | null;
  created_by: string | null;
  created_at: string;
}

/** Prices in minor units of the storefront's currency. */
export interface ListingsTable {
  id: string;
  sku_id: string;
  storefront_id: string;
  external_sku_id: string | null;
  external_item_id: string | null;
  price_minor: number;
  status: string;
  price_floor_minor: number | null;
  created_at: string;
  updated_at: string;
}

export interface SkuAliasesTable {
  storefront_id: string;
  alias: string;
  sku_id: string;
  created_at: string;
}

export interface PriceHistoryTable {
  id: number | null;
  listing_id: string;
  old_price: number | null;
  new_price: number;
  reason: string;
  actor_id: string | null;
  at: string;
}

export interface StockMovementsTable {
  id: number | null;
  sku_id: string;
  kind: string;
  quantity: number;
  reason: string | null;
  ref: string | null;
  actor_id: string | null;
  at: string;
}

/**
 * View (migration 0014): a SKU's movements, those stored above plus a 'sale' per matched line of a valid order
 * (id = the line's id negated, at = the order's time). Stock on hand is the sum of a SKU's rows here.
 */
export type StockLedgerView = Omit<StockMovementsTable, 'id'> & { id: number };

/** A competitor's price for one of our SKUs, minor units of its own currency; appended, never updated. */
export interface CompetitorPricesTable {
  id: string;
  sku_id: string;
  competitor: string;
  platform: string;
  price_minor: number;
  currency: string;
  observed_on: string;
  url: string | null;
  note: string | null;
  created_at: string;
  actor_id: string | null;
}

export interface CatalogSearchRowsTable {
  search_rowid: number;
  product_id: string;
}

export interface CatalogSearchTable {
  rowid: number;
  body: string;
}

export type ProductRow = Selectable<ProductsTable>;
export type SkuRow = Selectable<SkusTable>;
export type SkuCostRow = Selectable<SkuCostsTable>;
export type ListingRow = Selectable<ListingsTable>;
export type SkuAliasRow = Selectable<SkuAliasesTable>;
export type PriceHistoryRow = Selectable<PriceHistoryTable>;
export type StockMovementRow = Selectable<StockMovementsTable>;
