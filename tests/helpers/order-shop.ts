import type { ParsedOrder } from '../../shared/domain/orders';
import type { Storefront } from '../../shared/domain/storefronts';
import type { ProductDetail } from '../../shared/domain/catalog';
import {
  costOf,
  createProduct,
  createStorefront,
  shopifyFields,
  tmallFields,
  value,
  type TempCore,
} from './catalog-data';
import { orderLine, parsedOrder, writeOrders } from './order-builders';

export interface OrderShop {
  tmall: Storefront;
  shopify: Storefront;
  mug: ProductDetail;
  lamp: ProductDetail;
  /** Order ids by external id. */
  ids: Map<string, string>;
}

/**
 * The Tmall waterfall order 3301000000000001 as its file carries it (2 × ¥50 red mugs, ¥5 line discount, ¥3 coupon,
 * ¥10 shipping); `changes` stand for a later export of the same order.
 */
export const waterfallOrder = (changes: Partial<ParsedOrder> = {}): ParsedOrder =>
  parsedOrder({
    externalId: '3301000000000001',
    placedAt: '2024-03-10T02:00:00.000Z',
    status: 'completed',
    customer: { name: '张伟', phone: '13800138000' },
    address: {
      name: '张伟',
      phone: '13800138000',
      address: '某路 1 号',
      city: '杭州市',
      province: '浙江省',
    },
    lines: [
      orderLine({
        sku: 'MUG-RED',
        title: '陶瓷马克杯 红色',
        quantity: 2,
        unitPriceMinor: 5000,
        lineDiscountMinor: 500,
      }),
    ],
    orderDiscountMinor: 300,
    shippingIncomeMinor: 1000,
    ...changes,
  });

/**
 * A small shop for the order list and detail tests: a Tmall (CNY) and a Shopify (USD) storefront, two products
 * (陶瓷马克杯 in 家居 with SKUs MUG-RED / MUG-BLUE at ¥30.00 cost, Desk lamp LAMP-1 at ¥80.00), a USD rate, and
 * seven orders whose differences are what the filters, search paths and sorts must tell apart.
 */
export async function orderShop(core: TempCore): Promise<OrderShop> {
  await value(core.dispatch('settings', 'update', { baseCurrency: 'CNY', timezone: 'Asia/Shanghai' }));
  await value(core.dispatch('fx', 'add', { currency: 'USD', date: '2024-01-01', rate: '7.1' }));
  const tmall = await createStorefront(core, tmallFields);
  const shopify = await createStorefront(core, shopifyFields);
  const mug = await createProduct(core, {
    name: '陶瓷马克杯',
    category: '家居',
    skus: [
      { code: 'MUG-RED', name: '红色 350ml', cost: costOf(3000) },
      { code: 'MUG-BLUE', name: '蓝色 350ml', cost: costOf(3000) },
    ],
  });
  const lamp = await createProduct(core, {
    name: 'Desk lamp',
    category: '数码',
    skus: [{ code: 'LAMP-1', name: 'Warm white', cost: costOf(8000) }],
  });

  const cn = writeOrders(core, tmall.id, [
    // The waterfall order: 2 × ¥50 red mugs, ¥5 line discount, ¥3 coupon, ¥10 shipping charged.
    waterfallOrder(),
    // Placed 2024-03-09 17:30 UTC: already 03-10 in Shanghai. Masked buyer, refunded, after-sales.
    parsedOrder({
      externalId: '3301000000000002',
      placedAt: '2024-03-09T17:30:00.000Z',
      status: 'completed',
      afterSales: true,
      customer: { name: '李**', phone: '138****0001' },
      lines: [orderLine({ sku: 'MUG-BLUE', title: '陶瓷马克杯 蓝色', quantity: 1, unitPriceMinor: 5000 })],
      refundedMinor: 5000,
    }),
    // An unmatched storefront code; cancelled.
    parsedOrder({
      externalId: '3301000000000003',
      placedAt: '2024-02-01T03:00:00.000Z',
      status: 'cancelled',
      customer: { name: '王芳', phone: '13900139000' },
      lines: [orderLine({ sku: 'NO-SUCH-CODE', title: '神秘礼盒', quantity: 3, unitPriceMinor: 2000 })],
    }),
    // The same person as the first order (same phone) on a later day: two lamps, imported text that looks like a formula.
    parsedOrder({
      externalId: '3301000000000004',
      placedAt: '2024-03-20T08:00:00.000Z',
      status: 'shipped',
      customer: { name: '=HYPERLINK("http://x","点我")', phone: '13800138000' },
      lines: [orderLine({ sku: 'LAMP-1', title: 'Desk lamp', quantity: 2, unitPriceMinor: 15000 })],
    }),
    parsedOrder({
      externalId: '3301000000000005',
      placedAt: '2024-01-15T04:00:00.000Z',
      status: 'pending_payment',
      customer: { name: 'zhao lei', phone: '13700137000' },
      lines: [orderLine({ sku: 'MUG-RED', title: '陶瓷马克杯 红色', quantity: 5, unitPriceMinor: 4000 })],
    }),
  ]);
  const us = writeOrders(core, shopify.id, [
    parsedOrder({
      externalId: '#1001',
      placedAt: '2024-03-12T15:00:00.000Z',
      status: 'paid',
      currency: 'USD',
      customer: { name: 'Alice Smith', phone: '+1 555 0100', email: 'alice@example.com' },
      lines: [orderLine({ sku: 'LAMP-1', title: 'Desk lamp', quantity: 1, unitPriceMinor: 2500 })],
      shippingIncomeMinor: 500,
    }),
    parsedOrder({
      externalId: '#1002',
      placedAt: '2024-03-05T15:00:00.000Z',
      status: 'completed',
      currency: 'USD',
      customer: { name: 'alice smith', email: 'alice@example.com' },
      lines: [
        orderLine({ sku: 'MUG-RED', title: 'Mug red', quantity: 1, unitPriceMinor: 1200 }),
        orderLine({ sku: 'MUG-BLUE', title: 'Mug blue', quantity: 1, unitPriceMinor: 1200 }),
      ],
    }),
  ]);
  return { tmall, shopify, mug, lamp, ids: new Map([...cn.ids, ...us.ids]) };
}
