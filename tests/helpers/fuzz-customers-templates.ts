/** Valid-shaped customer inputs (list, detail, merge, split, segment export) for the API fuzz test to mutate. */
export const customersTemplates: Record<string, Record<string, unknown>> = {
  'customers:list': {
    search: '138',
    tier: 'high_value',
    storefrontId: 'no-such-id',
    sort: 'lastOrder',
    direction: 'asc',
    page: 1,
    pageSize: 50,
  },
  'customers:get': { id: 'no-such-id', page: 1, pageSize: 20 },
  'customers:merge': { targetId: 'no-such-id', sourceIds: ['no-such-other'] },
  'customers:split': { customerId: 'no-such-id', orderIds: ['no-such-order'] },
  // A folder that does not exist: mutations that keep the path valid must still write nothing.
  'customers:exportSegment': {
    path: '/no-such-folder/customers.xlsx',
    lang: 'zh-CN',
    format: 'xlsx',
    tier: 'at_risk',
    search: 'wang',
    storefrontId: 'no-such-id',
  },
};
