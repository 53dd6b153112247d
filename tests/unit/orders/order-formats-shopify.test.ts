import { describe, expect, it } from 'vitest';
import { isMarketplaceSource, shopifyOrdersPart } from '../../../electron/core/orders/formats/shopify';
import { normalizeHeader } from '../../../electron/core/orders/formats/values';
import { runOrders, sheetOf } from '../../helpers/order-format-run';

const HEADERS = [
  'Name',
  'Email',
  'Financial Status',
  'Paid at',
  'Fulfillment Status',
  'Currency',
  'Subtotal',
  'Shipping',
  'Taxes',
  'Total',
  'Discount Code',
  'Discount Amount',
  'Created at',
  'Lineitem quantity',
  'Lineitem name',
  'Lineitem price',
  'Lineitem sku',
  'Lineitem discount',
  'Billing Name',
  'Shipping Name',
  'Shipping Address1',
  'Shipping Address2',
  'Shipping City',
  'Shipping Zip',
  'Shipping Province',
  'Shipping Country',
  'Shipping Phone',
  'Notes',
  'Cancelled at',
  'Refunded Amount',
  'Id',
  'Source',
  'Phone',
];

/** The order-level cells Shopify writes on an order's first row. */
const head = (over: Record<string, string> = {}): Record<string, string> => ({
  Name: '#1001',
  Email: 'mia.hart@example.com',
  'Financial Status': 'paid',
  'Paid at': '2025-12-07 19:10:02 +0000',
  'Fulfillment Status': 'unfulfilled',
  Currency: 'USD',
  Subtotal: '50.00',
  Shipping: '5.00',
  Taxes: '4.00',
  Total: '59.00',
  'Discount Amount': '0.00',
  'Created at': '2025-12-07 19:08:25 +0000',
  'Billing Name': 'Mia Hart',
  'Shipping Name': 'Mia Hart',
  'Shipping Address1': '12 Orchard Lane',
  'Shipping City': 'Springfield',
  'Shipping Zip': "'02134",
  'Shipping Province': 'MA',
  'Shipping Country': 'US',
  'Refunded Amount': '0.00',
  Id: '5550001',
  Source: 'web',
  ...over,
});
const item = (name: string, qty: string, price: string, sku: string, over: Record<string, string> = {}) => ({
  Name: '#1001',
  'Lineitem quantity': qty,
  'Lineitem name': name,
  'Lineitem price': price,
  'Lineitem sku': sku,
  ...over,
});

const run = (records: Record<string, string>[]) => runOrders(shopifyOrdersPart, sheetOf(HEADERS, records));

