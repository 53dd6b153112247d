import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { setBridgeForTests } from '../../renderer/src/api';
import { DashboardPage } from '../../renderer/src/features/dashboard/DashboardPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { DashboardQuery } from '../../shared/api/schemas/dashboard';
import { localDate } from '../../shared/logic/dates';
import { presetPeriod } from '../../shared/logic/period-presets';
import { fakeBridge } from './fake-bridge';
import { settings, shopAnswers } from './catalog-fixtures';
import type { Language } from '../../shared/domain/settings';
import { lowStockAlert, overviewFor, rankingsFor } from './dashboard-fixtures';
import { renderUi } from './render';

type Options = Parameters<typeof overviewFor>[1] & { failOverview?: boolean; language?: Language };

function setup(options: Options = {}, at = '/dashboard') {
  const fake = fakeBridge({
    ...shopAnswers,
    // The page follows the shop's saved language, as the app does.
    'settings.get': () => ({ ok: true, value: { ...settings, language: options.language ?? 'en' } }),
    'dashboard.overview': (input) =>
      options.failOverview
        ? {
            ok: false,
            error: {
              code: 'INVALID_INPUT',
              message: 'No FX rate',
              key: 'fxRateMissing',
              params: { currency: 'USD', date: '2026-11-03' },
            },
          }
        : { ok: true, value: overviewFor(input as DashboardQuery, options) },
    'dashboard.rankings': (input) => ({ ok: true, value: rankingsFor(input as DashboardQuery, options) }),
    'dashboard.alerts': () => ({ ok: true, value: [lowStockAlert] }),
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <ShopProvider>
      <Routes>
        <Route path="/dashboard" element={<DashboardPage />} />
        <Route path="/catalog" element={<p>catalog page</p>} />
      </Routes>
    </ShopProvider>,
    at,
  );
  return fake;
}

const overviewCalls = (fake: ReturnType<typeof setup>) =>
  fake.calls.filter((c) => c.call === 'dashboard.overview').map((c) => c.input as DashboardQuery);
const today = () => localDate(new Date().toISOString(), 'Asia/Shanghai');
const slow = { timeout: 4000 };

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

describe('DashboardPage', { timeout: 20_000 }, () => {
  it('opens on this month of the shop time zone with the KPI cards, MoM/YoY and links to the orders behind them', async () => {
    const fake = setup();
    const net = await screen.findByTestId('figure-netSalesMinor', {}, slow);
    expect(net).toHaveTextContent('CN¥1,869.12');
    expect(overviewCalls(fake)[0]).toEqual(presetPeriod('thisMonth', today()));
    expect(screen.getByLabelText('MoM up 10%')).toBeInTheDocument();
    expect(screen.getAllByText('YoY —').length).toBeGreaterThanOrEqual(9);
    // Gross profit fell 5 %; the refund rate rose (bad news, still an "up" arrow).
    expect(screen.getByLabelText('MoM down 5%')).toBeInTheDocument();
    expect(screen.getByLabelText('MoM up 12%')).toBeInTheDocument();
    expect(screen.getByTestId('figure-grossMarginBp')).toHaveTextContent('43.29%');
    const { from, to } = presetPeriod('thisMonth', today());
    expect(screen.getByRole('link', { name: 'Open the orders behind Net sales' })).toHaveAttribute(
      'href',
      `/orders?from=${from}&to=${to}&status=paid%2Cshipped%2Ccompleted`,
    );
    // The charts and tables follow the KPI cards in a deferred render (DashboardPage's Figures).
    expect(
      await screen.findByRole('img', { name: 'Net sales and gross profit per day' }),
    ).toBeInTheDocument();
    const stores = screen.getByRole('table', { name: 'Storefronts compared' });
    expect(within(stores).getByRole('row', { name: /Tmall Flagship/ })).toHaveTextContent('+10%');
    // The products are a call of their own (dashboard.rankings), asked once the figures are drawn.
    expect(
      await screen.findByRole('table', { name: 'Top 10 products by gross profit' }, slow),
    ).toHaveTextContent('MUG-RED');
    expect(fake.calls.filter((c) => c.call === 'dashboard.rankings').map((c) => c.input)).toEqual([
      presetPeriod('thisMonth', today()),
    ]);
    expect(screen.getByRole('region', { name: 'Service' })).toHaveTextContent(/Not set up yet/);
  });

  it('switches storefront and period: the figures follow', async () => {
    const fake = setup();
    await screen.findByTestId('figure-netSalesMinor', {}, slow);
    fireEvent.click(screen.getByRole('combobox', { name: /^Storefront\W*$/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Tmall Flagship' }));
    await waitFor(() => expect(screen.getByTestId('figure-netSalesMinor')).toHaveTextContent('CN¥934.56'));
    expect(overviewCalls(fake).at(-1)).toMatchObject({ storefrontId: 'tm' });
    fireEvent.click(screen.getByRole('radio', { name: 'Last month' }));
    await waitFor(() =>
      expect(overviewCalls(fake).at(-1)).toEqual({
        ...presetPeriod('lastMonth', today()),
        storefrontId: 'tm',
      }),
    );
    expect(await screen.findByTestId('figure-orders')).toHaveTextContent('10');
  });

  it('lists the alerts with links to their rows', async () => {
    setup();
    const alerts = await screen.findByRole('list', { name: 'Alerts' }, slow);
    const item = await within(alerts).findByText('3 SKUs at or below their reorder point (1 out of stock)');
    expect(item).toBeInTheDocument();
    fireEvent.click(within(alerts).getByRole('link', { name: /Show/ }));
    expect(await screen.findByText('catalog page')).toBeInTheDocument();
  });

  it('hides cost and profit for the service role', async () => {
    setup({ costsHidden: true });
    await screen.findByTestId('figure-netSalesMinor', {}, slow);
    expect(screen.queryByTestId('figure-grossProfitMinor')).toBeNull();
    expect(screen.queryByTestId('figure-grossMarginBp')).toBeNull();
    expect(screen.getByText('Costs and profit are hidden for the service role.')).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Storefronts compared' })).not.toHaveTextContent(
      'Gross profit',
    );
    expect(
      await screen.findByRole('table', { name: 'Top 10 products by net sales' }, slow),
    ).not.toHaveTextContent('Margin');
  });

  it('says a shop without orders has none yet and offers the import', async () => {
    setup({ hasOrders: false });
    expect(await screen.findByText('No orders yet', {}, slow)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Import orders' })).toHaveAttribute('href', '/orders/import');
    expect(screen.queryByTestId('figure-netSalesMinor')).toBeNull();
  });

  it('says why a period cannot be shown and still lists the alerts', async () => {
    setup({ failOverview: true });
    expect(
      await screen.findByText('The figures of this period cannot be shown', {}, slow),
    ).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: 'Alerts' })).toBeInTheDocument();
  });

  it('takes a custom period from the URL and speaks Chinese', async () => {
    const fake = setup({ language: 'zh-CN' }, '/dashboard?from=2024-02-01&to=2024-02-29');
    expect((await screen.findAllByText('净销售额', {}, slow)).length).toBeGreaterThan(0);
    expect(overviewCalls(fake)[0]).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(screen.getByRole('radio', { name: '自定义' })).toBeChecked();
    expect(screen.getByRole('region', { name: '客服' })).toHaveTextContent('尚未启用');
  });
});
