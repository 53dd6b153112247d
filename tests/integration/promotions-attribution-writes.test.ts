import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Campaign, CampaignChange } from '../../shared/domain/promotions';
import type { CampaignAttributionPage } from '../../shared/domain/promotions-evaluation';
import { tempCore } from '../helpers/temp-core';
import { value, type TempCore } from '../helpers/catalog-data';
import { attributionOf } from '../helpers/campaign-rows';
import {
  evaluationShop,
  handWorkedOrders,
  writeAndAttribute,
  type EvaluationShop,
} from '../helpers/evaluation-shop';

/**
 * Attribution follows the campaign through the promotions API: a draft claims nothing, activating it claims
 * its orders, moving its dates or changing its scope re-attributes them in the same transaction, and a
 * campaign cancelled before it began lets go of everything. The hand-built shop's orders (evaluation-shop.ts)
 * are placed in March 2031 so the campaign is still ahead of today and may be moved.
 */
let core: TempCore;
let shop: EvaluationShop;
beforeEach(async () => {
  core = await tempCore('promotions-attribution-writes');
  shop = await evaluationShop(core);
  writeAndAttribute(core, shop.storefrontId, handWorkedOrders({}, 2031));
});
afterEach(async () => core?.cleanup());

const orders = (id: string) =>
  attributionOf(core.ctx.sqlite, id).map((r) => `${r.externalId} ${r.skuCode} ${r.discount}`);

/** 满100减10 on red mugs, Mar 11 00:00 – Mar 14 00:00 2031 Shanghai time. */
function draft(): Promise<Campaign> {
  return value<Campaign>(
    core.dispatch('promotions', 'create', {
      name: '满100减10',
      goal: 'sales',
      terms: { type: 'tiered', tiers: [{ thresholdMinor: 10_000, offMinor: 1_000 }] },
      storefrontIds: [shop.storefrontId],
      scope: { skuIds: [shop.redId] },
      startAt: '2031-03-10T16:00:00.000Z',
      endAt: '2031-03-13T16:00:00.000Z',
    }),
  );
}

describe('attribution after campaign writes', () => {
  it('draft: nothing; activated: D1, D2, D4’s red line; moved a day later: D1 lets go; cancelled: none', async () => {
    const c = await draft();
    expect(orders(c.id)).toEqual([]);
    await value<CampaignChange>(core.dispatch('promotions', 'activate', { id: c.id }));
    expect(orders(c.id)).toEqual(['D1 MUG-RED 1000', 'D2 MUG-RED 1000', 'D4 MUG-RED 500']);
    await value<CampaignChange>(
      core.dispatch('promotions', 'move', {
        id: c.id,
        startAt: '2031-03-11T16:00:00.000Z',
        endAt: '2031-03-13T16:00:00.000Z',
      }),
    );
    expect(orders(c.id)).toEqual(['D2 MUG-RED 1000', 'D4 MUG-RED 500']);
    // Cancelled today, years before it would have started: it never ran, so it claims nothing.
    await value<Campaign>(core.dispatch('promotions', 'cancel', { id: c.id }));
    expect(orders(c.id)).toEqual([]);
  });

  it('a scope changed on a scheduled campaign claims the new SKUs; the attribution call lists them', async () => {
    const c = await draft();
    await value<CampaignChange>(core.dispatch('promotions', 'activate', { id: c.id }));
    await value<CampaignChange>(
      core.dispatch('promotions', 'update', { id: c.id, scope: { skuIds: [shop.blueId] } }),
    );
    // Only D4 has a blue mug and a discount; B3's blue mug is before the window.
    expect(orders(c.id)).toEqual(['D4 MUG-BLUE 500']);
    const page = await value<CampaignAttributionPage>(
      core.dispatch('promotions', 'attribution', { id: c.id, rule: 'window' }),
    );
    expect([page.total, page.byRule.window, page.rows[0]!.externalId, page.rows[0]!.rule]).toEqual([
      1,
      1,
      'D4',
      'window',
    ]);
  });
});
