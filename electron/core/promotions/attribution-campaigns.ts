import type { Sqlite } from '../db/connection';
import type { CampaignTerms, CampaignType } from '../../../shared/domain/promotions';
import { stmt } from '../pricing/raw-context';
import { normalizeKey, type AttributionCampaign } from './attribution-rules';

/**
 * Campaigns as attribution needs them, read from migration 0011's tables. Drafts have not run and claim
 * nothing; a cancelled campaign keeps the orders placed before it was cancelled. The scope's categories and
 * brands are resolved to SKU ids here, so the rules compare ids only.
 */

interface CampaignRow {
  id: string;
  type: CampaignType;
  state: 'draft' | 'scheduled' | 'cancelled';
  terms: string;
  start_at: string;
  end_at: string;
  cancelled_at: string | null;
}

const SCOPE_SKUS = `
  SELECT s.value AS sku_id FROM campaign_scope s WHERE s.campaign_id = @id AND s.kind = 'sku'
  UNION
  SELECT k.id FROM campaign_scope s JOIN products p ON p.category = s.value JOIN skus k ON k.product_id = p.id
   WHERE s.campaign_id = @id AND s.kind = 'category'
  UNION
  SELECT k.id FROM campaign_scope s JOIN products p ON p.brand = s.value JOIN skus k ON k.product_id = p.id
   WHERE s.campaign_id = @id AND s.kind = 'brand'`;

/** Goods an order needs before the campaign applies to it (0 = any order). */
export function minimumSpend(terms: CampaignTerms): number {
  switch (terms.type) {
    case 'coupon':
    case 'gift':
      return terms.minSpendMinor;
    case 'tiered':
      return Math.min(...terms.tiers.map((t) => t.thresholdMinor));
    default:
      return 0;
  }
}

/** The SKU ids a campaign's scope names (through categories and brands too); null when its scope is empty. */
export function scopeSkuIds(sqlite: Sqlite, campaignId: string): Set<string> | null {
  const any = stmt(sqlite, 'SELECT 1 FROM campaign_scope WHERE campaign_id = ? LIMIT 1').get(campaignId);
  if (any === undefined) return null;
  const rows = stmt(sqlite, SCOPE_SKUS).all({ id: campaignId }) as { sku_id: string }[];
  return new Set(rows.map((r) => r.sku_id));
}

export function campaignStorefronts(sqlite: Sqlite, campaignId: string): string[] {
  const rows = stmt(
    sqlite,
    'SELECT storefront_id FROM campaign_storefronts WHERE campaign_id = ? ORDER BY storefront_id',
  ).all(campaignId) as { storefront_id: string }[];
  return rows.map((r) => r.storefront_id);
}

function keysOf(sqlite: Sqlite, campaignId: string) {
  const rows = stmt(sqlite, 'SELECT kind, value FROM campaign_keys WHERE campaign_id = ?').all(
    campaignId,
  ) as {
    kind: 'code' | 'promotion_id' | 'name';
    value: string;
  }[];
  const of = (kind: string) => new Set(rows.filter((r) => r.kind === kind).map((r) => normalizeKey(r.value)));
  return { codes: of('code'), promotionIds: of('promotion_id'), names: of('name') };
}

function toCampaign(sqlite: Sqlite, row: CampaignRow): AttributionCampaign {
  const terms = JSON.parse(row.terms) as CampaignTerms;
  const endAt = row.cancelled_at !== null && row.cancelled_at < row.end_at ? row.cancelled_at : row.end_at;
  return {
    id: row.id,
    type: row.type,
    storefrontIds: new Set(campaignStorefronts(sqlite, row.id)),
    skuIds: scopeSkuIds(sqlite, row.id),
    startMs: Date.parse(row.start_at),
    endMs: Date.parse(endAt),
    ...keysOf(sqlite, row.id),
    minSpendMinor: minimumSpend(terms),
    giftSkuId: terms.type === 'gift' ? terms.giftSkuId : null,
  };
}

/** Every campaign that can claim orders: activated ones (scheduled / active / ended) and cancelled ones. */
export function loadAttributionCampaigns(sqlite: Sqlite): AttributionCampaign[] {
  const rows = stmt(
    sqlite,
    `SELECT id, type, state, terms, start_at, end_at, cancelled_at FROM campaigns
      WHERE state <> 'draft' ORDER BY id`,
  ).all() as CampaignRow[];
  return rows.map((r) => toCampaign(sqlite, r)).filter((c) => c.endMs > c.startMs);
}
