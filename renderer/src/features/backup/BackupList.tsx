import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupFile, BackupKind } from '../../../../shared/domain/backup';
import { formatDateTime, formatNumber } from '../../../../shared/logic/money';

export const backupSize = (bytes: number, locale: string) =>
  bytes < 1024 * 1024
    ? `${formatNumber(Math.ceil(bytes / 1024), locale, 0)} KB`
    : `${formatNumber(bytes / 1024 / 1024, locale, 1)} MB`;

const kindColor: Record<BackupKind, string> = { automatic: 'gray', manual: 'blue', preRestore: 'orange' };

/** The backups in the data folder, newest first, each with its kind and a Restore button. */
export function BackupList({
  backups,
  onRestore,
}: {
  backups: BackupFile[] | undefined;
  onRestore(backup: BackupFile): void;
}) {
  const { t, i18n } = useTranslation();
  if (backups?.length === 0) return <Text c="dimmed">{t('settings.noBackups')}</Text>;
  if (!backups) return null;
  return (
    <Table verticalSpacing="xs" aria-label={t('settings.backups')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('settings.backupFile')}</Table.Th>
          <Table.Th>{t('backup.kind')}</Table.Th>
          <Table.Th>{t('settings.backupDate')}</Table.Th>
          <Table.Th>{t('settings.backupSize')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((b) => (
          <Table.Tr key={b.path}>
            <Table.Td>{b.name}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={kindColor[b.kind]}>
                {t(`backup.kinds.${b.kind}`)}
              </Badge>
            </Table.Td>
            <Table.Td>{formatDateTime(b.createdAt, i18n.language)}</Table.Td>
            <Table.Td>{backupSize(b.sizeBytes, i18n.language)}</Table.Td>
            <Table.Td ta="right">
              <Button
                size="compact-sm"
                variant="subtle"
                aria-label={t('backup.restoreNamed', { name: b.name })}
                onClick={() => onRestore(b)}
              >
                {t('backup.restore')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
