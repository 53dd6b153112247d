import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../shared/logic/promotions';
import { campaign, coupon, day, fixed, listing, pct, tiered } from '../helpers/promotion-builders';

const november = { startAt: day(1), endAt: day(30) };
const mug = listing('mug', 12900, 11000);
const jdMug = listing('mug', 12900, 11000, 'jd');
const kinds = (found: ReturnType<typeof findConflicts>) =>
  found.map((c) => [c.kind, c.skuId, c.storefrontIds.join('+'), c.campaignIds.join('+'), c.from, c.to]);

describe('conflicts on one SKU × storefront', () => {
  it('lists overlapping campaigns that do not stack, for the stretch they overlap', () => {
    const a = campaign('a', pct(1000), { from: 1, to: 10 });
    const b = campaign('b', fixed(500), { from: 6, to: 15 });
    expect(kinds(findConflicts([a, b], [mug], november))).toEqual([
      ['noStack', 'mug', 'tmall', 'a+b', day(6), day(10)],
    ]);
    // Back to back is not overlapping.
    const c = campaign('c', fixed(500), { from: 10, to: 15 });
    expect(findConflicts([a, c], [mug], november)).toEqual([]);
  });

  it('lists campaigns that stack below the floor, with the price and the floor', () => {
    const mj = campaign('mj', tiered([30000, 4000]));
    const sale = campaign('sale', pct(2000), { from: 3, to: 20 });
    const [found] = findConflicts([mj, sale], [mug], november);
    expect(found).toMatchObject({
      kind: 'belowFloor',
      campaignIds: ['mj', 'sale'],
      from: day(3),
      to: day(12),
      effectivePriceMinor: 8986,
      floorMinor: 11000,
    });
  });

  it('leaves alone a single campaign below the floor and stacks that stay above it', () => {
    const deep = campaign('deep', pct(5000));
    expect(findConflicts([deep], [mug], november)).toEqual([]);
    const mj = campaign('mj', tiered([30000, 4000]));
    const small = campaign('cp', coupon(30000, 500));
    // 3 units: (40 + 5) ÷ 3 = 15 → 114 ≥ 110.
    expect(findConflicts([mj, small], [mug], november)).toEqual([]);
  });

  it('keeps to the window asked for', () => {
    const a = campaign('a', pct(1000), { from: 1, to: 10 });
    const b = campaign('b', fixed(500), { from: 6, to: 15 });
    expect(findConflicts([a, b], [mug], { startAt: day(12), endAt: day(30) })).toEqual([]);
    expect(kinds(findConflicts([a, b], [mug], { startAt: day(8), endAt: day(30) }))[0]?.slice(4)).toEqual([
      day(8),
      day(10),
    ]);
  });
});

describe('the same SKU on different storefronts', () => {
  it('flags different terms at the same time, joined over the stretches they last', () => {
    const tm = campaign('tm', tiered([30000, 4000]), { from: 1, to: 20 });
    const jd = campaign('jd', coupon(20000, 2000), { from: 5, to: 25, storefrontIds: ['jd'] });
    // A second Tmall campaign cuts the window at the 10th, but Tmall's terms differ from JD's throughout.
    const tmGift = campaign(
      'gift',
      { type: 'gift', giftSkuId: 'g', giftQuantity: 1, minSpendMinor: 0 },
      { from: 10, to: 12 },
    );
    expect(
      kinds(findConflicts([tm, jd, tmGift], [mug, jdMug], november)).filter(
        (k) => k[0] === 'crossStorefront',
      ),
    ).toEqual([
      ['crossStorefront', 'mug', 'jd+tmall', 'jd+tm', day(5), day(10)],
      ['crossStorefront', 'mug', 'jd+tmall', 'gift+jd+tm', day(10), day(12)],
      ['crossStorefront', 'mug', 'jd+tmall', 'jd+tm', day(12), day(20)],
    ]);
  });

  it('is quiet when the terms are the same: one campaign on both, or two with equal terms', () => {
    const both = campaign('both', pct(1000), { storefrontIds: ['tmall', 'jd'] });
    expect(findConflicts([both], [mug, jdMug], november)).toEqual([]);
    const tm = campaign('tm', { type: 'tiered', tiers: [{ thresholdMinor: 30000, offMinor: 4000 }] });
    const jd = campaign(
      'jd',
      { tiers: [{ offMinor: 4000, thresholdMinor: 30000 }], type: 'tiered' } as never,
      {
        storefrontIds: ['jd'],
      },
    );
    expect(findConflicts([tm, jd], [mug, jdMug], november)).toEqual([]);
    // Promoted on Tmall only: JD's regular price is a choice, not a clash.
    expect(findConflicts([tm], [mug, jdMug], november)).toEqual([]);
  });
});
