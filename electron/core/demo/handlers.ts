import type { FeatureHandlers } from '../handlers';
import { demoStatus, openDemoShop } from './service';

export const demoHandlers: FeatureHandlers<'demo'> = {
  status: (_input, ctx) => demoStatus(ctx.db),
  open: async (_input, ctx) => {
    const status = await openDemoShop(ctx.db, ctx.sqlite);
    ctx.emit('data:changed', { namespace: 'storefronts' });
    ctx.emit('data:changed', { namespace: 'staff' });
    ctx.emit('data:changed', { namespace: 'settings' });
    ctx.emit('data:changed', { namespace: 'catalog' });
    ctx.emit('data:changed', { namespace: 'fx' });
    ctx.emit('data:changed', { namespace: 'orders' });
    ctx.emit('data:changed', { namespace: 'customers' });
    return status;
  },
};
