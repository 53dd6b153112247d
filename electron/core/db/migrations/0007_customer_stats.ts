import { sql, type Kysely } from 'kysely';

/**
 * Per-customer figures kept beside the customers, so the customer list sorts and filters 300,000 customers
 * through indexes instead of aggregating 1,000,000 orders per request (ARCHITECTURE.md scale).
 * `electron/core/customers/stats.ts` fills them after every import, merge and split.
 *
 * Money is base-currency minor units (METRICS.md: converted at the order date's FX rate). Orders of a
 * currency without any rate on or before their date cannot be converted: they count as orders but are left
 * out of the money figures, and `unconverted_orders` says how many, so the page can say so.
 *
 * Both tables are derived data without foreign keys: a rebuild then empties them with SQLite's truncate and
 * inserts without a parent lookup per row; a trigger removes the rows of a deleted (merged) customer.
 *
 * Nothing is computed here: `customer_stats_state` has no row yet, and the first read of customers builds
 * every row with the code of that day (a migration that ran today's stats SQL would be frozen forever).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE customer_stats (
       customer_id TEXT PRIMARY KEY,
       orders INTEGER NOT NULL,
       first_order_at TEXT,
       last_order_at TEXT,
       last_order_date TEXT,
       monetary_minor INTEGER NOT NULL,
       gross_profit_minor INTEGER NOT NULL,
       unconverted_orders INTEGER NOT NULL,
       storefronts INTEGER NOT NULL,
       recency_score INTEGER CHECK (recency_score BETWEEN 1 AND 5),
       frequency_score INTEGER CHECK (frequency_score BETWEEN 1 AND 5),
       monetary_score INTEGER CHECK (monetary_score BETWEEN 1 AND 5),
       tier TEXT CHECK (tier IN ('high_value', 'potential', 'low_value', 'at_risk', 'lost')),
       updated_at TEXT NOT NULL
     ) STRICT`,
    // One index per list sort, with and without the tier filter in front; customer_id breaks ties stably.
    `CREATE INDEX customer_stats_monetary ON customer_stats (monetary_minor, customer_id)`,
    `CREATE INDEX customer_stats_last_order ON customer_stats (last_order_at, customer_id)`,
    `CREATE INDEX customer_stats_orders ON customer_stats (orders, customer_id)`,
    `CREATE INDEX customer_stats_tier_monetary ON customer_stats (tier, monetary_minor, customer_id)`,
    `CREATE INDEX customer_stats_tier_last_order ON customer_stats (tier, last_order_at, customer_id)`,
    `CREATE INDEX customer_stats_tier_orders ON customer_stats (tier, orders, customer_id)`,
    // One row per storefront a customer ordered on, carrying copies of the customer's sort keys and tier, so
    // the list filtered by storefront sorts and pages through an index too (a probe per customer_stats row
    // would walk the whole customer list to fill a page of a small storefront).
    `CREATE TABLE customer_storefronts (
       storefront_id TEXT NOT NULL,
       customer_id TEXT NOT NULL,
       orders INTEGER NOT NULL,
       last_order_at TEXT,
       monetary_minor INTEGER NOT NULL,
       tier TEXT,
       PRIMARY KEY (storefront_id, customer_id)
     ) STRICT, WITHOUT ROWID`,
    `CREATE INDEX customer_storefronts_customer ON customer_storefronts (customer_id)`,
    `CREATE INDEX customer_storefronts_monetary ON customer_storefronts (storefront_id, monetary_minor, customer_id)`,
    `CREATE INDEX customer_storefronts_last_order ON customer_storefronts (storefront_id, last_order_at, customer_id)`,
    `CREATE INDEX customer_storefronts_orders ON customer_storefronts (storefront_id, orders, customer_id)`,
    `CREATE INDEX customer_storefronts_tier_monetary
       ON customer_storefronts (storefront_id, tier, monetary_minor, customer_id)`,
    `CREATE INDEX customer_storefronts_tier_last_order
       ON customer_storefronts (storefront_id, tier, last_order_at, customer_id)`,
    `CREATE INDEX customer_storefronts_tier_orders ON customer_storefronts (storefront_id, tier, orders, customer_id)`,
    // Whatever deletes a customer (a merge at import or by hand) takes its derived rows along; a trigger on
    // customers rather than foreign keys on these tables, which would disable the truncate of a rebuild.
    `CREATE TRIGGER customers_delete_stats AFTER DELETE ON customers BEGIN
       DELETE FROM customer_stats WHERE customer_id = old.id;
       DELETE FROM customer_storefronts WHERE customer_id = old.id;
     END`,
    // RFM scores are relative to "today" (recency, the 365-day window): the day they were last ranked.
    `CREATE TABLE customer_stats_state (
       id INTEGER PRIMARY KEY CHECK (id = 1),
       ranked_on TEXT NOT NULL,
       ranked_at TEXT NOT NULL
     ) STRICT`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
