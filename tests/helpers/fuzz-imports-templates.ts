/** Valid-shaped inputs of the column-mapping calls for the API fuzz test to mutate one field at a time. */
const headers = ['Order No', 'Date', 'Item code', 'Qty', 'Price', 'Status'];

export const importsTemplates: Record<string, Record<string, unknown>> = {
  // A storefront and a file that do not exist: mutations reach the storefront and path checks, never a real file.
  'imports:inspectFile': {
    storefrontId: 'no-such-id',
    path: '/no-such-folder/orders.csv',
    statusHeader: 'Status',
  },
  'imports:saveMapping': {
    storefrontId: 'no-such-id',
    headers,
    settings: {
      mapping: {
        externalId: 'Order No',
        placedAt: 'Date',
        sku: 'Item code',
        quantity: 'Qty',
        unitPrice: 'Price',
        status: 'Status',
      },
      statusValues: { Dispatched: 'shipped', 'Awaiting payment': 'pending_payment' },
      defaultStatus: 'paid',
      dayFirst: true,
    },
  },
};
