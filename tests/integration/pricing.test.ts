import { afterEach, describe, expect, it } from 'vitest';
import type { Listing } from '../../shared/domain/catalog';
import type { PricingWorkbench } from '../../shared/domain/pricing';
import { frac } from '../../shared/logic/fraction';
import {
  breakEvenPrice,
  figuresAt,
  priceFloor,
  suggestedPrice,
  type PriceSetup,
} from '../../shared/logic/pricing';
import { tempCore } from '../helpers/temp-core';
import {
  costOf,
  createProduct,
  createStorefront,
  shopifyFields,
  tmallFields,
  value,
  type TempCore,
} from '../helpers/catalog-data';

let core: TempCore;
afterEach(async () => core?.cleanup());

async function shop(): Promise<TempCore> {
  const c = await tempCore();
  await value(c.dispatch('settings', 'update', { baseCurrency: 'CNY', timezone: 'Asia/Shanghai' }));
  return c;
}

const bench = (query: object) => value<PricingWorkbench>(core.dispatch('pricing', 'workbench', query));

describe('pricing.workbench on a CNY storefront', () => {
  it('gives the figures of the pure functions on the real rows, with the category commission', async () => {
    core = await shop();
    const tmall = await createStorefront(core, tmallFields);
    const product = await createProduct(core, {
      name: 'Mug',
      category: '家居',
      skus: [{ code: 'MUG', name: 'Mug', cost: costOf(3400) }],
    });
    const listing = await value<Listing>(
      core.dispatch('catalog', 'upsertListing', {
        skuId: product.skus[0]!.id,
        storefrontId: tmall.id,
        priceMinor: 5900,
      }),
    );
    const result = await bench({ listingId: listing.id, targetMarginBp: 3000, ending: '9' });

    // 家居 commission 4 % (not the storefront's 5 %), payment 0.6 %, shipping ¥8.00, cost ¥34.00.
    // Break-even: 4200 ÷ (1 − 0.046) = 4402.52 → 4403. At ¥59.00: fees 236 + 35.4 = 271.4 → 271;
    // profit 5900 − 271.4 − 4200 = 1428.6 → 1429; margin 1428.6 ÷ 5900 = 24.21 % → 2421 bp.
    // Floor (default minimum 5 %): 4200 ÷ 0.904 = 4646.02 → 4647. 30 %: 4200 ÷ 0.654 = 6422.02 → 6423 → "9" → ¥69.
    expect(result).toMatchObject({
      listingId: listing.id,
      currency: 'CNY',
      fx: null,
      unitCostBaseMinor: 3400,
      unitCostMinor: 3400,
      commissionRateBp: 400,
      commissionSource: 'category',
      shippingShareMinor: 800,
      atPrice: { priceMinor: 5900, fees: { totalMinor: 271 }, profitMinor: 1429, marginBp: 2421 },
      breakEven: { ok: true, priceMinor: 4403 },
      minMarginBp: 500,
      computedFloor: { ok: true, priceMinor: 4647 },
      effectiveFloorMinor: 4647,
      belowFloor: false,
      suggested: { ok: true, targetMarginBp: 3000, ending: '9', exactMinor: 6423, priceMinor: 6900 },
    });
    const setup: PriceSetup = {
      unitCost: frac(3400),
      commissionRateBp: 400,
      paymentFeeRateBp: 60,
      fixedFeePerOrderMinor: 0,
      shippingPerOrderMinor: 800,
      unitsPerOrder: 1,
      discountMinor: 0,
    };
    expect(result.atPrice).toEqual(figuresAt(setup, 5900));
    expect(result.breakEven).toEqual(breakEvenPrice(setup));
    expect(result.computedFloor).toEqual(priceFloor(setup, 500));
    expect(result.suggested).toMatchObject(suggestedPrice(setup, 3000, '9', 'CNY'));
  });

  it("uses the listing's own floor, the shop's minimum margin, and says when a target is unreachable", async () => {
    core = await shop();
    const tmall = await createStorefront(core, tmallFields);
    const product = await createProduct(core, {
      name: 'Mug',
      skus: [{ code: 'MUG', name: 'Mug', cost: costOf(3400) }],
    });
    const skuId = product.skus[0]!.id;
    await value(
      core.dispatch('catalog', 'upsertListing', {
        skuId,
        storefrontId: tmall.id,
        priceMinor: 5900,
        priceFloorMinor: 5000,
      }),
    );
    const below = await bench({ skuId, storefrontId: tmall.id, priceMinor: 4999, targetMarginBp: 10_000 });
    expect(below).toMatchObject({
      commissionSource: 'storefront',
      listingFloorMinor: 5000,
      effectiveFloorMinor: 5000,
      belowFloor: true,
      suggested: { ok: false, reason: 'targetUnreachable' },
    });
    // With a 0 % minimum the computed floor is the break-even price: 4200 ÷ 0.944 = 4449.15 → 4450.
    await value(core.dispatch('settings', 'update', { minMarginBp: 0 }));
    expect(await bench({ skuId, storefrontId: tmall.id })).toMatchObject({
      minMarginBp: 0,
      breakEven: { priceMinor: 4450 },
      computedFloor: { priceMinor: 4450 },
      atPrice: { priceMinor: 5900 },
      suggested: null,
    });
  });
});

