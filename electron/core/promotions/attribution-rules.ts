/**
 * Which campaign an imported order line belongs to, and how much of its seller discount (issue 6 §5). Pure:
 * the database side (attribution.ts) reads orders and campaigns and stores what this returns.
 *
 * Rules, strongest first, for an order on one of the campaign's storefronts placed inside its window:
 * - `code` / `promotion_id` / `name`: the order names one of the campaign's discount codes (Shopify Discount
 *   Code, Etsy Coupon Code, WooCommerce coupons), promotion ids (Amazon promotion-ids) or promotion names.
 *   The order's lines in the campaign's scope are attributed — all its lines when none is in scope, since the
 *   code itself says the campaign was used.
 * - `window`: SKU × storefront × time window, only where no code can tell: the campaign has no keys, or the
 *   order names no code on a platform whose exports never carry codes (Tmall, JD, Pinduoduo, Douyin …). An
 *   order-level campaign (满减, coupon) also needs evidence the order used it — a seller discount on the
 *   order and goods reaching the campaign's minimum — and a gift campaign goods reaching its minimum.
 * A gift campaign also takes the lines of its gift SKU in an attributed order, as gifts (cost, no discount).
 *
 * Discount: a line's seller discount is its line discount plus its share of the order discount (pro rata by
 * line net, largest remainder, so the shares add up to the order discount exactly). When several campaigns
 * claim a line, those of the strongest rule share it evenly (the remainder to the first by id) and weaker
 * ones are recorded with 0: the same money is never counted twice. Amounts stay in the order's currency.
 */
import type { AttributionRule, CampaignType } from '../../../shared/domain/promotions';

/** Platforms whose exports name the codes used; elsewhere a campaign can only be recognised by its window. */
export const CODE_PLATFORMS: ReadonlySet<string> = new Set(['shopify', 'amazon', 'etsy', 'woocommerce']);

const ORDER_LEVEL: ReadonlySet<CampaignType> = new Set(['tiered', 'coupon']);

export interface AttributionCampaign {
  id: string;
  type: CampaignType;
  storefrontIds: ReadonlySet<string>;
  /** null = every SKU of its storefronts (scope left empty). */
  skuIds: ReadonlySet<string> | null;
  /** [startMs, endMs): endMs is the earlier of the window's end and the moment it was cancelled. */
  startMs: number;
  endMs: number;
  /** Normalised with normalizeKey. */
  codes: ReadonlySet<string>;
  promotionIds: ReadonlySet<string>;
  names: ReadonlySet<string>;
  /** Goods (Σ line net) an order needs for the campaign to apply: coupon min spend, lowest 满减 tier, gift minimum. */
  minSpendMinor: number;
  giftSkuId: string | null;
}

export interface AttributionLine {
  id: number;
  skuId: string | null;
  quantity: number;
  unitPriceMinor: number;
  lineDiscountMinor: number;
}

export interface AttributionOrder {
  storefrontId: string;
  platform: string;
  placedMs: number;
  /** Normalised with normalizeKey. */
  codes: readonly string[];
  orderDiscountMinor: number;
  lines: readonly AttributionLine[];
}

export interface Attribution {
  lineId: number;
  campaignId: string;
  rule: AttributionRule;
  /** Seller discount attributed, minor units of the order's currency. */
  discountMinor: number;
  /** The line is the campaign's gift. */
  gift: boolean;
}

/** Codes compare as people type them: full-width = half-width, case and outer spaces ignored. */
export const normalizeKey = (key: string): string => key.normalize('NFKC').trim().toLowerCase();

const RANK: Record<AttributionRule, number> = { code: 0, promotion_id: 0, name: 0, window: 1 };

const hasKeys = (c: AttributionCampaign): boolean => c.codes.size + c.promotionIds.size + c.names.size > 0;
const lineNet = (l: AttributionLine): number => l.quantity * l.unitPriceMinor - l.lineDiscountMinor;

