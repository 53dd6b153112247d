import type { FeatureHandlers } from '../handlers';
import type { CoreContext } from '../context';
import { createStaff, listStaff, setStaffArchived, updateStaff } from './service';

/** The header's "who is working" switch lists staff: tell every window when the list changes. */
const changed = <T>(ctx: CoreContext, value: T): T => {
  ctx.emit('data:changed', { namespace: 'staff' });
  return value;
};

export const staffHandlers: FeatureHandlers<'staff'> = {
  list: (input, ctx) => listStaff(ctx.db, input?.includeArchived ?? false),
  create: async (input, ctx) => changed(ctx, await createStaff(ctx.db, input)),
  update: async (input, ctx) => changed(ctx, await updateStaff(ctx.db, input.id, input.patch)),
  archive: async (input, ctx) => changed(ctx, await setStaffArchived(ctx.db, input.id, true)),
  restore: async (input, ctx) => changed(ctx, await setStaffArchived(ctx.db, input.id, false)),
};
