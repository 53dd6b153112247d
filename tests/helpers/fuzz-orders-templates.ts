/** Valid-shaped order list, export and saved-view inputs for the API fuzz test to mutate one field at a time. */
const filters = {
  storefrontIds: ['no-such-id'],
  statuses: ['paid', 'completed'],
  from: '2024-03-01',
  to: '2024-03-31',
  hasRefund: true,
  afterSales: false,
  unmatched: true,
  customerId: 'no-such-id',
  skuId: 'no-such-id',
  search: '马克杯',
};

export const ordersTemplates: Record<string, Record<string, unknown>> = {
  'orders:list': { filters, sort: 'total_paid', direction: 'asc', page: 1, pageSize: 50 },
  'orders:get': { id: 'no-such-id' },
  // A folder that does not exist: mutations reach the path check without writing files anywhere.
  'orders:export': {
    path: '/no-such-folder/orders.xlsx',
    lang: 'en',
    format: 'xlsx',
    filters,
    sort: 'placed_at',
  },
  'orders:saveView': {
    name: 'Fuzz view',
    filters,
    sort: 'units',
    direction: 'desc',
    columns: ['placedAt', 'externalId', 'totalPaid'],
  },
  'orders:deleteView': { id: 'no-such-id' },
};
