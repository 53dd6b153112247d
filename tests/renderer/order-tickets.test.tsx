import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { setBridgeForTests } from '../../renderer/src/api';
import { OrderDetailPage } from '../../renderer/src/features/orders/OrderDetailPage';
import { OrdersPage } from '../../renderer/src/features/orders/OrdersPage';
import type { OrderListQuery } from '../../shared/api/schemas/orders';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { OrderDetail } from '../../shared/domain/order-detail';
import { fakeBridge } from './fake-bridge';
import { shopAnswers } from './catalog-fixtures';
import { orderDetail } from './order-fixtures';
import { queueRow } from './ticket-queue-fixtures';
import { renderUi } from './render';

function setup(detail: OrderDetail) {
  const fake = fakeBridge({
    ...shopAnswers,
    'orders.get': () => ({ ok: true, value: detail }),
    'tickets.create': () => ({ ok: true, value: { ...queueRow(8), id: 't8' } }),
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <ShopProvider>
      <Routes>
        <Route path="/orders/:orderId" element={<OrderDetailPage />} />
        <Route path="/tickets/:ticketId" element={<p>ticket page</p>} />
      </Routes>
    </ShopProvider>,
    '/orders/o1',
  );
  return fake;
}

const withTicket: OrderDetail = {
  ...orderDetail,
  tickets: [
    {
      id: 't5',
      number: 5,
      type: 'refund_only',
      state: 'resolved',
      subject: 'Mug arrived cracked',
      refundMinor: 2000,
      createdAt: '2024-03-11T02:00:00.000Z',
    },
  ],
};

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));
const slow = { timeout: 4000 };

describe('the order page’s after-sales tickets', { timeout: 40_000 }, () => {
  it('lists the linked tickets with their refund and creates a new one prefilled from the order', async () => {
    const fake = setup(withTicket);
    const section = await screen.findByRole('region', { name: 'Linked tickets' }, slow);
    expect(within(section).getByRole('link', { name: '#5' })).toHaveAttribute('href', '/tickets/t5');
    expect(within(section).getByText('Resolved')).toBeInTheDocument();
    expect(within(section).getByText('refund CN¥20.00')).toBeInTheDocument();

    fireEvent.click(within(section).getByRole('button', { name: 'Create ticket' }));
    const dialog = await screen.findByRole('dialog', {}, slow);
    expect(
      within(dialog).getByText(`Order ${orderDetail.externalId} · ${orderDetail.storefront.name}`),
    ).toBeInTheDocument();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Subject/ }), {
      target: { value: 'Wrong colour' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('ticket page', {}, slow)).toBeInTheDocument();
    expect(fake.calls.find((c) => c.call === 'tickets.create')?.input).toEqual({
      orderId: orderDetail.id,
      type: 'return',
      priority: 'normal',
      subject: 'Wrong colour',
      description: null,
    });
  });

  it('shows no profit, cost column or fees when orders.get hides costs (service role)', async () => {
    setup({
      ...orderDetail,
      profit: { available: false, hidden: true, baseCurrency: 'CNY', currency: 'CNY' },
      lines: orderDetail.lines.map((l) => ({ ...l, unitCostBaseMinor: null })),
      fees: [],
    });
    await screen.findByRole('heading', { name: `Order ${orderDetail.externalId}` }, slow);
    await waitFor(() => expect(screen.queryByRole('table', { name: 'Profit' })).toBeNull());
    expect(screen.queryByRole('heading', { name: 'Profit' })).toBeNull();
    expect(within(screen.getByRole('table', { name: 'Lines' })).queryByText('Unit cost')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Fees' })).toBeNull();
  });

  it('filters the order list to orders with a ticket', async () => {
    const fake = fakeBridge({
      ...shopAnswers,
      'orders.list': () => ({
        ok: true,
        value: { rows: [], total: 0, totalCapped: false, page: 1, pageSize: 100 },
      }),
      'orders.views': () => ({ ok: true, value: [] }),
    });
    setBridgeForTests(fake.bridge);
    renderUi(
      <ShopProvider>
        <OrdersPage />
      </ShopProvider>,
      '/orders',
    );
    fireEvent.click(await screen.findByRole('switch', { name: 'Has ticket' }, slow));
    await waitFor(() =>
      expect(
        fake.calls
          .filter((c) => c.call === 'orders.list')
          .map((c) => (c.input as OrderListQuery).filters)
          .at(-1),
      ).toEqual({ hasTicket: true }),
    );
  });
});
