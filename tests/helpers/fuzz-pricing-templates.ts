/** Valid-shaped pricing inputs (repricing, spread, competitor log) for the API fuzz test to mutate. */
export const pricingTemplates: Record<string, Record<string, unknown>> = {
  'pricing:previewRepricing': {
    selection: { storefrontId: 'no-such-id', category: '家居', brand: 'Acme', band: 'mid' },
    rule: { kind: 'costPlus', marginBp: 3000 },
    ending: '9',
  },
  'pricing:applyRepricing': {
    selection: { category: '家居' },
    rule: { kind: 'match', storefrontId: 'no-such-id', adjustBp: -500 },
    ending: null,
    reason: 'fuzz',
    overrideReason: 'fuzz',
  },
  'pricing:priceSpread': { thresholdBp: 1500 },
  'pricing:addCompetitorPrice': {
    skuId: 'no-such-id',
    competitor: 'Fuzz',
    platform: 'jd',
    priceMinor: 100,
    currency: 'CNY',
    observedOn: '2024-06-18',
    url: 'https://example.com',
    note: 'fuzz',
  },
  'pricing:competitorPrices': { skuId: 'no-such-id' },
};
