import { afterEach, describe, expect, it } from 'vitest';
import type { Page, ProductDetail, ProductSummary, StockMovement } from '../../shared/domain/catalog';
import { tempCore } from '../helpers/temp-core';
import {
  costOf,
  createProduct,
  createStorefront,
  tmallFields,
  value,
  type TempCore,
} from '../helpers/catalog-data';
import { orderLine, parsedOrder, writeOrders } from '../helpers/order-builders';

let core: TempCore;
afterEach(async () => core?.cleanup());

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

/** A paid order selling `quantity` of our SKU `code`, placed `at`: sales are order lines (migration 0014). */
async function sell(code: string, quantity: number, at: string, status: 'paid' | 'cancelled' = 'paid') {
  const storefront = await createStorefront(core, { ...tmallFields, name: `天猫 ${code} ${at}` });
  writeOrders(core, storefront.id, [
    parsedOrder({ placedAt: at, status, lines: [orderLine({ sku: code, quantity })] }),
  ]);
}

/** A return as the ticket resolution writes it: a stock movement back in. */
function giveBack(skuId: string, quantity: number, at: string) {
  core.ctx.sqlite
    .prepare(
      "INSERT INTO stock_movements (sku_id, kind, quantity, reason, ref, actor_id, at) VALUES (?, 'return', ?, NULL, NULL, NULL, ?)",
    )
    .run(skuId, quantity, at);
}

async function shop() {
  core = await tempCore('stock-cover');
  const product = await createProduct(core, {
    name: 'Flask',
    skus: [
      // Opening stock: the orders below take 102 and 13, leaving 45 and 40.
      { code: 'FAST', name: 'Fast', stockOnHand: 147, cost: costOf(1000) },
      { code: 'SLOW', name: 'Slow', stockOnHand: 53, cost: costOf(1000) },
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
    await sell('FAST', 40, daysAgo(200)); // the shop's first sale: history is long enough
    await sell('FAST', 62, daysAgo(3));
    giveBack(id('FAST'), 2, daysAgo(2)); // 60 net in 30 days: 2 a day, 45 last 22 days
    await sell('FAST', 500, daysAgo(1), 'cancelled'); // a cancelled order sells nothing
    await sell('SLOW', 10, daysAgo(31)); // outside the window
    await sell('SLOW', 3, daysAgo(10)); // 40 × 30 ÷ 3 = 400 days > 90
    const covers = Object.fromEntries((await detail(product.id)).skus.map((s) => [s.code, s.cover]));
    expect(covers).toEqual({
      FAST: { soldInWindow: 60, daysOfCover: 22, slowMover: false },
      SLOW: { soldInWindow: 3, daysOfCover: 400, slowMover: true },
      DEAD: { soldInWindow: 0, daysOfCover: null, slowMover: true },
      EMPTY: { soldInWindow: 0, daysOfCover: null, slowMover: false },
    });
    expect((await list()).rows[0]!.slowSkuCount).toBe(2);
    expect((await list({ slowMovers: true })).total).toBe(1);
    expect((await detail(product.id)).skus.map((s) => [s.code, s.stockOnHand])).toEqual([
      ['DEAD', 10],
      ['EMPTY', 0],
      ['FAST', 45],
      ['SLOW', 40],
    ]);

    // The SKU's movements list its sales from the order lines, newest first, beside the stored movements.
    const moves = await value<Page<StockMovement>>(
      core.dispatch('catalog', 'stockMovements', { skuId: id('FAST'), page: 1, pageSize: 10 }),
    );
    expect(moves.total).toBe(4);
    // (The opening stock was entered today; the sales are at their orders' times.)
    expect(moves.rows.map((m) => [m.kind, m.quantity])).toEqual([
      ['receipt', 147],
      ['return', 2],
      ['sale', -62],
      ['sale', -40],
    ]);
    expect(moves.rows[2]!.ref).toMatch(/^order:/);
    expect(moves.rows[2]!.id).toBeLessThan(0);
    // A page of 3 holds three of the four; the page past the end is empty and still knows the total.
    const page = (n: number) =>
      value<Page<StockMovement>>(
        core.dispatch('catalog', 'stockMovements', { skuId: id('FAST'), page: n, pageSize: 3 }),
      );
    expect((await page(2)).rows.map((m) => m.quantity)).toEqual([-40]);
    expect(await page(3)).toMatchObject({ rows: [], total: 4, page: 3 });

    // A higher threshold keeps SLOW (400 days) flagged until it passes 400; DEAD (no sales) stays slow.
    await value(core.dispatch('settings', 'update', { slowMoverDays: 400 }));
    expect((await list()).rows[0]!.slowSkuCount).toBe(1);
    await value(core.dispatch('settings', 'update', { slowMoverDays: 399 }));
    expect((await list()).rows[0]!.slowSkuCount).toBe(2);
  });
});
