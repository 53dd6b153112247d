import type { Selectable } from 'kysely';

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

export type CustomerRow = Selectable<CustomersTable>;
