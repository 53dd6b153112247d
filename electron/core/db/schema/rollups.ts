/** Valid-order sums per (storefront, currency, day), migration 0008; kept by orders/rollups/refresh-rollups.ts. */
export interface OrderDayRollupsTable {
  storefront_id: string;
  currency: string;
  day: string;
  orders: number;
  units: number;
  gross: number;
  discounts: number;
  refunds: number;
  shipping_income: number;
  cogs: number;
  unmatched: number;
  actual_fees: number;
  rule_orders: number;
  rule_paid: number;
  rule_base: number;
  own_shipping: number;
  default_shipping_orders: number;
}

/** Category-rate commission sums of storefronts with overrides, per (storefront, currency, day, den). */
export interface CommissionDayRollupsTable {
  storefront_id: string;
  currency: string;
  day: string;
  den: number;
  weighted: number;
  whole: number;
  rem: number;
}

/** An item's additive sums, the same on day and month rows: a month row holds the sum of its day rows. */
export interface ProductRollupSums {
  units: number;
  line_net: number;
  cogs: number;
  deductions: number;
  shipping_income: number;
  actual_fees: number;
  own_shipping: number;
  rule_net: number;
  rule_discount: number;
  rule_paid: number;
  rule_orders: number;
  default_shipping_orders: number;
}

/** Per-product sums (shares in millionths of a minor unit) per (storefront, currency, day, item). */
export interface ProductDayRollupsTable extends ProductRollupSums {
  storefront_id: string;
  currency: string;
  day: string;
  item: string;
  sku_id: string | null;
  sku_code: string | null;
  title: string;
}

/** product_day_rollups summed per (storefront, month 'YYYY-MM', currency, item), migration 0013. */
export interface ProductMonthRollupsTable extends ProductRollupSums {
  storefront_id: string;
  currency: string;
  month: string;
  item: string;
  sku_id: string | null;
  sku_code: string | null;
  title: string;
  /** The month's first day with sales of the item. */
  first_day: string;
}

/** Each customer's first valid order day (shop days), migration 0013; kept by refreshRollups. */
export interface CustomerFirstOrdersTable {
  customer_id: string;
  first_day: string;
}

/** (storefront, day) pairs whose rollups must be recomputed; day '*' = every day of the storefront. */
export interface RollupDirtyTable {
  storefront_id: string;
  day: string;
}
