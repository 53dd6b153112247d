import { afterEach, describe, expect, it } from 'vitest';
import type { Listing, PriceChange } from '../../shared/domain/catalog';
import type { StaffMember } from '../../shared/domain/staff';
import { listAudit } from '../../electron/core/audit/repo';
import { tempCore } from '../helpers/temp-core';
import {
  costOf,
  count,
  createProduct,
  createStorefront,
  shopifyFields,
  tmallFields,
  value,
  type TempCore,
} from '../helpers/catalog-data';

let core: TempCore;
afterEach(async () => core?.cleanup());

const mug = (code = 'MUG-WHT', extra: object = {}) => ({
  code,
  name: '白色 350ml',
  cost: costOf(3400),
  ...extra,
});

describe('listings, aliases and price history', () => {
  it('keeps one listing per SKU and storefront, with every price change in the history', async () => {
    core = await tempCore();
    const owner = await value<StaffMember>(
      core.dispatch('staff', 'create', { name: '王店长', role: 'owner' }),
    );
    await value(core.dispatch('settings', 'update', { actingStaffId: owner.id }));
    const tmall = await createStorefront(core, tmallFields);
    const product = await createProduct(core, { name: 'Mug', skus: [mug()] });
    const skuId = product.skus[0]!.id;
    const created = await value<Listing>(
      core.dispatch('catalog', 'upsertListing', {
        skuId,
        storefrontId: tmall.id,
        priceMinor: 5900,
        externalSkuId: '5012',
      }),
    );
    expect(created).toMatchObject({ status: 'on_sale', priceMinor: 5900, priceFloorMinor: null });
    const updated = await value<Listing>(
      core.dispatch('catalog', 'upsertListing', {
        skuId,
        storefrontId: tmall.id,
        priceMinor: 6900,
        reason: '618 后恢复原价',
        priceFloorMinor: 5000,
      }),
    );
    expect(updated).toMatchObject({
      id: created.id,
      priceMinor: 6900,
      priceFloorMinor: 5000,
      externalSkuId: '5012',
    });
    // Same price again: no history row.
    await value(
      core.dispatch('catalog', 'upsertListing', {
        skuId,
        storefrontId: tmall.id,
        priceMinor: 6900,
        status: 'off',
      }),
    );
    expect(count(core, 'listings')).toBe(1);
    const history = await value<PriceChange[]>(
      core.dispatch('catalog', 'priceHistory', { listingId: created.id }),
    );
    expect(history.map((h) => [h.oldPriceMinor, h.newPriceMinor, h.reason, h.actorId])).toEqual([
      [5900, 6900, '618 后恢复原价', owner.id],
      [null, 5900, 'listed', owner.id],
    ]);
    expect((await listAudit(core.ctx.db, 'listing', created.id)).map((a) => a.action)).toEqual([
      'create',
      'update',
      'update',
    ]);
  });

  it('refuses unknown storefronts and SKUs, and a storefront SKU id already listed for another SKU', async () => {
    core = await tempCore();
    const tmall = await createStorefront(core, tmallFields);
    const product = await createProduct(core, { name: 'Mug', skus: [mug('A'), mug('B')] });
    const [a, b] = product.skus;
    await value(
      core.dispatch('catalog', 'upsertListing', {
        skuId: a!.id,
        storefrontId: tmall.id,
        priceMinor: 9900,
        externalSkuId: 'X1',
      }),
    );
    const audit = count(core, 'audit_log');
    expect(
      await core.dispatch('catalog', 'upsertListing', {
        skuId: a!.id,
        storefrontId: 'nope',
        priceMinor: 9900,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', params: { entity: 'storefront' } },
    });
    expect(
      await core.dispatch('catalog', 'upsertListing', {
        skuId: 'nope',
        storefrontId: tmall.id,
        priceMinor: 9900,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', params: { entity: 'sku' } },
    });
    expect(
      await core.dispatch('catalog', 'upsertListing', {
        skuId: b!.id,
        storefrontId: tmall.id,
        priceMinor: 9900,
        externalSkuId: 'X1',
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'externalSkuTaken' } });
    expect(
      await core.dispatch('catalog', 'upsertListing', {
        skuId: b!.id,
        storefrontId: tmall.id,
        priceMinor: 99.5,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect([count(core, 'listings'), count(core, 'price_history'), count(core, 'audit_log')]).toEqual([
      1,
      1,
      audit,
    ]);
  });

  it('resolves a storefront code by alias, then listing SKU id, then our own code', async () => {
    core = await tempCore();
    const tmall = await createStorefront(core, tmallFields);
    const shopify = await createStorefront(core, shopifyFields);
    const product = await createProduct(core, { name: 'Mug', skus: [mug('MUG-WHT'), mug('MUG-BLK')] });
    const [black, white] = product.skus;
    await value(
      core.dispatch('catalog', 'upsertListing', {
        skuId: black!.id,
        storefrontId: tmall.id,
        priceMinor: 9900,
        externalSkuId: '777',
      }),
    );
    await value(
      core.dispatch('catalog', 'addAlias', { storefrontId: tmall.id, alias: 'white-350', skuId: white!.id }),
    );
    // Adding the same alias again is a no-op; pointing it at another SKU is a conflict.
    await value(
      core.dispatch('catalog', 'addAlias', { storefrontId: tmall.id, alias: 'WHITE-350', skuId: white!.id }),
    );
    expect(
      await core.dispatch('catalog', 'addAlias', {
        storefrontId: tmall.id,
        alias: 'white-350',
        skuId: black!.id,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'aliasTaken' },
    });
    expect(count(core, 'sku_aliases')).toBe(1);

    const resolve = (storefrontId: string, code: string) =>
      value<{ sku: { code: string }; via: string } | null>(
        core.dispatch('catalog', 'resolveSku', { storefrontId, code }),
      );
    expect(await resolve(tmall.id, 'White-350')).toMatchObject({ sku: { code: 'MUG-WHT' }, via: 'alias' });
    expect(await resolve(tmall.id, '777')).toMatchObject({ sku: { code: 'MUG-BLK' }, via: 'listing' });
    expect(await resolve(tmall.id, 'mug-blk')).toMatchObject({ sku: { code: 'MUG-BLK' }, via: 'code' });
    // Aliases belong to one storefront.
    expect(await resolve(shopify.id, 'white-350')).toBeNull();
    expect(await core.dispatch('catalog', 'resolveSku', { storefrontId: 'nope', code: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    await value(core.dispatch('catalog', 'removeAlias', { storefrontId: tmall.id, alias: 'white-350' }));
    expect(await resolve(tmall.id, 'white-350')).toBeNull();
    expect(
      await core.dispatch('catalog', 'removeAlias', { storefrontId: tmall.id, alias: 'white-350' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await listAudit(core.ctx.db, 'sku', white!.id)).map((a) => a.action)).toEqual([
      'addAlias',
      'removeAlias',
    ]);
  });
});
