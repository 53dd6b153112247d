import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, ProductSummary } from '../../shared/domain/catalog';
import type { Storefront } from '../../shared/domain/storefronts';
import { tempCore } from '../helpers/temp-core';
import {
  costOf,
  createProduct,
  createStorefront,
  tmallFields,
  value,
  type TempCore,
} from '../helpers/catalog-data';

let core: TempCore;
let tmall: Storefront;

/**
 * 25 products P00…P24: category 家居 for even numbers, brand ACME for multiples of 5, one SKU each with
 * code SKU-nn; every third is band high; P07 and P14 are at their reorder point; P03 and P04 are listed on Tmall.
 */
beforeAll(async () => {
  core = await tempCore();
  tmall = await createStorefront(core, tmallFields);
  for (let i = 0; i < 25; i++) {
    const n = String(i).padStart(2, '0');
    const product = await createProduct(core, {
      name: `P${n} ${i === 11 ? '100% 棉 T恤' : '马克杯'}`,
      ...(i % 2 === 0 && { category: '家居' }),
      ...(i % 5 === 0 && { brand: 'ACME' }),
      skus: [
        {
          code: `SKU-${n}`,
          name: `Variant ${n}`,
          barcode: `690000000${n}`,
          priceBand: i % 3 === 0 ? 'high' : 'mid',
          reorderPoint: 5,
          stockOnHand: i === 7 || i === 14 ? 5 : 50,
          cost: costOf(1000 + i),
        },
      ],
    });
    if (i === 3 || i === 4) {
      await value(
        core.dispatch('catalog', 'upsertListing', {
          skuId: product.skus[0]!.id,
          storefrontId: tmall.id,
          priceMinor: 3900,
        }),
      );
    }
  }
});
afterAll(async () => core.cleanup());

const list = (query: object) =>
  value<Page<ProductSummary>>(core.dispatch('catalog', 'listProducts', { page: 1, pageSize: 50, ...query }));
const names = (page: Page<ProductSummary>) => page.rows.map((r) => r.name.slice(0, 3));

describe('catalog.listProducts', () => {
  it('pages on the server, ordered by name', async () => {
    const third = await list({ page: 3, pageSize: 10 });
    expect(third.total).toBe(25);
    expect(names(third)).toEqual(['P20', 'P21', 'P22', 'P23', 'P24']);
    expect((await list({ page: 4, pageSize: 10 })).rows).toEqual([]);
    expect(third.rows[0]).toMatchObject({
      skuCount: 1,
      stockOnHand: 50,
      lowStockSkuCount: 0,
      listingCount: 0,
    });
  });

  it('searches product names, SKU codes, SKU names and barcodes, taking % literally', async () => {
    expect(names(await list({ search: 'sku-17' }))).toEqual(['P17']);
    expect(names(await list({ search: 'variant 09' }))).toEqual(['P09']);
    expect(names(await list({ search: '69000000012' }))).toEqual(['P12']);
    expect(names(await list({ search: '100%' }))).toEqual(['P11']);
    expect((await list({ search: '马克杯' })).total).toBe(24);
    expect((await list({ search: '%' })).total).toBe(1);
    // Under three characters the trigram index cannot help; the search still finds what LIKE would.
    expect(names(await list({ search: 'P2' }))).toEqual(['P20', 'P21', 'P22', 'P23', 'P24']);
    // A field boundary is not part of any value: name + code never match as one string.
    expect((await list({ search: '马克杯SKU' })).total).toBe(0);
    expect((await list({ search: '马克杯 SKU' })).total).toBe(0);
  });

  it('filters by category, brand, price band, storefront and low stock, combined', async () => {
    expect((await list({ category: '家居' })).total).toBe(13);
    expect(names(await list({ brand: 'ACME' }))).toEqual(['P00', 'P05', 'P10', 'P15', 'P20']);
    expect(names(await list({ brand: 'ACME', category: '家居' }))).toEqual(['P00', 'P10', 'P20']);
    expect((await list({ band: 'high' })).total).toBe(9);
    const listed = await list({ storefrontId: tmall.id });
    expect(names(listed)).toEqual(['P03', 'P04']);
    expect(listed.rows[0]!.listingCount).toBe(1);
    const low = await list({ lowStock: true });
    expect(names(low)).toEqual(['P07', 'P14']);
    expect(low.rows[0]!.lowStockSkuCount).toBe(1);
    expect(names(await list({ lowStock: true, category: '家居' }))).toEqual(['P14']);
  });

  it('hides archived products unless asked', async () => {
    const p24 = (await list({ search: 'P24' })).rows[0]!;
    await value(core.dispatch('catalog', 'updateProduct', { id: p24.id, patch: { archived: true } }));
    expect((await list({})).total).toBe(24);
    expect((await list({ includeArchived: true })).total).toBe(25);
    await value(core.dispatch('catalog', 'updateProduct', { id: p24.id, patch: { archived: false } }));
  });

  it('refuses page sizes over 200 and pages below 1', async () => {
    for (const bad of [{ pageSize: 201 }, { pageSize: 0 }, { page: 0 }, { page: 1.5 }]) {
      const result = await core.dispatch('catalog', 'listProducts', { page: 1, pageSize: 50, ...bad });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });
});
