import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importOrderFiles } from '../../electron/core/orders/import/run-order-import';
import { refreshAttribution } from '../../electron/core/promotions/attribution';
import { readAttribution } from '../../electron/core/promotions/attribution-list';
import type { Storefront } from '../../shared/domain/storefronts';
import { tempCore } from '../helpers/temp-core';
import { costOf, createProduct, createStorefront, value, type TempCore } from '../helpers/catalog-data';
import { allAttribution, attributionOf, insertCampaign } from '../helpers/campaign-rows';

/**
 * Attribution on the platforms' own exports (tests/fixtures/orders), imported through the real pipeline:
 * the campaigns exist before the import, so the rows below are written by the import's own transaction
 * (refreshAttributionForDirtyDays before COMMIT), and a full refresh afterwards must find nothing to change.
 */
const dir = path.join(__dirname, '../fixtures/orders');
const io = { progress: () => {}, cancelled: false };
let core: TempCore;
afterEach(async () => core?.cleanup());

const fees = {
  commissionRateBp: 0,
  paymentFeeRateBp: 0,
  fixedFeeMinor: 0,
  shippingCostMinor: 0,
  categoryCommissions: [],
};

async function shop(platform: string, currency: string, timezone: string): Promise<Storefront> {
  core = await tempCore('promotions-attribution');
  await value(core.dispatch('settings', 'update', { baseCurrency: currency, timezone: 'Asia/Shanghai' }));
  return createStorefront(core, {
    name: platform,
    platform,
    currency,
    timezone,
    role: 'core',
    feeRules: fees,
  });
}

async function importFiles(storefrontId: string, ...files: string[]) {
  const summary = await importOrderFiles(
    core.ctx.sqlite,
    { storefrontId, files: files.map((f) => path.join(dir, f)), format: 'auto' },
    io,
  );
  expect(summary.errors).toEqual([]);
  return summary;
}

const sum = (rows: { discount: number }[]) => rows.reduce((s, r) => s + r.discount, 0);

/** Rows written during the import must be exactly what a fresh full attribution computes. */
function expectIdempotent() {
  const before = allAttribution(core.ctx.sqlite);
  refreshAttribution(core.ctx.sqlite);
  expect(allAttribution(core.ctx.sqlite)).toEqual(before);
}

describe('attribution by discount code (Shopify Discount Code)', () => {
  it('BUNDLE15 takes every line of #1008 and its whole 19.65 discount; codes compare case-blind', async () => {
    const sf = await shop('shopify', 'USD', 'America/New_York');
    const sqlite = core.ctx.sqlite;
    insertCampaign(sqlite, {
      id: 'bundle',
      currency: 'USD',
      terms: {
        type: 'coupon',
        discount: { kind: 'percent', offBp: 1500 },
        maxOffMinor: null,
        minSpendMinor: 0,
        quantityIssued: 100,
      },
      storefrontIds: [sf.id],
      startAt: '2025-12-01T00:00:00.000Z',
      endAt: '2025-12-10T00:00:00.000Z',
      codes: ['bundle15'],
    });
    // WELCOME10 was used on Nov 3 — a campaign of December with that code must not claim it.
    insertCampaign(sqlite, {
      id: 'welcome-dec',
      currency: 'USD',
      terms: { type: 'percentage', offBp: 1000 },
      storefrontIds: [sf.id],
      startAt: '2025-12-01T00:00:00.000Z',
      endAt: '2025-12-31T00:00:00.000Z',
      codes: ['WELCOME10'],
    });
    // A sitewide sale without keys covers #1008 too: the code is stronger, the sale is recorded with 0.
    insertCampaign(sqlite, {
      id: 'sitewide',
      currency: 'USD',
      terms: { type: 'percentage', offBp: 500 },
      storefrontIds: [sf.id],
      startAt: '2025-12-05T00:00:00.000Z',
      endAt: '2025-12-06T00:00:00.000Z',
    });
    await importFiles(sf.id, 'shopify-orders.csv');

    const bundle = attributionOf(sqlite, 'bundle');
    expect(bundle.map((r) => [r.externalId, r.skuCode, r.rule])).toEqual([
      ['#1008', 'THR-GRY', 'code'],
      ['#1008', 'AP-NAT', 'code'],
      ['#1008', 'BW-3', 'code'],
    ]);
    expect(sum(bundle)).toBe(1965);
    expect(attributionOf(sqlite, 'welcome-dec')).toEqual([]);
    const sitewide = attributionOf(sqlite, 'sitewide');
    expect(sitewide.map((r) => [r.externalId, r.rule, r.discount])).toEqual([
      ['#1008', 'window', 0],
      ['#1008', 'window', 0],
      ['#1008', 'window', 0],
    ]);
    const page = readAttribution(sqlite, { id: 'bundle' });
    expect(page.byRule).toEqual({ code: 3, promotion_id: 0, name: 0, window: 0 });
    expect(page.rows[0]).toMatchObject({
      externalId: '#1008',
      currency: 'USD',
      promotionCodes: ['BUNDLE15'],
    });
    expectIdempotent();
  });
});

