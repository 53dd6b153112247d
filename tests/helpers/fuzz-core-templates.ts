/**
 * Valid-shaped inputs of the foundation calls (staff, fx, storefronts, jobs, backups, imports' job starts) and
 * the catalog calls that take an id, for the API fuzz test to mutate one field at a time. Ids that do not exist
 * keep mutations from archiving or changing real rows; paths under a missing folder keep jobs from reading files.
 */
export const coreTemplates: Record<string, Record<string, unknown>> = {
  'staff:list': { includeArchived: true },
  'staff:archive': { id: 'no-such-id' },
  'staff:restore': { id: 'no-such-id' },
  'fx:list': { currency: 'USD' },
  'fx:remove': { id: 'no-such-id' },
  'storefronts:list': { includeArchived: false },
  'storefronts:get': { id: 'no-such-id' },
  'storefronts:archive': { id: 'no-such-id' },
  'storefronts:restore': { id: 'no-such-id' },
  'jobs:get': { id: 'no-such-id' },
  'jobs:cancel': { id: 'no-such-id' },
  'catalog:getProduct': { id: 'no-such-id' },
  'catalog:updateProduct': { id: 'no-such-id', patch: { name: 'Fuzz', brand: 'Fuzz', archived: true } },
  'catalog:costHistory': { skuId: 'no-such-id' },
  'catalog:priceHistory': { listingId: 'no-such-id' },
  'catalog:removeAlias': { storefrontId: 'no-such-id', alias: 'a' },
  'imports:importOrders': {
    storefrontId: 'no-such-id',
    files: ['/no-such-folder/orders_export.csv'],
    format: 'shopify',
  },
  'imports:importFees': { storefrontId: 'no-such-id', files: ['/no-such-folder/settlement.txt'] },
  'imports:history': { storefrontId: 'no-such-id', page: 1, pageSize: 20 },
};

/**
 * Calls whose input is "nothing" (`undefined` or `{}`): there is no field to mutate, so they get random
 * payloads only. Listed so the coverage test can tell "no input" from "template forgotten".
 */
export const noInputCalls = new Set([
  'settings:get',
  'backup:start',
  'backup:list',
  'backup:check',
  'backup:integrity',
  'recovery:status',
  'recovery:quit',
  'jobs:list',
  'demo:status',
  'demo:open',
  'orders:views',
  'reports:schedule',
]);
