import type { Campaign, CampaignGuardrail, GuardrailRow } from '../../shared/domain/promotions';
import type { Storefront } from '../../shared/domain/storefronts';
import { settings, storefront } from './catalog-fixtures';

export const jd: Storefront = { ...storefront, id: 'jd', name: 'JD Store', platform: 'jd' };
export const tmall: Storefront = { ...storefront, id: 'tm', name: 'Tmall Flagship' };

export const promotionShop = {
  'settings.get': () => ({ ok: true as const, value: settings }),
  'storefronts.list': () => ({ ok: true as const, value: [tmall, jd] }),
};

/** A 满300减40 draft on both storefronts, 10–12 Dec 2026 in Asia/Shanghai (ends at midnight of the 13th). */
export const campaign = (over: Partial<Campaign> = {}): Campaign => ({
  id: 'C1',
  name: '12.12 spend and save',
  type: 'tiered',
  goal: 'sales',
  state: 'draft',
  currency: 'CNY',
  terms: { type: 'tiered', tiers: [{ thresholdMinor: 30000, offMinor: 4000 }] },
  stacksWith: null,
  storefrontIds: ['tm', 'jd'],
  scope: { skuIds: ['S1'], categories: [], brands: [] },
  keys: { codes: [], promotionIds: [], names: [] },
  startAt: '2026-12-09T16:00:00.000Z',
  endAt: '2026-12-12T16:00:00.000Z',
  budgetMinor: null,
  spendMinor: 0,
  notes: null,
  activatedAt: null,
  cancelledAt: null,
  overrides: [],
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  ...over,
});

const row = (storefrontId: string, effectivePriceMinor: number): GuardrailRow => ({
  skuId: 'S1',
  skuCode: 'MUG-1',
  skuName: '350 ml',
  storefrontId,
  listingId: `L-${storefrontId}`,
  currency: 'CNY',
  listPriceMinor: 1790,
  effectivePriceMinor,
  floorMinor: 1740,
  marginBp: effectivePriceMinor < 1740 ? -536 : 1100,
  belowFloor: effectivePriceMinor < 1740,
  stacked: ['C1'],
  from: '2026-12-09T16:00:00.000Z',
  to: '2026-12-12T16:00:00.000Z',
  basketUnits: 17,
});

/** The guardrail a 满X减Y gives MUG-1 (list 17.90, floor 17.40): the unit price less Y/X of it, rounded down. */
export function guardrailFor(c: Campaign): CampaignGuardrail {
  const tier = c.terms.type === 'tiered' ? c.terms.tiers[0]! : { thresholdMinor: 1, offMinor: 0 };
  const price = Math.floor(1790 - (1790 * tier.offMinor) / tier.thresholdMinor);
  const rows = c.storefrontIds.map((s) => row(s, price));
  return {
    campaignId: c.id,
    costsHidden: false,
    rows,
    belowFloorRows: rows.filter((r) => r.belowFloor).length,
    withoutFloor: 0,
  };
}
