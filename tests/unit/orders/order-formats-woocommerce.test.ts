import { describe, expect, it } from 'vitest';
import { unpackFields, woocommerceOrdersPart } from '../../../electron/core/orders/formats/woocommerce';
import { normalizeHeader } from '../../../electron/core/orders/formats/values';
import { runOrders, sheetOf } from '../../helpers/order-format-run';

const HEADERS = [
  'order_id',
  'order_number',
  'order_date',
  'paid_date',
  'status',
  'shipping_total',
  'shipping_tax_total',
  'tax_total',
  'cart_discount',
  'order_discount',
  'discount_total',
  'order_total',
  'order_subtotal',
  'order_currency',
  'payment_method',
  'customer_id',
  'customer_email',
  'billing_first_name',
  'billing_last_name',
  'billing_email',
  'billing_phone',
  'billing_address_1',
  'billing_address_2',
  'billing_postcode',
  'billing_city',
  'billing_state',
  'billing_country',
  'shipping_first_name',
  'shipping_last_name',
  'shipping_address_1',
  'shipping_address_2',
  'shipping_postcode',
  'shipping_city',
  'shipping_state',
  'shipping_country',
  'customer_note',
  'coupon_items',
  'refund_items',
  'line_item_1',
  'line_item_2',
  'line_item_3',
];

const row = (over: Record<string, string> = {}): Record<string, string> => ({
  order_id: '4101',
  order_number: '4101',
  order_date: '2025-11-20 09:30:00',
  paid_date: '2025-11-20 09:31:12',
  status: 'wc-processing',
  shipping_total: '5.00',
  shipping_tax_total: '0.00',
  tax_total: '2.70',
  cart_discount: '6.00',
  order_discount: '0.00',
  discount_total: '6.00',
  order_total: '55.70',
  order_subtotal: '54.00',
  order_currency: 'EUR',
  customer_id: '17',
  billing_first_name: 'Jonas',
  billing_last_name: 'Berg',
  billing_email: 'jonas.berg@example.org',
  billing_phone: '+49 30 1234567',
  billing_address_1: 'Lindenweg 4',
  billing_postcode: '10115',
  billing_city: 'Berlin',
  billing_country: 'DE',
  shipping_first_name: 'Jonas',
  shipping_last_name: 'Berg',
  shipping_address_1: 'Lindenweg 4',
  shipping_postcode: '10115',
  shipping_city: 'Berlin',
  shipping_country: 'DE',
  coupon_items: 'code:save10|amount:6.00',
  line_item_1: 'name:Wool socks|sku:SK-W|quantity:3|total:27.00|sub_total:30.00',
  line_item_2: 'name:Scarf: grey|sku:SC-G|quantity:1|total:21.00|sub_total:24.00',
  ...over,
});

const run = (records: Record<string, string>[]) =>
  runOrders(woocommerceOrdersPart, sheetOf(HEADERS, records), { timezone: 'Europe/Berlin', currency: 'USD' });

