import type { Sqlite } from '../db/connection';
import { AppError } from '../../../shared/api/result';
import {
  promotionValidationEn,
  type PromotionValidationKey,
} from '../../../shared/api/schemas/promotions-texts';
import type { CampaignScope, CampaignTerms } from '../../../shared/domain/promotions';
import { stmt } from '../pricing/raw-context';
import { actingRole } from '../dashboard/service';
import { promotionError } from './repo';

/** Bad input found against the database: INVALID_INPUT naming the field, like zod's own issues. */
export function invalid(path: string, key: PromotionValidationKey): AppError {
  return new AppError('INVALID_INPUT', `${path} ${promotionValidationEn[key]}`, {
    key: 'invalidInput',
    issues: [{ path, message: key }],
  });
}

/** Storefronts exist, are not archived and share one currency, which becomes the campaign's. */
export function campaignCurrency(sqlite: Sqlite, storefrontIds: readonly string[]): string {
  let currency: string | null = null;
  storefrontIds.forEach((id, i) => {
    const row = stmt(sqlite, 'SELECT currency, archived FROM storefronts WHERE id = ?').get(id) as
      { currency: string; archived: number } | undefined;
    if (!row || row.archived) throw invalid(`storefrontIds.${i}`, 'promotionStorefrontUnknown');
    if (currency !== null && row.currency !== currency)
      throw invalid(`storefrontIds.${i}`, 'promotionCurrencyMix');
    currency = row.currency;
  });
  return currency!;
}

/** Scope SKUs exist; a gift SKU exists and is still sold. */
export function checkCatalogRefs(
  sqlite: Sqlite,
  terms: CampaignTerms | undefined,
  scope: CampaignScope | undefined,
) {
  const sku = (id: string) =>
    stmt(sqlite, 'SELECT archived FROM skus WHERE id = ?').get(id) as { archived: number } | undefined;
  scope?.skuIds.forEach((id, i) => {
    if (!sku(id)) throw invalid(`scope.skuIds.${i}`, 'promotionSkuUnknown');
  });
  if (terms?.type === 'gift') {
    const gift = sku(terms.giftSkuId);
    if (!gift || gift.archived) throw invalid('terms.giftSkuId', 'promotionGiftSku');
  }
}

/**
 * Planning is for owners and operators (and a shop without staff chosen). The service role may look at
 * campaigns but not write them: the guardrail's refusals would show it the floors it must not see.
 */
export function requirePlanner(sqlite: Sqlite): void {
  if (actingRole(sqlite) === 'service') throw promotionError('FORBIDDEN', 'promotionRole', {});
}

export const costsHidden = (sqlite: Sqlite): boolean => actingRole(sqlite) === 'service';
