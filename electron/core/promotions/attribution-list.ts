import type { Sqlite } from '../db/connection';
import { notFound } from '../../../shared/api/result';
import {
  attributionRules,
  type AttributionRule,
  type CampaignTerms,
} from '../../../shared/domain/promotions';
import type { CampaignAttributionPage } from '../../../shared/domain/promotions-evaluation';
import { stmt } from '../pricing/raw-context';

/**
 * promotions.attribution: the order lines attributed to a campaign with the rule that matched each (issue 6
 * §5 "the rule used is shown"), newest order first, a page at a time; counts per rule over all of them.
 */

export interface AttributionQuery {
  id: string;
  rule?: AttributionRule;
  /** From 1. */
  page?: number;
  pageSize?: number;
}

interface Row {
  order_id: string;
  external_id: string;
  storefront_id: string;
  placed_at: string;
  sku_id: string | null;
  sku_code: string | null;
  title: string;
  quantity: number;
  rule: AttributionRule;
  currency: string;
  discount_minor: number;
  promotion_codes: string | null;
}

const PAGE = `
  SELECT o.id AS order_id, o.external_id, o.storefront_id, o.placed_at, l.sku_id,
         coalesce(k.code, l.sku_code) AS sku_code, l.title, l.quantity, c.rule, o.currency, c.discount_minor,
         o.promotion_codes
    FROM campaign_order_lines c
    JOIN order_lines l ON l.id = c.order_line_id
    JOIN orders o ON o.id = l.order_id
    LEFT JOIN skus k ON k.id = l.sku_id
   WHERE c.campaign_id = @id AND (@rule IS NULL OR c.rule = @rule)
   ORDER BY o.placed_at DESC, o.id, l.line_no
   LIMIT @limit OFFSET @offset`;

export function readAttribution(sqlite: Sqlite, q: AttributionQuery): CampaignAttributionPage {
  const campaign = stmt(sqlite, 'SELECT terms FROM campaigns WHERE id = ?').get(q.id) as
    { terms: string } | undefined;
  if (!campaign) throw notFound('campaign', q.id);
  const terms = JSON.parse(campaign.terms) as CampaignTerms;
  const giftSkuId = terms.type === 'gift' ? terms.giftSkuId : null;
  const counts = stmt(
    sqlite,
    'SELECT rule, count(*) AS n FROM campaign_order_lines WHERE campaign_id = ? GROUP BY rule',
  ).all(q.id) as { rule: AttributionRule; n: number }[];
  const byRule = Object.fromEntries(attributionRules.map((r) => [r, 0])) as Record<AttributionRule, number>;
  for (const c of counts) byRule[c.rule] = c.n;
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 50;
  const rows = stmt(sqlite, PAGE).all({
    id: q.id,
    rule: q.rule ?? null,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  }) as Row[];
  return {
    campaignId: q.id,
    page,
    pageSize,
    total: q.rule ? byRule[q.rule] : counts.reduce((s, c) => s + c.n, 0),
    byRule,
    rows: rows.map((r) => ({
      orderId: r.order_id,
      externalId: r.external_id,
      storefrontId: r.storefront_id,
      placedAt: r.placed_at,
      skuId: r.sku_id,
      skuCode: r.sku_code,
      title: r.title,
      quantity: r.quantity,
      rule: r.rule,
      currency: r.currency,
      discountMinor: r.discount_minor,
      gift: giftSkuId !== null && r.sku_id === giftSkuId,
      promotionCodes: r.promotion_codes ? (JSON.parse(r.promotion_codes) as string[]) : [],
    })),
  };
}
