/** Valid-shaped catalog and pricing inputs for the API fuzz test to mutate one field at a time. */
const validCost = {
  purchaseMinor: 100,
  packagingMinor: 0,
  inboundFreightMinor: 0,
  otherMinor: 0,
  effectiveFrom: '2024-01-01T00:00:00Z',
};

export const catalogTemplates: Record<string, Record<string, unknown>> = {
  // A folder that does not exist: mutations reach the path check without writing files anywhere.
  'catalog:importProducts': { path: '/no-such-folder/catalog.csv' },
  'catalog:exportProducts': { path: '/no-such-folder/catalog.xlsx', lang: 'en', format: 'xlsx' },
  'catalog:productTemplate': { path: '/no-such-folder/template.xlsx', lang: 'zh-CN', format: 'xlsx' },
  'catalog:createProduct': {
    name: 'Fuzz product',
    category: '家居',
    skus: [{ code: 'FZ-1', name: 'Fuzz', stockOnHand: 1, cost: validCost }],
  },
  'catalog:upsertSku': { productId: 'no-such-id', code: 'FZ-2', name: 'Fuzz', cost: validCost },
  'catalog:setCost': { skuId: 'no-such-id', ...validCost },
  'catalog:upsertListing': {
    skuId: 'no-such-id',
    storefrontId: 'no-such-id',
    priceMinor: 100,
    status: 'on_sale',
    priceFloorMinor: null,
    reason: 'fuzz',
  },
  'catalog:adjustStock': { skuId: 'no-such-id', kind: 'adjustment', quantity: -1, reason: 'fuzz' },
  'catalog:listProducts': { search: 'x', band: 'high', lowStock: true, page: 1, pageSize: 10 },
  'catalog:stockMovements': { skuId: 'no-such-id', page: 1, pageSize: 10 },
  'catalog:addAlias': { storefrontId: 'no-such-id', alias: 'a', skuId: 'no-such-id' },
  'catalog:resolveSku': { storefrontId: 'no-such-id', code: 'a' },
  'catalog:suggestSkus': { code: 'SKU-1', limit: 5 },
  'pricing:workbench': {
    skuId: 'no-such-id',
    storefrontId: 'no-such-id',
    priceMinor: 100,
    targetMarginBp: 3000,
    ending: '9',
    at: '2024-01-01T00:00:00Z',
  },
};
