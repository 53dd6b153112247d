import type { CampaignTerms, CampaignType } from '../../shared/domain/promotions';
import type { GuardCampaign, GuardListing } from '../../shared/logic/promotions';

/** Builders for the promotion unit tests: November 2026 days, one Tmall and one JD storefront. */
export const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T00:00:00.000Z`;

export function campaign(
  id: string,
  terms: CampaignTerms,
  opts: Partial<Omit<GuardCampaign, 'id' | 'terms' | 'type'>> & { from?: number; to?: number } = {},
): GuardCampaign {
  const { from = 1, to = 12, ...rest } = opts;
  return {
    id,
    type: terms.type as CampaignType,
    terms,
    stacksWith: null,
    startAt: day(from),
    endAt: day(to),
    storefrontIds: ['tmall'],
    scope: { skuIds: [], categories: [], brands: [] },
    giftUnitCost: null,
    ...rest,
  };
}

export function listing(
  sku: string,
  listPriceMinor: number,
  floorMinor: number | null,
  storefrontId = 'tmall',
): GuardListing {
  return {
    listingId: `${sku}@${storefrontId}`,
    skuId: sku,
    skuCode: sku.toUpperCase(),
    skuName: sku,
    storefrontId,
    currency: 'CNY',
    category: null,
    brand: null,
    listPriceMinor,
    floorMinor,
    setup: null,
  };
}

export const pct = (offBp: number): CampaignTerms => ({ type: 'percentage', offBp });
export const fixed = (offMinor: number): CampaignTerms => ({ type: 'fixed', offMinor });
export const tiered = (...tiers: [number, number][]): CampaignTerms => ({
  type: 'tiered',
  tiers: tiers.map(([thresholdMinor, offMinor]) => ({ thresholdMinor, offMinor })),
});
export const coupon = (minSpendMinor: number, offMinor: number): CampaignTerms => ({
  type: 'coupon',
  discount: { kind: 'amount', offMinor },
  maxOffMinor: null,
  minSpendMinor,
  quantityIssued: 500,
});
