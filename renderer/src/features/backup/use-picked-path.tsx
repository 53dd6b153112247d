import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilePurpose } from '../../../../shared/domain/files';
import { api } from '../../api';
import { notifyError } from '../../components/notify-error';
import { PathModal } from '../../components/PathModal';

/**
 * A file for a backup: the app's native dialog, or — in the browser preview, which has none — a typed path
 * (PathModal, the same step as ExportMenu's). `onPicked` gets the path; cancelling does nothing.
 */
export function usePickedPath(options: {
  purpose: FilePurpose;
  title: string;
  onPicked(path: string): void;
}): { pick(defaultName?: string): Promise<void>; prompt: ReactNode } {
  const { t } = useTranslation();
  const [placeholder, setPlaceholder] = useState<string | null>(null);

  const pick = async (defaultName?: string) => {
    try {
      const choice = await api.files.choose({ purpose: options.purpose, defaultName });
      if (choice.manual) setPlaceholder(`/home/me/${defaultName ?? 'channeldesk-backup.db'}`);
      else if (choice.path) options.onPicked(choice.path);
    } catch (err) {
      notifyError(err);
    }
  };

  const prompt = (
    <PathModal
      opened={placeholder !== null}
      texts={{
        title: options.title,
        hint: t('backup.pathHint'),
        label: t('backup.path'),
        submit: t('backup.continue'),
        placeholder: placeholder ?? '',
      }}
      onClose={() => setPlaceholder(null)}
      onPath={options.onPicked}
    />
  );
  return { pick, prompt };
}
