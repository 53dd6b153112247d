import { describe, expect, it } from 'vitest';
import { etsyItemsPart, etsyOrdersPart } from '../../../electron/core/orders/formats/etsy';
import { normalizeHeader } from '../../../electron/core/orders/formats/values';
import { runOrders, sheetOf } from '../../helpers/order-format-run';

const ORDER_HEADERS = [
  'Sale Date',
  'Order ID',
  'Buyer User ID',
  'Full Name',
  'First Name',
  'Last Name',
  'Number of Items',
  'Payment Method',
  'Date Shipped',
  'Street 1',
  'Street 2',
  'Ship City',
  'Ship State',
  'Ship Zipcode',
  'Ship Country',
  'Currency',
  'Order Value',
  'Coupon Code',
  'Coupon Details',
  'Discount Amount',
  'Shipping Discount',
  'Shipping',
  'Sales Tax',
  'Order Total',
  'Status',
  'Card Processing Fees',
  'Order Net',
  'Adjusted Order Total',
  'Adjusted Card Processing Fees',
  'Adjusted Net Order Amount',
  'Buyer',
  'Order Type',
  'Payment Type',
  'InPerson Discount',
  'InPerson Location',
  'SKU',
];

const ITEM_HEADERS = [
  'Sale Date',
  'Item Name',
  'Buyer',
  'Quantity',
  'Price',
  'Coupon Code',
  'Coupon Details',
  'Discount Amount',
  'Shipping Discount',
  'Order Shipping',
  'Order Sales Tax',
  'Item Total',
  'Currency',
  'Transaction ID',
  'Listing ID',
  'Date Paid',
  'Date Shipped',
  'Ship Name',
  'Order ID',
  'Variations',
  'SKU',
];

const order = (over: Record<string, string> = {}): Record<string, string> => ({
  'Sale Date': '11/14/25',
  'Order ID': '3300000001',
  'Buyer User ID': '88001',
  'Full Name': 'Ada Kim',
  'First Name': 'Ada',
  'Last Name': 'Kim',
  'Number of Items': '3',
  'Street 1': '9 Harbor Rd',
  'Ship City': 'Halifax',
  'Ship State': 'NS',
  'Ship Zipcode': 'B3H 1A1',
  'Ship Country': 'Canada',
  Currency: 'USD',
  'Order Value': '56.00',
  'Coupon Code': 'FALL15',
  'Discount Amount': '8.40',
  'Shipping Discount': '2.00',
  Shipping: '6.00',
  'Sales Tax': '0.00',
  'Order Total': '51.60',
  Status: '',
  'Card Processing Fees': '1.80',
  'Order Net': '49.80',
  Buyer: 'adakim',
  SKU: 'CN-01,CN-02',
  ...over,
});

const items: Record<string, string>[] = [
  {
    'Order ID': '3300000001',
    'Item Name': 'Beeswax candle',
    Quantity: '2',
    Price: '18.00',
    Currency: 'USD',
    'Transaction ID': 'T1',
    SKU: 'CN-01',
    Variations: 'Scent: Pine',
  },
  {
    'Order ID': '3300000001',
    'Item Name': 'Candle snuffer',
    Quantity: '1',
    Price: '20.00',
    Currency: 'USD',
    'Transaction ID': 'T2',
    SKU: 'CN-02',
  },
];

const ctx = { timezone: 'America/Halifax', currency: 'USD' };

