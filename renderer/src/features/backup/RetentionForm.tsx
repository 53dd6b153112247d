import { useState } from 'react';
import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/domain/settings';
import { notifySuccess, translateIssue } from '../../components/notify-error';
import { useShop } from '../../shop-context';

/** How many daily and weekly automatic backups stay (pruning: shared/logic/backup-retention.ts). */
export function RetentionSection() {
  const { settings } = useShop();
  // Keyed by the saved values (as RulesSection): a change elsewhere starts the form afresh.
  return settings ? (
    <RetentionForm key={`${settings.backupKeepDays}/${settings.backupKeepWeeks}`} settings={settings} />
  ) : null;
}

const wholeIn = (text: string, min: number, max: number): number | null => {
  const value = /^\d+$/.test(text.trim()) ? Number(text.trim()) : null;
  return value !== null && value >= min && value <= max ? value : null;
};

function RetentionForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { updateSettings } = useShop();
  const [days, setDays] = useState(String(settings.backupKeepDays));
  const [weeks, setWeeks] = useState(String(settings.backupKeepWeeks));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const save = async () => {
    const keepDays = wholeIn(days, 1, 3650);
    const keepWeeks = wholeIn(weeks, 0, 520);
    const next: Record<string, string> = {};
    if (keepDays === null) next.days = 'keepDays';
    if (keepWeeks === null) next.weeks = 'keepWeeks';
    setErrors(next);
    if (keepDays === null || keepWeeks === null) return;
    await updateSettings({ backupKeepDays: keepDays, backupKeepWeeks: keepWeeks });
    notifySuccess(t('backup.retentionSaved'));
  };

  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('backup.retention')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('backup.retentionHint')}
      </Text>
      <Group align="flex-end">
        <SimpleGrid cols={2} style={{ flex: 1, maxWidth: 520 }}>
          <TextInput
            label={t('backup.keepDays')}
            inputMode="numeric"
            value={days}
            onChange={(e) => setDays(e.currentTarget.value)}
            error={errors.days ? translateIssue(errors.days) : undefined}
          />
          <TextInput
            label={t('backup.keepWeeks')}
            inputMode="numeric"
            value={weeks}
            onChange={(e) => setWeeks(e.currentTarget.value)}
            error={errors.weeks ? translateIssue(errors.weeks) : undefined}
          />
        </SimpleGrid>
        <Button variant="default" onClick={() => void save().catch(() => undefined)}>
          {t('backup.saveRetention')}
        </Button>
      </Group>
    </Stack>
  );
}
