import type { FeatureHandlers } from '../handlers';
import type { FileChoice } from '../../../shared/domain/files';
import type { Language } from '../../../shared/domain/settings';
import type { FileChoiceInput } from '../../../shared/api/schemas/files';
import { folderPurposes, savePurposes } from '../../../shared/domain/files';
import { getSettings } from '../settings/service';
import { dialogTexts } from './dialog-texts';
import type { FileAccess } from './dialogs';

/** The host's dialog in `language`, remembering the picked path; `manual` where the host has no dialogs. */
export async function showFileChoice(
  files: FileAccess,
  language: () => Promise<Language> | Language,
  input: FileChoiceInput,
): Promise<FileChoice> {
  const dialogs = files.dialogs;
  if (!dialogs) return { path: null, manual: true };
  const picked = await dialogs.show({
    mode: folderPurposes.includes(input.purpose)
      ? 'folder'
      : savePurposes.includes(input.purpose)
        ? 'save'
        : 'open',
    purpose: input.purpose,
    defaultName: input.defaultName,
    ...dialogTexts(await language(), input.purpose, input.defaultName),
  });
  if (picked) files.remember(picked);
  return { path: picked, manual: false };
}

export const filesHandlers: FeatureHandlers<'files'> = {
  choose: (input, ctx) => showFileChoice(ctx.files, async () => (await getSettings(ctx.db)).language, input),
};
