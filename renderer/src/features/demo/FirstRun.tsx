import { useState } from 'react';
import { Button, Card, Center, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingStore, IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DemoStatus } from '../../../../shared/domain/demo';
import { api } from '../../api';
import { LanguageSwitch } from '../../components/HeaderControls';
import { notifyError, notifySuccess } from '../../components/notify-error';

const DISMISSED = 'cd.firstRunDismissed';

/** An empty real shop should not be asked again after the person chose to start empty. */
export const firstRunDismissed = (): boolean => localStorage.getItem(DISMISSED) === '1';

/** First start on an empty database: open the demo shop, or start with an empty one. */
export function FirstRun({ onDone }: { onDone(status: DemoStatus): void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  const openDemo = async () => {
    setBusy(true);
    try {
      const status = await api.demo.open();
      notifySuccess(t('demo.opened'));
      onDone(status);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const startEmpty = async () => {
    localStorage.setItem(DISMISSED, '1');
    onDone(await api.demo.status());
  };

  return (
    <Center mih="100vh" p="lg">
      <Stack maw={760} gap="lg">
        <Group justify="space-between">
          <Title order={1}>{t('demo.welcome')}</Title>
          <LanguageSwitch />
        </Group>
        <Text c="dimmed">{t('demo.intro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Card withBorder padding="lg" radius="md">
            <Stack>
              <ThemeIcon size={44} radius="xl" variant="light" color="orange">
                <IconSparkles />
              </ThemeIcon>
              <Text size="sm">{t('demo.openDemoHint')}</Text>
              <Button onClick={() => void openDemo()} loading={busy}>
                {t('demo.openDemo')}
              </Button>
            </Stack>
          </Card>
          <Card withBorder padding="lg" radius="md">
            <Stack>
              <ThemeIcon size={44} radius="xl" variant="light">
                <IconBuildingStore />
              </ThemeIcon>
              <Text size="sm">{t('demo.startEmptyHint')}</Text>
              <Button variant="default" onClick={() => void startEmpty().catch(notifyError)} disabled={busy}>
                {t('demo.startEmpty')}
              </Button>
            </Stack>
          </Card>
        </SimpleGrid>
      </Stack>
    </Center>
  );
}
