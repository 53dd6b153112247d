import { describe, expect, it } from 'vitest';
import { amazonOrdersPart } from '../../../electron/core/orders/formats/amazon';
import { runOrders, sheetOf } from '../../helpers/order-format-run';

const HEADERS = [
  'amazon-order-id',
  'merchant-order-id',
  'purchase-date',
  'last-updated-date',
  'order-status',
  'fulfillment-channel',
  'sales-channel',
  'order-channel',
  'url',
  'ship-service-level',
  'product-name',
  'sku',
  'asin',
  'item-status',
  'quantity',
  'currency',
  'item-price',
  'item-tax',
  'shipping-price',
  'shipping-tax',
  'gift-wrap-price',
  'gift-wrap-tax',
  'item-promotion-discount',
  'ship-promotion-discount',
  'ship-city',
  'ship-state',
  'ship-postal-code',
  'ship-country',
  'promotion-ids',
  'is-business-order',
  'purchase-order-number',
  'price-designation',
];

const row = (over: Record<string, string> = {}): Record<string, string> => ({
  'amazon-order-id': '113-0000001-0000001',
  'purchase-date': '2025-11-03T14:22:10+00:00',
  'last-updated-date': '2025-11-04T10:00:00+00:00',
  'order-status': 'Shipped',
  'fulfillment-channel': 'Merchant',
  'sales-channel': 'Amazon.com',
  'product-name': 'Cedar soap bar',
  sku: 'SOAP-CED',
  asin: 'B0TEST0001',
  'item-status': 'Shipped',
  quantity: '1',
  currency: 'USD',
  'item-price': '8.00',
  'item-tax': '0.64',
  'shipping-price': '3.99',
  'shipping-tax': '0.00',
  'ship-city': 'PORTLAND',
  'ship-state': 'OR',
  'ship-postal-code': '97201-1234',
  'ship-country': 'US',
  ...over,
});

const run = (records: Record<string, string>[]) => runOrders(amazonOrdersPart, sheetOf(HEADERS, records));

