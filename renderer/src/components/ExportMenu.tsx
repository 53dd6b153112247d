import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileSpreadsheet } from '@tabler/icons-react';
import type { FilePurpose } from '../../../shared/domain/files';
import { api } from '../api';
import { notifyError, notifySuccess } from './notify-error';
import { PathModal } from './PathModal';

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
  const [manual, setManual] = useState<ExportFormat | null>(null);
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
      if (choice.manual) setManual(format);
      else if (choice.path) await run(format, choice.path);
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
      <PathModal
        opened={!!manual}
        texts={{
          title: texts.pathTitle,
          hint: texts.pathHint,
          label: texts.path,
          submit: texts.continue,
          placeholder: manual ? `/home/me/${defaultName(manual)}` : '',
        }}
        onClose={() => setManual(null)}
        onPath={(path) => {
          if (manual) void run(manual, path);
        }}
      />
    </>
  );
}
