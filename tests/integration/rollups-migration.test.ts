import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection';
import { computeKpis } from '../../electron/core/orders/kpis';
import { dirtyMarks, expectRollupsLive } from '../helpers/rollup-checks';

/**
 * Migration 0008 on a v7 shop holding orders (tests/fixtures/schema/v7.db: 天猫旗舰店 with a 家居 override,
 * a completed order on 2024-05-01, a cancelled one on 06-01, a shipped one on 06-10; a paid USD order on
 * Shopify US on 06-20): the rollups are filled from the orders that were there, and kept from then on.
 */
const fixture = fileURLToPath(new URL('../fixtures/schema/v7.db', import.meta.url));
let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('fills the daily rollups from a v7 database’s orders and keeps them from then on', async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-rollups-v7-'));
  const file = path.join(dir, 'v7.db');
  fs.copyFileSync(fixture, file);
  const handle = await openDatabase(file);
  try {
    const { sqlite } = handle;
    const stored = expectRollupsLive(sqlite);
    const names = new Map(
      (sqlite.prepare('SELECT id, name FROM storefronts').all() as { id: string; name: string }[]).map(
        (s) => [s.id, s.name],
      ),
    );
    const days = (
      sqlite
        .prepare('SELECT storefront_id, currency, day, orders FROM order_day_rollups ORDER BY day')
        .all() as {
        storefront_id: string;
        currency: string;
        day: string;
        orders: number;
      }[]
    ).map((r) => [names.get(r.storefront_id), r.currency, r.day, r.orders]);
    // The cancelled order of 06-01 is in no sum.
    expect(days).toEqual([
      ['天猫旗舰店', 'CNY', '2024-05-01', 1],
      ['天猫旗舰店', 'CNY', '2024-06-10', 1],
      ['Shopify US', 'USD', '2024-06-20', 1],
    ]);
    // Only the storefront with a category override keeps commission rows.
    expect(
      (stored.commission_day_rollups as { storefront_id: string }[]).map((r) => names.get(r.storefront_id)),
    ).toEqual(['天猫旗舰店', '天猫旗舰店']);
    expect(stored.product_day_rollups).toHaveLength(3);

    // The figures read from the migrated rollups are those of the orders (june: one CNY order and one USD).
    const june = computeKpis(sqlite, { from: '2024-06-01', to: '2024-06-30' });
    expect(june.total.orders).toBe(2);
    const orderSums = sqlite
      .prepare(
        `SELECT sum(gross_minor) AS gross FROM orders WHERE placed_date LIKE '2024-06-%' AND currency = 'CNY'
            AND status IN ('paid', 'shipped', 'completed')`,
      )
      .get() as { gross: number };
    const tmall = june.storefronts.find((s) => s.name === '天猫旗舰店')!;
    expect(tmall.grossSalesMinor).toBe(orderSums.gross);

    // The triggers work on the migrated file: a status change marks its day, and the next read clears it.
    const shipped = sqlite.prepare("SELECT id, storefront_id FROM orders WHERE status = 'shipped'").get() as {
      id: string;
      storefront_id: string;
    };
    sqlite.prepare("UPDATE orders SET status = 'cancelled' WHERE id = ?").run(shipped.id);
    expect(dirtyMarks(sqlite)).toEqual([{ storefront_id: shipped.storefront_id, day: '2024-06-10' }]);
    expect(computeKpis(sqlite, { from: '2024-06-01', to: '2024-06-30' }).total.orders).toBe(1);
    expectRollupsLive(sqlite);
  } finally {
    await handle.close();
  }
});
