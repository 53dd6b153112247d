import type { Fraction } from '../fraction';

/**
 * Everything the pricing formulas need about one SKU on one storefront, in minor units of the storefront's
 * currency. The unit cost is exact (it may come through an FX rate): rounding happens once, at the end.
 */
export interface PriceSetup {
  unitCost: Fraction;
  /** The storefront's commission, or its override for the product's category. */
  commissionRateBp: number;
  paymentFeeRateBp: number;
  fixedFeePerOrderMinor: number;
  shippingPerOrderMinor: number;
  /** Units in a typical order: the fixed fee and the shipping cost are per order, shared by its units. */
  unitsPerOrder: number;
  /** Seller-funded discount per unit (coupons, 满减 share); platform-funded discounts are not the seller's. */
  discountMinor: number;
}
