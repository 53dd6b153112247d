import { afterEach, describe, expect, it } from 'vitest';
import type { Listing } from '../../shared/domain/catalog';
import type { RepricingPreview, RepricingResult } from '../../shared/domain/pricing';
import type { StaffMember } from '../../shared/domain/staff';
import type { Storefront } from '../../shared/domain/storefronts';
import { tempCore } from '../helpers/temp-core';
import {
  costOf,
  count,
  createProduct,
  createStorefront,
  shopifyFields,
  tmallFields,
  value,
  type TempCore,
} from '../helpers/catalog-data';

let core: TempCore;
afterEach(async () => core?.cleanup());

/**
 * Tmall (CNY): Mug (家居: 4 % commission) cost ¥34.00, listed ¥59.00; Pen (文具: the storefront's 5 %) cost
 * ¥10.00, listed ¥25.00; both pay 0.6 % and ¥8.00 shipping. Shopify (USD, $1 = ¥7.1234): Mug at $12.99.
 * Floors at the default 5 % minimum margin: Mug 4200 ÷ 0.904 = 4646.02 → 4647; Pen 1800 ÷ 0.894 = 2013.42 → 2014.
 */
async function shop() {
  core = await tempCore();
  await value(core.dispatch('settings', 'update', { baseCurrency: 'CNY', timezone: 'Asia/Shanghai' }));
  const owner = await value<StaffMember>(core.dispatch('staff', 'create', { name: '王店长', role: 'owner' }));
  await value(core.dispatch('settings', 'update', { actingStaffId: owner.id }));
  await value(core.dispatch('fx', 'add', { currency: 'USD', date: '2024-01-02', rate: '7.1234' }));
  const tmall = await createStorefront(core, tmallFields);
  const shopify = await createStorefront(core, shopifyFields);
  const mug = await createProduct(core, {
    name: 'Mug',
    category: '家居',
    brand: 'Acme',
    skus: [{ code: 'MUG', name: 'Mug 350ml', cost: costOf(3400) }],
  });
  const pen = await createProduct(core, {
    name: 'Pen',
    category: '文具',
    skus: [{ code: 'PEN', name: 'Pen', cost: costOf(1000) }],
  });
  const list = (skuId: string, storefront: Storefront, priceMinor: number) =>
    value<Listing>(
      core.dispatch('catalog', 'upsertListing', { skuId, storefrontId: storefront.id, priceMinor }),
    );
  const mugTmall = await list(mug.skus[0]!.id, tmall, 5900);
  const penTmall = await list(pen.skus[0]!.id, tmall, 2500);
  const mugShopify = await list(mug.skus[0]!.id, shopify, 1299);
  return { owner, tmall, shopify, mug, pen, mugTmall, penTmall, mugShopify };
}

const preview = (input: object) =>
  value<RepricingPreview>(core.dispatch('pricing', 'previewRepricing', input));
const priceOf = (id: string): number =>
  (core.ctx.sqlite.prepare('SELECT price_minor AS p FROM listings WHERE id = ?').get(id) as { p: number }).p;

