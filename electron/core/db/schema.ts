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

export interface Database {
  settings: SettingsTable;
  staff: StaffTable;
  storefronts: StorefrontsTable;
  storefront_category_commissions: StorefrontCategoryCommissionsTable;
  fx_rates: FxRatesTable;
  audit_log: AuditLogTable;
}

export type StorefrontRow = Selectable<StorefrontsTable>;
export type NewStorefrontRow = Insertable<StorefrontsTable>;
export type StorefrontRowUpdate = Updateable<StorefrontsTable>;
export type StaffRow = Selectable<StaffTable>;
export type FxRateRow = Selectable<FxRatesTable>;
