import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { setBridgeForTests } from '../../renderer/src/api';
import { OrderDetailPage } from '../../renderer/src/features/orders/OrderDetailPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { OrderDetail } from '../../shared/domain/order-detail';
import { fakeBridge } from './fake-bridge';
import { settings, shopAnswers } from './catalog-fixtures';
import { orderDetail } from './order-fixtures';
import { renderUi } from './render';

function setup(detail: OrderDetail, language: 'en' | 'zh-CN' = 'en') {
  const fake = fakeBridge({
    ...shopAnswers,
    // The shop's saved language is what the page speaks once settings arrive.
    'settings.get': () => ({ ok: true, value: { ...settings, language } }),
    'orders.get': () => ({ ok: true, value: detail }),
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <ShopProvider>
      <Routes>
        <Route path="/orders/:orderId" element={<OrderDetailPage />} />
      </Routes>
    </ShopProvider>,
    '/orders/o1',
  );
  return fake;
}

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));
const slow = { timeout: 4000 };

describe('OrderDetailPage', { timeout: 20_000 }, () => {
  it('draws the waterfall with every figure, the lines, customer link and history', async () => {
    const fake = setup(orderDetail);
    await screen.findByRole('heading', { name: 'Order 3301000000000001' }, slow);
    expect(fake.calls.find((c) => c.call === 'orders.get')?.input).toEqual({ id: 'o1' });
    const waterfall = screen.getByRole('table', { name: 'Profit' });
    const figure = (label: string) =>
      within(within(waterfall).getByText(label).closest('tr')!).getAllByRole('cell')[2]!;
    expect(figure('Gross sales').textContent).toBe('CN¥100.00');
    expect(figure('= Net sales').textContent).toBe('CN¥92.00');
    expect(figure('− Fees').textContent).toBe('-CN¥4.29');
    expect(figure('= Gross profit').textContent).toBe('CN¥29.71');
    expect(screen.getByText('Gross margin 32.29%')).toBeInTheDocument();
    // One currency only: no second column.
    expect(within(waterfall).queryByText(/Order currency/)).toBeNull();

    const lines = screen.getByRole('table', { name: 'Lines' });
    expect(within(lines).getByRole('link', { name: 'MUG-RED' })).toHaveAttribute('href', '/catalog/P1');
    expect(within(lines).getByText('Unmatched code')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open customer' })).toHaveAttribute('href', '/customers/c1');
    expect(screen.getByText('3 orders in all, 1 on other storefronts')).toBeInTheDocument();
    expect(
      screen.getByText('No settlement imported: fees follow the storefront’s fee rule.'),
    ).toBeInTheDocument();
  });

  it('names the missing exchange rate instead of showing figures, in Chinese too', async () => {
    setup(
      {
        ...orderDetail,
        currency: 'USD',
        profit: {
          available: false,
          baseCurrency: 'CNY',
          currency: 'USD',
          missingRate: { currency: 'USD', date: '2026-11-20' },
        },
      },
      'zh-CN',
    );
    expect(
      await screen.findByText(/没有 2026年11月20日 当日或之前的 USD 汇率/, {}, slow),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: '利润' })).toBeNull();
  });
});
