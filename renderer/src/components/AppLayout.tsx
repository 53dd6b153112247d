import { AppShell, Badge, Burger, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router-dom';
import { navItems } from '../navigation';
import {
  ActingStaffSwitch,
  HeaderButtons,
  LanguageSwitch,
  PeriodPicker,
  StorefrontFilter,
} from './HeaderControls';
import { JobProgress } from './JobProgress';

export function AppLayout({ isDemo }: { isDemo: boolean }) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure();
  const location = useLocation();
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('header.openNav')}
            />
            <Title order={4}>{t('app.name')}</Title>
            {isDemo && (
              <Badge color="orange" variant="light">
                {t('demo.badge')}
              </Badge>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <StorefrontFilter />
            <PeriodPicker />
            <ActingStaffSwitch />
            <LanguageSwitch />
            <JobProgress />
            <HeaderButtons />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('header.mainNav')}>
        <AppShell.Section grow component={ScrollArea}>
          {navItems.map((item) => (
            <NavLink
              key={item.key}
              component={RouterLink}
              to={item.path}
              label={t(`nav.${item.key}`)}
              leftSection={<item.icon size={18} stroke={1.6} />}
              active={location.pathname.startsWith(item.path)}
              rightSection={
                item.ready ? undefined : (
                  <Badge size="xs" variant="light" color="gray">
                    {t('nav.soon')}
                  </Badge>
                )
              }
            />
          ))}
        </AppShell.Section>
        <Text size="xs" c="dimmed" p="xs">
          {t('app.tagline')}
        </Text>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
