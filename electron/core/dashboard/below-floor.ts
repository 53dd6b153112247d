import type { Sqlite } from '../db/connection';
import type { BelowFloorListing } from '../../../shared/domain/dashboard';
import { planRepricing } from '../pricing/repricing';

/**
 * Listings whose current price is under their floor: the listing's own floor, else break-even plus the
 * shop's minimum margin at today's cost and FX rate — pricing's own computation (a "keep" repricing plan
 * computes each listing's floor and changes nothing), so the dashboard and the workbench never disagree.
 * A listing whose floor cannot be known (no cost in force, no FX rate) is not below it.
 */
export function belowFloorListings(sqlite: Sqlite, storefrontId?: string): BelowFloorListing[] {
  const { rows } = planRepricing(sqlite, {
    selection: storefrontId ? { storefrontId } : {},
    rule: { kind: 'keep' },
  });
  return rows
    .filter((r) => r.floorMinor !== null && r.oldPriceMinor < r.floorMinor)
    .map((r) => ({
      listingId: r.listingId,
      skuId: r.skuId,
      skuCode: r.skuCode,
      skuName: r.skuName,
      storefrontId: r.storefrontId,
      storefrontName: r.storefrontName,
      currency: r.currency,
      priceMinor: r.oldPriceMinor,
      floorMinor: r.floorMinor!,
    }));
}
