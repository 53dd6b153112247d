import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FilePurpose } from '../../../../shared/domain/files';
import { api } from '../../api';
import { notifyError } from '../../components/notify-error';

/**
 * A file for a backup: the app's native dialog, or — in the browser preview, which has none — a typed path
 * (the same flow as ExportMenu). `onPicked` gets the path; cancelling does nothing.
 */
export function usePickedPath(options: {
  purpose: FilePurpose;
  title: string;
  onPicked(path: string): void;
}): { pick(defaultName?: string): Promise<void>; prompt: ReactNode } {
  const { t } = useTranslation();
  const [placeholder, setPlaceholder] = useState<string | null>(null);
  const [text, setText] = useState('');

  const pick = async (defaultName?: string) => {
    try {
      const choice = await api.files.choose({ purpose: options.purpose, defaultName });
      if (choice.manual) {
        setText('');
        setPlaceholder(`/home/me/${defaultName ?? 'channeldesk-backup.db'}`);
      } else if (choice.path) options.onPicked(choice.path);
    } catch (err) {
      notifyError(err);
    }
  };

  const close = () => setPlaceholder(null);
  const prompt = (
    <Modal opened={placeholder !== null} onClose={close} title={options.title} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          close();
          options.onPicked(text.trim());
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {t('backup.pathHint')}
          </Text>
          <TextInput
            label={t('backup.path')}
            required
            data-autofocus
            value={text}
            placeholder={placeholder ?? undefined}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!text.trim()}>
              {t('backup.continue')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
  return { pick, prompt };
}
