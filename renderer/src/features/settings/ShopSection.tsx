import { useState } from 'react';
import { Autocomplete, Button, Group, Paper, Select, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language, Settings } from '../../../../shared/domain/settings';
import { currencySchema, timezoneSchema } from '../../../../shared/api/schemas/common';
import { notifySuccess, translateIssue } from '../../components/notify-error';
import { useShop } from '../../shop-context';

const currencies = ['CNY', 'USD', 'EUR', 'GBP', 'HKD', 'JPY', 'KRW', 'AUD', 'CAD', 'SGD', 'TWD'];
const timeZones =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Asia/Shanghai'];

export function ShopSection() {
  const { settings } = useShop();
  // Keyed by the saved values: when they change elsewhere (language switch, CLI), the form starts afresh.
  return settings ? <ShopForm key={JSON.stringify(settings)} settings={settings} /> : null;
}

function ShopForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { updateSettings } = useShop();
  const [currency, setCurrency] = useState(settings.baseCurrency);
  const [timezone, setTimezone] = useState(settings.timezone);
  const [language, setLanguage] = useState<Language>(settings.language);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const save = async () => {
    const c = currencySchema.safeParse(currency);
    const z = timezoneSchema.safeParse(timezone);
    const next: Record<string, string> = {};
    if (!c.success) next.currency = c.error.issues[0]?.message ?? 'currency';
    if (!z.success) next.timezone = z.error.issues[0]?.message ?? 'timezone';
    setErrors(next);
    if (Object.keys(next).length) return;
    await updateSettings({ baseCurrency: currency, timezone, language });
    notifySuccess(t('common.saved'));
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-label={t('settings.shop')}>
      <Stack>
        <Title order={3}>{t('settings.shop')}</Title>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Autocomplete
            label={t('settings.baseCurrency')}
            description={t('settings.baseCurrencyHint')}
            data={currencies}
            value={currency}
            onChange={(v) => setCurrency(v.toUpperCase())}
            maxLength={3}
            error={errors.currency ? translateIssue(errors.currency) : undefined}
          />
          <Select
            label={t('settings.timezone')}
            description={t('settings.timezoneHint')}
            data={[...new Set([timezone, ...timeZones].filter(Boolean))]}
            value={timezone}
            onChange={(v) => v && setTimezone(v)}
            searchable
            limit={50}
            error={errors.timezone ? translateIssue(errors.timezone) : undefined}
          />
          <Select
            label={t('settings.language')}
            description=" "
            data={[
              { value: 'zh-CN', label: '简体中文' },
              { value: 'en', label: 'English' },
            ]}
            value={language}
            onChange={(v) => v && setLanguage(v as Language)}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button onClick={() => void save().catch(() => undefined)}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