describe('attribution by promotion id (Amazon promotion-ids) and coupon code (Etsy)', () => {
  it('PROMO-CANDLE-5OFF takes the candle line and its seller discount: the 5.00 promotion + 0.01 rounding', async () => {
    const sf = await shop('amazon', 'USD', 'America/Los_Angeles');
    insertCampaign(core.ctx.sqlite, {
      id: 'candle',
      currency: 'USD',
      terms: { type: 'fixed', offMinor: 500 },
      storefrontIds: [sf.id],
      startAt: '2025-11-01T00:00:00.000Z',
      endAt: '2025-11-30T00:00:00.000Z',
      promotionIds: ['PROMO-CANDLE-5OFF'],
    });
    await importFiles(sf.id, 'amazon-all-orders.txt');
    expect(attributionOf(core.ctx.sqlite, 'candle')).toEqual([
      // item-price 50.00 for 3 is 16.67 a unit (50.01): the line's seller discount is 5.00 + 0.01 back.
      { externalId: '111-1000002-0000002', skuCode: 'CANDLE-L', rule: 'promotion_id', discount: 501 },
    ]);
    expectIdempotent();
  });

  it('FALL15 takes both lines of the first Etsy order and its 8.40 coupon discount', async () => {
    const sf = await shop('etsy', 'USD', 'America/New_York');
    insertCampaign(core.ctx.sqlite, {
      id: 'fall',
      currency: 'USD',
      terms: {
        type: 'coupon',
        discount: { kind: 'percent', offBp: 1500 },
        maxOffMinor: null,
        minSpendMinor: 0,
        quantityIssued: 40,
      },
      storefrontIds: [sf.id],
      startAt: '2025-11-01T00:00:00.000Z',
      endAt: '2025-11-15T00:00:00.000Z',
      codes: ['FALL15'],
    });
    await importFiles(sf.id, 'etsy-sold-orders.csv', 'etsy-sold-order-items.csv');
    const rows = attributionOf(core.ctx.sqlite, 'fall');
    expect(new Set(rows.map((r) => r.externalId))).toEqual(new Set(['3401000001']));
    expect(rows.every((r) => r.rule === 'code')).toBe(true);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(sum(rows)).toBe(840);
    expectIdempotent();
  });
});

