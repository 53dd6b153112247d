import { Center, Loader, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UpgradeProgress } from '../../../../shared/domain/recovery';

/**
 * Shown while the host brings an older file up to date (recovery/upgrade.ts) instead of a window that seems
 * frozen: which step of how many, what it does, and that closing now loses nothing (each step is one
 * transaction). Progress is per step: the longest one (daily rollups) is a single SQL statement.
 */
export function UpgradeScreen({ upgrade, now }: { upgrade: UpgradeProgress; now: number }) {
  const { t } = useTranslation();
  const finishing = upgrade.current === null;
  const name = upgrade.current
    ? t(`recovery.upgrade.steps.${upgrade.current}`, { defaultValue: upgrade.current })
    : '';
  const seconds = Math.max(0, Math.round((now - Date.parse(upgrade.startedAt)) / 1000));
  return (
    <Center mih="100vh" p="lg">
      <Paper withBorder shadow="sm" radius="md" p="xl" maw={620} w="100%" component="main">
        <Stack>
          <Title order={2}>{t('recovery.upgrade.title')}</Title>
          <Text>{t('recovery.upgrade.intro', { from: upgrade.from, to: upgrade.to })}</Text>
          <Progress
            value={upgrade.total > 0 ? ((upgrade.done + 0.5) / upgrade.total) * 100 : 100}
            animated
            size="lg"
            aria-label={t('recovery.upgrade.title')}
          />
          <Stack gap={4}>
            <Text fw={500} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
              <Loader size="xs" />
              {finishing
                ? t('recovery.upgrade.finishing')
                : t('recovery.upgrade.step', { step: upgrade.done + 1, total: upgrade.total, name })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('recovery.upgrade.elapsed', { seconds })}
            </Text>
          </Stack>
          <Text size="sm" c="dimmed">
            {t('recovery.upgrade.safe')}
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
