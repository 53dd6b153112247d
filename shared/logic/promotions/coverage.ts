import type { CampaignScope, CampaignTerms } from '../../domain/promotions';
import type { Fraction } from '../fraction';
import type { PriceSetup } from '../pricing/setup';
import type { Stackable } from './stacking';

/** A campaign as the guardrail and the conflict finder read it. */
export interface GuardCampaign extends Stackable {
  id: string;
  terms: CampaignTerms;
  startAt: string;
  endAt: string;
  storefrontIds: readonly string[];
  scope: CampaignScope;
  /** Gift campaigns: one gift unit's cost in the campaign currency (null when unknown: counted as 0). */
  giftUnitCost: Fraction | null;
}

/** One listing (SKU on a storefront) with what its floor and margin need, at the campaign's start. */
export interface GuardListing {
  listingId: string;
  skuId: string;
  skuCode: string;
  skuName: string;
  storefrontId: string;
  currency: string;
  category: string | null;
  brand: string | null;
  listPriceMinor: number;
  /** The listing's own floor, else break-even + minimum margin; null when no cost or FX rate is known. */
  floorMinor: number | null;
  /** Cost and fees for the margin at the effective price (discount 0, one unit an order); null as above. */
  setup: PriceSetup | null;
}

/** A campaign covers a listing of one of its storefronts whose SKU, category or brand it names (or all). */
export function campaignCovers(c: GuardCampaign, l: GuardListing): boolean {
  if (!c.storefrontIds.includes(l.storefrontId)) return false;
  const { skuIds, categories, brands } = c.scope;
  if (!skuIds.length && !categories.length && !brands.length) return true;
  return (
    skuIds.includes(l.skuId) ||
    (l.category !== null && categories.includes(l.category)) ||
    (l.brand !== null && brands.includes(l.brand))
  );
}
