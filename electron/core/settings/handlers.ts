import type { FeatureHandlers } from '../handlers';
import { getSettings, updateSettings } from './service';

export const settingsHandlers: FeatureHandlers<'settings'> = {
  get: (_input, ctx) => getSettings(ctx.db),
  update: async (input, ctx) => {
    const settings = await updateSettings(ctx.db, input);
    return settings;
  },
};
