import { useEffect, useState, type ComponentType } from 'react';
import { Alert, Center, Loader, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { HashRouter, Navigate, Route, Routes, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import 'dayjs/locale/zh-cn';
import type { DemoStatus } from '../../shared/domain/demo';
import { api } from './api';
import { AppLayout } from './components/AppLayout';
import { CommandPalette } from './components/CommandPalette';
import { errorText } from './components/notify-error';
import { CatalogPage } from './features/catalog/CatalogPage';
import { ProductDetailPage } from './features/catalog/ProductDetailPage';
import { UnmatchedSkusPage } from './features/catalog/UnmatchedSkusPage';
import { ImportOrdersPage } from './features/imports/ImportOrdersPage';
import { CustomersPage } from './features/customers/CustomersPage';
import { CustomerDetailPage } from './features/customers/CustomerDetailPage';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { DashboardProductsPage } from './features/dashboard/DashboardProductsPage';
import { BelowFloorPage } from './features/dashboard/BelowFloorPage';
import { FirstRun, firstRunDismissed } from './features/demo/FirstRun';
import { OrderDetailPage } from './features/orders/OrderDetailPage';
import { OrdersPage } from './features/orders/OrdersPage';
import { PricingPage } from './features/pricing/PricingPage';
import { PromotionsPage } from './features/promotions/PromotionsPage';
import { RecoveryGate } from './features/recovery/RecoveryGate';
import { ReportsPage } from './features/reports/ReportsPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { StorefrontsPage } from './features/storefronts/StorefrontsPage';
import { SurveysPage } from './features/surveys/SurveysPage';
import { TicketsPage } from './features/tickets/TicketsPage';
import { TicketDetailPage } from './features/tickets/TicketDetailPage';
import { TicketSetupPage } from './features/tickets/TicketSetupPage';
import { TicketImportPage } from './features/tickets/TicketImportPage';
import { AgentStatsPage } from './features/tickets/AgentStatsPage';
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
    api.demo
      .status()
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
            return <Route key={key} path={path} element={<Page />} />;
          })}
          {/* Pages inside an area; the area's navigation entry stays highlighted (it matches the path prefix). */}
          <Route path="/dashboard/products" element={<DashboardProductsPage />} />
          <Route path="/dashboard/below-floor" element={<BelowFloorPage />} />
          <Route path="/orders/import" element={<ImportOrdersPage />} />
          <Route path="/orders/:orderId" element={<OrderDetailPage />} />
          <Route path="/catalog/unmatched" element={<UnmatchedSkusPage />} />
          <Route path="/catalog/:productId" element={<ProductDetailPage />} />
          <Route path="/customers/:customerId" element={<CustomerDetailPage />} />
          <Route path="/tickets/:ticketId" element={<TicketDetailPage />} />
          <Route path="/tickets/setup" element={<TicketSetupPage />} />
          <Route path="/tickets/import" element={<TicketImportPage />} />
          <Route path="/tickets/stats" element={<AgentStatsPage />} />
          <Route path="/pricing/*" element={<PricingPage />} />
          <Route path="/promotions/*" element={<PromotionsPage />} />
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
