import { afterEach, describe, expect, it } from 'vitest';
import type { Page, Sku, StockMovement } from '../../shared/domain/catalog';
import { listAudit } from '../../electron/core/audit/repo';
import { tempCore } from '../helpers/temp-core';
import { costOf, count, createProduct, value, type TempCore } from '../helpers/catalog-data';

let core: TempCore;
afterEach(async () => core?.cleanup());

describe('stock movements', () => {
  it('records receipts and adjustments with reasons, moves stock on hand, and audits them', async () => {
    core = await tempCore();
    const product = await createProduct(core, {
      name: 'Mug',
      skus: [{ code: 'MUG', name: 'Mug', stockOnHand: 5, cost: costOf(3400) }],
    });
    const skuId = product.skus[0]!.id;
    const receipt = await value<{ sku: Sku; movement: StockMovement }>(
      core.dispatch('catalog', 'adjustStock', { skuId, kind: 'receipt', quantity: 20, ref: 'PO-2024-001' }),
    );
    expect(receipt.sku.stockOnHand).toBe(25);
    expect(receipt.movement).toMatchObject({
      kind: 'receipt',
      quantity: 20,
      ref: 'PO-2024-001',
      reason: null,
    });
    const broken = await value<{ sku: Sku }>(
      core.dispatch('catalog', 'adjustStock', { skuId, kind: 'adjustment', quantity: -3, reason: '破损' }),
    );
    expect(broken.sku.stockOnHand).toBe(22);

    const page = await value<Page<StockMovement>>(
      core.dispatch('catalog', 'stockMovements', { skuId, pageSize: 2 }),
    );
    expect(page.total).toBe(3);
    expect(page.rows.map((m) => [m.kind, m.quantity, m.reason])).toEqual([
      ['adjustment', -3, '破损'],
      ['receipt', 20, null],
    ]);
    const last = await value<Page<StockMovement>>(
      core.dispatch('catalog', 'stockMovements', { skuId, page: 2, pageSize: 2 }),
    );
    expect(last.rows.map((m) => [m.kind, m.quantity, m.reason])).toEqual([['receipt', 5, 'opening stock']]);
    const audit = await listAudit(core.ctx.db, 'sku', skuId);
    expect(audit.map((a) => [a.action, a.detail.before, a.detail.after])).toEqual([
      ['adjustStock', 5, 25],
      ['adjustStock', 25, 22],
    ]);
    // The balance always equals the sum of the movements.
    expect(core.ctx.sqlite.prepare('SELECT sum(quantity) AS s FROM stock_movements').get()).toEqual({
      s: 22,
    });
  });

  it('refuses to go below zero unless allowed, and refuses adjustments without a reason', async () => {
    core = await tempCore();
    const product = await createProduct(core, {
      name: 'Mug',
      skus: [{ code: 'MUG', name: 'Mug', stockOnHand: 2, cost: costOf(3400) }],
    });
    const skuId = product.skus[0]!.id;
    const audit = count(core, 'audit_log');
    expect(
      await core.dispatch('catalog', 'adjustStock', {
        skuId,
        kind: 'adjustment',
        quantity: -3,
        reason: '盘点',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'stockBelowZero', params: { stock: 2, quantity: -3 } },
    });
    expect(
      await core.dispatch('catalog', 'adjustStock', { skuId, kind: 'adjustment', quantity: -1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'reason', message: 'reasonRequired' }] },
    });
    expect(
      await core.dispatch('catalog', 'adjustStock', { skuId, kind: 'receipt', quantity: -1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'quantity', message: 'receiptPositive' }] },
    });
    expect(
      await core.dispatch('catalog', 'adjustStock', { skuId, kind: 'sale', quantity: -1, reason: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'kind', message: 'stockKind' }] },
    });
    expect(
      await core.dispatch('catalog', 'adjustStock', { skuId, kind: 'receipt', quantity: 1.5 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(count(core, 'stock_movements')).toBe(1);
    expect(count(core, 'audit_log')).toBe(audit);

    const oversold = await value<{ sku: Sku }>(
      core.dispatch('catalog', 'adjustStock', {
        skuId,
        kind: 'adjustment',
        quantity: -3,
        reason: '超卖',
        allowNegative: true,
      }),
    );
    expect(oversold.sku.stockOnHand).toBe(-1);
  });
});
