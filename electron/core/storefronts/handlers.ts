import type { FeatureHandlers } from '../handlers';
import {
  createStorefront,
  getStorefront,
  listStorefronts,
  setStorefrontArchived,
  updateStorefront,
} from './service';

export const storefrontsHandlers: FeatureHandlers<'storefronts'> = {
  list: (input, ctx) => listStorefronts(ctx.db, input?.includeArchived ?? false),
  get: (input, ctx) => getStorefront(ctx.db, input.id),
  create: async (input, ctx) => {
    const created = await createStorefront(ctx.db, input);
    ctx.emit('data:changed', { namespace: 'storefronts' });
    return created;
  },
  update: async (input, ctx) => {
    const updated = await updateStorefront(ctx.db, input.id, input.patch);
    ctx.emit('data:changed', { namespace: 'storefronts' });
    return updated;
  },
  archive: async (input, ctx) => {
    const archived = await setStorefrontArchived(ctx.db, input.id, true);
    ctx.emit('data:changed', { namespace: 'storefronts' });
    return archived;
  },
  restore: async (input, ctx) => {
    const restored = await setStorefrontArchived(ctx.db, input.id, false);
    ctx.emit('data:changed', { namespace: 'storefronts' });
    return restored;
  },
};
