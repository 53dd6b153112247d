import { frac } from '../../../shared/logic/fraction';
import type { PriceSetup } from '../../../shared/logic/pricing';

/**
 * Tmall-like CNY storefront on a CNY shop: cost ¥30.00 purchase + ¥2.00 packaging + ¥1.50 inbound freight
 * + ¥0.50 other = ¥34.00; commission 5 %, payment fee 0.6 %, no fixed fee, shipping ¥8.00 per order.
 */
export const tmall: PriceSetup = {
  unitCost: frac(3400),
  commissionRateBp: 500,
  paymentFeeRateBp: 60,
  fixedFeePerOrderMinor: 0,
  shippingPerOrderMinor: 800,
  unitsPerOrder: 1,
  discountMinor: 0,
};

/** Shopify-like USD storefront on a USD shop: cost $10.00, 2.9 % + 30¢ per order, $6.50 shipping, 2 units per order. */
export const shopify: PriceSetup = {
  unitCost: frac(1000),
  commissionRateBp: 0,
  paymentFeeRateBp: 290,
  fixedFeePerOrderMinor: 30,
  shippingPerOrderMinor: 650,
  unitsPerOrder: 2,
  discountMinor: 0,
};
