import type { Sqlite } from '../db/connection';
import type { PromotionConflictsQuery } from '../../../shared/api/schemas/promotions';
import type { PromotionConflicts } from '../../../shared/domain/promotions';
import { findConflicts } from '../../../shared/logic/promotions';
import { readShop } from '../pricing/raw-context';
import { activatedOverlapping } from './guard';
import { loadGuardListings, toGuardCampaign } from './guard-inputs';
import { dayStartUtc, nextDayStartUtc } from './periods';

/**
 * Conflicts among the activated campaigns (scheduled, active or ended — not drafts, not cancelled) meeting a
 * period of shop-zone days; optionally only those touching one storefront. Floors are taken at the start of
 * the period (cost and FX rate in force then). The service role gets no below-floor conflicts at all: that
 * they exist would tell it where the floors are.
 */
export function promotionConflicts(
  sqlite: Sqlite,
  query: PromotionConflictsQuery,
  now: string,
  costsHidden: boolean,
): PromotionConflicts {
  const shop = readShop(sqlite);
  const window = {
    startAt: dayStartUtc(query.from, shop.timezone),
    endAt: nextDayStartUtc(query.to, shop.timezone),
  };
  const campaigns = activatedOverlapping(sqlite, window, now);
  const storefrontIds = [...new Set(campaigns.flatMap((c) => c.storefrontIds))];
  const listings = loadGuardListings(sqlite, storefrontIds, window.startAt);
  const found = findConflicts(
    campaigns.map((c) => toGuardCampaign(sqlite, c, shop)),
    listings,
    window,
  ).filter(
    (c) =>
      (!costsHidden || c.kind !== 'belowFloor') &&
      (!query.storefrontId || c.storefrontIds.includes(query.storefrontId)),
  );
  const mentioned = new Set(found.flatMap((c) => c.campaignIds));
  return {
    from: window.startAt,
    to: window.endAt,
    costsHidden,
    conflicts: found,
    campaigns: campaigns
      .filter((c) => mentioned.has(c.id))
      .map((c) => ({ id: c.id, name: c.name, type: c.type, storefrontIds: c.storefrontIds })),
  };
}
