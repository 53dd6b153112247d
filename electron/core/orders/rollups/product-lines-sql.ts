import { VALID } from './day-sums-sql';

/**
 * The SQL that splits orders into per-product sums (readProductProfit, the product rollup). Allocation rule:
 * every order-level amount — order discount, refunds, shipping income, imported fees, the order's own
 * shipping cost, the amount paid (payment fee base) and the order itself (fixed fee, default shipping cost) —
 * goes to the order's lines pro rata by line net (unit price × quantity − line discount); an order whose
 * lines are all free splits evenly by line. Commission stays per line: the line's category rate × its net
 * after its share of the order discount, which is ruleFees() of shared/logic/order-profit.ts line by line
 * (except for a discounted order of only free lines in several categories: ruleFees takes its discount at the
 * storefront's rate, the lines at theirs).
 *
 * A share A × w ÷ W is kept in millionths of a minor unit (SHARE_SCALE), rounded half away from zero per
 * line: 64-bit integers then hold it (A × w stays below 9·10^18 for any realistic order) and sums stay exact
 * integers. A product's figure can thus differ from the exact one by at most half a millionth of a minor unit
 * per line it sold — a cent only when its exact value sits that close to a half cent.
 */
export const SHARE_SCALE = 1_000_000;

/** The line's net: its weight, unless no line of its order has one (then every line weighs 1). */
const W_LINE = `CASE WHEN o.gross_minor = o.line_discount_minor THEN 1
                  ELSE l.quantity * l.unit_price_minor - l.line_discount_minor END`;
const W_ORDER = `CASE WHEN o.gross_minor = o.line_discount_minor THEN o.line_count
                   ELSE o.gross_minor - o.line_discount_minor END`;

/**
 * Each line once, with its weight as w ÷ tw = (ws + wr ÷ tw) millionths: ws = w·10^6 div tw, wr = w·10^6 mod
 * tw (tw = the order's total weight). A share of an amount A is then A·ws + A·wr ÷ tw, only the last term
 * rounded — exactly round(A·w·10^6 ÷ tw) with a third of the arithmetic. MATERIALIZED: SQLite would
 * otherwise flatten this into the outer query and evaluate the CASE expressions again inside every share.
 */
const linesOf = (where: string): string => `
  WITH x AS MATERIALIZED (
    SELECT o.storefront_id AS storefront_id, o.currency AS currency, o.placed_date AS day,
           CASE WHEN l.sku_id IS NOT NULL THEN 'sku:' || l.sku_id ELSE 'code:' || coalesce(l.sku_code, '') END AS item,
           l.sku_id AS sku_id, CASE WHEN l.sku_id IS NULL THEN coalesce(l.sku_code, '') END AS sku_code,
           l.title AS title, l.quantity AS units, l.quantity * l.unit_price_minor - l.line_discount_minor AS net,
           coalesce(l.unit_cost_base_minor, 0) * l.quantity AS cogs,
           (${W_LINE}) * ${SHARE_SCALE} / (${W_ORDER}) AS ws, (${W_LINE}) * ${SHARE_SCALE} % (${W_ORDER}) AS wr,
           ${W_ORDER} AS tw,
           o.order_discount_minor AS disc, o.refunded_minor AS refunded, o.shipping_income_minor AS ship_in,
           o.total_paid_minor AS paid, o.fees_minor AS fees, o.shipping_cost_minor AS ship_cost
      FROM orders o JOIN order_lines l ON l.order_id = o.id
     WHERE ${where} AND o.status IN ${VALID}
  )`;

/**
 * A's share in millionths, rounded half away from zero (integer arithmetic only). `signed`: A may be
 * negative (imported fees, rebates); the other amounts never are.
 */
function share(amount: string, signed = false): string {
  const rounding = signed ? `CASE WHEN (${amount}) * wr < 0 THEN -tw ELSE tw END` : 'tw';
  return `((${amount}) * ws + (2 * (${amount}) * wr + ${rounding}) / (2 * tw))`;
}

/** The columns of one (storefront, currency, day, item) group, in product_day_rollups' column order. */
const PRODUCT_SUMS = `
  storefront_id, currency, day, item, sku_id, sku_code, max(title) AS title,
  sum(units) AS units, sum(net) AS line_net, sum(cogs) AS cogs,
  sum(${share('disc + refunded')}) AS deductions,
  sum(${share('ship_in')}) AS shipping_income,
  coalesce(sum(CASE WHEN fees IS NOT NULL THEN ${share('fees', true)} END), 0) AS actual_fees,
  coalesce(sum(CASE WHEN ship_cost IS NOT NULL THEN ${share('ship_cost', true)} END), 0) AS own_shipping,
  coalesce(sum(CASE WHEN fees IS NULL THEN net END), 0) AS rule_net,
  coalesce(sum(CASE WHEN fees IS NULL THEN ${share('disc')} END), 0) AS rule_discount,
  coalesce(sum(CASE WHEN fees IS NULL THEN ${share('paid')} END), 0) AS rule_paid,
  coalesce(sum(CASE WHEN fees IS NULL THEN ${share('1')} END), 0) AS rule_orders,
  coalesce(sum(CASE WHEN ship_cost IS NULL THEN ${share('1')} END), 0) AS default_shipping_orders`;

/**
 * The additive columns, last in both product_day_rollups and product_month_rollups: a month row holds the sum
 * of its day rows' values.
 */
export const PRODUCT_SUM_COLUMNS = [
  'units',
  'line_net',
  'cogs',
  'deductions',
  'shipping_income',
  'actual_fees',
  'own_shipping',
  'rule_net',
  'rule_discount',
  'rule_paid',
  'rule_orders',
  'default_shipping_orders',
] as const;

/** Columns of product_day_rollups, in the order productSumsSql selects them. */
export const PRODUCT_COLUMNS = [
  'storefront_id',
  'currency',
  'day',
  'item',
  'sku_id',
  'sku_code',
  'title',
  ...PRODUCT_SUM_COLUMNS,
] as const;

/** Per (storefront, currency, day, item) sums of the valid orders `where` picks (orders `o`). */
export const productLinesSql = linesOf;

export const productSumsSql = (where: string): string => `${linesOf(where)}
  SELECT ${PRODUCT_SUMS} FROM x GROUP BY day, storefront_id, currency, item`;

/** One group as the reader gets it (safe integers: shares of a big day exceed 2^53 millionths). */
export interface ProductSumRow {
  storefront_id: string;
  currency: string;
  day: string;
  item: string;
  sku_id: string | null;
  sku_code: string | null;
  title: string;
  units: bigint;
  line_net: bigint;
  cogs: bigint;
  deductions: bigint;
  shipping_income: bigint;
  actual_fees: bigint;
  own_shipping: bigint;
  rule_net: bigint;
  rule_discount: bigint;
  rule_paid: bigint;
  rule_orders: bigint;
  default_shipping_orders: bigint;
}
