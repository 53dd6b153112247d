import { describe, expect, it } from 'vitest';
import { frac } from '../../shared/logic/fraction';
import {
  campaignStateAt,
  campaignsStack,
  DEFAULT_STACKS_WITH,
  guardrailRows,
  windowsOverlap,
} from '../../shared/logic/promotions';
import { campaign, coupon, day, fixed, listing, pct, tiered } from '../helpers/promotion-builders';

describe('stacking defaults', () => {
  it('lets 满减 stack with coupons and item prices, but not with another 满减', () => {
    const mj = campaign('mj', tiered([30000, 4000]));
    expect(campaignsStack(mj, campaign('c', coupon(20000, 2000)))).toBe(true);
    expect(campaignsStack(mj, campaign('p', pct(2000)))).toBe(true);
    expect(campaignsStack(mj, campaign('mj2', tiered([20000, 2000])))).toBe(false);
    expect(campaignsStack(campaign('c1', coupon(0, 500)), campaign('c2', coupon(0, 800)))).toBe(false);
    expect(campaignsStack(campaign('p', pct(1000)), campaign('f', fixed(500)))).toBe(false);
    expect(
      campaignsStack(
        campaign('g1', { type: 'gift', giftSkuId: 'x', giftQuantity: 1, minSpendMinor: 0 }),
        campaign('g2', { type: 'gift', giftSkuId: 'y', giftQuantity: 1, minSpendMinor: 0 }),
      ),
    ).toBe(true);
  });

  it('is symmetric by default, and either side can refuse with its own list', () => {
    for (const [a, allowed] of Object.entries(DEFAULT_STACKS_WITH))
      for (const b of allowed) expect(DEFAULT_STACKS_WITH[b], `${a}/${b}`).toContain(a);
    const exclusive = campaign('mj', tiered([30000, 4000]), { stacksWith: [] });
    expect(campaignsStack(exclusive, campaign('c', coupon(20000, 2000)))).toBe(false);
    const greedy = campaign('p1', pct(1000), { stacksWith: ['percentage'] });
    expect(campaignsStack(greedy, campaign('p2', pct(1000)))).toBe(false); // p2 keeps the default
    expect(campaignsStack(greedy, campaign('p3', pct(1000), { stacksWith: ['percentage'] }))).toBe(true);
  });
});

describe('campaign states', () => {
  it('reads scheduled, active and ended off the clock; drafts and cancelled stay', () => {
    const at = (d: number) => campaignStateAt('scheduled', day(5), day(10), day(d));
    expect([at(4), at(5), at(9), at(10)]).toEqual(['scheduled', 'active', 'active', 'ended']);
    expect(campaignStateAt('draft', day(5), day(10), day(20))).toBe('draft');
    expect(campaignStateAt('cancelled', day(5), day(10), day(7))).toBe('cancelled');
    expect(windowsOverlap({ startAt: day(1), endAt: day(5) }, { startAt: day(5), endAt: day(9) })).toBe(
      false,
    );
    expect(windowsOverlap({ startAt: day(1), endAt: day(6) }, { startAt: day(5), endAt: day(9) })).toBe(true);
  });
});