/** Each line's share of the order discount: pro rata by line net, even split when no line has one. */
export function orderDiscountShares(lines: readonly AttributionLine[], discount: number): number[] {
  if (!lines.length) return [];
  const weights = lines.map((l) => Math.max(0, lineNet(l)));
  const total = weights.reduce((a, b) => a + b, 0);
  const w = total > 0 ? weights : lines.map(() => 1);
  const t = total > 0 ? total : lines.length;
  const shares = w.map((x) => Math.floor((discount * x) / t));
  let left = discount - shares.reduce((a, b) => a + b, 0);
  // Largest remainder first; ties to the earlier line, so the split never depends on anything else.
  const order = w
    .map((x, i) => i)
    .sort((a, b) => ((discount * w[b]!) % t) - ((discount * w[a]!) % t) || a - b);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) shares[order[k]!]!++;
  return shares;
}

function ruleFor(c: AttributionCampaign, o: AttributionOrder): AttributionRule | null {
  if (o.codes.some((k) => c.codes.has(k))) return 'code';
  if (o.codes.some((k) => c.promotionIds.has(k))) return 'promotion_id';
  if (o.codes.some((k) => c.names.has(k))) return 'name';
  const codeless = !o.codes.length && !CODE_PLATFORMS.has(o.platform);
  return !hasKeys(c) || codeless ? 'window' : null;
}

/** A window match of an order-level or gift campaign needs the order to show it was used. */
function usedBy(c: AttributionCampaign, o: AttributionOrder): boolean {
  const goods = o.lines.reduce((s, l) => s + lineNet(l), 0);
  if (goods < c.minSpendMinor) return false;
  if (!ORDER_LEVEL.has(c.type)) return true;
  return o.orderDiscountMinor + o.lines.reduce((s, l) => s + l.lineDiscountMinor, 0) > 0;
}

interface Claim {
  campaignId: string;
  rule: AttributionRule;
  gift: boolean;
}

/** Every attribution of one order's lines to the campaigns given (any order of campaigns; same answer). */
export function attributeOrder(
  o: AttributionOrder,
  campaigns: readonly AttributionCampaign[],
): Attribution[] {
  const claims = new Map<number, Claim[]>();
  const claim = (lineId: number, c: Claim) => {
    const list = claims.get(lineId);
    if (list) list.push(c);
    else claims.set(lineId, [c]);
  };
  for (const c of campaigns) {
    if (!c.storefrontIds.has(o.storefrontId) || o.placedMs < c.startMs || o.placedMs >= c.endMs) continue;
    const rule = ruleFor(c, o);
    if (rule === null || (rule === 'window' && !usedBy(c, o))) continue;
    const goods = o.lines.filter((l) => l.skuId !== c.giftSkuId || c.giftSkuId === null);
    const inScope = goods.filter((l) => c.skuIds === null || (l.skuId !== null && c.skuIds.has(l.skuId)));
    const taken = rule !== 'window' && !inScope.length ? goods : inScope;
    if (!taken.length) continue;
    for (const l of taken) claim(l.id, { campaignId: c.id, rule, gift: false });
    if (c.giftSkuId !== null) {
      for (const l of o.lines)
        if (l.skuId === c.giftSkuId) claim(l.id, { campaignId: c.id, rule, gift: true });
    }
  }
  if (!claims.size) return [];

  // A negative discount (a file's price correction) is no campaign's cost: attributed amounts are never below 0.
  const shares = orderDiscountShares(o.lines, Math.max(0, o.orderDiscountMinor));
  const out: Attribution[] = [];
  o.lines.forEach((line, i) => {
    const list = claims.get(line.id);
    if (!list) return;
    const pool = Math.max(0, line.lineDiscountMinor + shares[i]!);
    const payers = list.filter((c) => !c.gift);
    const best = Math.min(...payers.map((c) => RANK[c.rule]));
    const sharing = payers
      .filter((c) => RANK[c.rule] === best)
      .sort((a, b) => (a.campaignId < b.campaignId ? -1 : 1));
    const each = sharing.length ? Math.trunc(pool / sharing.length) : 0;
    const rest = pool - each * sharing.length;
    for (const c of [...list].sort((a, b) => (a.campaignId < b.campaignId ? -1 : 1))) {
      const k = sharing.indexOf(c);
      const discountMinor = k < 0 ? 0 : each + (k === 0 ? rest : 0);
      out.push({ lineId: line.id, campaignId: c.campaignId, rule: c.rule, discountMinor, gift: c.gift });
    }
  });
  return out;
}
