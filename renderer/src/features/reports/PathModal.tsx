import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  title: string;
  hint: string;
  label: string;
  submit: string;
  placeholder: string;
  onClose(): void;
  onPath(path: string): void;
}

/**
 * Where there is no native dialog (the browser preview), the person types the path — the same step as the
 * ExportMenu's, for a report file or the scheduled export's folder.
 */
export function PathModal({ opened, title, hint, label, submit, placeholder, onClose, onPath }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          onPath(text.trim());
          setText('');
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
          <TextInput
            label={label}
            required
            data-autofocus
            value={text}
            placeholder={placeholder}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!text.trim()}>
              {submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
