import type { Sqlite } from '../../db/connection';
import { readStorefronts, stmt } from '../../pricing/raw-context';
import { productPieces, type Piece } from './product-pieces';
import { productSumsSql, type ProductSumRow } from './product-lines-sql';
import { ensureRollupsFresh } from './refresh-rollups';

type Period = { from: string; to: string; storefrontId?: string };

const paramsOf = (q: Period): Record<string, string> =>
  q.storefrontId !== undefined ? { from: q.from, to: q.to, sf: q.storefrontId } : { from: q.from, to: q.to };

/**
 * A product's sums of a period with the storefronts' fee rules already applied, per FX rate in force: rows of
 * the same item, currency pair and rate are summed in SQL, so a month of a CNY shop is one row per product
 * instead of one per product and day. Units (exact integers throughout):
 *   line_net, cogs: minor units; deductions, shipping_income, actual_fees, own_shipping: millionths of a
 *   minor unit (SHARE_SCALE); commission_net: basis points × minor units; commission_discount, payment_fee:
 *   basis points × millionths; fixed_fees, default_shipping: storefront-currency minor units × millionths.
 * order_rate / sf_rate: the fx_rates date in force for the order's / storefront's currency ('' for the base
 * currency, null when none is entered — first_day then names the day that needs one).
 */
export interface ProductProfitSums {
  item: string;
  sku_id: string | null;
  /** Our SKU code, or the imported code of unmatched lines. */
  sku_code: string;
  /** Product and SKU name, or the imported title of unmatched lines. */
  title: string;
  category: string | null;
  currency: string;
  sf_currency: string;
  order_rate: string | null;
  sf_rate: string | null;
  first_day: string;
  units: bigint;
  line_net: bigint;
  cogs: bigint;
  deductions: bigint;
  shipping_income: bigint;
  actual_fees: bigint;
  own_shipping: bigint;
  commission_net: bigint;
  commission_discount: bigint;
  payment_fee: bigint;
  fixed_fees: bigint;
  default_shipping: bigint;
}

const rateDate = (currency: string): string =>
  `CASE WHEN ${currency} = @base THEN '' ELSE
     (SELECT max(x.date) FROM fx_rates x WHERE x.currency = ${currency} AND x.date <= r.day) END`;

const SUMMED = `r.units, r.line_net, r.cogs, r.deductions, r.shipping_income, r.actual_fees, r.own_shipping,
  r.rule_net, r.rule_discount, r.rule_paid, r.rule_orders, r.default_shipping_orders`;

/**
 * The period's rows, piece by piece (product-pieces.ts), each through its table's key. A month row's `day` is
 * its first day: the rate in force on it is the month's. CROSS JOIN below keeps these rows the outer loop (the
 * planner otherwise scans storefronts first and builds an automatic index over them).
 */
const PERIOD_ROWS = `
  piece AS MATERIALIZED (
    SELECT value ->> 0 AS kind, value ->> 1 AS sf, value ->> 2 AS dfrom, value ->> 3 AS dto, value ->> 4 AS cur
      FROM json_each(@pieces)
  ),
  r AS MATERIALIZED (
    SELECT r.storefront_id, r.currency, r.day, r.item, r.sku_id, r.sku_code, r.title, r.day AS first_day, ${SUMMED}
      FROM piece j CROSS JOIN product_day_rollups r ON r.storefront_id = j.sf AND r.day BETWEEN j.dfrom AND j.dto
     WHERE j.kind = 'd' AND (j.cur IS NULL OR r.currency = j.cur)
    UNION ALL
    SELECT r.storefront_id, r.currency, r.month || '-01', r.item, r.sku_id, r.sku_code, r.title, r.first_day,
           ${SUMMED}
      FROM piece j CROSS JOIN product_month_rollups r ON r.storefront_id = j.sf AND r.month = j.dfrom AND r.currency = j.cur
     WHERE j.kind = 'm'
  )`;

export const PRODUCT_SUMS_SQL = `
  WITH ${PERIOD_ROWS}
  SELECT r.item AS item, max(r.sku_id) AS sku_id, coalesce(max(k.code), max(r.sku_code), '') AS sku_code,
         coalesce(max(p.name || ' ' || k.name), max(r.title)) AS title, max(p.category) AS category, r.currency AS currency, s.currency AS sf_currency,
         ${rateDate('r.currency')} AS order_rate, ${rateDate('s.currency')} AS sf_rate, min(r.first_day) AS first_day,
         sum(r.units) AS units, sum(r.line_net) AS line_net, sum(r.cogs) AS cogs,
         sum(r.deductions) AS deductions, sum(r.shipping_income) AS shipping_income,
         sum(r.actual_fees) AS actual_fees, sum(r.own_shipping) AS own_shipping,
         sum(coalesce(cc.rate_bp, s.commission_rate_bp) * r.rule_net) AS commission_net,
         sum(coalesce(cc.rate_bp, s.commission_rate_bp) * r.rule_discount) AS commission_discount,
         sum(s.payment_fee_rate_bp * r.rule_paid) AS payment_fee,
         sum(s.fixed_fee_minor * r.rule_orders) AS fixed_fees,
         sum(s.shipping_cost_minor * r.default_shipping_orders) AS default_shipping
    FROM r
    CROSS JOIN storefronts s ON s.id = r.storefront_id
    LEFT JOIN skus k ON k.id = r.sku_id
    LEFT JOIN products p ON p.id = k.product_id
    LEFT JOIN storefront_category_commissions cc ON cc.storefront_id = r.storefront_id AND cc.category = p.category
   GROUP BY r.item, r.currency, s.currency, order_rate, sf_rate`;

/**
 * The period's per-product sums from the product rollups (refreshed first), grouped as described above.
 * `months: false` reads day rows only (tests and the bench compare the two: the figures must not differ).
 */
export function readProductProfitSums(
  sqlite: Sqlite,
  q: Period,
  baseCurrency: string,
  months = true,
): ProductProfitSums[] {
  ensureRollupsFresh(sqlite);
  const pieces: Piece[] = months
    ? productPieces(sqlite, q, baseCurrency)
    : [...(q.storefrontId !== undefined ? [q.storefrontId] : readStorefronts(sqlite).keys())].map(
        (sf): Piece => ['d', sf, q.from, q.to, null],
      );
  return stmt(sqlite, PRODUCT_SUMS_SQL)
    .safeIntegers(true)
    .all({ pieces: JSON.stringify(pieces), base: baseCurrency }) as ProductProfitSums[];
}

/** The per-(storefront, currency, day, item) sums computed live from orders and lines (tests, bench). */
export function readLiveProductSums(sqlite: Sqlite, q: Period): ProductSumRow[] {
  const where = `o.placed_date BETWEEN @from AND @to${q.storefrontId !== undefined ? ' AND o.storefront_id = @sf' : ''}`;
  return stmt(sqlite, productSumsSql(where)).safeIntegers(true).all(paramsOf(q)) as ProductSumRow[];
}
