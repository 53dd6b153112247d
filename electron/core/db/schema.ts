import type { Insertable, Selectable, Updateable } from 'kysely';

/** Tables as SQLite stores them: snake_case, money in minor units, booleans as 0/1, times ISO-8601 UTC. */
export interface SettingsTable {
  key: string;
  value: string;
}

export interface StaffTable {
  id: string;
  name: string;
  role: string;
  archived: number;
  created_at: string;
}

export interface StorefrontsTable {
  id: string;
  name: string;
  platform: string;
  currency: string;
  timezone: string;
  role: string;
  archived: number;
  commission_rate_bp: number;
  payment_fee_rate_bp: number;
  fixed_fee_minor: number;
  shipping_cost_minor: number;
  created_at: string;
  updated_at: string;
}

export interface StorefrontCategoryCommissionsTable {
  storefront_id: string;
  category: string;
  rate_bp: number;
}

export interface FxRatesTable {
  id: string;
  currency: string;
  date: string;
  rate: string;
  created_at: string;
}

export interface AuditLogTable {
  id: number | null;
  at: string;
  actor_id: string | null;
  entity: string;
  entity_id: string;
  action: string;
  detail: string;
}

export interface ProductsTable {
  id: string;
  name: string;
  category: string | null;
  brand: string | null;
  archived: number;
  created_at: string;
  updated_at: string;
}

export interface SkusTable {
  id: string;
  product_id: string;
  code: string;
  name: string;
  barcode: string | null;
  weight_g: number | null;
  stock_on_hand: number;
  reorder_point: number;
  price_band: string;
  archived: number;
  created_at: string;
  updated_at: string;
}

/** Base-currency minor units; a row is never updated, a new one takes over from its effective_from. */
export interface SkuCostsTable {
  id: string;
  sku_id: string;
  effective_from: string;
  purchase_minor: number;
  packaging_minor: number;
  inbound_freight_minor: number;
  other_minor: number;
  note: string | null;
  created_by: string | null;
  created_at: string;
}

/** Prices in minor units of the storefront's currency. */
export interface ListingsTable {
  id: string;
  sku_id: string;
  storefront_id: string;
  external_sku_id: string | null;
  external_item_id: string | null;
  price_minor: number;
  status: string;
  price_floor_minor: number | null;
  created_at: string;
  updated_at: string;
}

export interface SkuAliasesTable {
  storefront_id: string;
  alias: string;
  sku_id: string;
  created_at: string;
}

export interface PriceHistoryTable {
  id: number | null;
  listing_id: string;
  old_price: number | null;
  new_price: number;
  reason: string;
  actor_id: string | null;
  at: string;
}

export interface StockMovementsTable {
  id: number | null;
  sku_id: string;
  kind: string;
  quantity: number;
  reason: string | null;
  ref: string | null;
  actor_id: string | null;
  at: string;
}

/** A competitor's price for one of our SKUs, minor units of its own currency; appended, never updated. */
export interface CompetitorPricesTable {
  id: string;
  sku_id: string;
  competitor: string;
  platform: string;
  price_minor: number;
  currency: string;
  observed_on: string;
  url: string | null;
  note: string | null;
  created_at: string;
  actor_id: string | null;
}

export interface CatalogSearchRowsTable {
  search_rowid: number;
  product_id: string;
}

export interface CatalogSearchTable {
  rowid: number;
  body: string;
}

