import { useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/domain/settings';
import { bpToPercentString, percentToBp } from '../../../../shared/logic/money';
import { notifySuccess, translateIssue } from '../../components/notify-error';
import { useShop } from '../../shop-context';

/** The shop's pricing and stock rules: price floor margin, price spread alert, slow-mover threshold. */
export function RulesSection() {
  const { settings } = useShop();
  // Keyed by the saved values, as ShopSection: a change elsewhere starts the form afresh.
  return settings ? <RulesForm key={JSON.stringify(settings)} settings={settings} /> : null;
}

function RulesForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { updateSettings } = useShop();
  const [margin, setMargin] = useState(bpToPercentString(settings.minMarginBp));
  const [spread, setSpread] = useState(bpToPercentString(settings.priceSpreadAlertBp));
  const [slowDays, setSlowDays] = useState(String(settings.slowMoverDays));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const save = async () => {
    const marginBp = percentToBp(margin);
    const spreadBp = percentToBp(spread);
    const days = /^\d+$/.test(slowDays.trim()) ? Number(slowDays.trim()) : null;
    const next: Record<string, string> = {};
    if (marginBp === null || marginBp < 0 || marginBp > 10_000) next.margin = 'marginBp';
    if (spreadBp === null || spreadBp < 0) next.spread = 'spreadBp';
    if (days === null || days < 1 || days > 3650) next.slowDays = 'slowMoverDays';
    setErrors(next);
    if (Object.keys(next).length) return;
    await updateSettings({ minMarginBp: marginBp!, priceSpreadAlertBp: spreadBp!, slowMoverDays: days! });
    notifySuccess(t('common.saved'));
  };
  const error = (field: string) => (errors[field] ? translateIssue(errors[field]) : undefined);

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-label={t('settings.rules')}>
      <Stack>
        <Title order={3}>{t('settings.rules')}</Title>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <TextInput
            label={t('settings.minMargin')}
            description={t('settings.minMarginHint')}
            inputMode="decimal"
            value={margin}
            onChange={(e) => setMargin(e.currentTarget.value)}
            error={error('margin')}
          />
          <TextInput
            label={t('settings.spreadAlert')}
            description={t('settings.spreadAlertHint')}
            inputMode="decimal"
            value={spread}
            onChange={(e) => setSpread(e.currentTarget.value)}
            error={error('spread')}
          />
          <TextInput
            label={t('settings.slowMoverDays')}
            description={t('settings.slowMoverDaysHint')}
            inputMode="numeric"
            value={slowDays}
            onChange={(e) => setSlowDays(e.currentTarget.value)}
            error={error('slowDays')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button onClick={() => void save().catch(() => undefined)}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
