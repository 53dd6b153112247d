import type { Kysely } from 'kysely';
import type {
  Database,
  ListingRow,
  PriceHistoryRow,
  ProductRow,
  SkuAliasRow,
  SkuCostRow,
  SkuRow,
  StockMovementRow,
} from '../db/schema';
import type {
  Listing,
  ListingStatus,
  PriceBand,
  PriceChange,
  Product,
  Sku,
  SkuAlias,
  SkuCost,
  StockMovement,
  StockMovementKind,
} from '../../../shared/domain/catalog';
import { fullUnitCostMinor } from '../../../shared/logic/pricing';
import { notFound } from '../../../shared/api/result';

/** Row → domain mappers and the lookups every catalog file needs. */

export const toProduct = (r: ProductRow): Product => ({
  id: r.id,
  name: r.name,
  category: r.category,
  brand: r.brand,
  archived: r.archived === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toSku = (r: SkuRow): Sku => ({
  id: r.id,
  productId: r.product_id,
  code: r.code,
  name: r.name,
  barcode: r.barcode,
  weightG: r.weight_g,
  stockOnHand: r.stock_on_hand,
  reorderPoint: r.reorder_point,
  priceBand: r.price_band as PriceBand,
  archived: r.archived === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function toCost(r: SkuCostRow): SkuCost {
  const parts = {
    purchaseMinor: r.purchase_minor,
    packagingMinor: r.packaging_minor,
    inboundFreightMinor: r.inbound_freight_minor,
    otherMinor: r.other_minor,
  };
  return {
    id: r.id,
    skuId: r.sku_id,
    effectiveFrom: r.effective_from,
    ...parts,
    totalMinor: fullUnitCostMinor(parts),
    note: r.note,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

export const toListing = (r: ListingRow): Listing => ({
  id: r.id,
  skuId: r.sku_id,
  storefrontId: r.storefront_id,
  externalSkuId: r.external_sku_id,
  externalItemId: r.external_item_id,
  priceMinor: r.price_minor,
  status: r.status as ListingStatus,
  priceFloorMinor: r.price_floor_minor,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toAlias = (r: SkuAliasRow): SkuAlias => ({
  storefrontId: r.storefront_id,
  alias: r.alias,
  skuId: r.sku_id,
  createdAt: r.created_at,
});

export const toPriceChange = (r: PriceHistoryRow): PriceChange => ({
  id: Number(r.id),
  listingId: r.listing_id,
  oldPriceMinor: r.old_price,
  newPriceMinor: r.new_price,
  reason: r.reason,
  actorId: r.actor_id,
  at: r.at,
});

export const toMovement = (r: StockMovementRow): StockMovement => ({
  id: Number(r.id),
  skuId: r.sku_id,
  kind: r.kind as StockMovementKind,
  quantity: r.quantity,
  reason: r.reason,
  ref: r.ref,
  actorId: r.actor_id,
  at: r.at,
});

export async function requireProduct(db: Kysely<Database>, id: string): Promise<Product> {
  const row = await db.selectFrom('products').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('product', id);
  return toProduct(row);
}

export async function requireSku(db: Kysely<Database>, id: string): Promise<Sku> {
  const row = await db.selectFrom('skus').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('sku', id);
  return toSku(row);
}

/** The code column is COLLATE NOCASE, so this finds "AB-1" for "ab-1". */
export async function findSkuByCode(db: Kysely<Database>, code: string): Promise<Sku | undefined> {
  const row = await db.selectFrom('skus').selectAll().where('code', '=', code).executeTakeFirst();
  return row ? toSku(row) : undefined;
}

export async function requireStorefrontId(db: Kysely<Database>, id: string): Promise<void> {
  const row = await db.selectFrom('storefronts').select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('storefront', id);
}

export async function findListing(
  db: Kysely<Database>,
  skuId: string,
  storefrontId: string,
): Promise<Listing | undefined> {
  const row = await db
    .selectFrom('listings')
    .selectAll()
    .where('sku_id', '=', skuId)
    .where('storefront_id', '=', storefrontId)
    .executeTakeFirst();
  return row ? toListing(row) : undefined;
}

export async function requireListing(db: Kysely<Database>, id: string): Promise<Listing> {
  const row = await db.selectFrom('listings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('listing', id);
  return toListing(row);
}
