import type { Page } from './catalog';
import type { OrderStatus } from './orders';

/** PRODUCT.md §5 value tiers, best first. A customer without any valid order has no tier (null). */
export const customerTiers = ['high_value', 'potential', 'low_value', 'at_risk', 'lost'] as const;
export type CustomerTier = (typeof customerTiers)[number];

/** What merges a buyer across storefronts (electron/core/orders/import/customer-identity.ts). */
export const identityKinds = ['phone', 'email', 'buyer'] as const;
export type IdentityKind = (typeof identityKinds)[number];

export const customerSorts = ['monetary', 'lastOrder', 'orders'] as const;
export type CustomerSort = (typeof customerSorts)[number];

export const sortDirections = ['desc', 'asc'] as const;
export type SortDirection = (typeof sortDirections)[number];

/** METRICS.md RFM, each 1–5 by quintile over the customers active in the last 365 days. */
export interface RfmScores {
  recency: number;
  frequency: number;
  monetary: number;
}

/** One row of the customer list. Money is base-currency minor units; counts are valid orders only. */
export interface CustomerSummary {
  id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  orders: number;
  firstOrderAt: string | null;
  lastOrderAt: string | null;
  /** Σ (gross_sales − discounts) of valid orders. */
  monetaryMinor: number;
  /** Null for the service role, which sees no profit (PRODUCT.md §10). */
  grossProfitMinor: number | null;
  /** Valid orders left out of the money figures: their currency had no FX rate on the order date. */
  unconvertedOrders: number;
  storefronts: number;
  /** Null when the customer has no valid order in the last 365 days (not ranked). */
  rfm: RfmScores | null;
  tier: CustomerTier | null;
}

export interface CustomerList extends Page<CustomerSummary> {
  baseCurrency: string;
}

export interface CustomerIdentity {
  kind: IdentityKind;
  /** Buyer ids are stored as `platform:id` (taobao:zhangsan88): they only match within one platform family. */
  value: string;
  createdAt: string;
}

/** One order of the customer, on whichever storefront; amounts in the order's own currency. */
export interface CustomerOrder {
  id: string;
  externalId: string;
  storefrontId: string;
  storefrontName: string;
  placedAt: string;
  status: OrderStatus;
  valid: boolean;
  currency: string;
  /** gross_sales − discounts (seller-funded line and order discounts). */
  amountMinor: number;
  refundedMinor: number;
  buyerName: string | null;
}

export interface CustomerDetail extends CustomerSummary {
  note: string | null;
  createdAt: string;
  baseCurrency: string;
  identities: CustomerIdentity[];
  /** Days since the last valid order, in the shop's time zone; null without valid orders. */
  recencyDays: number | null;
  /** Mean days between consecutive valid orders; null with fewer than 2. */
  purchaseCycleDays: number | null;
  /** Two or more valid orders. */
  repurchase: boolean;
  /** Newest first, across storefronts. */
  orderPage: Page<CustomerOrder>;
}

export interface CustomerMergeResult {
  customer: CustomerDetail;
  mergedIds: string[];
  ordersMoved: number;
  identitiesMoved: number;
}

export interface CustomerSplitResult {
  /** The customer the chosen orders now belong to. */
  customer: CustomerDetail;
  fromId: string;
  ordersMoved: number;
  identitiesMoved: number;
}

export interface CustomerSegmentFile {
  path: string;
  rows: number;
}