describe('attribution by SKU × storefront × window (JD exports carry no codes)', () => {
  async function jdShop() {
    const sf = await shop('jd', 'CNY', 'Asia/Shanghai');
    const pot = await createProduct(core, {
      name: '紫砂壶',
      skus: [{ code: 'POT-1', name: '200ml', cost: costOf(8000) }],
    });
    const pin = await createProduct(core, {
      name: '黄铜茶针',
      skus: [{ code: 'PIN', name: '标准', cost: costOf(900) }],
    });
    return { sf, potId: pot.skus[0]!.id, pinId: pin.skus[0]!.id };
  }

  it('a 满200减20 without keys claims the in-scope line of each valid order that got the discount', async () => {
    const { sf, potId, pinId } = await jdShop();
    const sqlite = core.ctx.sqlite;
    insertCampaign(sqlite, {
      id: 'mj',
      terms: { type: 'tiered', tiers: [{ thresholdMinor: 20000, offMinor: 2000 }] },
      storefrontIds: [sf.id],
      startAt: '2024-02-29T16:00:00.000Z', // March 1, 00:00 Shanghai
      endAt: '2024-04-30T16:00:00.000Z',
      skuIds: [potId],
    });
    // A line-level sale of the tea pin in April only: no evidence needed, the window decides.
    insertCampaign(sqlite, {
      id: 'pin-april',
      terms: { type: 'percentage', offBp: 1000 },
      storefrontIds: [sf.id],
      startAt: '2024-03-31T16:00:00.000Z',
      endAt: '2024-04-30T16:00:00.000Z',
      skuIds: [pinId],
    });
    await importFiles(sf.id, 'jd-orders-gbk.csv');

    // …890: POT 199.00 + 2 × 49.50 → the ¥20 split 19,900 : 9,900 → 1335.57 / 664.43 → 1336 + 664.
    // …891 (PIN only, no discount), …892 (cancelled) and …894 (unpaid) are not claimed.
    // …893: 2 × POT 199.00 + 3 × PIN 20.00 → 39,800 : 6,000 → 1737.99 / 262.01 → 1738 + 262.
    expect(attributionOf(sqlite, 'mj')).toEqual([
      { externalId: '281234567890', skuCode: 'POT-1', rule: 'window', discount: 1336 },
      { externalId: '281234567893', skuCode: 'POT-1', rule: 'window', discount: 1738 },
    ]);
    expect(attributionOf(sqlite, 'pin-april')).toEqual([
      { externalId: '281234567893', skuCode: 'PIN', rule: 'window', discount: 262 },
    ]);
    expectIdempotent();
  });

  it('a moved, a cancelled and a draft campaign: rows follow the stored campaign, re-runs change nothing', async () => {
    const { sf, potId } = await jdShop();
    const sqlite = core.ctx.sqlite;
    const terms = { type: 'percentage', offBp: 1000 } as const;
    insertCampaign(sqlite, {
      id: 'moved',
      terms,
      storefrontIds: [sf.id],
      skuIds: [potId],
      startAt: '2024-03-01T00:00:00.000Z',
      endAt: '2024-03-31T00:00:00.000Z',
    });
    insertCampaign(sqlite, {
      id: 'cancelled',
      terms,
      storefrontIds: [sf.id],
      skuIds: [potId],
      state: 'cancelled',
      cancelledAt: '2024-04-01T00:00:00.000Z',
      startAt: '2024-03-01T00:00:00.000Z',
      endAt: '2024-04-30T00:00:00.000Z',
    });
    insertCampaign(sqlite, {
      id: 'draft',
      terms,
      storefrontIds: [sf.id],
      skuIds: [potId],
      state: 'draft',
      startAt: '2024-03-01T00:00:00.000Z',
      endAt: '2024-04-30T00:00:00.000Z',
    });
    await importFiles(sf.id, 'jd-orders-gbk.csv');
    expect(attributionOf(sqlite, 'moved').map((r) => r.externalId)).toEqual(['281234567890']);
    // Cancelled on April 1: March's order stays its, April's …893 never was.
    expect(attributionOf(sqlite, 'cancelled').map((r) => r.externalId)).toEqual(['281234567890']);
    expect(attributionOf(sqlite, 'draft')).toEqual([]);

    sqlite
      .prepare(
        "UPDATE campaigns SET start_at = '2024-04-01T00:00:00.000Z', end_at = '2024-04-30T00:00:00.000Z' WHERE id = 'moved'",
      )
      .run();
    const refreshed = refreshAttribution(sqlite, ['moved']);
    expect(refreshed.campaigns).toBe(1);
    expect(attributionOf(sqlite, 'moved').map((r) => r.externalId)).toEqual(['281234567893']);
    // The other campaigns' rows on the orders looked at were rewritten identically.
    expect(attributionOf(sqlite, 'cancelled').map((r) => r.externalId)).toEqual(['281234567890']);
    expectIdempotent();

    // The same file again: unchanged orders, identical rows.
    const before = allAttribution(sqlite);
    await importFiles(sf.id, 'jd-orders-gbk.csv');
    expect(allAttribution(sqlite)).toEqual(before);
  });
});
