import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Pages other than the dashboard load on first visit (route-level code splitting). As one script the whole
 * app — every feature, ECharts, the lunar calendar — was 4.8 MB the browser fetched and parsed before the
 * dashboard could ask for its figures (measured in tests/bench/cold-start-timeline.ts).
 */
function lazyNamed<M extends Record<string, unknown>>(
  load: () => Promise<M>,
  name: keyof M,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

export const OrdersPage = lazyNamed(() => import('./features/orders/OrdersPage'), 'OrdersPage');
export const OrderDetailPage = lazyNamed(
  () => import('./features/orders/OrderDetailPage'),
  'OrderDetailPage',
);
export const CustomersPage = lazyNamed(() => import('./features/customers/CustomersPage'), 'CustomersPage');
export const CustomerDetailPage = lazyNamed(
  () => import('./features/customers/CustomerDetailPage'),
  'CustomerDetailPage',
);
export const CatalogPage = lazyNamed(() => import('./features/catalog/CatalogPage'), 'CatalogPage');
export const ProductDetailPage = lazyNamed(
  () => import('./features/catalog/ProductDetailPage'),
  'ProductDetailPage',
);
export const UnmatchedSkusPage = lazyNamed(
  () => import('./features/catalog/UnmatchedSkusPage'),
  'UnmatchedSkusPage',
);
export const ImportOrdersPage = lazyNamed(
  () => import('./features/imports/ImportOrdersPage'),
  'ImportOrdersPage',
);
export const DashboardProductsPage = lazyNamed(
  () => import('./features/dashboard/DashboardProductsPage'),
  'DashboardProductsPage',
);
export const BelowFloorPage = lazyNamed(
  () => import('./features/dashboard/BelowFloorPage'),
  'BelowFloorPage',
);
export const PricingPage = lazyNamed(() => import('./features/pricing/PricingPage'), 'PricingPage');
export const PromotionsPage = lazyNamed(
  () => import('./features/promotions/PromotionsPage'),
  'PromotionsPage',
);
export const TicketsPage = lazyNamed(() => import('./features/tickets/TicketsPage'), 'TicketsPage');
export const TicketDetailPage = lazyNamed(
  () => import('./features/tickets/TicketDetailPage'),
  'TicketDetailPage',
);
export const TicketSetupPage = lazyNamed(
  () => import('./features/tickets/TicketSetupPage'),
  'TicketSetupPage',
);
export const TicketImportPage = lazyNamed(
  () => import('./features/tickets/TicketImportPage'),
  'TicketImportPage',
);
export const AgentStatsPage = lazyNamed(() => import('./features/tickets/AgentStatsPage'), 'AgentStatsPage');
export const SurveysPage = lazyNamed(() => import('./features/surveys/SurveysPage'), 'SurveysPage');
export const ReportsPage = lazyNamed(() => import('./features/reports/ReportsPage'), 'ReportsPage');
export const StorefrontsPage = lazyNamed(
  () => import('./features/storefronts/StorefrontsPage'),
  'StorefrontsPage',
);
export const SettingsPage = lazyNamed(() => import('./features/settings/SettingsPage'), 'SettingsPage');

/** A page inside the layout: the navigation stays while its script loads. */
export function Routed({ page: Page }: { page: ComponentType }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      }
    >
      <Page />
    </Suspense>
  );
}
