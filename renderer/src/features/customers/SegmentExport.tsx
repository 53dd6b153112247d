import { useState } from 'react';
import { Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconChevronDown, IconFileSpreadsheet } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CustomerFilter } from '../../../../shared/api/schemas/customers';
import { api } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';

type Format = 'xlsx' | 'csv';

/**
 * Writes the customers the list shows (its tier, storefront and search) to a file for coupons and win-back
 * campaigns. The desktop app asks where in a save dialog; the browser preview has none, so there the person
 * types the path.
 */
export function SegmentExport({ filter }: { filter: CustomerFilter }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const [manual, setManual] = useState<Format | null>(null);
  const [pathText, setPathText] = useState('');
  const [busy, setBusy] = useState(false);

  const write = async (format: Format, path: string) => {
    setBusy(true);
    try {
      const written = await api.customers.exportSegment({ ...filter, path, lang, format });
      notifySuccess(t('customers.exported', { rows: written.rows, path: written.path }));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const start = async (format: Format) => {
    const name = `channeldesk-customers-${filter.tier ?? 'all'}-${dayjs().format('YYYY-MM-DD')}.${format}`;
    try {
      const choice = await api.files.choose({ purpose: 'customerExport', defaultName: name });
      if (choice.manual) {
        setPathText('');
        setManual(format);
      } else if (choice.path) await write(format, choice.path);
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
            {t('customers.exportMenu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void start('xlsx')}>{t('customers.exportXlsx')}</Menu.Item>
          <Menu.Item onClick={() => void start('csv')}>{t('customers.exportCsv')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={!!manual} onClose={() => setManual(null)} title={t('customers.pathTitle')} size="lg">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const format = manual;
            if (!format || !pathText.trim()) return;
            setManual(null);
            void write(format, pathText.trim());
          }}
        >
          <Stack>
            <Text size="sm" c="dimmed">
              {t('customers.pathHint')}
            </Text>
            <TextInput
              label={t('customers.path')}
              required
              data-autofocus
              value={pathText}
              placeholder={`/home/me/customers.${manual ?? 'xlsx'}`}
              onChange={(e) => setPathText(e.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setManual(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" disabled={!pathText.trim()}>
                {t('customers.continue')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
