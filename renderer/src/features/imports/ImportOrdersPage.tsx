import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ImportForm } from './ImportForm';
import { ImportHistory } from './ImportHistory';

/** /orders/import: a storefront's order or fee files in, with progress, every problem, and the history. */
export function ImportOrdersPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('imports.title')}</Title>
      <Text c="dimmed" size="sm" maw={900}>
        {t('imports.intro')}
      </Text>
      <ImportForm />
      <ImportHistory />
    </Stack>
  );
}
