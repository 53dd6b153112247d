import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

export interface PathTexts {
  title: string;
  hint: string;
  label: string;
  submit: string;
  placeholder: string;
}

/** A feature's words for the step, from its text group's `pathTitle`, `pathHint`, `path` and a submit key. */
export const pathTexts = (t: TFunction, group: string, submit: string, placeholder: string): PathTexts => ({
  title: t(`${group}.pathTitle`),
  hint: t(`${group}.pathHint`),
  label: t(`${group}.path`),
  submit: t(`${group}.${submit}`),
  placeholder,
});

interface Props {
  opened: boolean;
  texts: PathTexts;
  /** What the field holds when it opens (the file chosen before, say); empty by default. */
  initial?: string;
  onClose(): void;
  /** The typed path; the step closes itself after handing it on. */
  onPath(path: string): void;
}

/**
 * Where there is no native dialog (the browser preview), the person types the path — the same step as the
 * ExportMenu's, for a file to import, a report file or the scheduled export's folder.
 */
export function PathModal({ opened, texts, initial, onClose, onPath }: Props) {
  // Modal unmounts its content while closed, so the form starts again from `initial` at every opening.
  return (
    <Modal opened={opened} onClose={onClose} title={texts.title} size="lg">
      <PathForm
        texts={texts}
        initial={initial ?? ''}
        onCancel={onClose}
        onPath={(path) => {
          onClose();
          onPath(path);
        }}
      />
    </Modal>
  );
}

function PathForm({
  texts,
  initial,
  onCancel,
  onPath,
}: {
  texts: PathTexts;
  initial: string;
  onCancel(): void;
  onPath(path: string): void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        onPath(text.trim());
      }}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {texts.hint}
        </Text>
        <TextInput
          label={texts.label}
          required
          data-autofocus
          value={text}
          placeholder={texts.placeholder}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" disabled={!text.trim()}>
            {texts.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
