import type { Selectable } from 'kysely';

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

export type OrderRow = Selectable<OrdersTable>;
export type OrderLineRow = Selectable<OrderLinesTable>;
