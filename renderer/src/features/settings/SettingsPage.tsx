import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataSafetySection } from './DataSafetySection';
import { FxSection } from './FxSection';
import { RulesSection } from './RulesSection';
import { ShopSection } from './ShopSection';
import { StaffSection } from './StaffSection';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Title order={2}>{t('settings.title')}</Title>
      <ShopSection />
      <RulesSection />
      <StaffSection />
      <FxSection />
      <DataSafetySection />
    </Stack>
  );
}