describe('WooCommerce order export', () => {
  it('matches order_id/order_number + order_total + line_item_1 only', () => {
    expect(woocommerceOrdersPart.matches(HEADERS.map(normalizeHeader))).toBe(true);
    expect(woocommerceOrdersPart.matches(['order_id', 'order_total'])).toBe(false);
    expect(woocommerceOrdersPart.matches(['sale date', 'order id', 'order value', 'order total'])).toBe(
      false,
    );
  });

  it('unpacks line cells, keeping colons inside values', () => {
    expect([...unpackFields('name:Scarf: grey|sku:SC-G|quantity:1')]).toEqual([
      ['name', 'Scarf: grey'],
      ['sku', 'SC-G'],
      ['quantity', '1'],
    ]);
  });

  it('reads packed lines: unit price from sub_total, line discount = sub_total − total, coupon not counted twice', () => {
    const r = run([row()]);
    expect(r.errors).toEqual([]);
    expect(r.orders).toEqual([
      {
        externalId: '4101',
        placedAt: '2025-11-20T08:30:00.000Z',
        paidAt: '2025-11-20T08:31:12.000Z',
        status: 'paid',
        afterSales: false,
        currency: 'EUR',
        customer: {
          name: 'Jonas Berg',
          phone: '+49 30 1234567',
          email: 'jonas.berg@example.org',
          buyerId: '17',
        },
        address: {
          name: 'Jonas Berg',
          phone: '+49 30 1234567',
          address: 'Lindenweg 4',
          city: 'Berlin',
          province: null,
          zip: '10115',
          country: 'DE',
        },
        lines: [
          {
            sku: 'SK-W',
            title: 'Wool socks',
            quantity: 3,
            unitPriceMinor: 1000,
            lineDiscountMinor: 300,
            externalLineId: null,
          },
          {
            sku: 'SC-G',
            title: 'Scarf: grey',
            quantity: 1,
            unitPriceMinor: 2400,
            lineDiscountMinor: 300,
            externalLineId: null,
          },
        ],
        // discount_total 6.00 is exactly the lines' 3.00 + 3.00: nothing order-level is left.
        orderDiscountMinor: 0,
        platformDiscountMinor: 0,
        shippingIncomeMinor: 500,
        taxMinor: 270,
        totalPaidMinor: 5570,
        refundedMinor: 0,
        feesMinor: null,
        source: null,
        promotionCodes: ['save10'],
        note: null,
        row: 2,
      },
    ]);
  });

  it('keeps a discount the lines do not explain, plus legacy order_discount, as order-level; rounds uneven sub_totals', () => {
    const r = run([
      row({
        discount_total: '8.00',
        cart_discount: '8.00',
        order_discount: '1.50',
        line_item_1: 'name:Wool socks|sku:SK-W|quantity:3|total:10.00|sub_total:10.00',
        line_item_2: 'name:Scarf|sku:SC-G|quantity:1|total:24.00',
      }),
    ]);
    expect(r.errors).toEqual([]);
    expect(r.orders[0]!.orderDiscountMinor).toBe(950);
    // 10.00 ÷ 3 → 3.34 × 3 − 0.02
    expect(r.orders[0]!.lines.map((l) => [l.unitPriceMinor, l.lineDiscountMinor])).toEqual([
      [334, 2],
      [2400, 0],
    ]);
  });

  it('maps every status; refunded orders stay valid with the refund', () => {
    const cases: [Record<string, string>, string, boolean, number][] = [
      [{ status: 'wc-completed' }, 'completed', false, 0],
      [{ status: 'completed' }, 'completed', false, 0],
      [{ status: 'processing' }, 'paid', false, 0],
      [{ status: 'on-hold', paid_date: '' }, 'pending_payment', false, 0],
      [{ status: 'wc-pending', paid_date: '' }, 'pending_payment', false, 0],
      [{ status: 'cancelled' }, 'cancelled', false, 0],
      [{ status: 'failed', paid_date: '' }, 'cancelled', false, 0],
      // refund_items names the amount; without it a refunded order gives back its merchandise after discounts.
      [
        {
          status: 'wc-refunded',
          refund_items: 'id:90|date:2025-11-22|amount:20.00|reason:damaged;id:91|amount:5.50',
        },
        'paid',
        true,
        2550,
      ],
      [{ status: 'refunded' }, 'paid', true, 4800],
      [{ status: 'completed', refund_items: 'id:92|amount:-9.00|reason:late' }, 'completed', true, 900],
    ];
    const r = run(cases.map(([over], i) => row({ order_number: `W${i}`, ...over })));
    expect(r.errors).toEqual([]);
    expect(r.orders.map((o) => [o.status, o.afterSales, o.refundedMinor])).toEqual(
      cases.map(([, s, a, refund]) => [s, a, refund]),
    );
  });

  it('uses the billing address when nothing is shipped, and a guest (customer 0) has no buyer id', () => {
    const r = run([
      row({
        customer_id: '0',
        shipping_first_name: '',
        shipping_last_name: '',
        shipping_address_1: '',
        shipping_postcode: '',
        shipping_city: '',
        shipping_country: '',
        billing_address_2: 'Hof 2',
      }),
    ]);
    expect(r.orders[0]!.customer.buyerId).toBeNull();
    expect(r.orders[0]!.address).toEqual({
      name: 'Jonas Berg',
      phone: '+49 30 1234567',
      address: 'Lindenweg 4, Hof 2',
      city: 'Berlin',
      province: null,
      zip: '10115',
      country: 'DE',
    });
  });

  it('reports bad packed quantity and total, impossible date, unknown status and no lines by row and column', () => {
    const r = run([
      row({ order_number: 'A', line_item_2: 'name:Scarf|sku:SC-G|quantity:one|total:2l.00|sub_total:24.00' }),
      row({ order_number: 'B', order_date: '2025-11-31 10:00:00' }),
      row({ order_number: 'C', status: 'wc-shipped-to-mars' }),
      row({ order_number: 'D', line_item_1: '', line_item_2: '' }),
      row({ order_number: 'E', order_total: 'n/a' }),
      row({ order_number: 'F' }),
    ]);
    expect(r.errors).toEqual([
      { severity: 'error', row: 2, column: 'line_item_2', key: 'orderQuantity', params: { value: 'one' } },
      { severity: 'error', row: 2, column: 'line_item_2', key: 'orderAmount', params: { value: '2l.00' } },
      {
        severity: 'error',
        row: 3,
        column: 'order_date',
        key: 'orderDate',
        params: { value: '2025-11-31 10:00:00' },
      },
      {
        severity: 'error',
        row: 4,
        column: 'status',
        key: 'orderStatusUnknown',
        params: { value: 'wc-shipped-to-mars' },
      },
      { severity: 'error', row: 5, column: 'line_item_1', key: 'orderNoLines' },
      { severity: 'error', row: 6, column: 'order_total', key: 'orderAmount', params: { value: 'n/a' } },
    ]);
    expect(r.orders.map((o) => o.externalId)).toEqual(['F']);
  });
});
