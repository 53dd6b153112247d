import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { COVER_WINDOW_DAYS, stockCover, type StockCover } from '../../../shared/logic/stock-cover';
import { getSettings } from '../settings/service';

const DAY_MS = 86_400_000;

/** What every SKU's cover is measured against: the window's start, the shop's sales history and threshold. */
export interface CoverBasis {
  since: string;
  historyDays: number;
  slowMoverDays: number;
}

export async function coverBasis(db: Kysely<Database>, now = new Date()): Promise<CoverBasis> {
  const first = await db
    .selectFrom('stock_movements')
    .select((eb) => eb.fn.min('at').as('at'))
    .where('kind', '=', 'sale')
    .executeTakeFirst();
  const firstSale = first?.at ? Date.parse(first.at) : null;
  const { slowMoverDays } = await getSettings(db);
  return {
    since: new Date(now.getTime() - COVER_WINDOW_DAYS * DAY_MS).toISOString(),
    historyDays: firstSale === null ? 0 : Math.floor((now.getTime() - firstSale) / DAY_MS),
    slowMoverDays,
  };
}

/** Units sold net of returns since `since`, per SKU (sales move stock down, so their quantities are negative). */
export async function netSoldBySku(
  db: Kysely<Database>,
  skuIds: string[],
  since: string,
): Promise<Map<string, number>> {
  if (!skuIds.length) return new Map();
  const rows = await db
    .selectFrom('stock_movements')
    .select(['sku_id', sql<number>`-sum(quantity)`.as('sold')])
    .where('sku_id', 'in', skuIds)
    .where('kind', 'in', ['sale', 'return'])
    .where('at', '>=', since)
    .groupBy('sku_id')
    .execute();
  return new Map(rows.map((r) => [r.sku_id, Number(r.sold)]));
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
    b.since,
  );
  return new Map(
    skus.map((s) => [s.id, stockCover(s.stockOnHand, sold.get(s.id) ?? 0, b.historyDays, b.slowMoverDays)]),
  );
}

/**
 * The slow-mover rule of stockCover() as SQL over skus `s`, for the list filter: stock above 0 and
 * floor(stock × window ÷ sold) > threshold, i.e. stock × window ≥ (threshold + 1) × sold (sold 0 included).
 * False for every SKU while the shop has less than a window of sales history.
 */
export function slowMoverCondition(b: CoverBasis) {
  if (b.historyDays < COVER_WINDOW_DAYS) return sql<boolean>`0`;
  return sql<boolean>`(s.stock_on_hand > 0 AND s.stock_on_hand * ${COVER_WINDOW_DAYS} >= ${b.slowMoverDays + 1} *
    max(0, coalesce((SELECT -sum(m.quantity) FROM stock_movements m WHERE m.sku_id = s.id
      AND m.kind IN ('sale', 'return') AND m.at >= ${b.since}), 0)))`;
}
