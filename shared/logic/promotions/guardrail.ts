import type { GuardrailRow } from '../../domain/promotions';
import { figuresAt } from '../pricing/margin';
import { campaignCovers, type GuardCampaign, type GuardListing } from './coverage';
import { floorMinor } from './effective-price';
import { byText } from './states';
import { worstMoment, type WorstMoment } from './worst-moment';

/**
 * PRODUCT.md §6 guardrail of one campaign: for every listing it covers, the worst moment of its window with
 * every other campaign given (those covering the listing and overlapping in time) — counting only stacks that
 * include this campaign, since those are what starting it can cause. Rows are sorted below-floor first, then
 * by how far under (or over) the floor, then SKU code and storefront.
 */
export function guardrailRows(
  target: GuardCampaign,
  others: readonly GuardCampaign[],
  listings: readonly GuardListing[],
): GuardrailRow[] {
  const rows: GuardrailRow[] = [];
  const rest = others.filter((c) => c.id !== target.id);
  // A whole-store campaign gives thousands of listings the same campaigns: price each (price, campaigns) once.
  const memo = new Map<string, WorstMoment>();
  for (const listing of listings) {
    if (!campaignCovers(target, listing)) continue;
    const covering = [target, ...rest.filter((c) => campaignCovers(c, listing))];
    const key = `${listing.listPriceMinor}|${covering.map((c) => c.id).join('|')}`;
    let worst = memo.get(key);
    if (!worst) {
      worst = worstMoment(listing.listPriceMinor, covering, target, { mustInclude: target })!;
      memo.set(key, worst);
    }
    const effective = floorMinor(worst.exact);
    rows.push({
      skuId: listing.skuId,
      skuCode: listing.skuCode,
      skuName: listing.skuName,
      storefrontId: listing.storefrontId,
      listingId: listing.listingId,
      currency: listing.currency,
      listPriceMinor: listing.listPriceMinor,
      effectivePriceMinor: effective,
      floorMinor: listing.floorMinor,
      marginBp: listing.setup ? figuresAt(listing.setup, effective).marginBp : null,
      belowFloor: listing.floorMinor === null ? null : effective < listing.floorMinor,
      stacked: worst.stack.map((c) => c.id),
      from: worst.from,
      to: worst.to,
      basketUnits: worst.basketUnits,
    });
  }
  const gap = (r: GuardrailRow) => (r.floorMinor === null ? Infinity : r.effectivePriceMinor - r.floorMinor);
  return rows.sort(
    (a, b) =>
      Number(b.belowFloor === true) - Number(a.belowFloor === true) ||
      gap(a) - gap(b) ||
      byText(a.skuCode, b.skuCode) ||
      byText(a.storefrontId, b.storefrontId),
  );
}
