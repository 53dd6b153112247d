import { afterEach, describe, expect, it } from 'vitest';
import type { Sqlite } from '../../electron/core/db/connection';
import { readCustomerRows } from '../../electron/core/orders/customer-counts';
import { readLiveCustomerRows, type CustomerRow } from '../../electron/core/orders/kpi-queries';
import { productPieces } from '../../electron/core/orders/rollups/product-pieces';
import { readProductProfitSums } from '../../electron/core/orders/rollups/product-sums';
import { refundTicket } from '../../electron/core/tickets/resolution';
import { previousPeriod } from '../../shared/logic/metrics';
import { value, type TempCore } from '../helpers/catalog-data';
import { customerOf, customerShop, importOrders, type CustomerShop } from '../helpers/customer-shop';
import { orderLine, type ParsedOrderOverrides } from '../helpers/order-builders';
import { expectRollupsLive } from '../helpers/rollup-checks';
import { tempCore } from '../helpers/temp-core';
import { sh } from '../helpers/ticket-timelines';
import { newTicket, ticketShop } from '../helpers/ticket-shop';

/**
 * Migration 0013's month and customer rollups against the live SQL they stand for, through every kind of write:
 * customer counts (readCustomerRows vs readLiveCustomerRows) and product sums (month rows + day rows vs day rows
 * alone) for arbitrary periods — whole months, parts of months, periods across months, a single day, long
 * ones — for the whole shop and each storefront, after imports, status changes, refunds (re-import and ticket),
 * customer merges and splits, date moves and deletes.
 */
let core: TempCore | undefined;
afterEach(async () => core?.cleanup());

const PERIODS = [
  { from: '2024-03-01', to: '2024-03-31' },
  { from: '2024-04-01', to: '2024-04-30' },
  { from: '2024-05-01', to: '2024-05-31' },
  { from: '2024-03-10', to: '2024-03-25' },
  { from: '2024-03-15', to: '2024-05-14' },
  { from: '2024-04-16', to: '2024-05-31' },
  { from: '2024-04-20', to: '2024-04-20' },
  { from: '2024-02-01', to: '2024-07-31' },
];

const bySf = (rows: CustomerRow[]) =>
  rows
    .filter((r) => r.sf === null || r.buyers > 0n || r.previous > 0n)
    .sort((a, b) => String(a.sf).localeCompare(String(b.sf)));

const sumsKey = (r: { item: string; currency: string; order_rate: string | null; sf_rate: string | null }) =>
  `${r.item}|${r.currency}|${r.order_rate}|${r.sf_rate}`;
const sortedSums = (rows: ReturnType<typeof readProductProfitSums>) =>
  [...rows].sort((a, b) => (sumsKey(a) < sumsKey(b) ? -1 : sumsKey(a) > sumsKey(b) ? 1 : 0));

/** Every period × (all, each storefront): both readers agree; returns totals so callers can see they are not 0. */
function expectLive(sqlite: Sqlite, storefronts: string[]) {
  const seen = { buyers: 0n, newCustomers: 0n, repeat: 0n, retained: 0n, productRows: 0 };
  for (const period of PERIODS) {
    for (const storefrontId of [undefined, ...storefronts]) {
      const q = { ...period, storefrontId };
      const ours = bySf(readCustomerRows(sqlite, q, previousPeriod(q)));
      expect(ours, JSON.stringify(q)).toEqual(bySf(readLiveCustomerRows(sqlite, q, previousPeriod(q))));
      const total = ours.find((r) => r.sf === null)!;
      seen.buyers += total.buyers;
      seen.newCustomers += total.new_customers;
      seen.repeat += total.repeat_buyers;
      seen.retained += total.retained;
      const sums = sortedSums(readProductProfitSums(sqlite, q, 'CNY'));
      expect(sums, JSON.stringify(q)).toEqual(sortedSums(readProductProfitSums(sqlite, q, 'CNY', false)));
      seen.productRows += sums.length;
    }
  }
  expectRollupsLive(sqlite);
  return seen;
}

const PEOPLE = ['13500000001', '13500000002', '13500000003', '13500000004', '13500000005', '13500000006'];