export interface CustomersTable {
  id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface CustomerIdentitiesTable {
  kind: string;
  value: string;
  customer_id: string;
  created_at: string;
}

export interface ImportsTable {
  id: string;
  kind: string;
  storefront_id: string;
  format: string;
  /** JSON array of file names (no folders). */
  files: string;
  /** sha256 of the files' bytes, in order. */
  checksum: string;
  inserted: number;
  updated: number;
  unchanged: number;
  lines: number;
  warnings: number;
  actor_id: string | null;
  at: string;
}

export interface ImportMappingsTable {
  storefront_id: string;
  /** Normalized header row the mapping was made for. */
  signature: string;
  mapping: string;
  updated_at: string;
}

export interface OrdersTable {
  id: string;
  seq: number;
  storefront_id: string;
  external_id: string;
  placed_at: string;
  placed_date: string;
  paid_at: string | null;
  status: string;
  after_sales: number;
  currency: string;
  customer_id: string | null;
  buyer_name: string | null;
  buyer_phone: string | null;
  buyer_email: string | null;
  buyer_platform_id: string | null;
  ship_name: string | null;
  ship_phone: string | null;
  ship_address: string | null;
  ship_city: string | null;
  ship_province: string | null;
  ship_zip: string | null;
  ship_country: string | null;
  line_count: number;
  units: number;
  gross_minor: number;
  line_discount_minor: number;
  order_discount_minor: number;
  platform_discount_minor: number;
  shipping_income_minor: number;
  tax_minor: number;
  total_paid_minor: number;
  refunded_minor: number;
  cogs_base_minor: number;
  unmatched_lines: number;
  /** Σ imported actual fees (positive = cost); null → the storefront's fee rule applies. */
  fees_minor: number | null;
  /** The order's own outbound shipping cost; null → the storefront's default. */
  shipping_cost_minor: number | null;
  source: string | null;
  /** JSON array of discount codes / promotion ids named in the export. */
  promotion_codes: string | null;
  note: string | null;
  fingerprint: string;
  import_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface OrderLinesTable {
  id: number | null;
  order_id: string;
  storefront_id: string;
  line_no: number;
  external_line_id: string | null;
  sku_code: string | null;
  sku_id: string | null;
  title: string;
  quantity: number;
  unit_price_minor: number;
  line_discount_minor: number;
  unit_cost_base_minor: number | null;
}

export interface OrderStatusHistoryTable {
  id: number | null;
  order_id: string;
  status: string;
  refunded_minor: number;
  import_id: string | null;
  at: string;
}

export interface OrderFeesTable {
  id: number | null;
  order_id: string;
  import_id: string;
  kind: string;
  amount_minor: number;
  currency: string;
  source_ref: string;
}

/** Per-customer figures (migration 0007), kept by electron/core/customers/stats.ts; money in base minor units. */
export interface CustomerStatsTable {
  customer_id: string;
  orders: number;
  first_order_at: string | null;
  last_order_at: string | null;
  last_order_date: string | null;
  monetary_minor: number;
  gross_profit_minor: number;
  unconverted_orders: number;
  storefronts: number;
  recency_score: number | null;
  frequency_score: number | null;
  monetary_score: number | null;
  tier: string | null;
  updated_at: string;
}

/** A storefront a customer ordered on, with copies of the customer's sort keys and tier (list filter). */
export interface CustomerStorefrontsTable {
  storefront_id: string;
  customer_id: string;
  orders: number;
  last_order_at: string | null;
  monetary_minor: number;
  tier: string | null;
}

export interface CustomerStatsStateTable {
  id: number;
  ranked_on: string;
  ranked_at: string;
}

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

/** Per-product sums (shares in millionths of a minor unit) per (storefront, currency, day, item). */
export interface ProductDayRollupsTable {
  storefront_id: string;
  currency: string;
  day: string;
  item: string;
  sku_id: string | null;
  sku_code: string | null;
  title: string;
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

/** product_day_rollups summed per (storefront, month 'YYYY-MM', currency, item), migration 0013. */
export interface ProductMonthRollupsTable {
  storefront_id: string;
  currency: string;
  month: string;
  item: string;
  sku_id: string | null;
  sku_code: string | null;
  title: string;
  /** The month's first day with sales of the item. */
  first_day: string;
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

/** After-sales tickets (migration 0009); the tickets feature reads them through raw statements. */
export interface TicketsTable {
  id: string;
  number: number;
  storefront_id: string;
  order_id: string | null;
  customer_id: string | null;
  type: string;
  priority: string;
  state: string;
  pending_reason: string | null;
  subject: string;
  description: string | null;
  assignee_id: string | null;
  created_by: string | null;
  external_ref: string | null;
  external_status: string | null;
  currency: string;
  refund_minor: number;
  goods_returned: number | null;
  restocked_at: string | null;
  root_cause: string | null;
  merged_into: string | null;
  due_at: string | null;
  first_reply_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface TicketLinesTable {
  ticket_id: string;
  order_id: string;
  line_no: number;
  sku_id: string | null;
  sku_code: string | null;
  title: string;
  quantity: number;
}

export interface TicketEventsTable {
  id: number | null;
  ticket_id: string;
  at: string;
  actor_id: string | null;
  kind: string;
  from_value: string | null;
  to_value: string | null;
  body: string | null;
}

export interface TicketPausesTable {
  id: number | null;
  ticket_id: string;
  reason: string;
  started_at: string;
  ended_at: string | null;
}

export interface TicketTagsTable {
  ticket_id: string;
  tag: string;
}

export interface SlaPoliciesTable {
  type: string;
  priority: string;
  first_response_minutes: number | null;
  resolution_minutes: number | null;
  updated_at: string;
}

export interface CannedRepliesTable {
  id: string;
  title: string;
  body_zh: string;
  body_en: string;
  placeholders: string;
  archived: number;
  created_at: string;
  updated_at: string;
}

/** Promotions (migration 0011): terms and stacks_with are JSON text checked by zod on every write. */
export interface CampaignsTable {
  id: string;
  name: string;
  type: string;
  goal: string;
  state: string;
  currency: string;
  terms: string;
  stacks_with: string | null;
  start_at: string;
  end_at: string;
  budget_minor: number | null;
  spend_minor: number;
  notes: string | null;
  activated_at: string | null;
  cancelled_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface CampaignStorefrontsTable {
  campaign_id: string;
  storefront_id: string;
}

export interface CampaignScopeTable {
  campaign_id: string;
  kind: string;
  value: string;
}

export interface CampaignKeysTable {
  campaign_id: string;
  kind: string;
  value: string;
}

export interface CampaignOverridesTable {
  id: number | null;
  campaign_id: string;
  action: string;
  reason: string;
  below_floor_rows: number;
  actor_id: string | null;
  at: string;
}

/** Order lines a campaign explains (filled by attribution), with the rule that matched them. */
export interface CampaignOrderLinesTable {
  order_line_id: number;
  campaign_id: string;
  rule: string;
  discount_minor: number;
}

export interface Database {
  settings: SettingsTable;
  staff: StaffTable;
  storefronts: StorefrontsTable;
  storefront_category_commissions: StorefrontCategoryCommissionsTable;
  fx_rates: FxRatesTable;
  audit_log: AuditLogTable;
  products: ProductsTable;
  skus: SkusTable;
  sku_costs: SkuCostsTable;
  listings: ListingsTable;
  sku_aliases: SkuAliasesTable;
  price_history: PriceHistoryTable;
  stock_movements: StockMovementsTable;
  competitor_prices: CompetitorPricesTable;
  /** FTS5 (trigram) search text per product, kept by triggers (migration 0004); read with LIKE only. */
  catalog_search: CatalogSearchTable;
  catalog_search_rows: CatalogSearchRowsTable;
  customers: CustomersTable;
  customer_identities: CustomerIdentitiesTable;
  imports: ImportsTable;
  import_mappings: ImportMappingsTable;
  orders: OrdersTable;
  order_lines: OrderLinesTable;
  order_status_history: OrderStatusHistoryTable;
  order_fees: OrderFeesTable;
  customer_stats: CustomerStatsTable;
  customer_storefronts: CustomerStorefrontsTable;
  customer_stats_state: CustomerStatsStateTable;
  order_day_rollups: OrderDayRollupsTable;
  commission_day_rollups: CommissionDayRollupsTable;
  product_day_rollups: ProductDayRollupsTable;
  rollup_dirty: RollupDirtyTable;
  product_month_rollups: ProductMonthRollupsTable;
  customer_first_orders: CustomerFirstOrdersTable;
  tickets: TicketsTable;
  ticket_lines: TicketLinesTable;
  ticket_events: TicketEventsTable;
  ticket_pauses: TicketPausesTable;
  ticket_tags: TicketTagsTable;
  sla_policies: SlaPoliciesTable;
  canned_replies: CannedRepliesTable;
  campaigns: CampaignsTable;
  campaign_storefronts: CampaignStorefrontsTable;
  campaign_scope: CampaignScopeTable;
  campaign_keys: CampaignKeysTable;
  campaign_overrides: CampaignOverridesTable;
  campaign_order_lines: CampaignOrderLinesTable;
}

export type StorefrontRow = Selectable<StorefrontsTable>;
export type NewStorefrontRow = Insertable<StorefrontsTable>;
export type StorefrontRowUpdate = Updateable<StorefrontsTable>;
export type StaffRow = Selectable<StaffTable>;
export type FxRateRow = Selectable<FxRatesTable>;
export type ProductRow = Selectable<ProductsTable>;
export type SkuRow = Selectable<SkusTable>;
export type SkuCostRow = Selectable<SkuCostsTable>;
export type ListingRow = Selectable<ListingsTable>;
export type SkuAliasRow = Selectable<SkuAliasesTable>;
export type PriceHistoryRow = Selectable<PriceHistoryTable>;
export type StockMovementRow = Selectable<StockMovementsTable>;
export type CustomerRow = Selectable<CustomersTable>;
export type OrderRow = Selectable<OrdersTable>;
export type OrderLineRow = Selectable<OrderLinesTable>;
export type ImportRow = Selectable<ImportsTable>;
