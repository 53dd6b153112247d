import { validOrderStatuses } from '../../../../shared/domain/orders';

/**
 * What the daily rollups hold, as SQL over `orders o`: exactly the sums computeKpis needs per (storefront,
 * currency, day) — FX converts per (currency, day) and fee rules are per storefront, so nothing finer is
 * needed and nothing coarser is exact. The refresh runs these for dirty days, the migration for all days,
 * and tests compare the stored rows with them. `where` narrows the orders (period, storefront, day).
 */

export const VALID = `(${validOrderStatuses.map((s) => `'${s}'`).join(', ')})`;

/** Columns of order_day_rollups, in the order daySumsSql selects them. */
export const DAY_COLUMNS = [
  'storefront_id',
  'currency',
  'day',
  'orders',
  'units',
  'gross',
  'discounts',
  'refunds',
  'shipping_income',
  'cogs',
  'unmatched',
  'actual_fees',
  'rule_orders',
  'rule_paid',
  'rule_base',
  'own_shipping',
  'default_shipping_orders',
] as const;

export const daySumsSql = (where: string): string => `
  SELECT o.storefront_id AS storefront_id, o.currency AS currency, o.placed_date AS day,
         count(*) AS orders, sum(o.units) AS units, sum(o.gross_minor) AS gross,
         sum(o.line_discount_minor + o.order_discount_minor) AS discounts,
         sum(o.refunded_minor) AS refunds, sum(o.shipping_income_minor) AS shipping_income,
         sum(o.cogs_base_minor) AS cogs, sum(o.unmatched_lines) AS unmatched,
         coalesce(sum(o.fees_minor), 0) AS actual_fees,
         sum(o.fees_minor IS NULL) AS rule_orders,
         coalesce(sum(CASE WHEN o.fees_minor IS NULL THEN o.total_paid_minor END), 0) AS rule_paid,
         coalesce(sum(CASE WHEN o.fees_minor IS NULL
                           THEN o.gross_minor - o.line_discount_minor - o.order_discount_minor END), 0) AS rule_base,
         coalesce(sum(o.shipping_cost_minor), 0) AS own_shipping,
         sum(o.shipping_cost_minor IS NULL) AS default_shipping_orders
    FROM orders o
   WHERE ${where} AND o.status IN ${VALID}
   GROUP BY o.placed_date, o.storefront_id, o.currency`;

/** A line's commission rate: its product category's override on the order's storefront, else the storefront's. */
const LINE_RATE_JOINS = `LEFT JOIN skus k ON k.id = l.sku_id
  LEFT JOIN products p ON p.id = k.product_id
  LEFT JOIN storefront_category_commissions cc ON cc.storefront_id = o.storefront_id AND cc.category = p.category`;
const LINE_WEIGHTED = `coalesce(cc.rate_bp, s.commission_rate_bp) * (l.quantity * l.unit_price_minor - l.line_discount_minor)`;

/** Columns of commission_day_rollups, in the order commissionSumsSql selects them. */
export const COMMISSION_COLUMNS = [
  'storefront_id',
  'currency',
  'day',
  'den',
  'weighted',
  'whole',
  'rem',
] as const;

/**
 * Commission of fee-rule orders on storefronts with category overrides, in basis points × minor units:
 * per order S × (N − D) ÷ N = S − D × S ÷ N (S = Σ rate × line net, N = Σ line net, D = the order discount;
 * ruleFees in shared/logic/order-profit.ts). D × S ÷ N is split exactly into a whole part and a remainder
 * over N: orders whose lines share one rate, or without an order discount, leave none; the others are grouped
 * by N so equal denominators arrive summed. Each order's lines are read once (the correlated subquery of a
 * MATERIALIZED CTE). 64-bit integers hold D × N while both stay below 3·10^9 minor units per order.
 * Only storefronts with overrides need these rows; the others take commission from the day sums' rule_base.
 */
export const commissionSumsSql = (where: string): string => `
  WITH d AS MATERIALIZED (
    SELECT o.storefront_id AS sf, o.currency AS currency, o.placed_date AS day,
           o.order_discount_minor AS disc, o.gross_minor - o.line_discount_minor AS net,
           s.commission_rate_bp AS own_rate,
           coalesce((SELECT sum(${LINE_WEIGHTED}) FROM order_lines l ${LINE_RATE_JOINS} WHERE l.order_id = o.id), 0)
             AS weighted
      FROM orders o
      JOIN storefronts s ON s.id = o.storefront_id
     WHERE ${where} AND o.status IN ${VALID} AND o.fees_minor IS NULL
       AND o.storefront_id IN (SELECT storefront_id FROM storefront_category_commissions)
  ),
  parts AS (
    SELECT sf, currency, day, net, weighted,
           CASE WHEN net = 0 THEN disc * own_rate
                ELSE disc * (weighted / net) + (disc * (weighted % net)) / net END AS whole,
           CASE WHEN net = 0 THEN 0 ELSE (disc * (weighted % net)) % net END AS rem
      FROM d
  )
  SELECT sf AS storefront_id, currency, day, CASE WHEN rem = 0 THEN 1 ELSE net END AS den,
         sum(weighted) AS weighted, sum(whole) AS whole, sum(rem) AS rem
    FROM parts
   GROUP BY sf, currency, day, CASE WHEN rem = 0 THEN 1 ELSE net END`;
