import type BetterSqlite3 from 'better-sqlite3';

/** What validation and apply need to know about the catalog, loaded once with a few raw queries. */
export interface CostParts {
  purchase: number;
  packaging: number;
  freight: number;
  other: number;
}

export interface ExistingListing {
  id: string;
  price: number;
  externalSkuId: string | null;
}

export interface ExistingSku {
  id: string;
  productId: string;
  productName: string;
  category: string | null;
  brand: string | null;
  name: string;
  barcode: string | null;
  weightG: number | null;
  stock: number;
  reorder: number;
  band: string;
  cost: CostParts | null;
  /** By storefront id. */
  listings: Map<string, ExistingListing>;
}

export interface StorefrontRef {
  id: string;
  name: string;
  currency: string;
  archived: boolean;
}

export interface CatalogSnapshot {
  baseCurrency: string;
  actorId: string | null;
  /** By exact (trimmed) name. */
  storefronts: Map<string, StorefrontRef>;
  skus: Map<string, ExistingSku>;
  /** Product name → id of the oldest product with that name: new SKUs join it. */
  productsByName: Map<string, string>;
  /** `${storefrontId} ${externalSkuId}` → SKU code holding it. */
  externalSkus: Map<string, string>;
}

export const externalKey = (storefrontId: string, externalSkuId: string): string =>
  `${storefrontId}\u0000${externalSkuId}`;

function setting(sqlite: BetterSqlite3.Database, key: string): unknown {
  const row = sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row ? JSON.parse(row.value) : undefined;
}

export function loadSnapshot(sqlite: BetterSqlite3.Database, at: string): CatalogSnapshot {
  const storefronts = new Map<string, StorefrontRef>();
  const sfRows = sqlite
    .prepare('SELECT id, name, currency, archived FROM storefronts ORDER BY created_at')
    .all() as { id: string; name: string; currency: string; archived: number }[];
  for (const s of sfRows) storefronts.set(s.name.trim(), { ...s, archived: s.archived === 1 });

  const productsByName = new Map<string, string>();
  for (const p of sqlite.prepare('SELECT id, name FROM products ORDER BY created_at, id').all() as {
    id: string;
    name: string;
  }[]) {
    if (!productsByName.has(p.name)) productsByName.set(p.name, p.id);
  }

  const costs = new Map<string, CostParts>();
  const costRows = sqlite
    .prepare(
      `SELECT c.sku_id, c.purchase_minor, c.packaging_minor, c.inbound_freight_minor, c.other_minor
         FROM sku_costs c
        WHERE c.effective_from = (SELECT MAX(effective_from) FROM sku_costs
                                   WHERE sku_id = c.sku_id AND effective_from <= ?)`,
    )
    .all(at) as Record<string, number | string>[];
  for (const c of costRows) {
    costs.set(c.sku_id as string, {
      purchase: c.purchase_minor as number,
      packaging: c.packaging_minor as number,
      freight: c.inbound_freight_minor as number,
      other: c.other_minor as number,
    });
  }

  const skus = new Map<string, ExistingSku>();
  const byId = new Map<string, ExistingSku>();
  const skuRows = sqlite
    .prepare(
      `SELECT s.*, p.name AS product_name, p.category, p.brand
         FROM skus s JOIN products p ON p.id = s.product_id`,
    )
    .all() as Record<string, string | number | null>[];
  for (const r of skuRows) {
    const sku: ExistingSku = {
      id: r.id as string,
      productId: r.product_id as string,
      productName: r.product_name as string,
      category: r.category as string | null,
      brand: r.brand as string | null,
      name: r.name as string,
      barcode: r.barcode as string | null,
      weightG: r.weight_g as number | null,
      stock: r.stock_on_hand as number,
      reorder: r.reorder_point as number,
      band: r.price_band as string,
      cost: costs.get(r.id as string) ?? null,
      listings: new Map(),
    };
    skus.set(r.code as string, sku);
    byId.set(sku.id, sku);
  }

  const externalSkus = new Map<string, string>();
  const listingRows = sqlite
    .prepare('SELECT id, sku_id, storefront_id, price_minor, external_sku_id FROM listings')
    .all() as {
    id: string;
    sku_id: string;
    storefront_id: string;
    price_minor: number;
    external_sku_id: string | null;
  }[];
  const codeOf = new Map([...skus].map(([code, s]) => [s.id, code]));
  for (const l of listingRows) {
    byId.get(l.sku_id)?.listings.set(l.storefront_id, {
      id: l.id,
      price: l.price_minor,
      externalSkuId: l.external_sku_id,
    });
    if (l.external_sku_id)
      externalSkus.set(externalKey(l.storefront_id, l.external_sku_id), codeOf.get(l.sku_id)!);
  }

  const base = setting(sqlite, 'baseCurrency');
  const actor = setting(sqlite, 'actingStaffId');
  return {
    baseCurrency: typeof base === 'string' ? base : 'CNY',
    actorId: typeof actor === 'string' ? actor : null,
    storefronts,
    skus,
    productsByName,
    externalSkus,
  };
}
