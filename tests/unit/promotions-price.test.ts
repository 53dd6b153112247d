import { describe, expect, it } from 'vitest';
import type { CampaignTerms } from '../../shared/domain/promotions';
import { frac } from '../../shared/logic/fraction';
import { floorMinor, worstUnitPrice, type PricedTerms } from '../../shared/logic/promotions';

/** Every figure is worked by hand in the comment beside it (fen; ¥129 = 12900). */
const t = (...terms: CampaignTerms[]): PricedTerms[] => terms.map((terms) => ({ terms }));
const price = (list: number, stack: PricedTerms[]) => {
  const worst = worstUnitPrice(list, stack);
  return { minor: floorMinor(worst.exact), units: worst.basketUnits };
};
type Terms<T extends CampaignTerms['type']> = Extract<CampaignTerms, { type: T }>;
const mj300: Terms<'tiered'> = { type: 'tiered', tiers: [{ thresholdMinor: 30000, offMinor: 4000 }] };
const coupon200: Terms<'coupon'> = {
  type: 'coupon',
  discount: { kind: 'amount', offMinor: 2000 },
  maxOffMinor: null,
  minSpendMinor: 20000,
  quantityIssued: 1000,
};

describe('each campaign type alone', () => {
  it('takes percentage, fixed, flash and member discounts off the listing price', () => {
    expect(price(12900, t({ type: 'percentage', offBp: 2000 }))).toEqual({ minor: 10320, units: 1 }); // 129 × 0.8
    expect(price(12900, t({ type: 'fixed', offMinor: 1000 }))).toEqual({ minor: 11900, units: 1 });
    const flash = (discount: { kind: 'percent'; offBp: number } | { kind: 'amount'; offMinor: number }) =>
      ({ type: 'flash', discount, quantityCap: 50 }) as const;
    expect(price(12900, t(flash({ kind: 'percent', offBp: 3000 }))).minor).toBe(9030); // 129 × 0.7
    expect(price(12900, t(flash({ kind: 'amount', offMinor: 2000 }))).minor).toBe(10900);
    expect(price(12900, t({ type: 'member', discount: { kind: 'percent', offBp: 500 } })).minor).toBe(12255);
  });

  it('spreads 满300减40 on a ¥129 SKU over the 3 units that reach it', () => {
    // 2 × 129 = 258 < 300; 3 × 129 = 387 ≥ 300: ¥40 ÷ 3 = ¥13.333… a unit → ¥115.666… → 11566 (rounded down).
    const worst = worstUnitPrice(12900, t(mj300));
    expect(worst.exact).toEqual(frac(12900 * 3 - 4000, 3));
    expect(price(12900, t(mj300))).toEqual({ minor: 11566, units: 3 });
  });

  it('picks the deepest tier per unit among several', () => {
    // 满300减40: 3 units, 40 ÷ 3 = 13.33; 满500减80: 4 units (516), 80 ÷ 4 = 20 → 129 − 20 = 109.
    const tiers: Terms<'tiered'> = {
      type: 'tiered',
      tiers: [mj300.tiers[0]!, { thresholdMinor: 50000, offMinor: 8000 }],
    };
    expect(price(12900, t(tiers))).toEqual({ minor: 10900, units: 4 });
    // A ¥600 SKU reaches the top tier alone: 600 − 80 = 520.
    expect(price(60000, t(tiers))).toEqual({ minor: 52000, units: 1 });
  });

  it('applies a coupon at its minimum spend', () => {
    // 满200减20: 2 units (258) reach ¥200: 20 ÷ 2 = 10 → 119.
    expect(price(12900, t(coupon200))).toEqual({ minor: 11900, units: 2 });
    // 10 % off any order, at most ¥10: one unit 12.90 off → capped at 10 → 119.
    const percent = {
      ...coupon200,
      discount: { kind: 'percent', offBp: 1000 },
      maxOffMinor: 1000,
      minSpendMinor: 0,
    } as const;
    expect(price(12900, t(percent))).toEqual({ minor: 11900, units: 1 });
    // Without the cap: 129 × 0.9 = 116.1.
    expect(price(12900, t({ ...percent, maxOffMinor: null })).minor).toBe(11610);
  });

  it('counts a gift as its cost spread over the units of the order', () => {
    const gift = (minSpendMinor: number) => [
      {
        terms: { type: 'gift', giftSkuId: 'g', giftQuantity: 1, minSpendMinor } as const,
        giftUnitCost: frac(1500),
      },
    ];
    expect(price(12900, gift(0))).toEqual({ minor: 11400, units: 1 }); // 129 − 15
    expect(price(12900, gift(30000))).toEqual({ minor: 12400, units: 3 }); // 3 units for ¥300: 15 ÷ 3 = 5
    // Two gift units costing ¥7.50 each are one ¥15 gift; an unknown gift cost counts 0.
    expect(
      price(12900, [
        {
          terms: { type: 'gift', giftSkuId: 'g', giftQuantity: 2, minSpendMinor: 0 },
          giftUnitCost: frac(750),
        },
      ]).minor,
    ).toBe(11400);
    expect(
      price(12900, [{ terms: { type: 'gift', giftSkuId: 'g', giftQuantity: 1, minSpendMinor: 0 } }]).minor,
    ).toBe(12900);
  });

  it('reads a multi-buy as the average unit price of its group', () => {
    // 第二件半价: (129 + 64.5) ÷ 2 = 96.75; 3件8折: 129 × 0.8 = 103.2, in a basket of 3.
    expect(price(12900, t({ type: 'multibuy', mode: 'nthUnit', units: 2, offBp: 5000 }))).toEqual({
      minor: 9675,
      units: 2,
    });
    expect(price(12900, t({ type: 'multibuy', mode: 'bundle', units: 3, offBp: 2000 }))).toEqual({
      minor: 10320,
      units: 3,
    });
  });
});

