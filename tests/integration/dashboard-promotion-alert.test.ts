import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DashboardAlert } from '../../shared/domain/dashboard';
import { value } from '../helpers/catalog-data';
import {
  activate,
  createCampaign,
  manjian,
  promotionShop,
  type PromotionShop,
} from '../helpers/campaign-plan-shop';
import { tempCore } from '../helpers/temp-core';

let core: Awaited<ReturnType<typeof tempCore>>;
let shop: PromotionShop;
beforeEach(async () => {
  core = await tempCore('channeldesk-dashboard-promotions');
  shop = await promotionShop(core);
});
afterEach(() => core.cleanup());

const november = { from: '2027-11-01', to: '2027-11-30' };
const alerts = (q: object) => value<DashboardAlert[]>(core.dispatch('dashboard', 'alerts', q));

describe('the promotion conflict alert', () => {
  it('counts the activated campaigns in conflict in the period and links to the campaigns of the period', async () => {
    const first = await createCampaign(core, manjian([shop.tmall.id], { scope: { skuIds: [shop.sku.mug] } }));
    const second = await createCampaign(
      core,
      manjian([shop.tmall.id], {
        name: '第二个满减',
        terms: { type: 'tiered', tiers: [{ thresholdMinor: 20000, offMinor: 1000 }] },
        scope: { skuIds: [shop.sku.mug] },
      }),
    );
    // Drafts are plans not made yet: no alert.
    expect((await alerts(november)).filter((a) => a.kind === 'promotionConflict')).toEqual([]);
    for (const c of [first, second]) expect((await activate(core, c.id)).ok).toBe(true);
    const found = (await alerts(november)).filter((a) => a.kind === 'promotionConflict');
    expect(found).toEqual([
      {
        kind: 'promotionConflict',
        severity: 'warning',
        count: 2,
        params: { count: 2, skus: 1 },
        link: { route: '/promotions', query: { conflicts: '1', from: november.from, to: november.to } },
      },
    ]);
    // Another storefront, or a month without the campaigns, has nothing to say.
    const jd = await alerts({ ...november, storefrontId: shop.jd.id });
    expect(jd.filter((a) => a.kind === 'promotionConflict')).toEqual([]);
    const december = await alerts({ from: '2027-12-01', to: '2027-12-31' });
    expect(december.filter((a) => a.kind === 'promotionConflict')).toEqual([]);
  });
});