describe('pricing.workbench across currencies', () => {
  it('converts the cost at the FX rate of the day in the shop time zone, with the cost at that time', async () => {
    core = await shop();
    const shopify = await createStorefront(core, shopifyFields);
    await value(core.dispatch('fx', 'add', { currency: 'USD', date: '2024-01-02', rate: '8' }));
    await value(core.dispatch('fx', 'add', { currency: 'USD', date: '2024-06-01', rate: '7.2' }));
    const product = await createProduct(core, {
      name: 'Mug',
      skus: [{ code: 'MUG', name: 'Mug', cost: costOf(3600, '2023-01-01T00:00:00Z') }],
    });
    const skuId = product.skus[0]!.id;
    await value(core.dispatch('catalog', 'setCost', { skuId, ...costOf(7200, '2024-06-01T00:00:00Z') }));
    const at = (when: string, extra: object = {}) =>
      bench({ skuId, storefrontId: shopify.id, priceMinor: 1999, at: when, ...extra });

    // March: ¥36.00 at 8 → $4.50; K = 450 + 30 + 650 = 1130; break-even 1130 ÷ 0.971 = 1163.75 → 1164.
    // At $19.99: fees 57.971 + 30 = 87.971 → 88; profit 1999 − 87.971 − 450 − 650 = 811.029 → 811; 40.57 % → 4057.
    expect(await at('2024-03-15T00:00:00Z')).toMatchObject({
      currency: 'USD',
      baseCurrency: 'CNY',
      fx: { rate: '8', date: '2024-01-02' },
      unitCostBaseMinor: 3600,
      unitCostMinor: 450,
      breakEven: { priceMinor: 1164 },
      atPrice: { fees: { totalMinor: 88, fixedFeeShareMinor: 30 }, profitMinor: 811, marginBp: 4057 },
    });
    // 2024-05-31T17:00Z is already June 1 in Shanghai: the 7.2 rate applies, but the new cost (from June 1
    // 00:00 UTC) does not yet: ¥36.00 ÷ 7.2 = $5.00.
    expect(await at('2024-05-31T17:00:00Z')).toMatchObject({
      fx: { rate: '7.2', date: '2024-06-01' },
      unitCostMinor: 500,
    });
    // June 18: ¥72.00 ÷ 7.2 = $10.00; K = 1680; 1680 ÷ 0.971 = 1730.18 → 1731. Two units per order halve
    // the fixed fee and shipping: K = 1000 + 15 + 325 = 1340 → 1380.02 → 1381.
    expect(await at('2024-06-18T00:00:00Z')).toMatchObject({
      unitCostMinor: 1000,
      breakEven: { priceMinor: 1731 },
    });
    expect(await at('2024-06-18T00:00:00Z', { unitsPerOrder: 2 })).toMatchObject({
      shippingShareMinor: 325,
      fixedFeeShareMinor: 15,
      breakEven: { priceMinor: 1381 },
    });
    // Before any USD rate: a clear NOT_FOUND, not a guess.
    expect(
      await core.dispatch('pricing', 'workbench', {
        skuId,
        storefrontId: shopify.id,
        at: '2023-06-01T00:00:00Z',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', key: 'fxRateMissing', params: { currency: 'USD', date: '2023-06-01' } },
    });
    expect(
      await core.dispatch('pricing', 'workbench', {
        skuId,
        storefrontId: shopify.id,
        at: '2022-06-01T00:00:00Z',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', key: 'noCostAt' },
    });
  });

  it('prices a JPY storefront (no minor unit) from a CNY cost', async () => {
    core = await shop();
    const amazon = await createStorefront(core, {
      ...shopifyFields,
      name: 'Amazon JP',
      platform: 'amazon',
      currency: 'JPY',
      timezone: 'Asia/Tokyo',
      feeRules: {
        commissionRateBp: 1000,
        paymentFeeRateBp: 0,
        fixedFeeMinor: 0,
        shippingCostMinor: 500,
        categoryCommissions: [],
      },
    });
    await value(core.dispatch('fx', 'add', { currency: 'JPY', date: '2024-01-01', rate: '0.048' }));
    const product = await createProduct(core, {
      name: 'Mug',
      skus: [{ code: 'MUG', name: 'Mug', cost: costOf(5000) }],
    });
    // ¥50.00 ÷ 0.048 = 1041.67 yen; K = 1541.67; break-even ÷ 0.9 = 1712.96 → 1713 yen;
    // 30 %: ÷ 0.6 = 2569.44 → 2570 → ending "8" → 2578 yen.
    expect(
      await bench({
        skuId: product.skus[0]!.id,
        storefrontId: amazon.id,
        targetMarginBp: 3000,
        ending: '8',
        at: '2024-06-18T00:00:00Z',
      }),
    ).toMatchObject({
      unitCostMinor: 1042,
      breakEven: { ok: true, priceMinor: 1713 },
      suggested: { ok: true, exactMinor: 2570, priceMinor: 2578 },
      atPrice: null,
    });
  });

  it('rejects malformed queries and unknown ids', async () => {
    core = await shop();
    const tmall = await createStorefront(core, tmallFields);
    const product = await createProduct(core, {
      name: 'Mug',
      skus: [{ code: 'MUG', name: 'Mug', cost: costOf(3400) }],
    });
    const skuId = product.skus[0]!.id;
    for (const [query, code] of [
      [{ skuId }, 'INVALID_INPUT'],
      [{ listingId: 'x', skuId, storefrontId: tmall.id }, 'INVALID_INPUT'],
      [{ skuId, storefrontId: tmall.id, ending: '7' }, 'INVALID_INPUT'],
      [{ skuId, storefrontId: tmall.id, priceMinor: 19.99 }, 'INVALID_INPUT'],
      [{ skuId, storefrontId: tmall.id, unitsPerOrder: 0 }, 'INVALID_INPUT'],
      [{ listingId: 'nope' }, 'NOT_FOUND'],
      [{ skuId: 'nope', storefrontId: tmall.id }, 'NOT_FOUND'],
      [{ skuId, storefrontId: 'nope' }, 'NOT_FOUND'],
    ] as const) {
      expect(await core.dispatch('pricing', 'workbench', query), JSON.stringify(query)).toMatchObject({
        ok: false,
        error: { code },
      });
    }
  });
});
