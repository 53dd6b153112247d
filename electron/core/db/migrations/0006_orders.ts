import { sql, type Kysely } from 'kysely';

/**
 * Orders from every storefront, their lines, fees and status history; customers merged across storefronts by
 * their identities; the history of every import and the column mappings saved for the generic importer.
 *
 * Money is minor units of the order's currency, except line unit costs, which are base-currency minor units
 * captured at import (the cost in force when the order was placed, METRICS.md cogs).
 * `placed_date` is the order's calendar day in the shop's time zone at import: every period query and
 * rollup reads it through an index instead of converting instants per row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE customers (
       id TEXT PRIMARY KEY,
       name TEXT,
       phone TEXT,
       email TEXT,
       note TEXT,
       created_at TEXT NOT NULL,
       updated_at TEXT NOT NULL
     ) STRICT`,
    `CREATE INDEX customers_name ON customers (name COLLATE NOCASE)`,
    // What merges one buyer across storefronts. Masked values (138****1234, ##密文) are never stored here.
    `CREATE TABLE customer_identities (
       kind TEXT NOT NULL CHECK (kind IN ('phone', 'email', 'buyer')),
       value TEXT NOT NULL,
       customer_id TEXT NOT NULL REFERENCES customers (id),
       created_at TEXT NOT NULL,
       PRIMARY KEY (kind, value)
     ) STRICT`,
    `CREATE INDEX customer_identities_customer ON customer_identities (customer_id)`,
    `CREATE TABLE imports (
       id TEXT PRIMARY KEY,
       kind TEXT NOT NULL CHECK (kind IN ('orders', 'fees')),
       storefront_id TEXT NOT NULL REFERENCES storefronts (id),
       format TEXT NOT NULL,
       files TEXT NOT NULL,
       checksum TEXT NOT NULL,
       inserted INTEGER NOT NULL,
       updated INTEGER NOT NULL,
       unchanged INTEGER NOT NULL,
       lines INTEGER NOT NULL,
       warnings INTEGER NOT NULL,
       actor_id TEXT,
       at TEXT NOT NULL
     ) STRICT`,
    `CREATE INDEX imports_at ON imports (at)`,
    `CREATE INDEX imports_checksum ON imports (checksum)`,
    `CREATE TABLE import_mappings (
       storefront_id TEXT NOT NULL REFERENCES storefronts (id),
       signature TEXT NOT NULL,
       mapping TEXT NOT NULL,
       updated_at TEXT NOT NULL,
       PRIMARY KEY (storefront_id, signature)
     ) STRICT`,
    `CREATE TABLE orders (
       id TEXT PRIMARY KEY,
       seq INTEGER NOT NULL UNIQUE,
       storefront_id TEXT NOT NULL REFERENCES storefronts (id),
       external_id TEXT NOT NULL,
       placed_at TEXT NOT NULL,
       placed_date TEXT NOT NULL,
       paid_at TEXT,
       status TEXT NOT NULL CHECK (status IN ('pending_payment', 'paid', 'shipped', 'completed', 'cancelled')),
       after_sales INTEGER NOT NULL DEFAULT 0 CHECK (after_sales IN (0, 1)),
       currency TEXT NOT NULL CHECK (length(currency) = 3),
       customer_id TEXT REFERENCES customers (id),
       buyer_name TEXT,
       buyer_phone TEXT,
       buyer_email TEXT,
       buyer_platform_id TEXT,
       ship_name TEXT,
       ship_phone TEXT,
       ship_address TEXT,
       ship_city TEXT,
       ship_province TEXT,
       ship_zip TEXT,
       ship_country TEXT,
       line_count INTEGER NOT NULL,
       units INTEGER NOT NULL,
       gross_minor INTEGER NOT NULL,
       line_discount_minor INTEGER NOT NULL,
       order_discount_minor INTEGER NOT NULL,
       platform_discount_minor INTEGER NOT NULL,
       shipping_income_minor INTEGER NOT NULL,
       tax_minor INTEGER NOT NULL,
       total_paid_minor INTEGER NOT NULL,
       refunded_minor INTEGER NOT NULL,
       cogs_base_minor INTEGER NOT NULL,
       unmatched_lines INTEGER NOT NULL,
       fees_minor INTEGER,
       shipping_cost_minor INTEGER,
       source TEXT,
       promotion_codes TEXT,
       note TEXT,
       fingerprint TEXT NOT NULL,
       import_id TEXT REFERENCES imports (id),
       created_at TEXT NOT NULL,
       updated_at TEXT NOT NULL,
       UNIQUE (storefront_id, external_id)
     ) STRICT`,
    `CREATE INDEX orders_placed ON orders (placed_date, storefront_id)`,
    `CREATE INDEX orders_storefront_placed ON orders (storefront_id, placed_date)`,
    `CREATE INDEX orders_placed_at ON orders (placed_at)`,
    `CREATE INDEX orders_customer ON orders (customer_id, placed_at)`,
    // new_customers asks "had this buyer a valid order before?" for every buyer of a period: index-only here.
    `CREATE INDEX orders_customer_valid ON orders (customer_id, placed_date)
       WHERE status IN ('paid', 'shipped', 'completed')`,
    `CREATE INDEX orders_external ON orders (external_id)`,
    `CREATE INDEX orders_buyer_phone ON orders (buyer_phone) WHERE buyer_phone IS NOT NULL`,
    `CREATE INDEX orders_buyer_name ON orders (buyer_name COLLATE NOCASE) WHERE buyer_name IS NOT NULL`,
    // The order list walks placed_at; each filter it offers has an index in that order, so a deep page of one
    // storefront, status or flag is an index range, not a scan of a million rows.
    `CREATE INDEX orders_storefront_placed_at ON orders (storefront_id, placed_at)`,
    `CREATE INDEX orders_status_placed_at ON orders (status, placed_at)`,
    `CREATE INDEX orders_refunded_placed_at ON orders (placed_at) WHERE refunded_minor > 0`,
    `CREATE INDEX orders_after_sales_placed_at ON orders (placed_at) WHERE after_sales = 1`,
    `CREATE INDEX orders_unmatched_placed_at ON orders (placed_at) WHERE unmatched_lines > 0`,
    `CREATE INDEX orders_total_paid ON orders (total_paid_minor)`,
    `CREATE INDEX orders_gross ON orders (gross_minor)`,
    `CREATE INDEX orders_units ON orders (units)`,
    `CREATE TABLE order_lines (
       id INTEGER PRIMARY KEY,
       order_id TEXT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
       storefront_id TEXT NOT NULL REFERENCES storefronts (id),
       line_no INTEGER NOT NULL,
       external_line_id TEXT,
       sku_code TEXT,
       sku_id TEXT REFERENCES skus (id),
       title TEXT NOT NULL,
       quantity INTEGER NOT NULL CHECK (quantity > 0),
       unit_price_minor INTEGER NOT NULL,
       line_discount_minor INTEGER NOT NULL,
       unit_cost_base_minor INTEGER,
       UNIQUE (order_id, line_no)
     ) STRICT`,
    `CREATE INDEX order_lines_sku ON order_lines (sku_id, order_id) WHERE sku_id IS NOT NULL`,
    `CREATE INDEX order_lines_code ON order_lines (sku_code COLLATE NOCASE)`,
    // The unmatched queue: storefront codes no SKU claims yet.
    `CREATE INDEX order_lines_unmatched ON order_lines (storefront_id, sku_code) WHERE sku_id IS NULL`,
    `CREATE TABLE order_status_history (
       id INTEGER PRIMARY KEY,
       order_id TEXT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
       status TEXT NOT NULL,
       refunded_minor INTEGER NOT NULL,
       import_id TEXT REFERENCES imports (id),
       at TEXT NOT NULL
     ) STRICT`,
    `CREATE INDEX order_status_history_order ON order_status_history (order_id, id)`,
    // Actual fees from settlement files; orders.fees_minor holds their sum so figures never join this table.
    `CREATE TABLE order_fees (
       id INTEGER PRIMARY KEY,
       order_id TEXT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
       import_id TEXT NOT NULL REFERENCES imports (id),
       kind TEXT NOT NULL,
       amount_minor INTEGER NOT NULL,
       currency TEXT NOT NULL,
       source_ref TEXT NOT NULL,
       UNIQUE (order_id, source_ref, kind)
     ) STRICT`,
    `CREATE INDEX order_fees_order ON order_fees (order_id)`,
    `CREATE INDEX stock_movements_ref ON stock_movements (ref) WHERE ref IS NOT NULL`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
