import type { Storefront } from '../../shared/domain/storefronts';
import { costOf, createProduct, createStorefront, type TempCore } from './catalog-data';
import { SHOPIFY_CNY_STOREFRONT } from './shopify-export';
import { tempCore } from './temp-core';

/**
 * A fresh shop for the generated Shopify exports: the Mug with SKU-00001 (¥6.00 cost) and SKU-00002 (¥7.00), 100
 * of each in stock, and the CNY Shopify storefront. The caller cleans the core up.
 */
export async function shopifyShop(name: string): Promise<{ core: TempCore; storefront: Storefront }> {
  const core = await tempCore(name);
  await createProduct(core, {
    name: 'Mug',
    skus: [
      { code: 'SKU-00001', name: 'Mug blue', stockOnHand: 100, cost: costOf(600) },
      { code: 'SKU-00002', name: 'Mug red', stockOnHand: 100, cost: costOf(700) },
    ],
  });
  return { core, storefront: await createStorefront(core, SHOPIFY_CNY_STOREFRONT) };
}
