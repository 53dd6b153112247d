import type { FeatureHandlers } from '../handlers';
import type { CoreContext } from '../context';
import { getCustomer } from './detail';
import { listCustomers } from './list';
import { mergeCustomers } from './merge';
import { exportSegment } from './segments';
import { splitCustomer } from './split';
import { ensureCustomerStats } from './stats';
import { costsHiddenFor } from '../staff/cost-visibility';
import type { CustomerSummary } from '../../../shared/domain/customers';

/** The service role sees a customer's spend but not the profit made on them (PRODUCT.md §10). */
const visible = <T extends CustomerSummary>(ctx: CoreContext, c: T): T =>
  costsHiddenFor(ctx.sqlite) ? { ...c, grossProfitMinor: null } : c;

/**
 * Runs raw-connection work while holding Kysely's single connection, so no Kysely transaction interleaves
 * with ours (pricing/repricing.ts does the same). Reads may write too: the first read builds the figures and
 * the first read of a shop day re-ranks RFM (stats.ts ensureCustomerStats).
 */
const exclusive = <T>(ctx: CoreContext, fn: () => T | Promise<T>): Promise<T> =>
  ctx.db.connection().execute(async () => {
    ensureCustomerStats(ctx.sqlite);
    return fn();
  });

const changed = <T>(ctx: CoreContext, result: T): T => {
  ctx.emit('data:changed', { namespace: 'customers' });
  return result;
};

export const customersHandlers: FeatureHandlers<'customers'> = {
  list: (input, ctx) =>
    exclusive(ctx, () => {
      const page = listCustomers(ctx.sqlite, input);
      return { ...page, rows: page.rows.map((c) => visible(ctx, c)) };
    }),
  get: (input, ctx) => exclusive(ctx, () => visible(ctx, getCustomer(ctx.sqlite, input.id, input))),
  merge: (input, ctx) =>
    exclusive(ctx, () => {
      const { targetId, mergedIds, ordersMoved, identitiesMoved } = mergeCustomers(ctx.sqlite, input);
      return changed(ctx, {
        customer: visible(ctx, getCustomer(ctx.sqlite, targetId)),
        mergedIds,
        ordersMoved,
        identitiesMoved,
      });
    }),
  split: (input, ctx) =>
    exclusive(ctx, () => {
      const { customerId, fromId, ordersMoved, identitiesMoved } = splitCustomer(ctx.sqlite, input);
      return changed(ctx, {
        customer: visible(ctx, getCustomer(ctx.sqlite, customerId)),
        fromId,
        ordersMoved,
        identitiesMoved,
      });
    }),
  exportSegment: (input, ctx) =>
    exclusive(ctx, () =>
      exportSegment(ctx.sqlite, { ...input, path: ctx.files.check(input.path) }, costsHiddenFor(ctx.sqlite)),
    ),
};
