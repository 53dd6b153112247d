import type { FeatureHandlers } from '../handlers';
import { createStaff, listStaff, setStaffArchived, updateStaff } from './service';

export const staffHandlers: FeatureHandlers<'staff'> = {
  list: (input, ctx) => listStaff(ctx.db, input?.includeArchived ?? false),
  create: (input, ctx) => createStaff(ctx.db, input),
  update: (input, ctx) => updateStaff(ctx.db, input.id, input.patch),
  archive: (input, ctx) => setStaffArchived(ctx.db, input.id, true),
  restore: (input, ctx) => setStaffArchived(ctx.db, input.id, false),
};
