import type { ProductDetail } from '../../shared/domain/catalog';
import type { Storefront } from '../../shared/domain/storefronts';
import type { tempCore } from './temp-core';

export type TempCore = Awaited<ReturnType<typeof tempCore>>;
type Answer = { ok: boolean; value?: unknown; error?: unknown };

/** The value of a successful call; a failed one fails the test with the error body. */
export async function value<T>(promise: Promise<Answer>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

export const count = (core: TempCore, table: string): number =>
  (core.ctx.sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;

/** Tmall-like CNY storefront: 5 % commission (家居 4 %), 0.6 % payment fee, ¥8.00 shipping per order. */
export const tmallFields = {
  name: '天猫旗舰店',
  platform: 'tmall',
  currency: 'CNY',
  timezone: 'Asia/Shanghai',
  role: 'core',
  feeRules: {
    commissionRateBp: 500,
    paymentFeeRateBp: 60,
    fixedFeeMinor: 0,
    shippingCostMinor: 800,
    categoryCommissions: [{ category: '家居', rateBp: 400 }],
  },
};

/** Shopify-like USD storefront: 2.9 % + 30¢ per order, $6.50 shipping per order. */
export const shopifyFields = {
  name: 'Shopify US',
  platform: 'shopify',
  currency: 'USD',
  timezone: 'America/New_York',
  role: 'pilot',
  feeRules: {
    commissionRateBp: 0,
    paymentFeeRateBp: 290,
    fixedFeeMinor: 30,
    shippingCostMinor: 650,
    categoryCommissions: [],
  },
};

export const createStorefront = (core: TempCore, fields: object): Promise<Storefront> =>
  value<Storefront>(core.dispatch('storefronts', 'create', fields));

/** Cost parts summing to `total` fen: purchase = total − 400, packaging 200, freight 150, other 50. */
export const costOf = (total: number, effectiveFrom = '2024-01-01T00:00:00.000Z') => ({
  purchaseMinor: total - 400,
  packagingMinor: 200,
  inboundFreightMinor: 150,
  otherMinor: 50,
  effectiveFrom,
});

export function createProduct(
  core: TempCore,
  input: { name: string; category?: string; brand?: string; skus: object[] },
): Promise<ProductDetail> {
  return value<ProductDetail>(core.dispatch('catalog', 'createProduct', input));
}
