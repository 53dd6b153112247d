import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Campaign,
  CampaignChange,
  CampaignGuardrail,
  PromotionConflicts,
} from '../../shared/domain/promotions';
import type { PricingWorkbench } from '../../shared/domain/pricing';
import { listAudit } from '../../electron/core/audit/repo';
import { tempCore } from '../helpers/temp-core';
import { count, value, type TempCore } from '../helpers/catalog-data';
import {
  activate,
  createCampaign,
  manjian,
  promotionShop,
  type PromotionShop,
} from '../helpers/campaign-plan-shop';

/** Hand-worked: 满300减40 on ¥129 is 3 units, ¥40 ÷ 3 off each → ¥115.66; THIN's floor is ¥120.81. */
let core: TempCore;
let shop: PromotionShop;
beforeEach(async () => {
  core = await tempCore('promotions-guardrail');
  shop = await promotionShop(core);
});
afterEach(async () => core.cleanup());

const guardrail = (id: string) => value<CampaignGuardrail>(core.dispatch('promotions', 'guardrail', { id }));
const rowsOf = (g: CampaignGuardrail) =>
  g.rows.map((r) => [
    r.skuCode,
    r.storefrontId === shop.tmall.id ? 'tmall' : 'jd',
    r.effectivePriceMinor,
    r.floorMinor,
    r.belowFloor,
  ]);

describe('activation behind the guardrail', () => {
  it('refuses a 满300减40 on two storefronts while a low-margin SKU is below floor, until it is fixed', async () => {
    const d11 = await createCampaign(core, manjian([shop.tmall.id, shop.jd.id]));
    const workbench = await value<PricingWorkbench>(
      core.dispatch('pricing', 'workbench', {
        skuId: shop.sku.thin,
        storefrontId: shop.tmall.id,
        at: d11.startAt,
      }),
    );
    expect(workbench.effectiveFloorMinor).toBe(12081); // 10800 ÷ 0.894 = 12080.5 → up
    const jdFloor = (
      await value<PricingWorkbench>(
        core.dispatch('pricing', 'workbench', {
          skuId: shop.sku.mug,
          storefrontId: shop.jd.id,
          at: d11.startAt,
        }),
      )
    ).effectiveFloorMinor;
    expect(jdFloor).toBe(7607); // MUG on JD: (6000 + 800) ÷ 0.894 = 7606.3 → up
    const guard = await guardrail(d11.id);
    expect(rowsOf(guard)).toEqual([
      ['THIN', 'tmall', 11566, 12081, true],
      ['MUG', 'tmall', 11566, 11000, false],
      ['MUG', 'jd', 11566, jdFloor, false],
    ]);
    expect(guard.belowFloorRows).toBe(1);
    expect(guard.rows[0]).toMatchObject({ basketUnits: 3, stacked: [d11.id], currency: 'CNY' });

    const refused = await activate(core, d11.id);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error).toMatchObject({
      code: 'CONFLICT',
      key: 'promotionBelowFloor',
      params: { count: 1, sku: 'THIN', price: 11566, floor: 12081, currency: 'CNY' },
      issues: [{ path: 'overrideReason', message: 'belowFloor' }],
    });
    const still = await value<Campaign>(core.dispatch('promotions', 'get', { id: d11.id }));
    expect([still.state, still.activatedAt]).toEqual(['draft', null]);
    expect((await listAudit(core.ctx.db, 'campaign', d11.id)).map((a) => a.action)).toEqual(['create']);

    // The fix: THIN leaves the scope (the campaign names the SKUs it is for), and it activates cleanly.
    await value(core.dispatch('promotions', 'update', { id: d11.id, scope: { skuIds: [shop.sku.mug] } }));
    const started = await activate(core, d11.id);
    expect(started.ok && started.value.campaign.state).toBe('scheduled');
    expect(started.ok && started.value.guardrail?.belowFloorRows).toBe(0);
    expect(count(core, 'campaign_overrides')).toBe(0);
  });

  it('lets an override with a reason through, on the campaign and in the audit log', async () => {
    const d11 = await createCampaign(core, manjian([shop.tmall.id]));
    const started = await activate(core, d11.id, '清仓：THIN 停产');
    expect(started.ok).toBe(true);
    const campaign = await value<Campaign>(core.dispatch('promotions', 'get', { id: d11.id }));
    expect(campaign.state).toBe('scheduled');
    expect(campaign.overrides).toMatchObject([
      { action: 'activate', reason: '清仓：THIN 停产', belowFloorRows: 1, actorId: shop.owner.id },
    ]);
    const audit = await listAudit(core.ctx.db, 'campaign', d11.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'activate', 'override']);
    expect(audit[2]!.detail).toMatchObject({
      action: 'activate',
      reason: '清仓：THIN 停产',
      rows: [{ sku: 'THIN', effectivePriceMinor: 11566, floorMinor: 12081, stacked: [d11.id] }],
    });
    // A too-short reason is refused by the schema, naming the field.
    const bare = await createCampaign(core, manjian([shop.tmall.id]));
    const short = await activate(core, bare.id, 'ok');
    expect(!short.ok && short.error.issues).toEqual([
      { path: 'overrideReason', message: 'promotionOverrideReason' },
    ]);
  });

  it('prices a campaign that already started at the listing price and cost of its start', async () => {
    const past = await createCampaign(
      core,
      manjian([shop.tmall.id], {
        terms: { type: 'percentage', offBp: 1000 },
        scope: { skuIds: [shop.sku.mug] },
        startAt: '2025-06-01T00:00+08:00',
        endAt: '2025-06-19T00:00+08:00',
      }),
    );
    // MUG was ¥119 from 2025-01 (history) and is ¥129 now: the 618 campaign ran on ¥119 → 107.10.
    const listing = core.ctx.sqlite
      .prepare('SELECT id FROM listings WHERE sku_id = ? AND storefront_id = ?')
      .get(shop.sku.mug, shop.tmall.id) as { id: string };
    core.ctx.sqlite
      .prepare(
        "INSERT INTO price_history (listing_id, old_price, new_price, reason, actor_id, at) VALUES (?, NULL, 11900, 'old', NULL, '2025-01-01T00:00:00.000Z')",
      )
      .run(listing.id);
    expect((await guardrail(past.id)).rows[0]).toMatchObject({
      listPriceMinor: 11900,
      effectivePriceMinor: 10710,
      belowFloor: true,
    });
    // A campaign to come reads today's price.
    const next = await createCampaign(
      core,
      manjian([shop.tmall.id], {
        terms: { type: 'percentage', offBp: 1000 },
        scope: { skuIds: [shop.sku.mug] },
      }),
    );
    expect((await guardrail(next.id)).rows[0]).toMatchObject({
      listPriceMinor: 12900,
      effectivePriceMinor: 11610,
    });
  });

  it('counts a gift at its catalog cost', async () => {
    const gift = await createCampaign(
      core,
      manjian([shop.tmall.id], {
        terms: { type: 'gift', giftSkuId: shop.sku.gift, giftQuantity: 1, minSpendMinor: 0 },
        scope: { skuIds: [shop.sku.mug] },
      }),
    );
    // ¥15 gift on each ¥129 order: 114.
    expect(rowsOf(await guardrail(gift.id))).toEqual([['MUG', 'tmall', 11400, 11000, false]]);
  });
});

