import type { FeatureHandlers } from '../handlers';
import { savePurposes } from '../../../shared/domain/files';
import { getSettings } from '../settings/service';
import { dialogTexts } from './dialog-texts';

export const filesHandlers: FeatureHandlers<'files'> = {
  choose: async (input, ctx) => {
    const dialogs = ctx.files.dialogs;
    if (!dialogs) return { path: null, manual: true };
    const { language } = await getSettings(ctx.db);
    const picked = await dialogs.show({
      mode: savePurposes.includes(input.purpose) ? 'save' : 'open',
      purpose: input.purpose,
      defaultName: input.defaultName,
      ...dialogTexts(language, input.purpose, input.defaultName),
    });
    if (picked) ctx.files.remember(picked);
    return { path: picked, manual: false };
  },
};
