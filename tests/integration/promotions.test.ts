import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Campaign,
  CampaignChange,
  CampaignGuardrail,
  CampaignSummary,
  PromotionConflicts,
} from '../../shared/domain/promotions';
import { listAudit } from '../../electron/core/audit/repo';
import { tempCore } from '../helpers/temp-core';
import { count, value, type TempCore } from '../helpers/catalog-data';
import { createCampaign, manjian, promotionShop, type PromotionShop } from '../helpers/campaign-plan-shop';

let core: TempCore;
let shop: PromotionShop;
beforeEach(async () => {
  core = await tempCore('promotions');
  shop = await promotionShop(core);
});
afterEach(async () => core.cleanup());

const failure = async (call: Promise<{ ok: boolean; error?: unknown }>) => {
  const result = await call;
  expect(result.ok).toBe(false);
  return result.error as { code: string; key?: string; issues?: { path: string; message: string }[] };
};

describe('campaigns: create, read, list, update', () => {
  it('creates a draft with its storefronts, scope, keys and currency, and audits it', async () => {
    const created = await createCampaign(
      core,
      manjian([shop.tmall.id, shop.jd.id], {
        scope: { skuIds: [shop.sku.mug], categories: ['杯具'] },
        keys: { codes: ['D11'], names: ['双11满减'] },
        budgetMinor: 500000,
        notes: '主会场',
      }),
    );
    expect(created).toMatchObject({
      type: 'tiered',
      state: 'draft',
      currency: 'CNY',
      startAt: '2027-10-31T16:00:00.000Z',
      storefrontIds: [shop.tmall.id, shop.jd.id].sort(),
      scope: { skuIds: [shop.sku.mug], categories: ['杯具'], brands: [] },
      keys: { codes: ['D11'], promotionIds: [], names: ['双11满减'] },
      budgetMinor: 500000,
      spendMinor: 0,
      overrides: [],
    });
    expect(await value<Campaign>(core.dispatch('promotions', 'get', { id: created.id }))).toEqual(created);
    const audit = await listAudit(core.ctx.db, 'campaign', created.id);
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([['create', shop.owner.id]]);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = count(core, 'campaigns');
    const mixed = await failure(
      core.dispatch('promotions', 'create', manjian([shop.tmall.id, shop.shopify.id])),
    );
    expect(mixed).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'storefrontIds.1', message: 'promotionCurrencyMix' }],
    });
    const unknownSku = await failure(
      core.dispatch('promotions', 'create', manjian([shop.tmall.id], { scope: { skuIds: ['nope'] } })),
    );
    expect(unknownSku.issues).toEqual([{ path: 'scope.skuIds.0', message: 'promotionSkuUnknown' }]);
    const gift = { type: 'gift', giftSkuId: 'nope', giftQuantity: 1, minSpendMinor: 0 };
    const badGift = await failure(
      core.dispatch('promotions', 'create', manjian([shop.tmall.id], { terms: gift })),
    );
    expect(badGift.issues).toEqual([{ path: 'terms.giftSkuId', message: 'promotionGiftSku' }]);
    const noStore = await failure(core.dispatch('promotions', 'create', manjian(['nope'])));
    expect(noStore.issues).toEqual([{ path: 'storefrontIds.0', message: 'promotionStorefrontUnknown' }]);
    const window = await failure(
      core.dispatch('promotions', 'create', manjian([shop.tmall.id], { endAt: '2027-11-01T00:00+08:00' })),
    );
    expect(window).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'endAt', message: 'promotionWindow' }],
    });
    expect(count(core, 'campaigns')).toBe(before);
    expect(count(core, 'campaign_storefronts')).toBe(0);
  });

  it('lists by period, storefront, state and type, reading the state off the clock', async () => {
    const d11 = await createCampaign(core, manjian([shop.tmall.id]));
    const jd = await createCampaign(
      core,
      manjian([shop.jd.id], {
        name: 'JD 券',
        terms: {
          type: 'coupon',
          discount: { kind: 'amount', offMinor: 2000 },
          minSpendMinor: 20000,
          quantityIssued: 300,
        },
        startAt: '2027-12-10T00:00+08:00',
        endAt: '2027-12-13T00:00+08:00',
      }),
    );
    const past = await createCampaign(
      core,
      manjian([shop.tmall.id], {
        name: '去年双11',
        startAt: '2025-11-01T00:00+08:00',
        endAt: '2025-11-12T00:00+08:00',
      }),
    );
    await value(
      core.dispatch('promotions', 'activate', {
        id: past.id,
        overrideReason: 'ran before we used ChannelDesk',
      }),
    );
    const names = async (query?: object) =>
      (await value<CampaignSummary[]>(core.dispatch('promotions', 'list', query))).map((c) => c.name);
    expect(await names()).toEqual(['去年双11', '双11 满300减40', 'JD 券']);
    expect(await names({ from: '2027-11-11', to: '2027-12-31' })).toEqual(['双11 满300减40', 'JD 券']);
    // 12 Nov 00:00 Shanghai is where 双11 ends: a period starting that day does not meet it.
    expect(await names({ from: '2027-11-12', to: '2027-12-10' })).toEqual(['JD 券']);
    expect(await names({ storefrontId: shop.jd.id })).toEqual(['JD 券']);
    expect(await names({ state: 'ended' })).toEqual(['去年双11']);
    expect(await names({ state: 'draft', type: 'coupon' })).toEqual(['JD 券']);
    expect(d11.state).toBe('draft');
    expect(jd.type).toBe('coupon');
  });

  it('updates a draft freely and keeps an ended campaign as it happened', async () => {
    const draft = await createCampaign(core, manjian([shop.tmall.id]));
    const changed = await value<CampaignChange>(
      core.dispatch('promotions', 'update', {
        id: draft.id,
        name: '双11 预热',
        terms: { type: 'percentage', offBp: 500 },
        storefrontIds: [shop.jd.id],
        keys: { codes: ['WARM'] },
      }),
    );
    expect(changed.campaign).toMatchObject({
      name: '双11 预热',
      type: 'percentage',
      storefrontIds: [shop.jd.id],
      keys: { codes: ['WARM'] },
    });
    expect(changed.guardrail).toBeNull();
    // Another currency on update is refused like on create, and the campaign keeps its storefronts.
    const mixed = await failure(
      core.dispatch('promotions', 'update', { id: draft.id, storefrontIds: [shop.jd.id, shop.shopify.id] }),
    );
    expect(mixed.issues).toEqual([{ path: 'storefrontIds.1', message: 'promotionCurrencyMix' }]);
    expect(
      (await value<Campaign>(core.dispatch('promotions', 'get', { id: draft.id }))).storefrontIds,
    ).toEqual([shop.jd.id]);

    const past = await createCampaign(
      core,
      manjian([shop.tmall.id], {
        scope: { skuIds: [shop.sku.mug] },
        startAt: '2025-11-01T00:00+08:00',
        endAt: '2025-11-12T00:00+08:00',
      }),
    );
    await value(core.dispatch('promotions', 'activate', { id: past.id }));
    const locked = await failure(
      core.dispatch('promotions', 'update', { id: past.id, terms: { type: 'percentage', offBp: 100 } }),
    );
    expect(locked).toMatchObject({ code: 'CONFLICT', key: 'promotionLocked' });
    const spent = await value<CampaignChange>(
      core.dispatch('promotions', 'update', { id: past.id, spendMinor: 120000, notes: '直通车' }),
    );
    expect(spent.campaign).toMatchObject({
      state: 'ended',
      spendMinor: 120000,
      notes: '直通车',
      type: 'tiered',
    });
    expect(
      await failure(
        core.dispatch('promotions', 'move', {
          id: past.id,
          startAt: '2025-12-01T00:00Z',
          endAt: '2025-12-02T00:00Z',
        }),
      ),
    ).toMatchObject({
      key: 'promotionLocked',
    });
  });

  it('cancels drafts and scheduled campaigns once; an ended one stays ended', async () => {
    const draft = await createCampaign(core, manjian([shop.tmall.id]));
    const cancelled = await value<Campaign>(core.dispatch('promotions', 'cancel', { id: draft.id }));
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.cancelledAt).not.toBeNull();
    expect(await failure(core.dispatch('promotions', 'cancel', { id: draft.id }))).toMatchObject({
      code: 'CONFLICT',
      key: 'promotionTransition',
    });
    expect(await failure(core.dispatch('promotions', 'activate', { id: draft.id }))).toMatchObject({
      key: 'promotionTransition',
    });
    expect(await failure(core.dispatch('promotions', 'cancel', { id: 'nope' }))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('the service role', () => {
  it('may look at campaigns without floors or margins, and may not plan them', async () => {
    const d11 = await createCampaign(core, manjian([shop.tmall.id]));
    await value(core.dispatch('settings', 'update', { actingStaffId: shop.agent.id }));
    const before = count(core, 'campaigns');
    expect(await failure(core.dispatch('promotions', 'create', manjian([shop.tmall.id])))).toMatchObject({
      code: 'FORBIDDEN',
      key: 'promotionRole',
    });
    expect(
      await failure(core.dispatch('promotions', 'activate', { id: d11.id, overrideReason: 'just do it' })),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    for (const [method, input] of [
      ['update', { id: d11.id, notes: 'x' }],
      ['cancel', { id: d11.id }],
      ['move', { id: d11.id, startAt: '2027-12-01T00:00Z', endAt: '2027-12-02T00:00Z' }],
    ] as const)
      expect(await failure(core.dispatch('promotions', method, input)), method).toMatchObject({
        code: 'FORBIDDEN',
      });
    expect(count(core, 'campaigns')).toBe(before);
    const unchanged = await value<Campaign>(core.dispatch('promotions', 'get', { id: d11.id }));
    expect([unchanged.state, unchanged.notes, unchanged.startAt]).toEqual(['draft', null, d11.startAt]);
    const guard = await value<CampaignGuardrail>(core.dispatch('promotions', 'guardrail', { id: d11.id }));
    expect(guard.costsHidden).toBe(true);
    expect(guard.rows.length).toBe(2);
    for (const row of guard.rows)
      expect([row.floorMinor, row.marginBp, row.belowFloor]).toEqual([null, null, null]);
    expect(guard.rows.map((r) => r.effectivePriceMinor)).toEqual([11566, 11566]);
    const conflicts = await value<PromotionConflicts>(
      core.dispatch('promotions', 'conflicts', { from: '2027-11-01', to: '2027-11-30' }),
    );
    expect(conflicts.costsHidden).toBe(true);
  });
});
