/** Order statuses (FORMATS.md); the after-sales flag is separate. Valid orders are paid, shipped or completed. */
export const orderStatuses = ['pending_payment', 'paid', 'shipped', 'completed', 'cancelled'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/** METRICS.md: only these count in any figure. */
export const validOrderStatuses: readonly OrderStatus[] = ['paid', 'shipped', 'completed'];
export const isValidOrderStatus = (status: OrderStatus): boolean => validOrderStatuses.includes(status);

/** Platform export formats the importer reads; `generic` uses a saved column mapping. */
export const orderFormats = [
  'shopify',
  'amazon',
  'ebay',
  'etsy',
  'woocommerce',
  'taobao',
  'jd',
  'pinduoduo',
  'douyin',
] as const;
export type OrderFormat = (typeof orderFormats)[number];
export type OrderFormatChoice = 'auto' | OrderFormat | 'generic';

export interface ParsedCustomer {
  name: string | null;
  phone: string | null;
  email: string | null;
  /** The platform's buyer id or nickname (买家会员名, Buyer Username, Buyer User ID). */
  buyerId: string | null;
}

export interface ParsedAddress {
  name: string | null;
  phone: string | null;
  address: string | null;
  city: string | null;
  province: string | null;
  zip: string | null;
  country: string | null;
}

export interface ParsedOrderLine {
  /** The storefront's code for the SKU (商家编码, Lineitem sku, Custom Label …); null when the file has none. */
  sku: string | null;
  title: string;
  quantity: number;
  /** Price before any discount, minor units of the order currency. */
  unitPriceMinor: number;
  /** Seller-funded discount allocated to this line (whole line, not per unit). */
  lineDiscountMinor: number;
  externalLineId: string | null;
}

/** One order as read from a platform file, before matching and writing. Times are ISO-8601 UTC. */
export interface ParsedOrder {
  externalId: string;
  placedAt: string;
  paidAt: string | null;
  status: OrderStatus;
  afterSales: boolean;
  currency: string;
  customer: ParsedCustomer;
  address: ParsedAddress;
  lines: ParsedOrderLine[];
  /** Seller-funded order-level discounts (coupons, 满减, 店铺优惠), not already in line discounts. */
  orderDiscountMinor: number;
  /** Platform-funded discounts (平台优惠, 达人优惠, 多多支付立减): the seller still receives this money. */
  platformDiscountMinor: number;
  shippingIncomeMinor: number;
  taxMinor: number;
  totalPaidMinor: number;
  refundedMinor: number;
  /** Actual fees stated in the order file itself (Etsy Card Processing Fees); null when the file has none. */
  feesMinor: number | null;
  /** Sales channel named by the file (Shopify Source: web, pos, tiktok …). */
  source: string | null;
  /** Discount codes and promotion ids named by the file, for campaign attribution. */
  promotionCodes: string[];
  note: string | null;
  /** 1-based row of the file where the order starts, for messages. */
  row: number;
}

/** A problem found in an import file; `key` is a validation key (translated), `params` fill its text. */
export interface OrderImportIssue {
  file: string;
  row: number;
  column: string;
  key: string;
  params?: Record<string, string | number>;
}

/** What an import reports (ARCHITECTURE.md `import orders --json`, plus file names and keys for the UI). */
export interface OrderImportSummary {
  importId: string | null;
  format: OrderFormat | 'generic' | null;
  inserted: number;
  updated: number;
  unchanged: number;
  lines: number;
  unmatchedSkus: string[];
  warnings: OrderImportMessage[];
  errors: OrderImportMessage[];
}

export interface OrderImportMessage {
  file: string;
  row: number;
  column: string;
  message: string;
  key: string;
  params?: Record<string, string | number>;
}

/** One past import, as the history lists it. */
export interface ImportRecord {
  id: string;
  kind: 'orders' | 'fees';
  storefrontId: string;
  storefrontName: string;
  format: string;
  files: string[];
  checksum: string;
  inserted: number;
  updated: number;
  unchanged: number;
  lines: number;
  warnings: number;
  actorId: string | null;
  actorName: string | null;
  at: string;
}
