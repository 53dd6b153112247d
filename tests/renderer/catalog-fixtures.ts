import type { Storefront } from '../../shared/domain/storefronts';
import type { Settings } from '../../shared/domain/settings';
import type { Listing, ProductSummary } from '../../shared/domain/catalog';

export const settings: Settings = {
  baseCurrency: 'CNY',
  timezone: 'Asia/Shanghai',
  language: 'en',
  actingStaffId: null,
  backupKeepDays: 30,
  backupKeepWeeks: 8,
  minMarginBp: 1000,
  priceSpreadAlertBp: 1500,
  slowMoverDays: 90,
};

export const storefront: Storefront = {
  id: 'tm',
  name: 'Tmall Flagship',
  platform: 'tmall',
  currency: 'CNY',
  timezone: 'Asia/Shanghai',
  role: 'core',
  archived: false,
  feeRules: {
    commissionRateBp: 500,
    paymentFeeRateBp: 60,
    fixedFeeMinor: 0,
    shippingCostMinor: 800,
    categoryCommissions: [],
  },
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

export const listing: Listing = {
  id: 'L1',
  skuId: 'S1',
  storefrontId: 'tm',
  externalSkuId: 'TM-1',
  externalItemId: null,
  priceMinor: 5900,
  status: 'on_sale',
  priceFloorMinor: 5000,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

export const productRow = (n: number): ProductSummary => ({
  id: `P${n}`,
  name: `Product ${n}`,
  category: '家居',
  brand: 'Acme',
  archived: false,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  skuCount: 2,
  stockOnHand: n,
  lowStockSkuCount: n % 7 === 0 ? 1 : 0,
  slowSkuCount: n === 3 ? 2 : 0,
  listingCount: 1,
});

/** The answers every page under ShopProvider asks for first. */
export const shopAnswers = {
  'settings.get': () => ({ ok: true as const, value: settings }),
  'storefronts.list': () => ({ ok: true as const, value: [storefront] }),
};
