import { useState } from 'react';
import { Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconChevronDown, IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FilePurpose } from '../../../shared/domain/files';
import { api } from '../api';
import { notifyError, notifySuccess } from './notify-error';

export type ExportFormat = 'xlsx' | 'csv';

export interface ExportMenuTexts {
  menu: string;
  xlsx: string;
  csv: string;
  pathTitle: string;
  pathHint: string;
  path: string;
  continue: string;
  /** The success notification for what was written. */
  written(result: { rows: number; path: string }): string;
}

interface Props {
  purpose: FilePurpose;
  texts: ExportMenuTexts;
  defaultName(format: ExportFormat): string;
  write(format: ExportFormat, path: string): Promise<{ rows: number; path: string }>;
}

/**
 * An "Export" menu (xlsx / csv) for any list. The desktop app picks the file in a save dialog; the browser
 * preview has none, so there the person types the path.
 */
export function ExportMenu({ purpose, texts, defaultName, write }: Props) {
  const { t } = useTranslation();
  const [manual, setManual] = useState<ExportFormat | null>(null);
  const [pathText, setPathText] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (format: ExportFormat, path: string) => {
    setBusy(true);
    try {
      notifySuccess(texts.written(await write(format, path)));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const start = async (format: ExportFormat) => {
    try {
      const choice = await api.files.choose({ purpose, defaultName: defaultName(format) });
      if (choice.manual) {
        setPathText('');
        setManual(format);
      } else if (choice.path) await run(format, choice.path);
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            loading={busy}
            leftSection={<IconFileSpreadsheet size={16} />}
            rightSection={<IconChevronDown size={14} />}
          >
            {texts.menu}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void start('xlsx')}>{texts.xlsx}</Menu.Item>
          <Menu.Item onClick={() => void start('csv')}>{texts.csv}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={!!manual} onClose={() => setManual(null)} title={texts.pathTitle} size="lg">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const format = manual;
            if (!format || !pathText.trim()) return;
            setManual(null);
            void run(format, pathText.trim());
          }}
        >
          <Stack>
            <Text size="sm" c="dimmed">
              {texts.pathHint}
            </Text>
            <TextInput
              label={texts.path}
              required
              data-autofocus
              value={pathText}
              placeholder={manual ? `/home/me/${defaultName(manual)}` : undefined}
              onChange={(e) => setPathText(e.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setManual(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" disabled={!pathText.trim()}>
                {texts.continue}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
