import { afterEach, describe, expect, it } from 'vitest';
import type { SkuSuggestion } from '../../shared/domain/catalog';
import { tempCore } from '../helpers/temp-core';
import { costOf, createProduct, value, type TempCore } from '../helpers/catalog-data';

let core: TempCore;
afterEach(async () => core?.cleanup());

const suggest = async (code: string, limit?: number) =>
  (await value<SkuSuggestion[]>(core.dispatch('catalog', 'suggestSkus', { code, limit }))).map((s) => [
    s.sku.code,
    s.why,
  ]);

describe('catalog.suggestSkus', () => {
  it('suggests SKUs for an unmatched storefront code: our code inside it, it inside ours, then names', async () => {
    core = await tempCore('suggest');
    await createProduct(core, {
      name: '保温杯',
      skus: [
        { code: '0012', name: '红色 500ml', cost: costOf(2200) },
        { code: '0013', name: '蓝色 500ml', cost: costOf(2200) },
      ],
    });
    const lamp = await createProduct(core, {
      name: 'Desk lamp',
      skus: [
        { code: 'LAMP-100', name: 'White', cost: costOf(5000) },
        { code: 'DL-2', name: 'Black', cost: costOf(5000) },
        { code: 'A1', name: 'Short code', cost: costOf(5000) },
      ],
    });

    expect(await suggest('TM-0012-RED')).toEqual([['0012', 'containsCode']]);
    expect(await suggest('001')).toEqual([
      ['0012', 'codeContains'],
      ['0013', 'codeContains'],
    ]);
    expect(await suggest('lamp')).toEqual([
      ['LAMP-100', 'codeContains'],
      // Within a reason, codes closest in length to the searched one come first.
      ['DL-2', 'name'],
      ['A1', 'name'],
    ]);
    // Codes under three characters are not searched for inside a storefront code.
    expect(await suggest('XA1Y')).toEqual([]);
    expect(await suggest('001', 1)).toEqual([['0012', 'codeContains']]);

    // Archived SKUs are never suggested.
    const dl = lamp.skus.find((s) => s.code === 'DL-2')!;
    await value(
      core.dispatch('catalog', 'upsertSku', {
        productId: lamp.id,
        id: dl.id,
        code: 'DL-2',
        name: 'Black',
        archived: true,
      }),
    );
    expect((await suggest('lamp')).map(([c]) => c)).toEqual(['LAMP-100', 'A1']);
  });
});
