import { useEffect, useState, type ComponentType } from 'react';
import { Alert, Center, Loader, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { HashRouter, Navigate, Route, Routes, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import 'dayjs/locale/zh-cn';
import type { DemoStatus } from '../../shared/domain/demo';
import { takeFirstCall } from './first-calls';
import { AppLayout } from './components/AppLayout';
import { CommandPalette } from './components/CommandPalette';
import { errorText } from './components/notify-error';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { FirstRun, firstRunDismissed } from './features/demo/FirstRun';
import { RecoveryGate } from './features/recovery/RecoveryGate';
import {
  AgentStatsPage,
  BelowFloorPage,
  CatalogPage,
  CustomerDetailPage,
  CustomersPage,
  DashboardProductsPage,
  ImportOrdersPage,
  OrderDetailPage,
  OrdersPage,
  PricingPage,
  ProductDetailPage,
  PromotionsPage,
  ReportsPage,
  Routed,
  SettingsPage,
  StorefrontsPage,
  SurveysPage,
  TicketDetailPage,
  TicketImportPage,
  TicketSetupPage,
  TicketsPage,
  UnmatchedSkusPage,
} from './lazy-pages';
import { navItems, type NavKey } from './navigation';
import { ShopProvider } from './shop-context';
import { theme } from './theme';

/** One page per feature area; a Record so that adding an area to the navigation without a page fails to compile. */
const pages: Record<NavKey, ComponentType> = {
  dashboard: DashboardPage,
  orders: OrdersPage,
  customers: CustomersPage,
  catalog: CatalogPage,
  pricing: PricingPage,
  promotions: PromotionsPage,
  tickets: TicketsPage,
  surveys: SurveysPage,
  reports: ReportsPage,
  storefronts: StorefrontsPage,
  settings: SettingsPage,
};

export function AppRoutes() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [demo, setDemo] = useState<DemoStatus>();
  const [showFirstRun, setShowFirstRun] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  /** Where "/" leads; after the first-run choice it is the storefronts, whatever the shop now holds. */
  const [home, setHome] = useState<string>();

  useEffect(() => {
    takeFirstCall('demo.status')
      .then((status) => {
        setDemo(status);
        setShowFirstRun(status.empty && !firstRunDismissed());
      })
      .catch(setFailure);
  }, []);

  // Without the first answer nothing else can work (wrong token, server gone): say so instead of spinning.
  if (failure) {
    const { title, body } = errorText(failure);
    return (
      <Center h="100vh" p="lg">
        <Alert color="red" title={title} maw={560} style={{ whiteSpace: 'pre-line' }}>
          {body}
        </Alert>
      </Center>
    );
  }
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
          // Both choices continue where a new shop starts: its storefronts (the demo's, or none yet). The
          // router applies navigate() in a transition, after "/" may already have redirected: `home` covers that.
          setHome('/storefronts');
          navigate('/storefronts', { replace: true });
        }}
      />
    );
  }
  return (
    <>
      <CommandPalette />
      <Routes>
        <Route element={<AppLayout isDemo={demo.isDemo} />}>
          <Route
            index
            element={<Navigate to={home ?? (demo.empty ? '/storefronts' : '/dashboard')} replace />}
          />
          {navItems.map(({ key, path }) => {
            const Page = pages[key];
            return <Route key={key} path={path} element={<Routed page={Page} />} />;
          })}
          {/* Pages inside an area; the area's navigation entry stays highlighted (it matches the path prefix). */}
          <Route path="/dashboard/products" element={<Routed page={DashboardProductsPage} />} />
          <Route path="/dashboard/below-floor" element={<Routed page={BelowFloorPage} />} />
          <Route path="/orders/import" element={<Routed page={ImportOrdersPage} />} />
          <Route path="/orders/:orderId" element={<Routed page={OrderDetailPage} />} />
          <Route path="/catalog/unmatched" element={<Routed page={UnmatchedSkusPage} />} />
          <Route path="/catalog/:productId" element={<Routed page={ProductDetailPage} />} />
          <Route path="/customers/:customerId" element={<Routed page={CustomerDetailPage} />} />
          <Route path="/tickets/:ticketId" element={<Routed page={TicketDetailPage} />} />
          <Route path="/tickets/setup" element={<Routed page={TicketSetupPage} />} />
          <Route path="/tickets/import" element={<Routed page={TicketImportPage} />} />
          <Route path="/tickets/stats" element={<Routed page={AgentStatsPage} />} />
          <Route path="/pricing/*" element={<Routed page={PricingPage} />} />
          <Route path="/promotions/*" element={<Routed page={PromotionsPage} />} />
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
            {/* A database that could not be opened shows the recovery screen instead of the app. */}
            <RecoveryGate>
              <ShopProvider>
                <AppRoutes />
              </ShopProvider>
            </RecoveryGate>
          </HashRouter>
        </ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
