import { Alert, List, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../../../shared/logic/money';
import { api } from '../../api';
import { useApiQuery } from '../../hooks/use-api-query';

/**
 * The last full integrity check of the shop's file (recorded beside it by the check on open or the background
 * one after a big file opened) and whether one is running now; reloads when the host says it ended.
 */
export function IntegrityCheckStatus() {
  const { t, i18n } = useTranslation();
  const status = useApiQuery(() => api.backup.integrity(), [], 'recovery');
  const last = status.data?.last ?? null;
  const date = last ? formatDateTime(last.checkedAt, i18n.language) : '';
  return (
    <Stack gap={6} aria-label={t('backup.integrity.title')} component="section">
      <Text fw={500} size="sm">
        {t('backup.integrity.title')}
      </Text>
      {status.data?.running && (
        <Text size="sm" style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <Loader size="xs" />
          {t('backup.integrity.running')}
        </Text>
      )}
      {!last && !status.data?.running && (
        <Text size="sm" c="dimmed">
          {t('backup.integrity.never')}
        </Text>
      )}
      {last?.ok && (
        <Text size="sm" c="teal.8">
          {t('backup.integrity.ok', { date, seconds: formatNumber(last.ms / 1000, i18n.language, 1) })}
        </Text>
      )}
      {last && !last.ok && (
        <Alert color="red" title={t('backup.integrity.problems', { date })}>
          <List size="sm">
            {last.problems.slice(0, 10).map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
