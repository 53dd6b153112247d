import type { FeatureHandlers } from '../handlers';
import { getSettings } from '../settings/service';
import { costsHiddenFor } from '../dashboard/service';
import { getOrder } from './detail';
import { withoutCosts } from './hide-costs';
import { exportOrders } from './export';
import { listOrders } from './list';
import { deleteView, listViews, saveView } from './views';

/** The unified order list, one order's page, the list's export and its saved views. */
export const ordersHandlers: FeatureHandlers<'orders'> = {
  list: (input, ctx) => listOrders(ctx.sqlite, input),
  get: async (input, ctx) => {
    const order = await getOrder(ctx.db, input.id);
    return costsHiddenFor(ctx.sqlite) ? withoutCosts(order) : order;
  },
  export: async (input, ctx) => {
    const { timezone } = await getSettings(ctx.db);
    return exportOrders(ctx.sqlite, { ...input, path: ctx.files.check(input.path) }, timezone);
  },
  views: (_input, ctx) => listViews(ctx.db),
  saveView: async (input, ctx) => {
    const view = await saveView(ctx.db, input);
    ctx.emit('data:changed', { namespace: 'orders' });
    return view;
  },
  deleteView: async (input, ctx) => {
    const done = await deleteView(ctx.db, input.id);
    ctx.emit('data:changed', { namespace: 'orders' });
    return done;
  },
};
