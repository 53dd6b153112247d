import type { FeatureHandlers } from '../handlers';
import type { CoreContext } from '../context';
import { addAlias, removeAlias, resolveSku } from './aliases';
import { costHistory, setCost } from './costs';
import { priceHistory, upsertListing } from './listings';
import { listProducts } from './search';
import { suggestSkus } from './suggestions';
import { createProduct, getProduct, updateProduct, upsertSku } from './service';
import { adjustStock, stockMovements } from './stock';
import { checkImportFile, exportProducts, productTemplate } from './import/files';

/** Runs a write and tells open windows the catalog changed. */
async function changed<T>(ctx: CoreContext, write: Promise<T>): Promise<T> {
  const result = await write;
  ctx.emit('data:changed', { namespace: 'catalog' });
  return result;
}

export const catalogHandlers: FeatureHandlers<'catalog'> = {
  listProducts: (input, ctx) => listProducts(ctx.db, input),
  getProduct: (input, ctx) => getProduct(ctx.db, input.id),
  createProduct: (input, ctx) => changed(ctx, createProduct(ctx.db, input)),
  updateProduct: (input, ctx) => changed(ctx, updateProduct(ctx.db, input.id, input.patch)),
  upsertSku: (input, ctx) => changed(ctx, upsertSku(ctx.db, input)),
  setCost: (input, ctx) => changed(ctx, setCost(ctx.db, input)),
  costHistory: (input, ctx) => costHistory(ctx.db, input.skuId),
  upsertListing: (input, ctx) => changed(ctx, upsertListing(ctx.db, input)),
  priceHistory: (input, ctx) => priceHistory(ctx.db, input.listingId),
  addAlias: (input, ctx) => changed(ctx, addAlias(ctx.db, input)),
  removeAlias: (input, ctx) => changed(ctx, removeAlias(ctx.db, input)),
  resolveSku: (input, ctx) => resolveSku(ctx.db, input.storefrontId, input.code),
  suggestSkus: (input, ctx) => suggestSkus(ctx.db, input.code, input.limit),
  adjustStock: (input, ctx) => changed(ctx, adjustStock(ctx.db, input)),
  stockMovements: (input, ctx) => stockMovements(ctx.db, input),
  importProducts: (input, ctx) =>
    ctx.jobs.start('importProducts', {
      dbFile: ctx.dbFile,
      file: checkImportFile(ctx.files.check(input.path)),
    }),
  exportProducts: (input, ctx) => exportProducts(ctx.sqlite, { ...input, path: ctx.files.check(input.path) }),
  productTemplate: (input, ctx) =>
    productTemplate(ctx.sqlite, { ...input, path: ctx.files.check(input.path) }),
};
