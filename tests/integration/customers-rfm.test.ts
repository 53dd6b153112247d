import { afterEach, describe, expect, it } from 'vitest';
import { rankCustomers } from '../../electron/core/customers/rfm';
import { addDays, scoreRfm } from '../../shared/logic/metrics';
import { frac } from '../../shared/logic/fraction';
import { tempCore } from '../helpers/temp-core';

let core: Awaited<ReturnType<typeof tempCore>>;
afterEach(async () => core?.cleanup());

/** Deterministic PRNG (mulberry32), so a failure reproduces. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('RFM ranking in SQL', () => {
  it('gives exactly the scores and tiers of shared/logic/metrics.ts scoreRfm, ties and window included', async () => {
    core = await tempCore('customers-rfm');
    const sqlite = core.ctx.sqlite;
    const rand = prng(20261201);
    const today = '2026-12-01';
    const customers = Array.from({ length: 700 }, (_, i) => {
      // Few distinct values, so ties are everywhere; some customers beyond the window, some without orders.
      const orders = i % 50 === 0 ? 0 : 1 + Math.floor(rand() * rand() * 8);
      return {
        id: `c${String(i).padStart(4, '0')}`,
        orders,
        recencyDays: Math.floor(rand() * 500),
        monetary: orders ? 1000 * Math.floor(rand() * 40) : 0,
      };
    });
    const insertCustomer = sqlite.prepare(
      "INSERT INTO customers (id, name, created_at, updated_at) VALUES (?, ?, '2026-01-01', '2026-01-01')",
    );
    const insertStats = sqlite.prepare(
      `INSERT INTO customer_stats (customer_id, orders, last_order_date, monetary_minor, gross_profit_minor,
         unconverted_orders, storefronts, updated_at) VALUES (?, ?, ?, ?, 0, 0, 1, '2026-01-01')`,
    );
    const insertCopy = sqlite.prepare(
      "INSERT INTO customer_storefronts (storefront_id, customer_id, orders, monetary_minor) VALUES ('sf', ?, ?, ?)",
    );
    for (const c of customers) {
      insertCustomer.run(c.id, c.id);
      insertStats.run(c.id, c.orders, c.orders ? addDays(today, -c.recencyDays) : null, c.monetary);
      if (c.orders) insertCopy.run(c.id, c.orders, c.monetary);
    }
    sqlite.transaction(() => rankCustomers(sqlite, today, '2026-12-01T10:00:00.000Z'))();

    const withOrders = customers.filter((c) => c.orders > 0);
    const expected = new Map(
      scoreRfm(withOrders.map((c) => ({ ...c, frequency: c.orders, monetary: frac(c.monetary) }))).map(
        (r) => [r.id, r],
      ),
    );
    const stored = sqlite
      .prepare('SELECT customer_id, recency_score, frequency_score, monetary_score, tier FROM customer_stats')
      .all() as {
      customer_id: string;
      recency_score: number | null;
      frequency_score: number | null;
      monetary_score: number | null;
      tier: string | null;
    }[];
    for (const row of stored) {
      const want = expected.get(row.customer_id);
      const scores =
        row.recency_score === null
          ? null
          : { recency: row.recency_score, frequency: row.frequency_score, monetary: row.monetary_score };
      expect({ id: row.customer_id, scores, tier: row.tier }).toEqual(
        want
          ? { id: want.id, scores: want.scores, tier: want.tier }
          : { id: row.customer_id, scores: null, tier: null },
      );
    }
    // Every tier occurs in this crowd, and the storefront copies carry the same tier.
    expect(new Set(stored.map((r) => r.tier))).toEqual(
      new Set(['high_value', 'potential', 'low_value', 'at_risk', 'lost', null]),
    );
    const copies = sqlite
      .prepare(
        'SELECT count(*) AS n FROM customer_storefronts f JOIN customer_stats s USING (customer_id) WHERE f.tier IS NOT s.tier',
      )
      .get() as { n: number };
    expect(copies.n).toBe(0);
    expect(sqlite.prepare('SELECT ranked_on FROM customer_stats_state').get()).toEqual({ ranked_on: today });
  });
});
