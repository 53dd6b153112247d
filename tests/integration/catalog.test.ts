import { afterEach, describe, expect, it } from 'vitest';
import type { ProductDetail, SkuCost } from '../../shared/domain/catalog';
import type { StaffMember } from '../../shared/domain/staff';
import { listAudit } from '../../electron/core/audit/repo';
import { costAt } from '../../electron/core/catalog/costs';
import { tempCore } from '../helpers/temp-core';
import { costOf, count, createProduct, value, type TempCore } from '../helpers/catalog-data';

let core: TempCore;
afterEach(async () => core?.cleanup());

const mug = (code = 'MUG-WHT', extra: object = {}) => ({
  code,
  name: '白色 350ml',
  cost: costOf(3400),
  ...extra,
});

describe('catalog products and costs', () => {
  it('creates a product with SKUs, initial costs and opening stock, audited', async () => {
    core = await tempCore();
    const owner = await value<StaffMember>(
      core.dispatch('staff', 'create', { name: '王店长', role: 'owner' }),
    );
    await value(core.dispatch('settings', 'update', { actingStaffId: owner.id }));
    const product = await createProduct(core, {
      name: '陶瓷马克杯',
      category: '家居',
      brand: ' ',
      skus: [mug('MUG-WHT', { stockOnHand: 40, reorderPoint: 10, weightG: 420 }), mug('MUG-BLK')],
    });
    expect(product).toMatchObject({ name: '陶瓷马克杯', category: '家居', brand: null, archived: false });
    expect(product.skus.map((s) => [s.code, s.stockOnHand, s.priceBand])).toEqual([
      ['MUG-BLK', 0, 'mid'],
      ['MUG-WHT', 40, 'mid'],
    ]);
    const white = product.skus.find((s) => s.code === 'MUG-WHT')!;
    expect(white.currentCost).toMatchObject({ totalMinor: 3400, purchaseMinor: 3000, createdBy: owner.id });
    expect(
      core.ctx.sqlite.prepare('SELECT kind, quantity, reason, actor_id FROM stock_movements').all(),
    ).toEqual([{ kind: 'receipt', quantity: 40, reason: 'opening stock', actor_id: owner.id }]);
    expect((await listAudit(core.ctx.db, 'product', product.id)).map((a) => [a.action, a.actorId])).toEqual([
      ['create', owner.id],
    ]);
    expect(core.events).toContainEqual({ event: 'data:changed', payload: { namespace: 'catalog' } });
    expect(await value<ProductDetail>(core.dispatch('catalog', 'getProduct', { id: product.id }))).toEqual(
      product,
    );
  });

  it('keeps dated cost history: the cost at time T is the latest row starting at or before T', async () => {
    core = await tempCore();
    const product = await createProduct(core, { name: 'Mug', skus: [mug()] });
    const skuId = product.skus[0]!.id;
    await value(
      core.dispatch('catalog', 'setCost', { skuId, ...costOf(3600, '2024-03-01T00:00:00Z'), note: '涨价' }),
    );
    // Backdated with an offset: 2024-02-01T08:00+08:00 is 2024-02-01T00:00Z.
    await value(core.dispatch('catalog', 'setCost', { skuId, ...costOf(3500, '2024-02-01T08:00+08:00') }));
    await value(core.dispatch('catalog', 'setCost', { skuId, ...costOf(9900, '2999-01-01T00:00:00Z') }));

    const total = async (at: string) => (await costAt(core.ctx.db, skuId, at))?.totalMinor ?? null;
    expect(await total('2023-12-31T23:59:59.999Z')).toBeNull();
    expect(await total('2024-01-01T00:00:00.000Z')).toBe(3400);
    expect(await total('2024-01-31T23:59:59.999Z')).toBe(3400);
    expect(await total('2024-02-01T00:00:00.000Z')).toBe(3500);
    expect(await total('2024-02-29T12:00:00.000Z')).toBe(3500);
    expect(await total('2024-06-18T00:00:00.000Z')).toBe(3600);

    const history = await value<SkuCost[]>(core.dispatch('catalog', 'costHistory', { skuId }));
    expect(history.map((c) => [c.effectiveFrom, c.totalMinor])).toEqual([
      ['2999-01-01T00:00:00.000Z', 9900],
      ['2024-03-01T00:00:00.000Z', 3600],
      ['2024-02-01T00:00:00.000Z', 3500],
      ['2024-01-01T00:00:00.000Z', 3400],
    ]);
    // A future-dated cost is not the current one.
    const detail = await value<ProductDetail>(core.dispatch('catalog', 'getProduct', { id: product.id }));
    expect(detail.skus[0]!.currentCost?.totalMinor).toBe(3600);
  });

  it('never rewrites a cost row and refuses bad costs, writing nothing', async () => {
    core = await tempCore();
    const product = await createProduct(core, { name: 'Mug', skus: [mug()] });
    const skuId = product.skus[0]!.id;
    const audit = count(core, 'audit_log');
    expect(await core.dispatch('catalog', 'setCost', { skuId, ...costOf(5000) })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'costExists' },
    });
    const negative = await core.dispatch('catalog', 'setCost', {
      skuId,
      ...costOf(3400),
      packagingMinor: -1,
    });
    expect(negative).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'packagingMinor' }] },
    });
    const float = await core.dispatch('catalog', 'setCost', { skuId, ...costOf(3400), otherMinor: 12.5 });
    expect(float).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'otherMinor', message: 'minorUnits' }] },
    });
    const noZone = await core.dispatch('catalog', 'setCost', {
      skuId,
      ...costOf(3400, '2024-05-01T00:00:00'),
    });
    expect(noZone).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'effectiveFrom', message: 'dateTime' }] },
    });
    expect(await core.dispatch('catalog', 'setCost', { ...costOf(3400), skuId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(count(core, 'sku_costs')).toBe(1);
    expect(count(core, 'audit_log')).toBe(audit);
  });

  it('refuses duplicate SKU codes regardless of case, within one product or across products', async () => {
    core = await tempCore();
    const first = await createProduct(core, { name: 'Mug', skus: [mug('MUG-WHT')] });
    const audit = count(core, 'audit_log');
    const across = await core.dispatch('catalog', 'createProduct', {
      name: 'Other',
      skus: [mug('B-1'), mug('mug-wht')],
    });
    expect(across).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        key: 'skuCodeTaken',
        issues: [{ path: 'skus.1.code', message: 'codeTaken' }],
      },
    });
    const within = await core.dispatch('catalog', 'createProduct', {
      name: 'Other',
      skus: [mug('X-1'), mug('x-1')],
    });
    expect(within).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ message: 'duplicateCode' }] },
    });
    const noSkus = await core.dispatch('catalog', 'createProduct', { name: 'Other', skus: [] });
    expect(noSkus).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'skus', message: 'skusRequired' }] },
    });
    // A product's own code sent again updates; another product's is refused.
    const second = await createProduct(core, { name: 'Bowl', skus: [mug('BOWL-1')] });
    expect(
      await core.dispatch('catalog', 'upsertSku', { productId: second.id, code: 'Mug-Wht', name: 'x' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'skuCodeTaken' } });
    expect(count(core, 'products')).toBe(2);
    expect(count(core, 'skus')).toBe(2);
    expect(count(core, 'audit_log')).toBe(audit + 1);
    expect(first.skus[0]!.code).toBe('MUG-WHT');
  });

  it('upserts SKUs by id or code, requires a cost for a new one, and updates products', async () => {
    core = await tempCore();
    const product = await createProduct(core, { name: 'Mug', skus: [mug('MUG-WHT')] });
    const noCost = await core.dispatch('catalog', 'upsertSku', {
      productId: product.id,
      code: 'MUG-RED',
      name: 'Red',
    });
    expect(noCost).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'cost' }] } });
    const added = await value<ProductDetail>(
      core.dispatch('catalog', 'upsertSku', {
        productId: product.id,
        code: 'MUG-RED',
        name: 'Red',
        cost: costOf(3800),
        priceBand: 'high',
      }),
    );
    expect(added.skus.map((s) => s.code)).toEqual(['MUG-RED', 'MUG-WHT']);
    const renamed = await value<ProductDetail>(
      core.dispatch('catalog', 'upsertSku', {
        productId: product.id,
        code: 'mug-red',
        name: 'Rot',
        reorderPoint: 3,
      }),
    );
    expect(renamed.skus.find((s) => s.name === 'Rot')).toMatchObject({
      code: 'mug-red',
      priceBand: 'high',
      reorderPoint: 3,
    });
    expect(
      await core.dispatch('catalog', 'upsertSku', {
        productId: 'nope',
        code: 'X',
        name: 'x',
        cost: costOf(1000),
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const updated = await value<ProductDetail>(
      core.dispatch('catalog', 'updateProduct', { id: product.id, patch: { brand: 'ACME', archived: true } }),
    );
    expect(updated).toMatchObject({ brand: 'ACME', archived: true, name: 'Mug' });
    expect(count(core, 'skus')).toBe(2);
  });
});