describe('stacked campaigns', () => {
  it('percentage then 满减 on the discounted price', () => {
    // 129 × 0.8 = 103.2; 3 units = 309.6 ≥ 300: 40 ÷ 3 = 13.333 → 89.866… → 8986.
    expect(price(12900, t({ type: 'percentage', offBp: 2000 }, mj300))).toEqual({ minor: 8986, units: 3 });
  });

  it('满减 and a coupon in the same basket', () => {
    // 2 units (258): coupon only, 20 ÷ 2 = 10 → 119; 3 units (387): 40 + 20 = 60 ÷ 3 = 20 → 109.
    expect(price(12900, t(mj300, coupon200))).toEqual({ minor: 10900, units: 3 });
  });

  it('a multi-buy with 满减 fills whole groups', () => {
    // 96.75 a unit; 4 units (2 groups) = 387 ≥ 300: 40 ÷ 4 = 10 → 86.75.
    expect(price(12900, t({ type: 'multibuy', mode: 'nthUnit', units: 2, offBp: 5000 }, mj300))).toEqual({
      minor: 8675,
      units: 4,
    });
  });

  it('adds unit discounts told to stack on the listing price, and never goes below 0', () => {
    // 20 % + 20 % of 129 = 51.6 off → 77.4 (not 129 × 0.8 × 0.8 = 82.56).
    expect(
      price(
        12900,
        t(
          { type: 'percentage', offBp: 2000 },
          { type: 'member', discount: { kind: 'percent', offBp: 2000 } },
        ),
      ).minor,
    ).toBe(7740);
    expect(price(12900, t({ type: 'fixed', offMinor: 20000 })).minor).toBe(0);
    // A gift on top of a free item is a loss: −15.
    expect(
      price(12900, [
        { terms: { type: 'fixed', offMinor: 20000 } },
        {
          terms: { type: 'gift', giftSkuId: 'g', giftQuantity: 1, minSpendMinor: 0 },
          giftUnitCost: frac(1500),
        },
      ]).minor,
    ).toBe(-1500);
  });

  const gift = (minSpendMinor: number): PricedTerms => ({
    terms: { type: 'gift', giftSkuId: 'g', giftQuantity: 1, minSpendMinor },
    giftUnitCost: frac(1500),
  });
  const couponPct = {
    terms: {
      type: 'coupon',
      discount: { kind: 'percent', offBp: 1000 },
      maxOffMinor: null,
      minSpendMinor: 0,
      quantityIssued: 9,
    },
  } as const;
  it.each([
    // 103.2 a unit; 2 units (206.4) reach ¥200: 20 ÷ 2 = 10 → 93.2.
    ['20 % + 满200减20 coupon', t({ type: 'percentage', offBp: 2000 }, coupon200), 9320, 2],
    // 119; 3 units (357): 40 ÷ 3 → 105.666….
    ['¥10 off + 满300减40', t({ type: 'fixed', offMinor: 1000 }, mj300), 10566, 3],
    // 90.3; 4 units (361.2): 40 ÷ 4 = 10 → 80.3.
    [
      'flash 30 % + 满300减40',
      t({ type: 'flash', discount: { kind: 'percent', offBp: 3000 }, quantityCap: 9 }, mj300),
      8030,
      4,
    ],
    // 122.55, then 10 % of one unit's order: 110.295.
    [
      'member 5 % + 10 % coupon',
      [...t({ type: 'member', discount: { kind: 'percent', offBp: 500 } }), couponPct],
      11029,
      1,
    ],
    // 3件8折 103.2; the coupon needs 2 units, groups hold 3 (309.6): 20 ÷ 3 → 96.533….
    [
      '3件8折 + 满200减20',
      t({ type: 'multibuy', mode: 'bundle', units: 3, offBp: 2000 }, coupon200),
      9653,
      3,
    ],
    // 1 unit: 129 − 15 = 114; 3 units: (40 + 15) ÷ 3 = 18.333 → 110.666….
    ['满300减40 + gift', [...t(mj300), gift(0)], 11066, 3],
    // 2 units: 20 ÷ 2 → 119; 3 units reach the gift too: (20 + 15) ÷ 3 = 11.67 → 117.33, the lower one.
    ['coupon + gift from ¥300', [...t(coupon200), gift(30000)], 11733, 3],
  ] as const)('%s on ¥129', (_name, stack, minor, units) => {
    expect(price(12900, [...stack])).toEqual({ minor, units });
  });

  it('rounds the exact price down once, at the end', () => {
    // 9.99 × 0.85 = 8.4915 → 849; −1/3 fen rounds to −1.
    expect(price(999, t({ type: 'percentage', offBp: 1500 })).minor).toBe(849);
    expect(floorMinor(frac(-1, 3))).toBe(-1);
    expect(floorMinor(frac(7, 1))).toBe(7);
  });
});
