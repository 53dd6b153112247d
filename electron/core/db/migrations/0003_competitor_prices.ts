import { sql, type Kysely } from 'kysely';

/**
 * Competitor price log (PRODUCT.md §3): what a competitor asked for one of our SKUs, where and when, in that
 * price's own currency (minor units). Rows are only appended; the newest observation is what people compare.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE competitor_prices (
       id TEXT PRIMARY KEY,
       sku_id TEXT NOT NULL REFERENCES skus (id),
       competitor TEXT NOT NULL,
       platform TEXT NOT NULL,
       price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
       currency TEXT NOT NULL,
       observed_on TEXT NOT NULL,
       url TEXT,
       note TEXT,
       created_at TEXT NOT NULL,
       actor_id TEXT
     ) STRICT`,
    `CREATE INDEX competitor_prices_sku ON competitor_prices (sku_id, observed_on)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