describe('pricing.previewRepricing / applyRepricing', () => {
  it('cost-plus 30 % ending 9 on one storefront: hand-worked prices and margins, then written with who and why', async () => {
    const s = await shop();
    const input = {
      selection: { storefrontId: s.tmall.id },
      rule: { kind: 'costPlus', marginBp: 3000 },
      ending: '9',
    };
    const result = await preview(input);
    // Mug: 4200 ÷ (1 − 0.046 − 0.30) = 6422.02 → 6423 → ¥69. Margin at ¥59: 1428.6 ÷ 5900 = 24.21 %;
    // at ¥69: (6900 − 317.4 − 4200) ÷ 6900 = 34.53 %. Pen: 1800 ÷ 0.644 = 2795.03 → 2796 → ¥29;
    // margin at ¥25: 560 ÷ 2500 = 22.40 %; at ¥29: 937.6 ÷ 2900 = 32.33 %.
    expect(result.rows).toEqual([
      expect.objectContaining({
        listingId: s.mugTmall.id,
        skuCode: 'MUG',
        storefrontName: '天猫旗舰店',
        currency: 'CNY',
        oldPriceMinor: 5900,
        newPriceMinor: 6900,
        marginBeforeBp: 2421,
        marginAfterBp: 3453,
        floorMinor: 4647,
        belowFloor: false,
      }),
      expect.objectContaining({
        listingId: s.penTmall.id,
        oldPriceMinor: 2500,
        newPriceMinor: 2900,
        marginBeforeBp: 2240,
        marginAfterBp: 3233,
        floorMinor: 2014,
        belowFloor: false,
      }),
    ]);
    expect(result.counts).toEqual({ selected: 2, changed: 2, unchanged: 0, skipped: 0, belowFloor: 0 });
    expect(priceOf(s.mugTmall.id)).toBe(5900); // a preview writes nothing

    const applied = await value<RepricingResult>(
      core.dispatch('pricing', 'applyRepricing', { ...input, reason: '双11 调价' }),
    );
    expect(applied.updated).toBe(2);
    expect([priceOf(s.mugTmall.id), priceOf(s.penTmall.id), priceOf(s.mugShopify.id)]).toEqual([
      6900, 2900, 1299,
    ]);
    const history = core.ctx.sqlite
      .prepare(
        'SELECT old_price, new_price, reason, actor_id FROM price_history WHERE listing_id = ? ORDER BY id DESC',
      )
      .all(s.mugTmall.id);
    expect(history[0]).toEqual({
      old_price: 5900,
      new_price: 6900,
      reason: '双11 调价',
      actor_id: s.owner.id,
    });
    expect(core.events).toContainEqual({ event: 'data:changed', payload: { namespace: 'catalog' } });
  });

  it('refuses a run with below-floor prices unless overridden, writing nothing; the override is kept in history', async () => {
    const s = await shop();
    // 1 % on every 家居 listing. Tmall Mug: 4200 ÷ 0.944 = 4449.15 → 4450 < floor 4647. Shopify Mug: cost
    // ¥34.00 ÷ 7.1234 = 477.30¢ + $6.50 + 30¢ = 1157.30¢; ÷ (1 − 0.029 − 0.01) = 1204.27 → 1205 < floor
    // 1157.30 ÷ 0.921 = 1256.57 → 1257.
    const input = { selection: { category: '家居' }, rule: { kind: 'costPlus', marginBp: 100 } };
    const result = await preview(input);
    expect(result.rows.map((r) => [r.storefrontName, r.newPriceMinor, r.floorMinor, r.belowFloor])).toEqual([
      ['Shopify US', 1205, 1257, true],
      ['天猫旗舰店', 4450, 4647, true],
    ]);
    const historyBefore = count(core, 'price_history');
    const refused = await core.dispatch('pricing', 'applyRepricing', input);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        key: 'belowFloor',
        params: { price: 1205, floor: 1257, currency: 'USD', count: 2 },
      },
    });
    expect(priceOf(s.mugTmall.id)).toBe(5900);
    expect(count(core, 'price_history')).toBe(historyBefore);

    await value(
      core.dispatch('pricing', 'applyRepricing', { ...input, reason: '清仓', overrideReason: '库存积压' }),
    );
    expect([priceOf(s.mugTmall.id), priceOf(s.mugShopify.id), priceOf(s.penTmall.id)]).toEqual([
      4450, 1205, 2500,
    ]);
    const last = core.ctx.sqlite
      .prepare('SELECT reason FROM price_history WHERE listing_id = ? ORDER BY id DESC LIMIT 1')
      .get(s.mugTmall.id);
    expect(last).toEqual({ reason: '清仓 — below floor: 库存积压' });
  });

  it('matches another storefront in another currency, ± %, and skips SKUs it does not list', async () => {
    const s = await shop();
    // $12.99 × 7.1234 = ¥92.532966; −5 % → 8790.63 → 8791 fen.
    const result = await preview({
      selection: { storefrontId: s.tmall.id },
      rule: { kind: 'match', storefrontId: s.shopify.id, adjustBp: -500 },
    });
    expect(result.rows.map((r) => [r.skuCode, r.newPriceMinor, r.skipReason])).toEqual([
      ['MUG', 8791, undefined],
      ['PEN', null, 'noReference'],
    ]);
    expect(result.counts).toEqual({ selected: 2, changed: 1, unchanged: 0, skipped: 1, belowFloor: 0 });
    expect(
      await core.dispatch('pricing', 'previewRepricing', {
        selection: {},
        rule: { kind: 'match', storefrontId: 'no-such', adjustBp: 0 },
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('price floor guard on catalog.upsertListing', () => {
  it('refuses a price below the computed floor, and writes it with an override reason', async () => {
    const s = await shop();
    const base = { skuId: s.mug.skus[0]!.id, storefrontId: s.tmall.id };
    const historyBefore = count(core, 'price_history');
    expect(await core.dispatch('catalog', 'upsertListing', { ...base, priceMinor: 4000 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'belowFloor', params: { price: 4000, floor: 4647, currency: 'CNY' } },
    });
    expect(priceOf(s.mugTmall.id)).toBe(5900);
    expect(count(core, 'price_history')).toBe(historyBefore);

    await value(
      core.dispatch('catalog', 'upsertListing', {
        ...base,
        priceMinor: 4000,
        reason: '限时',
        overrideReason: '清仓',
      }),
    );
    expect(priceOf(s.mugTmall.id)).toBe(4000);
    expect(
      core.ctx.sqlite.prepare('SELECT reason FROM price_history ORDER BY id DESC LIMIT 1').get(),
    ).toEqual({ reason: '限时 — below floor: 清仓' });
  });

  it("uses the listing's own floor when set, including one set in the same call", async () => {
    const s = await shop();
    const base = { skuId: s.mug.skus[0]!.id, storefrontId: s.tmall.id };
    expect(
      await core.dispatch('catalog', 'upsertListing', { ...base, priceMinor: 4900, priceFloorMinor: 5000 }),
    ).toMatchObject({ ok: false, error: { key: 'belowFloor', params: { price: 4900, floor: 5000 } } });
    // Above the computed floor 4647 and at the own floor 5000: accepted.
    await value(
      core.dispatch('catalog', 'upsertListing', { ...base, priceMinor: 5000, priceFloorMinor: 5000 }),
    );
    expect(priceOf(s.mugTmall.id)).toBe(5000);
  });
});

describe('pricing.priceSpread and competitor prices', () => {
  it('compares one SKU across storefronts in the base currency and flags it above the threshold', async () => {
    const s = await shop();
    // Shopify $12.99 = ¥92.53 → 9253 fen; spread (9253 − 5900) ÷ 5900 = 56.83 %.
    const report = await value<{ rows: object[]; flaggedCount: number; thresholdBp: number }>(
      core.dispatch('pricing', 'priceSpread', {}),
    );
    expect(report.thresholdBp).toBe(1500);
    expect(report.rows).toEqual([
      expect.objectContaining({
        skuId: s.mug.skus[0]!.id,
        minBaseMinor: 5900,
        maxBaseMinor: 9253,
        spreadBp: 5683,
        flagged: true,
      }),
    ]);
    const loose = await value<{ flaggedCount: number }>(
      core.dispatch('pricing', 'priceSpread', { thresholdBp: 6000 }),
    );
    expect(loose.flaggedCount).toBe(0);
    // The shop's own threshold (settings key priceSpreadAlertBp) replaces the 15 % default.
    core.ctx.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('priceSpreadAlertBp', '5700')").run();
    const shopWide = await value<{ thresholdBp: number; flaggedCount: number }>(
      core.dispatch('pricing', 'priceSpread', undefined),
    );
    expect(shopWide).toMatchObject({ thresholdBp: 5700, flaggedCount: 0 });
  });

  it('logs competitor prices and shows them newest first beside own listing prices', async () => {
    const s = await shop();
    const skuId = s.mug.skus[0]!.id;
    const add = (observedOn: string, priceMinor: number) =>
      value(
        core.dispatch('pricing', 'addCompetitorPrice', {
          skuId,
          competitor: '某品牌',
          platform: 'JD 自营',
          priceMinor,
          currency: 'CNY',
          observedOn,
          url: 'https://item.jd.com/1.html',
        }),
      );
    await add('2024-06-01', 5500);
    await add('2024-06-10', 5200);
    const result = await value<{ own: { priceMinor: number }[]; competitors: object[] }>(
      core.dispatch('pricing', 'competitorPrices', { skuId }),
    );
    expect(result.own.map((o) => o.priceMinor).sort()).toEqual([1299, 5900]);
    expect(result.competitors).toEqual([
      expect.objectContaining({
        observedOn: '2024-06-10',
        priceMinor: 5200,
        actorId: s.owner.id,
        note: null,
      }),
      expect.objectContaining({
        observedOn: '2024-06-01',
        priceMinor: 5500,
        url: 'https://item.jd.com/1.html',
      }),
    ]);
    expect(await core.dispatch('pricing', 'competitorPrices', { skuId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