describe('moving and changing a live campaign re-checks the guardrail', () => {
  it('refuses a move into a 满减 that would stack below floor, unless overridden', async () => {
    const d11 = await createCampaign(core, manjian([shop.tmall.id], { scope: { skuIds: [shop.sku.mug] } }));
    expect((await activate(core, d11.id)).ok).toBe(true);
    const sale = await createCampaign(
      core,
      manjian([shop.tmall.id], {
        name: '会员日 9折',
        terms: { type: 'percentage', offBp: 1000 },
        scope: { skuIds: [shop.sku.mug] },
        startAt: '2027-11-20T00:00+08:00',
        endAt: '2027-11-25T00:00+08:00',
      }),
    );
    expect((await activate(core, sale.id)).ok).toBe(true);
    // Into 10–15 Nov: 116.10 a unit, 3 units (348.30) take ¥40 → 102.76 < 110.
    const to = { startAt: '2027-11-10T00:00+08:00', endAt: '2027-11-15T00:00+08:00' };
    const refused = await core.dispatch('promotions', 'move', { id: sale.id, ...to });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'promotionBelowFloor', params: { price: 10276, floor: 11000 } },
    });
    const unmoved = await value<Campaign>(core.dispatch('promotions', 'get', { id: sale.id }));
    expect(unmoved.startAt).toBe('2027-11-19T16:00:00.000Z');

    const moved = await value<CampaignChange>(
      core.dispatch('promotions', 'move', {
        id: sale.id,
        ...to,
        overrideReason: '会员日与双11叠加，老板同意',
      }),
    );
    expect(moved.campaign.startAt).toBe('2027-11-09T16:00:00.000Z');
    expect(moved.guardrail?.rows[0]).toMatchObject({
      effectivePriceMinor: 10276,
      stacked: [sale.id, d11.id],
      from: '2027-11-09T16:00:00.000Z',
      to: d11.endAt,
    });
    expect(moved.campaign.overrides.map((o) => o.action)).toEqual(['move']);
    // A draft moves without a check: it is not a plan yet.
    const idea = await createCampaign(
      core,
      manjian([shop.tmall.id], { terms: { type: 'percentage', offBp: 5000 } }),
    );
    expect((await core.dispatch('promotions', 'move', { id: idea.id, ...to })).ok).toBe(true);
  });

  it('refuses a deeper discount on a scheduled campaign, keeping the old terms', async () => {
    const sale = await createCampaign(
      core,
      manjian([shop.tmall.id], {
        terms: { type: 'percentage', offBp: 1000 },
        scope: { skuIds: [shop.sku.mug] },
      }),
    );
    expect((await activate(core, sale.id)).ok).toBe(true);
    const deeper = await core.dispatch('promotions', 'update', {
      id: sale.id,
      terms: { type: 'percentage', offBp: 2000 },
    });
    expect(deeper).toMatchObject({
      ok: false,
      error: { key: 'promotionBelowFloor', params: { price: 10320 } },
    });
    expect((await value<Campaign>(core.dispatch('promotions', 'get', { id: sale.id }))).terms).toEqual({
      type: 'percentage',
      offBp: 1000,
    });
    expect((await core.dispatch('promotions', 'update', { id: sale.id, notes: '只改备注' })).ok).toBe(true);
    const cancelled = await value<Campaign>(core.dispatch('promotions', 'cancel', { id: sale.id }));
    expect(cancelled.state).toBe('cancelled');
  });
});

