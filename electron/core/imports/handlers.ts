import type { FeatureHandlers } from '../handlers';
import type { CoreContext } from '../context';
import { notFound } from '../../../shared/api/result';
import { checkImportFile } from '../catalog/import/files';
import { importHistory } from './history';
import { inspectFile, saveImportMapping } from './inspect';

async function requireStorefront(ctx: CoreContext, id: string): Promise<void> {
  const row = await ctx.db.selectFrom('storefronts').select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('storefront', id);
}

/** Order and fee imports run as jobs (worker thread, progress, cancel); the job's message is the summary JSON. */
export const importsHandlers: FeatureHandlers<'imports'> = {
  importOrders: async (input, ctx) => {
    await requireStorefront(ctx, input.storefrontId);
    const files = input.files.map((f) => checkImportFile(ctx.files.check(f)));
    return ctx.jobs.start('importOrders', {
      dbFile: ctx.dbFile,
      storefrontId: input.storefrontId,
      files,
      format: input.format,
    });
  },
  importFees: async (input, ctx) => {
    await requireStorefront(ctx, input.storefrontId);
    const files = input.files.map((f) => checkImportFile(ctx.files.check(f)));
    return ctx.jobs.start('importFees', { dbFile: ctx.dbFile, storefrontId: input.storefrontId, files });
  },
  history: (input, ctx) => importHistory(ctx.db, input),
  inspectFile: async (input, ctx) => {
    await requireStorefront(ctx, input.storefrontId);
    const file = checkImportFile(ctx.files.check(input.path));
    return inspectFile(ctx.sqlite, input.storefrontId, file, input.statusHeader);
  },
  saveMapping: (input, ctx) => saveImportMapping(ctx.db, ctx.sqlite, input),
};
