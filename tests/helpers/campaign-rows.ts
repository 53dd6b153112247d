import type BetterSqlite3 from 'better-sqlite3';
import type { CampaignTerms } from '../../shared/domain/promotions';

/**
 * Stores a campaign straight into migration 0011's tables, as the promotions service would after its own
 * checks: attribution and evaluation tests need campaigns in exact states (activated, cancelled, draft) and
 * windows without going through the guardrail, which has its own tests.
 */
export interface CampaignRowInput {
  id: string;
  name?: string;
  terms: CampaignTerms;
  storefrontIds: string[];
  startAt: string;
  endAt: string;
  state?: 'draft' | 'scheduled' | 'cancelled';
  cancelledAt?: string | null;
  currency?: string;
  skuIds?: string[];
  categories?: string[];
  brands?: string[];
  codes?: string[];
  promotionIds?: string[];
  names?: string[];
  budgetMinor?: number | null;
  spendMinor?: number;
}

export function insertCampaign(sqlite: BetterSqlite3.Database, c: CampaignRowInput): string {
  const state = c.state ?? 'scheduled';
  const at = '2024-01-01T00:00:00.000Z';
  sqlite
    .prepare(
      `INSERT INTO campaigns (id, name, type, goal, state, currency, terms, stacks_with, start_at, end_at,
         budget_minor, spend_minor, notes, activated_at, cancelled_at, created_by, created_at, updated_at)
       VALUES (?, ?, ?, 'sales', ?, ?, ?, NULL, ?, ?, ?, ?, NULL, ?, ?, NULL, ?, ?)`,
    )
    .run(
      c.id,
      c.name ?? c.id,
      c.terms.type,
      state,
      c.currency ?? 'CNY',
      JSON.stringify(c.terms),
      c.startAt,
      c.endAt,
      c.budgetMinor ?? null,
      c.spendMinor ?? 0,
      state === 'draft' ? null : at,
      state === 'cancelled' ? (c.cancelledAt ?? at) : null,
      at,
      at,
    );
  const sf = sqlite.prepare('INSERT INTO campaign_storefronts (campaign_id, storefront_id) VALUES (?, ?)');
  for (const id of c.storefrontIds) sf.run(c.id, id);
  const scope = sqlite.prepare('INSERT INTO campaign_scope (campaign_id, kind, value) VALUES (?, ?, ?)');
  for (const v of c.skuIds ?? []) scope.run(c.id, 'sku', v);
  for (const v of c.categories ?? []) scope.run(c.id, 'category', v);
  for (const v of c.brands ?? []) scope.run(c.id, 'brand', v);
  const key = sqlite.prepare('INSERT INTO campaign_keys (campaign_id, kind, value) VALUES (?, ?, ?)');
  for (const v of c.codes ?? []) key.run(c.id, 'code', v);
  for (const v of c.promotionIds ?? []) key.run(c.id, 'promotion_id', v);
  for (const v of c.names ?? []) key.run(c.id, 'name', v);
  return c.id;
}

export interface StoredAttribution {
  externalId: string;
  skuCode: string | null;
  rule: string;
  discount: number;
}

/** A campaign's stored attribution rows, in a stable order, with the order's external id and line code. */
export function attributionOf(sqlite: BetterSqlite3.Database, campaignId: string): StoredAttribution[] {
  return sqlite
    .prepare(
      `SELECT o.external_id AS externalId, l.sku_code AS skuCode, c.rule, c.discount_minor AS discount
         FROM campaign_order_lines c JOIN order_lines l ON l.id = c.order_line_id JOIN orders o ON o.id = l.order_id
        WHERE c.campaign_id = ? ORDER BY o.external_id, l.line_no`,
    )
    .all(campaignId) as StoredAttribution[];
}

/** Every attribution row of the shop (campaign, order, line number, rule, discount) for before/after checks. */
export function allAttribution(sqlite: BetterSqlite3.Database): unknown[] {
  return sqlite
    .prepare(
      `SELECT c.campaign_id, o.external_id, l.line_no, c.rule, c.discount_minor
         FROM campaign_order_lines c JOIN order_lines l ON l.id = c.order_line_id JOIN orders o ON o.id = l.order_id
        ORDER BY c.campaign_id, o.external_id, l.line_no`,
    )
    .all();
}
