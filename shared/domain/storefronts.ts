export const platforms = [
  'tmall',
  'taobao',
  'jd',
  'pinduoduo',
  'douyin',
  'wechat',
  'shopify',
  'amazon',
  'woocommerce',
  'ebay',
  'etsy',
  'website',
  'offline',
  'other',
] as const;
export type Platform = (typeof platforms)[number];

export const storefrontRoles = ['core', 'auxiliary', 'pilot'] as const;
export type StorefrontRole = (typeof storefrontRoles)[number];

/** Fees used whenever a storefront's real fees are not imported (METRICS.md fees). */
export interface FeeRules {
  /** Commission in basis points of (line amounts − discounts): 500 = 5 %. */
  commissionRateBp: number;
  /** Payment fee in basis points of the amount paid. */
  paymentFeeRateBp: number;
  /** Fixed fee per order, minor units of the storefront currency. */
  fixedFeeMinor: number;
  /** Default outbound shipping cost per order, minor units of the storefront currency. */
  shippingCostMinor: number;
  /** Commission overrides per catalog category. */
  categoryCommissions: { category: string; rateBp: number }[];
}

export interface Storefront {
  id: string;
  name: string;
  platform: Platform;
  currency: string;
  timezone: string;
  role: StorefrontRole;
  archived: boolean;
  feeRules: FeeRules;
  createdAt: string;
  updatedAt: string;
}