describe('Etsy sold orders + sold order items', () => {
  it('tells the orders file from the items file', () => {
    const o = ORDER_HEADERS.map(normalizeHeader);
    const i = ITEM_HEADERS.map(normalizeHeader);
    expect(etsyOrdersPart.matches(o)).toBe(true);
    expect(etsyOrdersPart.matches(i)).toBe(false);
    expect(etsyItemsPart.matches(i)).toBe(true);
    expect(etsyItemsPart.matches(o)).toBe(false);
  });

  it('joins items on Order ID; coupon → order discount, shipping net of its discount, fees', () => {
    const r = runOrders(etsyOrdersPart, sheetOf(ORDER_HEADERS, [order()]), ctx, {
      items: { part: etsyItemsPart, sheet: sheetOf(ITEM_HEADERS, items) },
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.orders).toEqual([
      {
        externalId: '3300000001',
        // 14 Nov 2025, midnight in Halifax (UTC−4)
        placedAt: '2025-11-14T04:00:00.000Z',
        paidAt: '2025-11-14T04:00:00.000Z',
        status: 'paid',
        afterSales: false,
        currency: 'USD',
        customer: { name: 'Ada Kim', phone: null, email: null, buyerId: '88001' },
        address: {
          name: 'Ada Kim',
          phone: null,
          address: '9 Harbor Rd',
          city: 'Halifax',
          province: 'NS',
          zip: 'B3H 1A1',
          country: 'Canada',
        },
        lines: [
          {
            sku: 'CN-01',
            title: 'Beeswax candle (Scent: Pine)',
            quantity: 2,
            unitPriceMinor: 1800,
            lineDiscountMinor: 0,
            externalLineId: 'T1',
          },
          {
            sku: 'CN-02',
            title: 'Candle snuffer',
            quantity: 1,
            unitPriceMinor: 2000,
            lineDiscountMinor: 0,
            externalLineId: 'T2',
          },
        ],
        orderDiscountMinor: 840,
        platformDiscountMinor: 0,
        shippingIncomeMinor: 400,
        taxMinor: 0,
        totalPaidMinor: 5160,
        refundedMinor: 0,
        feesMinor: 180,
        source: null,
        promotionCodes: ['FALL15'],
        note: null,
        row: 2,
      },
    ]);
  });

  it('without an items file makes one line from Order Value over Number of Items, and warns', () => {
    const r = runOrders(
      etsyOrdersPart,
      sheetOf(ORDER_HEADERS, [
        order({ 'Order Value': '50.00' }),
        order({ 'Order ID': '3300000002', 'Number of Items': '1', 'Order Value': '12.00', SKU: 'CN-09' }),
      ]),
      ctx,
    );
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      { severity: 'warning', row: 2, column: 'order id', key: 'orderItemsMissing' },
      { severity: 'warning', row: 3, column: 'order id', key: 'orderItemsMissing' },
    ]);
    // 50.00 for 3: 16.67 × 3 = 50.01, 0.01 back as discount.
    expect(r.orders[0]!.lines).toEqual([
      {
        sku: null,
        title: 'CN-01, CN-02',
        quantity: 3,
        unitPriceMinor: 1667,
        lineDiscountMinor: 1,
        externalLineId: null,
      },
    ]);
    expect(r.orders[1]!.lines).toEqual([
      {
        sku: 'CN-09',
        title: 'CN-09',
        quantity: 1,
        unitPriceMinor: 1200,
        lineDiscountMinor: 0,
        externalLineId: null,
      },
    ]);
  });

  it('maps Status and Date Shipped; a refund comes from the Adjusted columns', () => {
    const cases: [Record<string, string>, string, boolean, number, number][] = [
      [{ Status: '' }, 'paid', false, 0, 180],
      [{ Status: '', 'Date Shipped': '11/16/25' }, 'shipped', false, 0, 180],
      [{ Status: 'Completed' }, 'completed', false, 0, 180],
      [{ Status: 'Canceled' }, 'cancelled', false, 0, 180],
      [{ Status: 'Unpaid' }, 'pending_payment', false, 0, 180],
      [
        {
          Status: 'Partially Refunded',
          'Date Shipped': '11/16/25',
          'Adjusted Order Total': '31.60',
          'Adjusted Card Processing Fees': '1.10',
        },
        'shipped',
        true,
        2000,
        110,
      ],
    ];
    const r = runOrders(
      etsyOrdersPart,
      sheetOf(
        ORDER_HEADERS,
        cases.map(([over], i) => order({ 'Order ID': `E${i}`, ...over })),
      ),
      ctx,
      {
        items: {
          part: etsyItemsPart,
          sheet: sheetOf(
            ITEM_HEADERS,
            cases.map((_, i) => ({ ...items[1]!, 'Order ID': `E${i}` })),
          ),
        },
      },
    );
    expect(r.errors).toEqual([]);
    expect(r.orders.map((o) => [o.status, o.afterSales, o.refundedMinor, o.feesMinor])).toEqual(
      cases.map(([, s, a, refund, fee]) => [s, a, refund, fee]),
    );
  });

  it('reports bad amount, impossible date, unknown status and bad item rows, emitting none of those orders', () => {
    const r = runOrders(
      etsyOrdersPart,
      sheetOf(ORDER_HEADERS, [
        order({ 'Order ID': 'A', 'Order Value': '5O.00' }),
        order({ 'Order ID': 'B', 'Sale Date': '02/30/25' }),
        order({ 'Order ID': 'C', Status: 'Teleported' }),
        order({ 'Order ID': 'D' }),
        order({ 'Order ID': 'E', Currency: 'EUR' }),
        order({ 'Order ID': 'F' }),
      ]),
      ctx,
      {
        items: {
          part: etsyItemsPart,
          sheet: sheetOf(ITEM_HEADERS, [
            { ...items[0]!, 'Order ID': 'D', Price: 'eighteen' },
            { ...items[0]!, 'Order ID': 'E' },
            { ...items[0]!, 'Order ID': 'F' },
          ]),
        },
      },
    );
    expect(r.errors).toEqual([
      { severity: 'error', row: 2, column: 'price', key: 'orderAmount', params: { value: 'eighteen' } },
      { severity: 'error', row: 2, column: 'order value', key: 'orderAmount', params: { value: '5O.00' } },
      { severity: 'error', row: 3, column: 'sale date', key: 'orderDate', params: { value: '02/30/25' } },
      {
        severity: 'error',
        row: 4,
        column: 'status',
        key: 'orderStatusUnknown',
        params: { value: 'Teleported' },
      },
      {
        severity: 'error',
        row: 6,
        column: 'currency',
        key: 'orderCurrencyMismatch',
        params: { value: 'USD', expected: 'EUR' },
      },
    ]);
    expect(r.orders.map((o) => o.externalId)).toEqual(['F']);
  });
});
