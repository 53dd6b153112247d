/**
 * Valid-shaped inputs of the campaign calls for the API fuzz test to mutate: unknown ids answer NOT_FOUND, an
 * unknown storefront INVALID_INPUT, mutations of the terms INVALID_INPUT naming the field.
 */
const window = { startAt: '2027-11-01T00:00+08:00', endAt: '2027-11-12T00:00+08:00' };

export const promotionsTemplates: Record<string, Record<string, unknown>> = {
  'promotions:list': {
    from: '2027-11-01',
    to: '2027-11-30',
    storefrontId: 'no-such-id',
    state: 'active',
    type: 'tiered',
  },
  'promotions:get': { id: 'no-such-id' },
  'promotions:create': {
    name: '双11 满300减40',
    goal: 'sales',
    terms: {
      type: 'coupon',
      discount: { kind: 'percent', offBp: 1000 },
      maxOffMinor: 5000,
      minSpendMinor: 20000,
      quantityIssued: 500,
    },
    stacksWith: ['tiered', 'gift'],
    storefrontIds: ['no-such-id'],
    scope: { skuIds: ['no-such-sku'], categories: ['杯具'], brands: ['Hero'] },
    keys: { codes: ['D11'], promotionIds: ['AMZ-1'], names: ['双11满减'] },
    ...window,
    budgetMinor: 500000,
    spendMinor: 0,
    notes: '主会场',
  },
  'promotions:update': {
    id: 'no-such-id',
    terms: {
      type: 'tiered',
      tiers: [
        { thresholdMinor: 30000, offMinor: 4000 },
        { thresholdMinor: 50000, offMinor: 8000 },
      ],
    },
    scope: { skuIds: [], categories: [], brands: [] },
    ...window,
    overrideReason: '清仓',
  },
  'promotions:activate': { id: 'no-such-id', overrideReason: '老板同意' },
  'promotions:cancel': { id: 'no-such-id' },
  'promotions:move': { id: 'no-such-id', ...window, overrideReason: '挪到双12' },
  'promotions:guardrail': { id: 'no-such-id' },
  'promotions:conflicts': { from: '2027-11-01', to: '2027-11-30', storefrontId: 'no-such-id' },
};
