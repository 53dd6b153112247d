import type {
  SettingsTable,
  StaffTable,
  StorefrontsTable,
  StorefrontCategoryCommissionsTable,
  FxRatesTable,
  AuditLogTable,
} from './schema/shop';
import type {
  ProductsTable,
  SkusTable,
  SkuCostsTable,
  ListingsTable,
  SkuAliasesTable,
  PriceHistoryTable,
  StockLedgerView,
  StockMovementsTable,
  CompetitorPricesTable,
  CatalogSearchRowsTable,
  CatalogSearchTable,
} from './schema/catalog';
import type {
  CustomersTable,
  CustomerIdentitiesTable,
  CustomerStatsTable,
  CustomerStorefrontsTable,
  CustomerStatsStateTable,
} from './schema/customers';
import type { ImportsTable, ImportMappingsTable } from './schema/imports';
import type { OrdersTable, OrderLinesTable, OrderStatusHistoryTable, OrderFeesTable } from './schema/orders';
import type {
  OrderDayRollupsTable,
  CommissionDayRollupsTable,
  ProductDayRollupsTable,
  ProductMonthRollupsTable,
  CustomerFirstOrdersTable,
  RollupDirtyTable,
} from './schema/rollups';
import type {
  TicketsTable,
  TicketLinesTable,
  TicketEventsTable,
  TicketPausesTable,
  TicketTagsTable,
  SlaPoliciesTable,
  CannedRepliesTable,
} from './schema/tickets';
import type {
  CampaignsTable,
  CampaignStorefrontsTable,
  CampaignScopeTable,
  CampaignKeysTable,
  CampaignOverridesTable,
  CampaignOrderLinesTable,
} from './schema/promotions';

export type * from './schema/shop';
export type * from './schema/catalog';
export type * from './schema/customers';
export type * from './schema/imports';
export type * from './schema/orders';
export type * from './schema/rollups';
export type * from './schema/tickets';
export type * from './schema/promotions';

/** Tables as SQLite stores them: snake_case, money in minor units, booleans as 0/1, times ISO-8601 UTC. */
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
  stock_ledger: StockLedgerView;
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