describe('Shopify orders export', () => {
  it('matches its own header and not other platforms', () => {
    expect(shopifyOrdersPart.matches(HEADERS.map(normalizeHeader))).toBe(true);
    expect(
      shopifyOrdersPart.matches(['amazon-order-id', 'purchase-date', 'order-status', 'item-price']),
    ).toBe(false);
    expect(shopifyOrdersPart.matches(['name', 'quantity', 'price'])).toBe(false);
  });

  it('reads a multi-line order: order-level columns from its first row, one line per row', () => {
    const r = run([
      {
        ...head({
          'Discount Code': 'WELCOME10',
          'Discount Amount': '10.00',
          Subtotal: '40.00',
          Total: '49.00',
        }),
        ...item('Linen apron', '2', '15.00', 'AP-1', { 'Lineitem discount': '6.00' }),
      },
      item('Beeswax wrap', '1', '20.00', '', { 'Lineitem discount': '4.00' }),
      {
        ...head({
          Name: '#1002',
          Total: '25.00',
          Shipping: '5.00',
          Taxes: '0.00',
          Subtotal: '20.00',
          Source: 'pos',
        }),
        ...item('Beeswax wrap', '1', '20.00', 'BW-1', { Name: '#1002' }),
      },
    ]);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.orders).toHaveLength(2);
    expect(r.order('#1001')).toEqual({
      externalId: '#1001',
      placedAt: '2025-12-07T19:08:25.000Z',
      paidAt: '2025-12-07T19:10:02.000Z',
      status: 'paid',
      afterSales: false,
      currency: 'USD',
      customer: { name: 'Mia Hart', phone: null, email: 'mia.hart@example.com', buyerId: null },
      address: {
        name: 'Mia Hart',
        phone: null,
        address: '12 Orchard Lane',
        city: 'Springfield',
        province: 'MA',
        zip: '02134',
        country: 'US',
      },
      // Lineitem discount (6 + 4) is Discount Amount spread over lines: never added a second time.
      lines: [
        {
          sku: 'AP-1',
          title: 'Linen apron',
          quantity: 2,
          unitPriceMinor: 1500,
          lineDiscountMinor: 0,
          externalLineId: null,
        },
        {
          sku: null,
          title: 'Beeswax wrap',
          quantity: 1,
          unitPriceMinor: 2000,
          lineDiscountMinor: 0,
          externalLineId: null,
        },
      ],
      orderDiscountMinor: 1000,
      platformDiscountMinor: 0,
      shippingIncomeMinor: 500,
      taxMinor: 400,
      totalPaidMinor: 4900,
      refundedMinor: 0,
      feesMinor: null,
      source: 'web',
      promotionCodes: ['WELCOME10'],
      note: null,
      row: 2,
    });
    expect(r.order('#1002')).toMatchObject({ row: 4, source: 'pos', lines: [{ sku: 'BW-1', quantity: 1 }] });
  });

  it('maps Financial Status, Fulfillment Status and Cancelled at', () => {
    const cases: [Record<string, string>, string, boolean][] = [
      [{ 'Financial Status': 'pending', 'Paid at': '' }, 'pending_payment', false],
      [{ 'Financial Status': 'authorized', 'Paid at': '' }, 'pending_payment', false],
      [{ 'Financial Status': 'paid' }, 'paid', false],
      [{ 'Financial Status': 'partially_paid' }, 'paid', false],
      [{ 'Financial Status': 'partially_refunded', 'Refunded Amount': '10.00' }, 'paid', true],
      [{ 'Financial Status': 'refunded', 'Refunded Amount': '59.00' }, 'paid', true],
      [{ 'Financial Status': 'voided' }, 'cancelled', false],
      [{ 'Financial Status': 'expired' }, 'cancelled', false],
      [{ 'Financial Status': 'paid', 'Fulfillment Status': 'fulfilled' }, 'shipped', false],
      [{ 'Financial Status': 'paid', 'Fulfillment Status': 'partial' }, 'paid', false],
      [
        { 'Financial Status': 'refunded', 'Fulfillment Status': 'fulfilled', 'Refunded Amount': '59.00' },
        'shipped',
        true,
      ],
      [{ 'Financial Status': 'pending', 'Fulfillment Status': 'fulfilled' }, 'pending_payment', false],
      [{ 'Financial Status': 'paid', 'Cancelled at': '2025-12-08 09:00:00 +0000' }, 'cancelled', false],
    ];
    const r = run(
      cases.map(([over], i) => ({
        ...head({ Name: `#${i}`, ...over }),
        ...item('Apron', '1', '50.00', 'AP-1', { Name: `#${i}` }),
      })),
    );
    expect(r.errors).toEqual([]);
    expect(r.orders.map((o) => [o.status, o.afterSales])).toEqual(cases.map(([, s, a]) => [s, a]));
    expect(r.order('#5').refundedMinor).toBe(5900);
    expect(r.order('#4').refundedMinor).toBe(1000);
  });

  it('warns when items minus Discount Amount differ from Subtotal, and for marketplace sources', () => {
    const r = run([
      { ...head({ Subtotal: '45.00', 'Discount Amount': '10.00' }), ...item('Apron', '2', '30.00', 'AP-1') },
      {
        ...head({ Name: '#1002', Source: 'amazon-marketplace' }),
        ...item('Apron', '1', '50.00', 'AP-1', { Name: '#1002' }),
      },
      {
        ...head({ Name: '#1003', Source: 'shopify_draft_order' }),
        ...item('Apron', '1', '50.00', 'AP-1', { Name: '#1003' }),
      },
    ]);
    expect(r.errors).toEqual([]);
    expect(r.orders).toHaveLength(3);
    expect(r.warnings).toEqual([
      {
        severity: 'warning',
        row: 2,
        column: 'subtotal',
        key: 'orderSubtotalMismatch',
        params: { expected: '50.00', value: '45.00' },
      },
      {
        severity: 'warning',
        row: 3,
        column: 'source',
        key: 'orderPossibleDuplicate',
        params: { value: 'amazon-marketplace' },
      },
    ]);
  });

  it('tells marketplaces from Shopify’s own channels', () => {
    for (const s of ['amazon', 'ebay', 'Etsy', 'tiktok', 'TikTok Shop', 'walmart'])
      expect(isMarketplaceSource(s)).toBe(true);
    for (const s of ['web', 'pos', 'shopify_draft_order', 'iphone', 'android', '580111'])
      expect(isMarketplaceSource(s)).toBe(false);
  });

  it('reports bad amount, impossible date, unknown status and missing name by row and column, and keeps going', () => {
    const r = run([
      { ...head({ Name: '#1' }), ...item('Apron', '2', '12,5x', 'AP-1', { Name: '#1' }) },
      item('Wrap', '0', '5.00', 'W', { Name: '#1' }),
      {
        ...head({ Name: '#2', 'Created at': '2025-02-30 10:00:00 +0000' }),
        ...item('Apron', '1', '5.00', 'AP-1', { Name: '#2' }),
      },
      {
        ...head({ Name: '#3', 'Financial Status': 'mysterious' }),
        ...item('Apron', '1', '5.00', 'AP-1', { Name: '#3' }),
      },
      {
        ...head({ Name: '#4', Currency: 'US Dollar' }),
        ...item('Apron', '1', '5.00', 'AP-1', { Name: '#4' }),
      },
      { ...head({ Name: '' }), ...item('Apron', '1', '5.00', 'AP-1', { Name: '' }) },
      { ...head({ Name: '#5' }), ...item('Apron', '1', '50.00', 'AP-1', { Name: '#5' }) },
    ]);
    expect(r.errors).toEqual([
      { severity: 'error', row: 2, column: 'lineitem price', key: 'orderAmount', params: { value: '12,5x' } },
      {
        severity: 'error',
        row: 3,
        column: 'lineitem quantity',
        key: 'orderQuantity',
        params: { value: '0' },
      },
      {
        severity: 'error',
        row: 4,
        column: 'created at',
        key: 'orderDate',
        params: { value: '2025-02-30 10:00:00 +0000' },
      },
      {
        severity: 'error',
        row: 5,
        column: 'financial status',
        key: 'orderStatusUnknown',
        params: { value: 'mysterious' },
      },
      {
        severity: 'error',
        row: 6,
        column: 'currency',
        key: 'orderCurrencyCode',
        params: { value: 'US Dollar' },
      },
      { severity: 'error', row: 7, column: 'name', key: 'orderIdMissing' },
    ]);
    expect(r.orders.map((o) => o.externalId)).toEqual(['#5']);
  });

  it('refuses an order whose rows come back later in the file, naming where it started', () => {
    const r = run([
      { ...head(), ...item('Apron', '1', '50.00', 'AP-1') },
      { ...head({ Name: '#1002' }), ...item('Apron', '1', '50.00', 'AP-1', { Name: '#1002' }) },
      item('Wrap', '1', '5.00', 'W'),
    ]);
    expect(r.errors).toEqual([
      { severity: 'error', row: 4, column: 'name', key: 'orderRowsApart', params: { value: 2 } },
    ]);
  });

  it('reports a missing required column once, on the header row, and reads no rows', () => {
    const headers = HEADERS.filter((h) => h !== 'Created at');
    const r = runOrders(
      shopifyOrdersPart,
      sheetOf(headers, [{ ...head(), ...item('Apron', '1', '50.00', 'AP-1') }]),
    );
    expect(r.errors).toEqual([
      { severity: 'error', row: 0, column: 'created at', key: 'orderColumnMissing' },
    ]);
    expect(r.orders).toEqual([]);
  });
});
