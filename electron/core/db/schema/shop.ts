import type { Insertable, Selectable, Updateable } from 'kysely';

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

export type StorefrontRow = Selectable<StorefrontsTable>;
export type NewStorefrontRow = Insertable<StorefrontsTable>;
export type StorefrontRowUpdate = Updateable<StorefrontsTable>;
export type StaffRow = Selectable<StaffTable>;
export type FxRateRow = Selectable<FxRatesTable>;
