import { afterEach, describe, expect, it } from 'vitest';
import type { DemoStatus } from '../../shared/domain/demo';
import type { Storefront } from '../../shared/domain/storefronts';
import { demoStorefronts, openDemoShop } from '../../electron/core/demo/service';
import { tempCore } from '../helpers/temp-core';

type TempCore = Awaited<ReturnType<typeof tempCore>>;
let core: TempCore;
afterEach(async () => core?.cleanup());

describe('demo shop', () => {
  it('fills an empty database once and reports itself as the demo', async () => {
    core = await tempCore();
    expect(await core.dispatch('demo', 'status', undefined)).toEqual({
      ok: true,
      value: { empty: true, isDemo: false },
    });
    const opened = await core.dispatch('demo', 'open', undefined);
    expect(opened).toEqual({ ok: true, value: { empty: false, isDemo: true } satisfies DemoStatus });
    const list = await core.dispatch('storefronts', 'list', undefined);
    expect(list.ok && (list.value as Storefront[]).map((s) => s.name).sort()).toEqual(
      demoStorefronts.map((s) => s.name).sort(),
    );
    expect(core.ctx.sqlite.prepare('SELECT count(*) AS n FROM staff').get()).toEqual({ n: 3 });
    expect(core.events).toContainEqual({ event: 'data:changed', payload: { namespace: 'storefronts' } });
    const count = (sql: string): number => (core.ctx.sqlite.prepare(sql).get() as { n: number }).n;
    // The demo catalog: ~100 products, ~300 SKUs on the five storefronts, a few of them low on stock.
    expect(count('SELECT count(*) n FROM products')).toBe(102);
    expect(count('SELECT count(*) n FROM skus')).toBe(293);
    expect(count('SELECT count(*) n FROM sku_costs')).toBe(293);
    expect(count('SELECT count(DISTINCT storefront_id) n FROM listings')).toBe(5);
    expect(count('SELECT count(*) n FROM sku_aliases')).toBeGreaterThan(5);
    expect(count('SELECT count(*) n FROM skus WHERE stock_on_hand <= reorder_point')).toBeGreaterThanOrEqual(
      3,
    );
    expect(core.ctx.sqlite.prepare("SELECT rate FROM fx_rates WHERE currency = 'USD'").get()).toEqual({
      rate: '7.12',
    });
    const usd = core.ctx.sqlite
      .prepare(
        "SELECT max(l.price_minor) n FROM listings l JOIN storefronts s ON s.id = l.storefront_id WHERE s.currency = 'USD'",
      )
      .get() as { n: number };
    expect(usd.n % 100).toBe(99);
  });

  it('generates the same catalog from the same seed', async () => {
    const shops: unknown[] = [];
    for (const seed of [42, 42, 43]) {
      const c = await tempCore();
      try {
        await openDemoShop(c.ctx.db, c.ctx.sqlite, seed);
        shops.push(
          c.ctx.sqlite
            .prepare(
              `SELECT s.code, s.name, s.stock_on_hand, l.price_minor, f.name AS storefront FROM skus s
                 LEFT JOIN listings l ON l.sku_id = s.id LEFT JOIN storefronts f ON f.id = l.storefront_id
                ORDER BY s.code, f.name`,
            )
            .all(),
        );
      } finally {
        await c.cleanup();
      }
    }
    expect(shops[0]).toEqual(shops[1]);
    expect(shops[0]).not.toEqual(shops[2]);
  });

  it('refuses a database that already holds a shop and adds nothing to it', async () => {
    core = await tempCore();
    await core.dispatch('storefronts', 'create', {
      name: 'My real shop',
      platform: 'website',
      currency: 'CNY',
      timezone: 'Asia/Shanghai',
      role: 'core',
      feeRules: {
        commissionRateBp: 0,
        paymentFeeRateBp: 0,
        fixedFeeMinor: 0,
        shippingCostMinor: 0,
        categoryCommissions: [],
      },
    });
    const counts = (): unknown =>
      core.ctx.sqlite
        .prepare(
          'SELECT (SELECT count(*) FROM storefronts) s, (SELECT count(*) FROM staff) t, (SELECT count(*) FROM settings) k',
        )
        .get();
    const before = counts();
    expect(await core.dispatch('demo', 'open', undefined)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'demoNotEmpty' },
    });
    expect(counts()).toEqual(before);
    expect(await core.dispatch('demo', 'status', undefined)).toEqual({
      ok: true,
      value: { empty: false, isDemo: false },
    });
  });
});
