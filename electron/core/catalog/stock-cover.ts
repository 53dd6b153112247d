import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { COVER_WINDOW_DAYS, stockCover, type StockCover } from '../../../shared/logic/stock-cover';
import { dayStartUtc, localDate } from '../../../shared/logic/dates';
import { addDays } from '../../../shared/logic/metrics';
import { getSettings } from '../settings/service';

const DAY_MS = 86_400_000;

/**
 * What every SKU's cover is measured against. The window is the COVER_WINDOW_DAYS shop days ending today:
 * units sold come off product_day_rollups (the valid orders' lines by shop day, migration 0014), returns off
 * stock movements from the instant the window's first day starts. Readers refresh the rollups first
 * (catalog handlers call ensureRollupsFresh).
 */
export interface CoverBasis {
  /** The window's first shop day (YYYY-MM-DD). */
  sinceDay: string;
  /** The instant `sinceDay` starts in the shop's zone. */
  since: string;
  historyDays: number;
  slowMoverDays: number;
}

/** The shop's first valid order: each status is an index range of orders_status_placed_at, so three probes. */
const FIRST_SALE = sql<{ at: string | null }>`SELECT min(at) AS at FROM (
    SELECT min(placed_at) AS at FROM orders WHERE status = 'paid'
    UNION ALL SELECT min(placed_at) FROM orders WHERE status = 'shipped'
    UNION ALL SELECT min(placed_at) FROM orders WHERE status = 'completed')`;

export async function coverBasis(db: Kysely<Database>, now = new Date()): Promise<CoverBasis> {
  const first = (await FIRST_SALE.execute(db)).rows[0];
  const firstSale = first?.at ? Date.parse(first.at) : null;
  const { slowMoverDays, timezone } = await getSettings(db);
  const sinceDay = addDays(localDate(now.toISOString(), timezone), 1 - COVER_WINDOW_DAYS);
  return {
    sinceDay,
    since: dayStartUtc(sinceDay, timezone),
    historyDays: firstSale === null ? 0 : Math.floor((now.getTime() - firstSale) / DAY_MS),
    slowMoverDays,
  };
}

/** Units sold in the window net of returns, per SKU. */
export async function netSoldBySku(
  db: Kysely<Database>,
  skuIds: string[],
  b: CoverBasis,
): Promise<Map<string, number>> {
  if (!skuIds.length) return new Map();
  const [sold, returned] = await Promise.all([
    db
      .selectFrom('product_day_rollups')
      .select(['sku_id', sql<number>`sum(units)`.as('n')])
      .where('sku_id', 'in', skuIds)
      .where('day', '>=', b.sinceDay)
      .groupBy('sku_id')
      .execute(),
    db
      .selectFrom('stock_movements')
      .select(['sku_id', sql<number>`sum(quantity)`.as('n')])
      .where('sku_id', 'in', skuIds)
      .where('kind', '=', 'return')
      .where('at', '>=', b.since)
      .groupBy('sku_id')
      .execute(),
  ]);
  const net = new Map<string, number>();
  for (const r of sold) net.set(r.sku_id!, Number(r.n));
  for (const r of returned) net.set(r.sku_id, (net.get(r.sku_id) ?? 0) - Number(r.n));
  return net;
}

/** Cover of each given SKU, by id. */
export async function coverOf(
  db: Kysely<Database>,
  skus: { id: string; stockOnHand: number }[],
  basis?: CoverBasis,
): Promise<Map<string, StockCover>> {
  const b = basis ?? (await coverBasis(db));
  const sold = await netSoldBySku(
    db,
    skus.map((s) => s.id),
    b,
  );
  return new Map(
    skus.map((s) => [s.id, stockCover(s.stockOnHand, sold.get(s.id) ?? 0, b.historyDays, b.slowMoverDays)]),
  );
}

/**
 * The slow-mover rule of stockCover() as SQL over skus `s`, for the list filter: stock above 0 and
 * floor(stock × window ÷ sold) > threshold, i.e. stock × window ≥ (threshold + 1) × sold (sold 0 included).
 * False for every SKU while the shop has less than a window of sales history. Each SKU's sales are a range of
 * product_day_rollups_sku_day (a few day rows), its returns one of stock_movements_sku_kind_at.
 */
export function slowMoverCondition(b: CoverBasis) {
  if (b.historyDays < COVER_WINDOW_DAYS) return sql<boolean>`0`;
  return sql<boolean>`(s.stock_on_hand > 0 AND s.stock_on_hand * ${COVER_WINDOW_DAYS} >= ${b.slowMoverDays + 1} *
    max(0, coalesce((SELECT sum(r.units) FROM product_day_rollups r WHERE r.sku_id = s.id
      AND r.day >= ${b.sinceDay}), 0) - coalesce((SELECT sum(m.quantity) FROM stock_movements m
      WHERE m.sku_id = s.id AND m.kind = 'return' AND m.at >= ${b.since}), 0)))`;
}
