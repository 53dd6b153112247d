import { useEffect, useState } from 'react';
import { MantineProvider, Center, Loader } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { HashRouter, Navigate, Route, Routes } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import 'dayjs/locale/zh-cn';
import type { DemoStatus } from '../../shared/domain/demo';
import { api } from './api';
import { AppLayout } from './components/AppLayout';
import { CommandPalette } from './components/CommandPalette';
import { ComingSoon } from './components/ComingSoon';
import { notifyError } from './components/notify-error';
import { FirstRun, firstRunDismissed } from './features/demo/FirstRun';
import { SettingsPage } from './features/settings/SettingsPage';
import { StorefrontsPage } from './features/storefronts/StorefrontsPage';
import { navItems } from './navigation';
import { ShopProvider } from './shop-context';
import { theme } from './theme';

function AppRoutes() {
  const { t } = useTranslation();
  const [demo, setDemo] = useState<DemoStatus>();
  const [showFirstRun, setShowFirstRun] = useState(false);

  useEffect(() => {
    api.demo
      .status()
      .then((status) => {
        setDemo(status);
        setShowFirstRun(status.empty && !firstRunDismissed());
      })
      .catch(notifyError);
  }, []);

  if (!demo) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (showFirstRun) {
    return (
      <FirstRun
        onDone={(status) => {
          setDemo(status);
          setShowFirstRun(false);
        }}
      />
    );
  }
  return (
    <>
      <CommandPalette />
      <Routes>
        <Route element={<AppLayout isDemo={demo.isDemo} />}>
          <Route index element={<Navigate to={demo.empty ? '/storefronts' : '/dashboard'} replace />} />
          <Route path="/storefronts" element={<StorefrontsPage />} />
          <Route path="/settings" element={<SettingsPage />} />
          {navItems
            .filter((item) => !item.ready)
            .map((item) => (
              <Route key={item.key} path={item.path} element={<ComingSoon area={t(`nav.${item.key}`)} />} />
            ))}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Route>
      </Routes>
    </>
  );
}

export function App() {
  const { i18n } = useTranslation();
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <DatesProvider settings={{ locale: i18n.language === 'zh-CN' ? 'zh-cn' : 'en', firstDayOfWeek: 1 }}>
        <Notifications position="bottom-right" />
        <ModalsProvider>
          <HashRouter>
            <ShopProvider>
              <AppRoutes />
            </ShopProvider>
          </HashRouter>
        </ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
