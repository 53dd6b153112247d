import type { Listing, ProductDetail } from '../../../shared/domain/catalog';

/**
 * The catalog as the service role may see it (PRODUCT.md §10, like orders/hide-costs.ts): no current cost and
 * no price floors (a floor is made of the cost). Names, codes, stock and prices stay: an agent needs them.
 */
export const listingWithoutFloor = (l: Listing): Listing => ({ ...l, priceFloorMinor: null });

export function productWithoutCosts(product: ProductDetail): ProductDetail {
  return {
    ...product,
    skus: product.skus.map((s) => ({
      ...s,
      currentCost: null,
      listings: s.listings.map(listingWithoutFloor),
    })),
  };
}

/** Columns 7–10 of the catalog file (catalogColumnKeys: purchaseCost … otherCost), left out for the service role. */
export const COST_COLUMN_KEYS = ['purchaseCost', 'packagingCost', 'inboundFreight', 'otherCost'] as const;
