import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconHourglassHigh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { NavKey } from '../navigation';

/** An honest empty state for areas not built yet: no sample figures that could be mistaken for real ones. */
export function ComingSoon({ area }: { area: NavKey }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Center h="60vh">
      <Stack align="center" maw={520} gap="sm">
        <ThemeIcon size={56} radius="xl" variant="light">
          <IconHourglassHigh size={30} />
        </ThemeIcon>
        <Title order={2} ta="center">
          {t('comingSoon.title', { area: t(`nav.${area}`) })}
        </Title>
        <Text c="dimmed" ta="center">
          {t('comingSoon.body')}
        </Text>
        <Button variant="light" onClick={() => navigate('/storefronts')}>
          {t('comingSoon.goStorefronts')}
        </Button>
      </Stack>
    </Center>
  );
}
