import { afterEach, describe, expect, it } from 'vitest';
import type { Page, ProductDetail, ProductSummary } from '../../shared/domain/catalog';
import { tempCore } from '../helpers/temp-core';
import { costOf, createProduct, value, type TempCore } from '../helpers/catalog-data';

let core: TempCore;
afterEach(async () => core?.cleanup());

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

/**
 * Sale and return movements are written by order imports (orders issue); here they are inserted as those
 * imports will write them, so cover is measured on real rows.
 */
function move(skuId: string, kind: 'sale' | 'return', quantity: number, at: string) {
  core.ctx.sqlite
    .prepare(
      'INSERT INTO stock_movements (sku_id, kind, quantity, reason, ref, actor_id, at) VALUES (?, ?, ?, NULL, NULL, NULL, ?)',
    )
    .run(skuId, kind, quantity, at);
}

async function shop() {
  core = await tempCore('stock-cover');
  const product = await createProduct(core, {
    name: 'Flask',
    skus: [
      { code: 'FAST', name: 'Fast', stockOnHand: 45, cost: costOf(1000) },
      { code: 'SLOW', name: 'Slow', stockOnHand: 40, cost: costOf(1000) },
      { code: 'DEAD', name: 'Dead', stockOnHand: 10, cost: costOf(1000) },
      { code: 'EMPTY', name: 'Empty', stockOnHand: 0, cost: costOf(1000) },
    ],
  });
  const id = (code: string) => product.skus.find((s) => s.code === code)!.id;
  return { product, id };
}

const detail = (productId: string) =>
  value<ProductDetail>(core.dispatch('catalog', 'getProduct', { id: productId }));
const list = (query: object = {}) =>
  value<Page<ProductSummary>>(core.dispatch('catalog', 'listProducts', { page: 1, pageSize: 50, ...query }));

describe('days of cover and slow movers', () => {
  it('flags nothing while the shop has no sales history (orders not imported yet)', async () => {
    const { product } = await shop();
    const skus = (await detail(product.id)).skus;
    expect(skus.map((s) => s.cover)).toEqual(
      skus.map(() => ({ soldInWindow: 0, daysOfCover: null, slowMover: false })),
    );
    expect((await list()).rows[0]!.slowSkuCount).toBe(0);
    expect((await list({ slowMovers: true })).total).toBe(0);
  });

  it('measures the last 30 days net of returns, and the list, filter and product page agree', async () => {
    const { product, id } = await shop();
    move(id('FAST'), 'sale', -40, daysAgo(200)); // the shop's first sale: history is long enough
    move(id('FAST'), 'sale', -62, daysAgo(3));
    move(id('FAST'), 'return', 2, daysAgo(2)); // 60 net in 30 days: 2 a day, 45 last 22 days
    move(id('SLOW'), 'sale', -10, daysAgo(31)); // outside the window
    move(id('SLOW'), 'sale', -3, daysAgo(10)); // 40 × 30 ÷ 3 = 400 days > 90
    const covers = Object.fromEntries((await detail(product.id)).skus.map((s) => [s.code, s.cover]));
    expect(covers).toEqual({
      FAST: { soldInWindow: 60, daysOfCover: 22, slowMover: false },
      SLOW: { soldInWindow: 3, daysOfCover: 400, slowMover: true },
      DEAD: { soldInWindow: 0, daysOfCover: null, slowMover: true },
      EMPTY: { soldInWindow: 0, daysOfCover: null, slowMover: false },
    });
    expect((await list()).rows[0]!.slowSkuCount).toBe(2);
    expect((await list({ slowMovers: true })).total).toBe(1);

    // A higher threshold keeps SLOW (400 days) flagged until it passes 400; DEAD (no sales) stays slow.
    await value(core.dispatch('settings', 'update', { slowMoverDays: 400 }));
    expect((await list()).rows[0]!.slowSkuCount).toBe(1);
    await value(core.dispatch('settings', 'update', { slowMoverDays: 399 }));
    expect((await list()).rows[0]!.slowSkuCount).toBe(2);
  });
});
