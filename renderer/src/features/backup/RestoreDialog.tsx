import { useState } from 'react';
import { Alert, Button, Code, Group, List, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RestoreSummary } from '../../../../shared/domain/backup';
import { formatDateTime } from '../../../../shared/logic/money';
import { api } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';

export interface RestoreTarget {
  path: string;
  name: string;
  /** Known for backups listed from the data folder; a picked file shows its path only. */
  createdAt?: string;
}

/** Reloads every page's data after a swap: the simplest way to be sure nothing shows the old file. */
export const reloadApp = (): void => window.location.reload();

/**
 * "Restore this backup?": says what will happen (check, keep the current database, swap, reload) before the
 * person confirms; the restore itself runs in the core, which refuses a bad file without changing anything.
 */
export function RestoreDialog({
  target,
  onClose,
  onRestored = reloadApp,
}: {
  target: RestoreTarget | null;
  onClose(): void;
  onRestored?: (summary: RestoreSummary) => void;
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    if (!target) return;
    setBusy(true);
    try {
      const summary = await api.backup.restore({ path: target.path });
      notifySuccess(
        summary.preRestoreBackup
          ? t('backup.restored', { file: target.name, kept: summary.preRestoreBackup })
          : t('backup.restoredNoKept', { file: target.name }),
      );
      onClose();
      onRestored(summary);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={target !== null} onClose={onClose} title={t('backup.confirmTitle')} size="lg">
      {target && (
        <Stack>
          <Table withRowBorders={false} verticalSpacing={4}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={120}>{t('backup.confirmFile')}</Table.Th>
                <Table.Td>
                  <Code>{target.path}</Code>
                </Table.Td>
              </Table.Tr>
              {target.createdAt && (
                <Table.Tr>
                  <Table.Th>{t('backup.confirmMade')}</Table.Th>
                  <Table.Td>{formatDateTime(target.createdAt, i18n.language)}</Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
          <Text size="sm" fw={500}>
            {t('backup.confirmSteps')}
          </Text>
          <List type="ordered" size="sm" spacing={4}>
            <List.Item>{t('backup.step1')}</List.Item>
            <List.Item>{t('backup.step2')}</List.Item>
            <List.Item>{t('backup.step3')}</List.Item>
          </List>
          <Alert color="orange">{t('backup.confirmLoss')}</Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button color="orange" loading={busy} onClick={() => void confirm()}>
              {t('backup.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
