import { afterEach, describe, expect, it } from 'vitest';
import { refreshCustomerStats } from '../../electron/core/customers/stats';
import { OrderWriter } from '../../electron/core/orders/import/write-orders';
import { count, type TempCore } from '../helpers/catalog-data';
import { parsedOrder } from '../helpers/order-builders';
import { shopifyShop } from '../helpers/shopify-shop';

/**
 * An import of more buyers than the writer remembers (50,000) and than customer figures look up one by one
 * (20,000): the writer forgets buyers and falls back on the database, and hands the figures over as 'all'. What
 * must hold: a buyer forgotten by the writer is still found (no second customer), two identities that meet in one
 * order still merge, and every customer gets figures.
 */

let core: TempCore;
afterEach(async () => core?.cleanup());

const BUYERS = 52_000;
const buyer = (i: number) => ({ email: `buyer${i}@example.com`, name: `Buyer ${i}` });

describe('order writer with more buyers than it remembers', () => {
  it('finds forgotten buyers in the database, merges across them and refreshes everyone', async () => {
    const made = await shopifyShop('many-buyers');
    core = made.core;
    const sqlite = core.ctx.sqlite;
    const writer = new OrderWriter(sqlite, {
      storefrontId: made.storefront.id,
      platform: 'shopify',
      shopTimezone: 'Asia/Shanghai',
      importId: null,
      at: '2026-12-02T00:00:00.000Z',
    });
    sqlite.transaction(() => {
      for (let i = 0; i < BUYERS; i++) writer.write(parsedOrder({ customer: buyer(i) }));
      // Buyer 0 was forgotten long ago (over 50,000 buyers came after): the same e-mail is the same customer.
      writer.write(parsedOrder({ customer: buyer(0) }));
      // Buyer 1's e-mail and buyer 2's phone meet in one order: one person, so the two customers become one.
      writer.write(parsedOrder({ customer: { ...buyer(2), phone: '13800000002' } }));
      writer.write(parsedOrder({ customer: { email: 'buyer1@example.com', phone: '13800000002' } }));
      writer.finish();
      expect(writer.touchedCustomers).toBe('all');
      refreshCustomerStats(sqlite, writer.touchedCustomers, { at: '2026-12-02T00:00:00.000Z' });
    })();

    expect(count(core, 'orders')).toBe(BUYERS + 3);
    expect(count(core, 'customers')).toBe(BUYERS - 1);
    const ordersOf = (email: string) =>
      (
        sqlite
          .prepare(
            `SELECT count(*) AS n FROM orders WHERE customer_id =
               (SELECT customer_id FROM customer_identities WHERE kind = 'email' AND value = ?)`,
          )
          .get(email) as { n: number }
      ).n;
    expect(ordersOf('buyer0@example.com')).toBe(2);
    expect(ordersOf('buyer1@example.com')).toBe(4);
    expect(ordersOf('buyer2@example.com')).toBe(4);
    expect(count(core, 'customer_stats')).toBe(BUYERS - 1);
    const merged = sqlite
      .prepare(
        `SELECT s.orders FROM customer_stats s JOIN customer_identities i ON i.customer_id = s.customer_id
          WHERE i.kind = 'email' AND i.value = 'buyer1@example.com'`,
      )
      .get() as { orders: number };
    expect(merged.orders).toBe(4);
  }, 120_000);
});
