import type { Sqlite } from '../../db/connection';
import { stmt } from '../../pricing/raw-context';
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

const sumsSql = (one: boolean): string => `
  SELECT r.item AS item, max(r.sku_id) AS sku_id, coalesce(max(k.code), max(r.sku_code), '') AS sku_code,
         coalesce(max(p.name || ' ' || k.name), max(r.title)) AS title, max(p.category) AS category, r.currency AS currency, s.currency AS sf_currency,
         ${rateDate('r.currency')} AS order_rate, ${rateDate('s.currency')} AS sf_rate, min(r.day) AS first_day,
         sum(r.units) AS units, sum(r.line_net) AS line_net, sum(r.cogs) AS cogs,
         sum(r.deductions) AS deductions, sum(r.shipping_income) AS shipping_income,
         sum(r.actual_fees) AS actual_fees, sum(r.own_shipping) AS own_shipping,
         sum(coalesce(cc.rate_bp, s.commission_rate_bp) * r.rule_net) AS commission_net,
         sum(coalesce(cc.rate_bp, s.commission_rate_bp) * r.rule_discount) AS commission_discount,
         sum(s.payment_fee_rate_bp * r.rule_paid) AS payment_fee,
         sum(s.fixed_fee_minor * r.rule_orders) AS fixed_fees,
         sum(s.shipping_cost_minor * r.default_shipping_orders) AS default_shipping
    FROM product_day_rollups r
    JOIN storefronts s ON s.id = r.storefront_id
    LEFT JOIN skus k ON k.id = r.sku_id
    LEFT JOIN products p ON p.id = k.product_id
    LEFT JOIN storefront_category_commissions cc ON cc.storefront_id = r.storefront_id AND cc.category = p.category
   WHERE ${one ? 'r.storefront_id = @sf' : 'r.storefront_id IN (SELECT id FROM storefronts)'}
     AND r.day BETWEEN @from AND @to
   GROUP BY r.item, r.currency, s.currency, order_rate, sf_rate`;

/** The period's per-product sums from product_day_rollups (refreshed first), grouped as described above. */
export function readProductProfitSums(sqlite: Sqlite, q: Period, baseCurrency: string): ProductProfitSums[] {
  ensureRollupsFresh(sqlite);
  return stmt(sqlite, sumsSql(q.storefrontId !== undefined))
    .safeIntegers(true)
    .all({ ...paramsOf(q), base: baseCurrency }) as ProductProfitSums[];
}

/** The per-(storefront, currency, day, item) sums computed live from orders and lines (tests, bench). */
export function readLiveProductSums(sqlite: Sqlite, q: Period): ProductSumRow[] {
  const where = `o.placed_date BETWEEN @from AND @to${q.storefrontId !== undefined ? ' AND o.storefront_id = @sf' : ''}`;
  return stmt(sqlite, productSumsSql(where)).safeIntegers(true).all(paramsOf(q)) as ProductSumRow[];
}
