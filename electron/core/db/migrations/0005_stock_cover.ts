import { sql, type Kysely } from 'kysely';

/**
 * Days of cover reads each SKU's sales of the last 30 days, and the shop's first sale tells whether there is
 * enough history to call anything slow. Both would scan every stock movement (millions once orders are
 * imported) without these indexes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE INDEX stock_movements_sku_kind_at ON stock_movements (sku_id, kind, at)`,
    `CREATE INDEX stock_movements_kind_at ON stock_movements (kind, at)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
