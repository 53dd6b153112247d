import type { FeatureHandlers } from '../handlers';
import type { Kysely } from 'kysely';
import type { CoreContext } from '../context';
import type { Database } from '../db/schema';
import { addAlias, removeAlias, resolveSku } from './aliases';
import { costHistory, setCost } from './costs';
import { priceHistory, upsertListing } from './listings';
import { listProducts } from './search';
import { suggestSkus } from './suggestions';
import { createProduct, getProduct, updateProduct, upsertSku } from './service';
import { adjustStock, stockMovements } from './stock';
import { checkImportFile, exportProducts, productTemplate } from './import/files';
import { listingWithoutFloor, productWithoutCosts } from './hide-costs';
import { costsHiddenFor, requireCostsVisible } from '../staff/cost-visibility';
import type { ProductDetail } from '../../../shared/domain/catalog';
import { AppError } from '../../../shared/api/result';
import { ensureRollupsFresh } from '../orders/rollups/refresh-rollups';

/** A below-floor refusal names the floor: for the service role it keeps its key and issue but not the figure. */
const withoutFloorFigure = (err: unknown): never => {
  if (!(err instanceof AppError) || err.key !== 'belowFloor') throw err;
  throw new AppError(
    'CONFLICT',
    'The price is below the price floor; give an override reason to sell below it',
    {
      key: 'belowFloor',
      params: { price: err.params?.price ?? 0, currency: err.params?.currency ?? '' },
      issues: err.issues,
    },
  );
};

/** Costs and floors leave core only for owners and operators (PRODUCT.md §10). */
const visible = async (ctx: CoreContext, read: Promise<ProductDetail>): Promise<ProductDetail> => {
  const product = await read;
  return costsHiddenFor(ctx.sqlite) ? { ...productWithoutCosts(product), costsHidden: true } : product;
};
const noCostWrites = (ctx: CoreContext) => requireCostsVisible(ctx.sqlite, 'costRoleCatalog');

/** Runs a write and tells open windows the catalog changed. */
async function changed<T>(ctx: CoreContext, write: Promise<T>): Promise<T> {
  const result = await write;
  ctx.emit('data:changed', { namespace: 'catalog' });
  return result;
}

/**
 * Answers that carry days of cover read units sold off product_day_rollups (stock-cover.ts): refreshed first,
 * so an order edited since the last refresh counts (cheap when nothing is marked).
 */
const salesFresh = (ctx: CoreContext): Kysely<Database> => {
  ensureRollupsFresh(ctx.sqlite);
  return ctx.db;
};

export const catalogHandlers: FeatureHandlers<'catalog'> = {
  listProducts: (input, ctx) => listProducts(salesFresh(ctx), input),
  getProduct: (input, ctx) => visible(ctx, getProduct(salesFresh(ctx), input.id)),
  // A new product's SKUs carry their cost (required): writing costs is not for the service role.
  createProduct: async (input, ctx) => {
    noCostWrites(ctx);
    // A new product has sold nothing yet: its cover needs no rollup refresh.
    return changed(ctx, createProduct(ctx.db, input));
  },
  updateProduct: (input, ctx) =>
    visible(ctx, changed(ctx, updateProduct(salesFresh(ctx), input.id, input.patch))),
  upsertSku: async (input, ctx) => {
    if (input.cost) noCostWrites(ctx);
    return visible(ctx, changed(ctx, upsertSku(salesFresh(ctx), input)));
  },
  setCost: async (input, ctx) => {
    noCostWrites(ctx);
    return changed(ctx, setCost(ctx.db, input));
  },
  costHistory: async (input, ctx) => {
    noCostWrites(ctx);
    return costHistory(ctx.db, input.skuId);
  },
  upsertListing: async (input, ctx) => {
    if (!costsHiddenFor(ctx.sqlite)) return changed(ctx, upsertListing(ctx.db, input));
    // An agent never sees the floor, so a floor it sends (its form's empty field) must not clear the real one.
    const { priceFloorMinor: _floor, ...rest } = input;
    return listingWithoutFloor(await changed(ctx, upsertListing(ctx.db, rest).catch(withoutFloorFigure)));
  },
  priceHistory: (input, ctx) => priceHistory(ctx.db, input.listingId),
  addAlias: (input, ctx) => changed(ctx, addAlias(ctx.db, input)),
  removeAlias: (input, ctx) => changed(ctx, removeAlias(ctx.db, input)),
  resolveSku: (input, ctx) => resolveSku(ctx.db, input.storefrontId, input.code),
  suggestSkus: (input, ctx) => suggestSkus(ctx.db, input.code, input.limit),
  adjustStock: (input, ctx) => changed(ctx, adjustStock(ctx.db, input)),
  stockMovements: (input, ctx) => stockMovements(ctx.db, input),
  // The catalog file carries costs (and a new SKU requires them): no import for the service role.
  importProducts: (input, ctx) => {
    noCostWrites(ctx);
    return ctx.jobs.start('importProducts', {
      dbFile: ctx.dbFile,
      file: checkImportFile(ctx.files.check(input.path)),
    });
  },
  exportProducts: (input, ctx) =>
    exportProducts(ctx.sqlite, { ...input, path: ctx.files.check(input.path) }, costsHiddenFor(ctx.sqlite)),
  productTemplate: (input, ctx) =>
    productTemplate(ctx.sqlite, { ...input, path: ctx.files.check(input.path) }, costsHiddenFor(ctx.sqlite)),
};
