/**
 * A small shop for the promotion integration tests: Tmall and JD in CNY, Shopify in USD, an owner (acting) and
 * a service agent. MUG sells at ¥129 on Tmall with its own ¥110 floor and at ¥129 on JD (computed floor);
 * THIN is a low-margin ¥129 SKU on Tmall: cost ¥100 + ¥8 shipping over 1 − 5 % − 0.6 % − 5 % = ¥120.81 floor.
 * GIFT costs ¥15 (a gift-with-purchase item).
 */
import type { Campaign, CampaignChange } from '../../shared/domain/promotions';
import type { StaffMember } from '../../shared/domain/staff';
import type { Storefront } from '../../shared/domain/storefronts';
import {
  costOf,
  createProduct,
  createStorefront,
  shopifyFields,
  tmallFields,
  value,
  type TempCore,
} from './catalog-data';

export interface PromotionShop {
  tmall: Storefront;
  jd: Storefront;
  shopify: Storefront;
  owner: StaffMember;
  agent: StaffMember;
  sku: { mug: string; thin: string; gift: string };
}

const jdFields = {
  ...tmallFields,
  name: '京东自营店',
  platform: 'jd',
  feeRules: { ...tmallFields.feeRules, categoryCommissions: [] },
};

export async function promotionShop(core: TempCore): Promise<PromotionShop> {
  await value(core.dispatch('settings', 'update', { baseCurrency: 'CNY', timezone: 'Asia/Shanghai' }));
  const tmall = await createStorefront(core, tmallFields);
  const jd = await createStorefront(core, jdFields);
  const shopify = await createStorefront(core, shopifyFields);
  const owner = await value<StaffMember>(core.dispatch('staff', 'create', { name: '王店长', role: 'owner' }));
  const agent = await value<StaffMember>(
    core.dispatch('staff', 'create', { name: '张客服', role: 'service' }),
  );
  await value(core.dispatch('settings', 'update', { actingStaffId: owner.id }));
  const make = async (code: string, cost: number, category: string) => {
    const product = await createProduct(core, {
      name: code,
      category,
      skus: [{ code, name: code, cost: costOf(cost) }],
    });
    return product.skus[0]!.id;
  };
  const sku = {
    mug: await make('MUG', 6000, '杯具'),
    thin: await make('THIN', 10000, '杯具'),
    gift: await make('GIFT', 1500, '赠品'),
  };
  const list = (
    skuId: string,
    storefrontId: string,
    priceMinor: number,
    priceFloorMinor: number | null = null,
  ) => value(core.dispatch('catalog', 'upsertListing', { skuId, storefrontId, priceMinor, priceFloorMinor }));
  await list(sku.mug, tmall.id, 12900, 11000);
  await list(sku.mug, jd.id, 12900);
  await list(sku.thin, tmall.id, 12900);
  return { tmall, jd, shopify, owner, agent, sku };
}

/** 满300减40, 1–12 Nov 2027 in Shanghai, on the storefronts given; any field can be replaced. */
export const manjian = (storefrontIds: string[], extra: Record<string, unknown> = {}) => ({
  name: '双11 满300减40',
  goal: 'sales',
  terms: { type: 'tiered', tiers: [{ thresholdMinor: 30000, offMinor: 4000 }] },
  storefrontIds,
  startAt: '2027-11-01T00:00+08:00',
  endAt: '2027-11-12T00:00+08:00',
  ...extra,
});

export const createCampaign = (core: TempCore, input: object) =>
  value<Campaign>(core.dispatch('promotions', 'create', input));
export const activate = (core: TempCore, id: string, overrideReason?: string) =>
  core.dispatch('promotions', 'activate', { id, overrideReason }) as Promise<
    | { ok: true; value: CampaignChange }
    | {
        ok: false;
        error: { code: string; key?: string; params?: Record<string, unknown>; issues?: unknown[] };
      }
  >;