describe('guardrail rows', () => {
  const mug = listing('mug', 12900, 11000);

  it('gives 满300减40 alone on a ¥129 SKU 115.66 — above a ¥110 floor', () => {
    const [row] = guardrailRows(campaign('mj', tiered([30000, 4000])), [], [mug]);
    expect(row).toMatchObject({
      skuId: 'mug',
      listPriceMinor: 12900,
      effectivePriceMinor: 11566,
      floorMinor: 11000,
      belowFloor: false,
      stacked: ['mj'],
      basketUnits: 3,
      from: day(1),
      to: day(12),
    });
  });

  it('stacks an overlapping 20 % off below the floor, naming both campaigns and their overlap', () => {
    const mj = campaign('mj', tiered([30000, 4000]));
    const sale = campaign('sale', pct(2000), { from: 3, to: 20 });
    const [row] = guardrailRows(mj, [sale], [mug]);
    expect(row).toMatchObject({
      effectivePriceMinor: 8986,
      belowFloor: true,
      stacked: ['mj', 'sale'],
      from: day(3),
      to: day(12),
    });
  });

  it('prices a non-stacking pair apart: a second 满减 never adds to the first', () => {
    const a = campaign('a', tiered([30000, 4000]));
    const b = campaign('b', tiered([20000, 5000]));
    expect(guardrailRows(a, [b], [mug])[0]).toMatchObject({ effectivePriceMinor: 11566, stacked: ['a'] });
    // b alone: 2 units (258) reach ¥200, 50 ÷ 2 = 25 → 104.
    expect(guardrailRows(b, [a], [mug])[0]).toMatchObject({
      effectivePriceMinor: 10400,
      stacked: ['b'],
      belowFloor: true,
    });
  });

  it('finds the worst stretch of windows that only partly overlap', () => {
    // A 10 % off 1–10 Nov; C ¥20 off 1–5 Nov (does not stack with A); B coupon 满200减20 8–20 Nov (stacks).
    const a = campaign('a', pct(1000), { from: 1, to: 10 });
    const b = campaign('b', coupon(20000, 2000), { from: 8, to: 20 });
    const c = campaign('c', fixed(2000), { from: 1, to: 5 });
    // 1–8 Nov: A alone, 116.10; 8–10 Nov: A + B, 2 units (232.2) → 116.10 − 10 = 106.10.
    const [row] = guardrailRows(a, [b, c], [mug]);
    expect(row).toMatchObject({
      effectivePriceMinor: 10610,
      stacked: ['a', 'b'],
      from: day(8),
      to: day(10),
      basketUnits: 2,
    });
    // A campaign that ends before the other starts never stacks with it.
    const early = campaign('early', pct(1000), { from: 1, to: 8 });
    expect(guardrailRows(early, [b], [mug])[0]).toMatchObject({
      effectivePriceMinor: 11610,
      stacked: ['early'],
    });
  });

  it('takes the deepest of several stacks: coupon with 满减 beats coupon with a percentage that 满减 excludes', () => {
    const cp = campaign('cp', coupon(20000, 2000));
    const mj = campaign('mj', tiered([30000, 4000]), { stacksWith: ['coupon'] });
    const sale = campaign('sale', pct(500));
    // {cp, mj}: 3 units, (40 + 20) ÷ 3 = 20 → 109; {cp, sale}: 122.55, 2 units: 10 → 112.55 → 109 is worse.
    const [row] = guardrailRows(cp, [mj, sale], [mug]);
    expect(row).toMatchObject({ effectivePriceMinor: 10900, stacked: ['cp', 'mj'] });
  });

  it('covers only its storefronts and scope, and sorts below-floor rows first', () => {
    const cup = { ...listing('cup', 5000, 4800), category: 'drinkware' };
    const pen = { ...listing('pen', 2000, 1000), brand: 'Hero' };
    const jdMug = listing('mug', 13900, 12000, 'jd');
    const sale = campaign('sale', pct(1000), {
      scope: { skuIds: ['mug'], categories: ['drinkware'], brands: [] },
    });
    const rows = guardrailRows(sale, [], [mug, cup, pen, jdMug]);
    expect(rows.map((r) => [r.skuId, r.effectivePriceMinor, r.belowFloor])).toEqual([
      ['cup', 4500, true],
      ['mug', 11610, false],
    ]);
    const byBrand = campaign('brand', pct(1000), {
      scope: { skuIds: [], categories: [], brands: ['Hero'] },
      storefrontIds: ['tmall', 'jd'],
    });
    expect(guardrailRows(byBrand, [], [mug, cup, pen, jdMug]).map((r) => r.skuId)).toEqual(['pen']);
  });

  it('gives the margin at the effective price and no verdict without a floor', () => {
    // Cost 60.00, commission 5 %: at 100.00 the fees are 5.00, profit 35.00 → 35 %.
    const setup = {
      unitCost: frac(6000),
      commissionRateBp: 500,
      paymentFeeRateBp: 0,
      fixedFeePerOrderMinor: 0,
      shippingPerOrderMinor: 0,
      unitsPerOrder: 1,
      discountMinor: 0,
    };
    const priced = { ...listing('mug', 12500, null), setup };
    const [row] = guardrailRows(campaign('sale', pct(2000)), [], [priced]);
    expect(row).toMatchObject({
      effectivePriceMinor: 10000,
      marginBp: 3500,
      floorMinor: null,
      belowFloor: null,
    });
  });
});