describe('Amazon All Orders report', () => {
  it('matches amazon-order-id files only, including older ones that end at ship-country', () => {
    expect(amazonOrdersPart.matches(HEADERS)).toBe(true);
    expect(amazonOrdersPart.matches(HEADERS.slice(0, 28))).toBe(true);
    expect(amazonOrdersPart.matches(['order-id', 'sku', 'quantity-purchased', 'price-amount'])).toBe(false);
    expect(
      amazonOrdersPart.matches(['name', 'lineitem quantity', 'lineitem price', 'financial status']),
    ).toBe(false);
  });

  it('joins an order’s consecutive rows; item-price is the line total, shipping is summed net of its promotion', () => {
    const r = run([
      row({
        quantity: '3',
        'item-price': '10.00',
        'item-tax': '0.80',
        'item-promotion-discount': '-1.50',
        'shipping-price': '4.00',
        'ship-promotion-discount': '-1.00',
        'promotion-ids': 'Core Free Shipping 123,PLM-7',
      }),
      row({
        'product-name': 'Pine soap bar',
        sku: 'SOAP-PIN',
        quantity: '2',
        'item-price': '12.00',
        'item-tax': '0.96',
        'shipping-price': '2.00',
        'promotion-ids': 'PLM-7',
      }),
      row({ 'amazon-order-id': '113-0000002-0000002', 'order-status': 'Unshipped' }),
    ]);
    expect(r.errors).toEqual([]);
    expect(r.orders).toHaveLength(2);
    expect(r.order('113-0000001-0000001')).toEqual({
      externalId: '113-0000001-0000001',
      placedAt: '2025-11-03T14:22:10.000Z',
      paidAt: '2025-11-03T14:22:10.000Z',
      status: 'shipped',
      afterSales: false,
      currency: 'USD',
      customer: { name: null, phone: null, email: null, buyerId: null },
      address: {
        name: null,
        phone: null,
        address: null,
        city: 'PORTLAND',
        province: 'OR',
        zip: '97201-1234',
        country: 'US',
      },
      lines: [
        // 10.00 for 3: 3.34 × 3 = 10.02, the 0.02 back as discount beside the 1.50 promotion → net 8.50 exactly.
        {
          sku: 'SOAP-CED',
          title: 'Cedar soap bar',
          quantity: 3,
          unitPriceMinor: 334,
          lineDiscountMinor: 152,
          externalLineId: null,
        },
        {
          sku: 'SOAP-PIN',
          title: 'Pine soap bar',
          quantity: 2,
          unitPriceMinor: 600,
          lineDiscountMinor: 0,
          externalLineId: null,
        },
      ],
      orderDiscountMinor: 0,
      platformDiscountMinor: 0,
      // (4.00 − 1.00) + 2.00
      shippingIncomeMinor: 500,
      taxMinor: 176,
      // 10.00 + 12.00 + 6.00 shipping − 1.50 − 1.00
      totalPaidMinor: 2550,
      refundedMinor: 0,
      feesMinor: null,
      source: 'Amazon.com',
      promotionCodes: ['Core Free Shipping 123', 'PLM-7'],
      note: null,
      row: 2,
    });
    const gross = r
      .order('113-0000001-0000001')
      .lines.reduce((s, l) => s + l.unitPriceMinor * l.quantity - l.lineDiscountMinor, 0);
    expect(gross).toBe(1000 - 150 + 1200);
    expect(r.order('113-0000002-0000002')).toMatchObject({ status: 'paid', row: 4 });
  });

  it('maps order-status; pending orders may have no prices, cancelled ones quantity 0', () => {
    const statuses: [string, string, boolean][] = [
      ['Pending', 'pending_payment', false],
      ['Pending - Waiting for Pick Up', 'pending_payment', false],
      ['Unshipped', 'paid', false],
      ['PartiallyShipped', 'paid', false],
      ['Shipped', 'shipped', false],
      ['Shipping', 'shipped', false],
      ['Shipped - Delivered to Buyer', 'completed', false],
      ['Shipped - Returned to Seller', 'shipped', true],
      ['Cancelled', 'cancelled', false],
    ];
    const r = run(
      statuses.map(([s], i) =>
        row({
          'amazon-order-id': `O-${i}`,
          'order-status': s,
          ...(s.startsWith('Pending')
            ? { 'item-price': '', 'item-tax': '', 'shipping-price': '', currency: '' }
            : {}),
          ...(s === 'Cancelled' ? { quantity: '0', 'item-price': '', 'item-status': 'Cancelled' } : {}),
        }),
      ),
    );
    expect(r.errors).toEqual([]);
    expect(r.orders.map((o) => [o.status, o.afterSales])).toEqual(statuses.map(([, s, a]) => [s, a]));
    expect(r.order('O-0')).toMatchObject({
      currency: 'USD',
      paidAt: null,
      lines: [{ quantity: 1, unitPriceMinor: 0 }],
    });
    expect(r.order('O-8')).toMatchObject({ paidAt: null, lines: [{ quantity: 1, unitPriceMinor: 0 }] });
  });

  it('leaves out a cancelled item of a live order', () => {
    const r = run([
      row({ quantity: '2', 'item-price': '16.00' }),
      row({
        sku: 'SOAP-PIN',
        quantity: '0',
        'item-price': '',
        'item-status': 'Cancelled',
        'shipping-price': '',
      }),
    ]);
    expect(r.errors).toEqual([]);
    expect(r.orders[0]!.lines).toEqual([
      {
        sku: 'SOAP-CED',
        title: 'Cedar soap bar',
        quantity: 2,
        unitPriceMinor: 800,
        lineDiscountMinor: 0,
        externalLineId: null,
      },
    ]);
  });

  it('reads the currency column (GBP, JPY digits)', () => {
    const r = run([
      row({ 'amazon-order-id': 'UK-1', currency: 'GBP', 'item-price': '£7.50', 'shipping-price': '2.49' }),
      row({
        'amazon-order-id': 'JP-1',
        currency: 'JPY',
        quantity: '2',
        'item-price': '1,500',
        'shipping-price': '0',
        'item-tax': '0',
      }),
    ]);
    expect(r.errors).toEqual([]);
    expect(r.order('UK-1')).toMatchObject({
      currency: 'GBP',
      lines: [{ unitPriceMinor: 750 }],
      shippingIncomeMinor: 249,
    });
    expect(r.order('JP-1')).toMatchObject({ currency: 'JPY', lines: [{ quantity: 2, unitPriceMinor: 750 }] });
  });

  it('reports bad amount, impossible date, unknown status, mixed currencies by row and column', () => {
    const r = run([
      row({ 'amazon-order-id': 'A', 'item-price': 'eight' }),
      row({ 'amazon-order-id': 'B', 'purchase-date': '2025-02-29T10:00:00+00:00' }),
      row({ 'amazon-order-id': 'C', 'order-status': 'Lost in space' }),
      row({ 'amazon-order-id': 'D' }),
      row({ 'amazon-order-id': 'D', currency: 'EUR' }),
      row({ 'amazon-order-id': 'E', 'order-status': 'Shipped', 'item-price': '' }),
      row({ 'amazon-order-id': 'F' }),
    ]);
    expect(r.errors).toEqual([
      { severity: 'error', row: 2, column: 'item-price', key: 'orderAmount', params: { value: 'eight' } },
      {
        severity: 'error',
        row: 3,
        column: 'purchase-date',
        key: 'orderDate',
        params: { value: '2025-02-29T10:00:00+00:00' },
      },
      {
        severity: 'error',
        row: 4,
        column: 'order-status',
        key: 'orderStatusUnknown',
        params: { value: 'Lost in space' },
      },
      {
        severity: 'error',
        row: 6,
        column: 'currency',
        key: 'orderCurrencyMismatch',
        params: { value: 'EUR', expected: 'USD' },
      },
      { severity: 'error', row: 7, column: 'item-price', key: 'orderAmount', params: { value: '' } },
    ]);
    expect(r.orders.map((o) => o.externalId)).toEqual(['F']);
  });
});
