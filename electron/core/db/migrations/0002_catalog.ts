import { sql, type Kysely } from 'kysely';

/**
 * Catalog: products with SKU variants, dated cost history, listings per storefront, storefront aliases of
 * SKU codes, price history and stock movements. Costs are base-currency minor units; listing prices are
 * minor units of the storefront's currency.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE products (
       id TEXT PRIMARY KEY,
       name TEXT NOT NULL,
       category TEXT,
       brand TEXT,
       archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
       created_at TEXT NOT NULL,
       updated_at TEXT NOT NULL
     ) STRICT`,
    `CREATE INDEX products_name ON products (name COLLATE NOCASE)`,
    `CREATE INDEX products_category ON products (category)`,
    `CREATE INDEX products_brand ON products (brand)`,
    // 商家编码 is how imports and people name a SKU; "ab-1" and "AB-1" are the same code.
    `CREATE TABLE skus (
       id TEXT PRIMARY KEY,
       product_id TEXT NOT NULL REFERENCES products (id),
       code TEXT NOT NULL COLLATE NOCASE UNIQUE,
       name TEXT NOT NULL,
       barcode TEXT,
       weight_g INTEGER CHECK (weight_g >= 0),
       stock_on_hand INTEGER NOT NULL DEFAULT 0,
       reorder_point INTEGER NOT NULL DEFAULT 0 CHECK (reorder_point >= 0),
       price_band TEXT NOT NULL DEFAULT 'mid' CHECK (price_band IN ('high', 'mid', 'low')),
       archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
       created_at TEXT NOT NULL,
       updated_at TEXT NOT NULL
     ) STRICT`,
    `CREATE INDEX skus_product ON skus (product_id)`,
    `CREATE INDEX skus_name ON skus (name COLLATE NOCASE)`,
    `CREATE INDEX skus_barcode ON skus (barcode) WHERE barcode IS NOT NULL`,
    // History is only appended: the cost at time T is the latest row with effective_from <= T, so orders
    // imported later still get the cost that applied when they were placed.
    `CREATE TABLE sku_costs (
       id TEXT PRIMARY KEY,
       sku_id TEXT NOT NULL REFERENCES skus (id),
       effective_from TEXT NOT NULL,
       purchase_minor INTEGER NOT NULL CHECK (purchase_minor >= 0),
       packaging_minor INTEGER NOT NULL CHECK (packaging_minor >= 0),
       inbound_freight_minor INTEGER NOT NULL CHECK (inbound_freight_minor >= 0),
       other_minor INTEGER NOT NULL CHECK (other_minor >= 0),
       note TEXT,
       created_by TEXT,
       created_at TEXT NOT NULL,
       UNIQUE (sku_id, effective_from)
     ) STRICT`,
    `CREATE TABLE listings (
       id TEXT PRIMARY KEY,
       sku_id TEXT NOT NULL REFERENCES skus (id),
       storefront_id TEXT NOT NULL REFERENCES storefronts (id),
       external_sku_id TEXT,
       external_item_id TEXT,
       price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
       status TEXT NOT NULL CHECK (status IN ('on_sale', 'off')),
       price_floor_minor INTEGER CHECK (price_floor_minor >= 0),
       created_at TEXT NOT NULL,
       updated_at TEXT NOT NULL,
       UNIQUE (sku_id, storefront_id)
     ) STRICT`,
    `CREATE INDEX listings_storefront ON listings (storefront_id, external_sku_id)`,
    `CREATE TABLE sku_aliases (
       storefront_id TEXT NOT NULL REFERENCES storefronts (id),
       alias TEXT NOT NULL COLLATE NOCASE,
       sku_id TEXT NOT NULL REFERENCES skus (id),
       created_at TEXT NOT NULL,
       PRIMARY KEY (storefront_id, alias)
     ) STRICT`,
    `CREATE INDEX sku_aliases_sku ON sku_aliases (sku_id)`,
    `CREATE TABLE price_history (
       id INTEGER PRIMARY KEY,
       listing_id TEXT NOT NULL REFERENCES listings (id),
       old_price INTEGER,
       new_price INTEGER NOT NULL,
       reason TEXT NOT NULL,
       actor_id TEXT,
       at TEXT NOT NULL
     ) STRICT`,
    `CREATE INDEX price_history_listing ON price_history (listing_id, id)`,
    `CREATE TABLE stock_movements (
       id INTEGER PRIMARY KEY,
       sku_id TEXT NOT NULL REFERENCES skus (id),
       kind TEXT NOT NULL CHECK (kind IN ('sale', 'return', 'adjustment', 'receipt')),
       quantity INTEGER NOT NULL CHECK (quantity <> 0),
       reason TEXT,
       ref TEXT,
       actor_id TEXT,
       at TEXT NOT NULL
     ) STRICT`,
    `CREATE INDEX stock_movements_sku ON stock_movements (sku_id, id)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