describe('conflicts', () => {
  it('finds the same SKU with different terms on two storefronts, and non-stacking overlaps', async () => {
    const tm = await createCampaign(core, manjian([shop.tmall.id], { scope: { skuIds: [shop.sku.mug] } }));
    const jd = await createCampaign(
      core,
      manjian([shop.jd.id], {
        name: 'JD 9折',
        terms: { type: 'percentage', offBp: 1000 },
        startAt: '2027-11-05T00:00+08:00',
        endAt: '2027-11-20T00:00+08:00',
      }),
    );
    const second = await createCampaign(
      core,
      manjian([shop.tmall.id], {
        name: '第二个满减',
        terms: { type: 'tiered', tiers: [{ thresholdMinor: 20000, offMinor: 1000 }] },
        scope: { skuIds: [shop.sku.mug] },
      }),
    );
    const drafts = await value<PromotionConflicts>(
      core.dispatch('promotions', 'conflicts', { from: '2027-11-01', to: '2027-11-30' }),
    );
    expect(drafts.conflicts).toEqual([]); // drafts are ideas, not plans
    for (const c of [tm, jd, second]) expect((await activate(core, c.id)).ok).toBe(true);
    const found = await value<PromotionConflicts>(
      core.dispatch('promotions', 'conflicts', { from: '2027-11-01', to: '2027-11-30' }),
    );
    expect(
      found.conflicts.map((c) => [
        c.kind,
        c.skuCode,
        c.storefrontIds.length,
        c.campaignIds.length,
        c.from,
        c.to,
      ]),
    ).toEqual([
      ['noStack', 'MUG', 1, 2, tm.startAt, tm.endAt],
      ['crossStorefront', 'MUG', 2, 3, jd.startAt, tm.endAt],
    ]);
    expect(found.campaigns.map((c) => c.name).sort()).toEqual(
      ['JD 9折', '双11 满300减40', '第二个满减'].sort(),
    );
    const onlyJd = await value<PromotionConflicts>(
      core.dispatch('promotions', 'conflicts', {
        from: '2027-11-01',
        to: '2027-11-30',
        storefrontId: shop.jd.id,
      }),
    );
    expect(onlyJd.conflicts.map((c) => c.kind)).toEqual(['crossStorefront']);
    const december = await value<PromotionConflicts>(
      core.dispatch('promotions', 'conflicts', { from: '2027-12-01', to: '2027-12-31' }),
    );
    expect(december.conflicts).toEqual([]);
  });
});
