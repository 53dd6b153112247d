import { useState } from 'react';
import { Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconChevronDown, IconFileSpreadsheet } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { OrderFilters, OrderSort, SortDirection } from '../../../../shared/domain/order-list';
import { api } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';

interface Props {
  filters: OrderFilters;
  sort: OrderSort;
  direction: SortDirection;
}

type Format = 'xlsx' | 'csv';

/**
 * Exports every order the current filters match (not only the page in view). The desktop app picks the file
 * in a save dialog; the browser preview has none, so there the person types the path.
 */
export function OrderExport({ filters, sort, direction }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const [manual, setManual] = useState<Format | null>(null);
  const [pathText, setPathText] = useState('');
  const [busy, setBusy] = useState(false);
  const defaultName = (format: Format) => `channeldesk-orders-${dayjs().format('YYYY-MM-DD')}.${format}`;

  const run = async (format: Format, path: string) => {
    setBusy(true);
    try {
      const written = await api.orders.export({ path, lang, format, filters, sort, direction });
      notifySuccess(t('orders.exported', { rows: written.rows, path: written.path }));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const start = async (format: Format) => {
    try {
      const choice = await api.files.choose({ purpose: 'orderExport', defaultName: defaultName(format) });
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
            {t('orders.export')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void start('xlsx')}>{t('orders.exportXlsx')}</Menu.Item>
          <Menu.Item onClick={() => void start('csv')}>{t('orders.exportCsv')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={!!manual} onClose={() => setManual(null)} title={t('orders.pathTitle')} size="lg">
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
              {t('orders.pathHint')}
            </Text>
            <TextInput
              label={t('orders.path')}
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
                {t('orders.continue')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
