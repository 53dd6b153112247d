import { describe, expect, it } from 'vitest';
import {
  attributeOrder,
  normalizeKey,
  orderDiscountShares,
  type AttributionCampaign,
  type AttributionOrder,
} from '../../electron/core/promotions/attribution-rules';

const T0 = Date.parse('2024-11-01T00:00:00Z');
const T1 = Date.parse('2024-11-12T00:00:00Z');

const campaign = (over: Partial<AttributionCampaign>): AttributionCampaign => ({
  id: 'c',
  type: 'percentage',
  storefrontIds: new Set(['tm']),
  skuIds: null,
  startMs: T0,
  endMs: T1,
  codes: new Set(),
  promotionIds: new Set(),
  names: new Set(),
  minSpendMinor: 0,
  giftSkuId: null,
  ...over,
});

/** ¥300 of mugs + ¥100 of plates, ¥40 off the order (满300减40), on Tmall on Nov 11. */
const order = (over: Partial<AttributionOrder> = {}): AttributionOrder => ({
  storefrontId: 'tm',
  platform: 'tmall',
  placedMs: Date.parse('2024-11-10T16:00:00Z'),
  codes: [],
  orderDiscountMinor: 4_000,
  lines: [
    { id: 1, skuId: 'mug', quantity: 3, unitPriceMinor: 10_000, lineDiscountMinor: 0 },
    { id: 2, skuId: 'plate', quantity: 1, unitPriceMinor: 10_000, lineDiscountMinor: 0 },
  ],
  ...over,
});

describe('orderDiscountShares — pro rata by line net, exact to the fen', () => {
  it('¥40 over 300 : 100 is 30 : 10; ¥1 over three equal lines gives the remainder to the first', () => {
    expect(orderDiscountShares(order().lines, 4_000)).toEqual([3_000, 1_000]);
    const three = [1, 2, 3].map((id) => ({
      id,
      skuId: null,
      quantity: 1,
      unitPriceMinor: 500,
      lineDiscountMinor: 0,
    }));
    expect(orderDiscountShares(three, 100)).toEqual([34, 33, 33]);
  });

  it('largest remainder first: 2,000 over 19,900 : 9,900 → 1335.57 / 664.43 → 1336 + 664', () => {
    const lines = [
      { id: 1, skuId: null, quantity: 1, unitPriceMinor: 19_900, lineDiscountMinor: 0 },
      { id: 2, skuId: null, quantity: 2, unitPriceMinor: 4_950, lineDiscountMinor: 0 },
    ];
    expect(orderDiscountShares(lines, 2_000)).toEqual([1_336, 664]);
  });

  it('free lines only: an even split', () => {
    const free = [1, 2].map((id) => ({
      id,
      skuId: null,
      quantity: 1,
      unitPriceMinor: 0,
      lineDiscountMinor: 0,
    }));
    expect(orderDiscountShares(free, 3)).toEqual([2, 1]);
  });
});

describe('attributeOrder — rules and the split between campaigns', () => {
  it('window: a 满减 without keys on Tmall takes the in-scope mug line and its ¥30 share', () => {
    const mj = campaign({ id: 'mj', type: 'tiered', skuIds: new Set(['mug']), minSpendMinor: 30_000 });
    expect(attributeOrder(order(), [mj])).toEqual([
      { lineId: 1, campaignId: 'mj', rule: 'window', discountMinor: 3_000, gift: false },
    ]);
  });

  it('window needs evidence for a 满减 or coupon: no seller discount, or goods below the minimum, is no use', () => {
    const mj = campaign({ type: 'tiered', minSpendMinor: 30_000 });
    expect(attributeOrder(order({ orderDiscountMinor: 0 }), [mj])).toEqual([]);
    expect(attributeOrder(order(), [campaign({ type: 'coupon', minSpendMinor: 50_000 })])).toEqual([]);
  });

  it('outside the window ([start, end)), another storefront, or a draft scope with no line: nothing', () => {
    expect(attributeOrder(order({ placedMs: T1 }), [campaign({})])).toEqual([]);
    expect(attributeOrder(order({ placedMs: T0 - 1 }), [campaign({})])).toEqual([]);
    expect(attributeOrder(order({ storefrontId: 'jd' }), [campaign({})])).toEqual([]);
    expect(attributeOrder(order(), [campaign({ skuIds: new Set(['bowl']) })])).toEqual([]);
  });

  it('a code matches case- and width-blind, and takes all lines when none is in scope', () => {
    const c = campaign({ id: 'bf', codes: new Set([normalizeKey('BFCM25')]), skuIds: new Set(['bowl']) });
    const coded = order({ platform: 'shopify', codes: [normalizeKey('ｂｆｃｍ２５ ')] });
    expect(attributeOrder(coded, [c]).map((a) => [a.lineId, a.rule, a.discountMinor])).toEqual([
      [1, 'code', 3_000],
      [2, 'code', 1_000],
    ]);
  });

  it('a campaign with keys skips codeless orders on platforms whose exports name codes', () => {
    const c = campaign({ codes: new Set(['bfcm25']) });
    expect(attributeOrder(order({ platform: 'shopify' }), [c])).toEqual([]);
    // On Tmall the export never names codes: the window decides.
    expect(attributeOrder(order(), [c])).toHaveLength(2);
    // An order naming another code did not use this one.
    expect(attributeOrder(order({ codes: ['welcome10'] }), [c])).toEqual([]);
  });

  it('promotion id and name rules; a code beats a window; equals share evenly, remainder to the first id', () => {
    const byId = campaign({ id: 'a', promotionIds: new Set(['promo-1']) });
    const byName = campaign({ id: 'b', names: new Set(['双11满300减40']) });
    const sale = campaign({ id: 'z' });
    const o = order({ codes: ['promo-1', '双11满300减40'], orderDiscountMinor: 4_001 });
    const rows = attributeOrder(o, [sale, byName, byId]);
    expect(rows.map((r) => [r.lineId, r.campaignId, r.rule, r.discountMinor])).toEqual([
      [1, 'a', 'promotion_id', 1_501], // the mug line's 3,001 shared by two campaigns of equal rank
      [1, 'b', 'name', 1_500],
      [1, 'z', 'window', 0],
      [2, 'a', 'promotion_id', 500],
      [2, 'b', 'name', 500],
      [2, 'z', 'window', 0],
    ]);
    // Campaigns in another order give the same answer.
    expect(attributeOrder(o, [byId, sale, byName])).toEqual(rows);
  });

  it('a gift campaign takes the gift lines as gifts (no discount) and its buying lines', () => {
    const g = campaign({ id: 'g', type: 'gift', giftSkuId: 'tote', minSpendMinor: 20_000 });
    const withGift = order({
      orderDiscountMinor: 0,
      lines: [
        ...order().lines,
        { id: 3, skuId: 'tote', quantity: 1, unitPriceMinor: 0, lineDiscountMinor: 0 },
      ],
    });
    expect(attributeOrder(withGift, [g]).map((r) => [r.lineId, r.gift, r.discountMinor])).toEqual([
      [1, false, 0],
      [2, false, 0],
      [3, true, 0],
    ]);
    expect(attributeOrder({ ...withGift, lines: withGift.lines.slice(1) }, [g])).toEqual([]); // ¥100 < ¥200
  });

  it('a negative discount (a price correction in the file) is attributed as 0, never below', () => {
    const rows = attributeOrder(order({ orderDiscountMinor: -500 }), [campaign({})]);
    expect(rows.map((r) => r.discountMinor)).toEqual([0, 0]);
  });
});