/** Orders of six people on three storefronts, February to July, some repeat, some on several storefronts. */
function history(shop: CustomerShop): Map<string, string> {
  const ids = new Map<string, string>();
  const lines = (i: number) => [
    orderLine({ sku: i % 2 ? 'MUG' : 'PEN', title: '杯', quantity: 1 + (i % 3), unitPriceMinor: 3000 }),
    ...(i % 4 === 0
      ? [orderLine({ sku: 'GIFT', title: `礼盒 ${i % 3}`, quantity: 1, unitPriceMinor: 900 })]
      : []),
  ];
  const bySfOrders: Record<'tmall' | 'jd' | 'shopify', ParsedOrderOverrides[]> = {
    tmall: [],
    jd: [],
    shopify: [],
  };
  for (let i = 0; i < 60; i++) {
    const sf = (['tmall', 'jd', 'shopify'] as const)[i % 3]!;
    const day = new Date(Date.UTC(2024, 1, 3) + i * 2.6 * 86_400_000).toISOString().slice(0, 10);
    bySfOrders[sf].push({
      externalId: `${sf}-${i}`,
      placedAt: `${day}T04:00:00.000Z`,
      status: i % 11 === 5 ? 'cancelled' : 'completed',
      currency: sf === 'shopify' ? 'USD' : 'CNY',
      lines: lines(i),
      refundedMinor: i % 7 === 3 ? 500 : 0,
      customer: { phone: PEOPLE[(i * 7) % (i < 30 ? 4 : 6)]! },
    });
  }
  for (const sf of ['tmall', 'jd', 'shopify'] as const) {
    for (const [k, v] of importOrders(shop.core, shop[sf].id, bySfOrders[sf])) ids.set(k, v);
  }
  return ids;
}

describe('customer counts and product sums from the 0013 rollups', () => {
  it('equal the live SQL for any period after imports, status changes, refunds, merges, splits and deletes', async () => {
    const shop = await customerShop('dashboard-month-rollups');
    core = shop.core;
    const { sqlite } = core.ctx;
    // A rate from mid-April: Shopify's April is read day by day, the CNY storefronts' April from month rows.
    await value(core.dispatch('fx', 'add', { currency: 'USD', date: '2024-04-15', rate: '7.1' }));
    const ids = history(shop);
    const sfs = [shop.tmall.id, shop.jd.id, shop.shopify.id];
    const pieces = productPieces(sqlite, { from: '2024-04-01', to: '2024-04-30' }, 'CNY');
    expect(pieces).toEqual(
      expect.arrayContaining([
        ['m', shop.tmall.id, '2024-04', '2024-04', 'CNY'],
        ['d', shop.shopify.id, '2024-04-01', '2024-04-31', 'USD'],
      ]),
    );
    const first = expectLive(sqlite, sfs);
    for (const figure of Object.values(first)) expect(Number(figure)).toBeGreaterThan(0);

    // Status change and refund by re-import: a first order cancelled moves its customer's first day.
    importOrders(core, shop.tmall.id, [
      { externalId: 'tmall-0', placedAt: '2024-02-03T04:00:00.000Z', status: 'cancelled' },
      {
        externalId: 'tmall-3',
        placedAt: '2024-02-10T20:00:00.000Z',
        refundedMinor: 2000,
        lines: [orderLine()],
      },
    ]);
    expectLive(sqlite, sfs);

    // Merge: the second person's orders become the first's (her first day is now the earlier of both).
    const a = customerOf(core, ids.get('jd-1')!);
    const b = customerOf(core, ids.get('tmall-0')!);
    expect(a).not.toBe(b);
    await value(core.dispatch('customers', 'merge', { targetId: a, sourceIds: [b] }));
    expectLive(sqlite, sfs);

    // Split: two of the merged customer's orders go to a new customer.
    const own = (
      sqlite.prepare('SELECT id FROM orders WHERE customer_id = ? ORDER BY placed_at').all(a) as {
        id: string;
      }[]
    ).map((o) => o.id);
    await value(core.dispatch('customers', 'split', { customerId: a, orderIds: own.slice(1, 3) }));
    expectLive(sqlite, sfs);

    // Writes the triggers mark: an order moved to another day, one without a customer, one deleted.
    sqlite
      .prepare(
        "UPDATE orders SET placed_date = '2024-05-02', placed_at = '2024-05-02T04:00:00.000Z' WHERE id = ?",
      )
      .run(ids.get('jd-4'));
    sqlite.prepare('UPDATE orders SET customer_id = NULL WHERE id = ?').run(ids.get('shopify-5'));
    sqlite.pragma('foreign_keys = OFF');
    sqlite.prepare('DELETE FROM orders WHERE id = ?').run(ids.get('tmall-6'));
    sqlite.pragma('foreign_keys = ON');
    expectLive(sqlite, sfs);
  });

  it('equal the live SQL after a ticket refund', async () => {
    core = await tempCore('dashboard-month-rollups-ticket');
    const shop = await ticketShop(core);
    const { sqlite } = core.ctx;
    const month = { from: '2024-03-01', to: '2024-03-31' };
    const before = readProductProfitSums(sqlite, month, 'CNY');
    const orderId = shop.order('3301000000000001');
    const id = newTicket(core, { orderId, type: 'refund_only' }, sh('2024-03-11 10:00'));
    refundTicket(sqlite, { id, amountMinor: 2000 }, sh('2024-03-11 11:00'));
    const after = readProductProfitSums(sqlite, month, 'CNY');
    expect(after).not.toEqual(before);
    expectLive(sqlite, [shop.tmall.id, shop.shopify.id]);
  });
});
