import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setBridgeForTests } from '../../renderer/src/api';
import { OrdersPage } from '../../renderer/src/features/orders/OrdersPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { OrderListQuery, OrderViewSave } from '../../shared/api/schemas/orders';
import { fakeBridge } from './fake-bridge';
import { shopAnswers } from './catalog-fixtures';
import { orderRow } from './order-fixtures';
import { renderUi } from './render';

function setup(total = 10_000, capped = true, path = '/orders') {
  const fake = fakeBridge({
    ...shopAnswers,
    'orders.list': (input) => {
      const q = input as OrderListQuery;
      const first = (q.page - 1) * q.pageSize + 1;
      const rows = Array.from({ length: Math.min(q.pageSize, total) }, (_, i) => orderRow(first + i));
      return { ok: true, value: { rows, total, totalCapped: capped, page: q.page, pageSize: q.pageSize } };
    },
    'orders.views': () => ({ ok: true, value: [] }),
    'orders.saveView': (input) => ({
      ok: true,
      value: { ...(input as object), id: 'v1', updatedAt: '2026-11-20T00:00:00.000Z' },
    }),
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <ShopProvider>
      <OrdersPage />
    </ShopProvider>,
    path,
  );
  return fake;
}

const listCalls = (fake: ReturnType<typeof setup>) =>
  fake.calls.filter((c) => c.call === 'orders.list').map((c) => c.input as OrderListQuery);

// jsdom has no layout: give the scroll box a height so the virtualizer has a window of rows to render.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});
beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

const slow = { timeout: 4000 };

describe('OrdersPage', { timeout: 20_000 }, () => {
  it('renders only the rows in view of the server page, says the count is capped, and asks for the next page', async () => {
    const fake = setup();
    expect(await screen.findByText('TM00001', {}, slow)).toBeInTheDocument();
    expect(listCalls(fake)[0]).toMatchObject({
      page: 1,
      pageSize: 100,
      sort: 'placed_at',
      direction: 'desc',
    });
    const rendered = screen.getAllByRole('row').length - 1;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(50);
    expect(
      screen.getByText('More than 10,000 orders — narrow the filters to count them all'),
    ).toBeInTheDocument();
    // A masked phone is not a column by default; the refund shows in red money.
    expect(screen.getByText('CN¥50.00')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '2' }));
    expect(await screen.findByText('TM00101', {}, slow)).toBeInTheDocument();
    expect(listCalls(fake).at(-1)).toMatchObject({ page: 2 });
  });

  it('sends search, switches and sort to the server, back on page 1', async () => {
    const fake = setup();
    await screen.findByText('TM00001', {}, slow);
    fireEvent.click(screen.getByRole('button', { name: '2' }));
    await screen.findByText('TM00101', {}, slow);
    fireEvent.change(screen.getByLabelText('Search order id, phone, buyer, SKU or product'), {
      target: { value: ' 13800138000 ' },
    });
    fireEvent.click(screen.getByRole('switch', { name: 'Refunded' }));
    await waitFor(
      () =>
        expect(listCalls(fake).at(-1)).toMatchObject({
          filters: { search: '13800138000', hasRefund: true },
          page: 1,
        }),
      slow,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Descending' }));
    await waitFor(() => expect(listCalls(fake).at(-1)).toMatchObject({ direction: 'asc', page: 1 }), slow);
  });

  it('starts from the filters of a link (the dashboard, a ticket list): period, storefronts, has ticket', async () => {
    const fake = setup(10, false, '/orders?from=2024-03-01&to=2024-03-31&storefront=s1,s2&hasTicket=1');
    await screen.findByText('TM00001', {}, slow);
    expect(listCalls(fake)[0]!.filters).toEqual({
      from: '2024-03-01',
      to: '2024-03-31',
      storefrontIds: ['s1', 's2'],
      hasTicket: true,
    });
    expect(screen.getByRole('switch', { name: 'Has ticket' })).toBeChecked();
  });

  it('shows the chosen columns and saves them in a view with the filters', async () => {
    const fake = setup();
    await screen.findByText('TM00001', {}, slow);
    expect(screen.getByRole('columnheader', { name: 'Buyer' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Phone' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Columns' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Phone' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Buyer' }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Phone' })).toBeInTheDocument());
    expect(screen.queryByRole('columnheader', { name: 'Buyer' })).toBeNull();
    expect(screen.getAllByText('138****0001').length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('switch', { name: 'After-sales' }));
    fireEvent.click(screen.getByRole('button', { name: 'Saved views' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Save current view…' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /View name/ }), {
      target: { value: 'Service' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.calls.some((c) => c.call === 'orders.saveView')).toBe(true), slow);
    const saved = fake.calls.find((c) => c.call === 'orders.saveView')!.input as OrderViewSave;
    expect(saved).toMatchObject({ name: 'Service', filters: { afterSales: true }, sort: 'placed_at' });
    expect(saved.columns).toContain('phone');
    expect(saved.columns).not.toContain('buyer');
  });

  it('points to the import page when the shop has no orders yet', async () => {
    setup(0, false);
    expect(await screen.findByText('No orders yet', {}, slow)).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: 'Import orders' });
    expect(links.every((a) => a.getAttribute('href') === '/orders/import')).toBe(true);
    expect(screen.queryByRole('table')).toBeNull();
  });
});
