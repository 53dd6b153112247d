import type { Sqlite } from '../db/connection';
import type { Period } from '../../../shared/logic/metrics';
import { frac, type Fraction } from '../../../shared/logic/fraction';
import { fractionToBase } from '../../../shared/logic/fx';
import { fxLookup } from '../orders/kpi-totals';
import { VALID } from '../orders/rollups/day-sums-sql';
import { baseFactors, scaledFigures, SCALE } from '../orders/rollups/product-profit';
import type { ProductProfitSums } from '../orders/rollups/product-sums';
import { ensureRollupsFresh } from '../orders/rollups/refresh-rollups';
import { stmt } from '../pricing/raw-context';

/**
 * What a campaign's scope sold, read from the daily product rollups (product_day_rollups, migration 0008)
 * rather than from orders: they already hold per (storefront, day, SKU) the units, line nets, allocated
 * order-level amounts and fee-rule bases the dashboard's product profit uses, and their primary key
 * (storefront_id, day, …) makes a campaign's days an index range per storefront. The arithmetic is
 * product-profit.ts' own (scaledFigures), so a campaign of every SKU adds up to the dashboard's figures.
 * Attributed discounts and gifts come from campaign_order_lines joined to their lines and orders.
 */

export interface ScopeRow {
  day: string;
  storefrontId: string;
  item: string;
  skuId: string | null;
  skuCode: string;
  title: string;
  units: number;
  /** SCALE units of the base currency (exact): see product-profit.ts. */
  net: bigint;
  profit: bigint;
}

export interface Scope {
  storefrontIds: string[];
  /** null = every SKU (and unmatched line) of the storefronts. */
  skuIds: string[] | null;
}

const rateDate = (currency: string): string =>
  `CASE WHEN ${currency} = @base THEN '' ELSE
     (SELECT max(x.date) FROM fx_rates x WHERE x.currency = ${currency} AND x.date <= r.day) END`;

const scopeSql = (bySku: boolean): string => `
  SELECT r.day AS day, r.storefront_id AS storefront_id, r.item AS item, max(r.sku_id) AS sku_id,
         coalesce(max(k.code), max(r.sku_code), '') AS sku_code,
         coalesce(max(p.name || ' ' || k.name), max(r.title)) AS title, r.currency AS currency,
         s.currency AS sf_currency, ${rateDate('r.currency')} AS order_rate, ${rateDate('s.currency')} AS sf_rate,
         r.day AS first_day, sum(r.units) AS units, sum(r.line_net) AS line_net, sum(r.cogs) AS cogs,
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
   WHERE r.storefront_id = @sf AND r.day BETWEEN @from AND @to
     ${bySku ? 'AND r.sku_id IN (SELECT value FROM json_each(@skus))' : ''}
   GROUP BY r.day, r.item, r.currency`;

type SumsRow = ProductProfitSums & { day: string; storefront_id: string };

/** The scope's rows of one period, one per (day, storefront, SKU), in base currency. */
export function readScopeRows(
  sqlite: Sqlite,
  scope: Scope,
  period: Period,
  baseCurrency: string,
): ScopeRow[] {
  ensureRollupsFresh(sqlite);
  const factor = baseFactors(sqlite, baseCurrency);
  const query = stmt(sqlite, scopeSql(scope.skuIds !== null)).safeIntegers(true);
  const skus = JSON.stringify(scope.skuIds ?? []);
  const out: ScopeRow[] = [];
  for (const sf of scope.storefrontIds) {
    const params = {
      sf,
      from: period.from,
      to: period.to,
      base: baseCurrency,
      ...(scope.skuIds ? { skus } : {}),
    };
    for (const r of query.all(params) as SumsRow[]) {
      const f = scaledFigures(r, factor);
      out.push({
        day: r.day,
        storefrontId: r.storefront_id,
        item: r.item,
        skuId: r.sku_id,
        skuCode: r.sku_code,
        title: r.title,
        units: Number(r.units),
        net: f.net,
        profit: f.profit,
      });
    }
  }
  return out;
}

/** SCALE base units → an exact Fraction of base minor units. */
export const scaledFraction = (v: bigint): Fraction => frac(v, SCALE);

export interface AttributedRow {
  storefrontId: string;
  skuId: string | null;
  orderId: string;
  /** Base minor units, exact. */
  discount: Fraction;
  /** Gift lines' cost at order time (quantity × unit cost), base minor units; 0 for other lines. */
  giftCost: number;
  rule: string;
}

/**
 * The campaign's attributed lines of valid orders placed on the evaluated days, discounts converted at each
 * order day's rate. `giftSkuId` marks the gift lines (attribution never claims them as goods).
 */
export function readAttributedRows(
  sqlite: Sqlite,
  campaignId: string,
  giftSkuId: string | null,
  period: Period,
  baseCurrency: string,
): AttributedRow[] {
  const rows = stmt(
    sqlite,
    `SELECT o.id AS order_id, o.storefront_id, o.currency, o.placed_date AS day, l.sku_id, l.quantity,
            coalesce(l.unit_cost_base_minor, 0) AS unit_cost, c.discount_minor, c.rule
       FROM campaign_order_lines c
       JOIN order_lines l ON l.id = c.order_line_id
       JOIN orders o ON o.id = l.order_id
      WHERE c.campaign_id = ? AND o.placed_date BETWEEN ? AND ? AND o.status IN ${VALID}`,
  ).all(campaignId, period.from, period.to) as {
    order_id: string;
    storefront_id: string;
    currency: string;
    day: string;
    sku_id: string | null;
    quantity: number;
    unit_cost: number;
    discount_minor: number;
    rule: string;
  }[];
  const rate = fxLookup(sqlite, baseCurrency);
  return rows.map((r) => {
    const gift = giftSkuId !== null && r.sku_id === giftSkuId;
    return {
      storefrontId: r.storefront_id,
      skuId: r.sku_id,
      orderId: r.order_id,
      discount:
        r.discount_minor === 0
          ? frac(0)
          : fractionToBase(frac(r.discount_minor), r.currency, baseCurrency, rate(r.currency, r.day)),
      giftCost: gift ? r.quantity * r.unit_cost : 0,
      rule: r.rule,
    };
  });
}
