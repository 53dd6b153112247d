import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { setBridgeForTests } from '../../renderer/src/api';
import { TicketsPage } from '../../renderer/src/features/tickets/TicketsPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { TicketListQuery } from '../../shared/api/schemas/tickets';
import { fakeBridge } from './fake-bridge';
import { shopAnswers } from './catalog-fixtures';
import { agents, queueRow } from './ticket-queue-fixtures';
import { renderUi } from './render';

/** Totals per queue as the server would count them; the open queue's page has rows #1…#6. */
const totals: Record<string, number> = {
  mine: 0,
  unassigned: 6,
  due_today: 2,
  overdue: 2,
  pending_long: 0,
  open: 6,
  all: 9,
};

function setup(answers: Parameters<typeof fakeBridge>[0] = {}, at = '/tickets') {
  const fake = fakeBridge({
    ...shopAnswers,
    'staff.list': () => ({ ok: true, value: agents }),
    'tickets.list': (input) => {
      const q = input as TicketListQuery;
      const closed = q.states?.length === 1 && q.states[0] === 'closed';
      const total = closed ? 3 : (totals[q.queue] ?? 0);
      const rows = Array.from({ length: Math.min(q.pageSize, total) }, (_, i) => queueRow(i + 1));
      return {
        ok: true,
        value: { rows, total, page: q.page, pageSize: q.pageSize, now: '2026-11-20T03:00:00.000Z' },
      };
    },
    ...answers,
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <ShopProvider>
      <Routes>
        <Route path="/tickets" element={<TicketsPage />} />
        <Route path="/tickets/:ticketId" element={<p>ticket page</p>} />
      </Routes>
    </ShopProvider>,
    at,
  );
  return fake;
}

/** The list calls for a page of rows (the tab counts ask for one row each). */
const pageCalls = (fake: ReturnType<typeof setup>) =>
  fake.calls
    .filter((c) => c.call === 'tickets.list' && (c.input as TicketListQuery).pageSize === 50)
    .map((c) => c.input as TicketListQuery);

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));
const slow = { timeout: 4000 };

describe('TicketsPage', { timeout: 60_000 }, () => {
  it('shows the open queue with SLA badges in words and each queue’s count, and switches queue', async () => {
    const fake = setup();
    const table = await screen.findByRole('table', { name: 'After-sales tickets' }, slow);
    expect(await within(table).findByText('Broken mug 1', {}, slow)).toBeInTheDocument();
    expect(pageCalls(fake)[0]).toMatchObject({ queue: 'open', page: 1, pageSize: 50 });
    // #3 and #6 are overdue, #5 due soon: said in words, not only by colour.
    expect(within(table).getAllByText('Overdue')).toHaveLength(2);
    expect(within(table).getAllByText('Due soon')).toHaveLength(1);
    expect(within(table).getByRole('link', { name: 'TM-1003' })).toHaveAttribute('href', '/orders/o3');

    const overdueTab = screen.getByRole('tab', { name: /Overdue/ });
    await waitFor(() => expect(overdueTab).toHaveTextContent('Overdue2'));
    expect(screen.getByRole('tab', { name: /Closed/ })).toHaveTextContent('Closed3');
    fireEvent.click(overdueTab);
    await waitFor(() => expect(pageCalls(fake).at(-1)).toMatchObject({ queue: 'overdue', page: 1 }));
    fireEvent.click(screen.getByRole('tab', { name: /Closed/ }));
    await waitFor(() => expect(pageCalls(fake).at(-1)).toMatchObject({ queue: 'all', states: ['closed'] }));
  });

  it('starts from the filters in the URL and sends typed search and picked filters to the server', async () => {
    const fake = setup({}, '/tickets?queue=unassigned&type=return&page=2');
    await screen.findByText('Broken mug 1', {}, slow);
    expect(pageCalls(fake)[0]).toMatchObject({ queue: 'unassigned', types: ['return'], page: 2 });

    fireEvent.change(screen.getByRole('textbox', { name: 'Search #ref, order id, customer or phone' }), {
      target: { value: '13800138000' },
    });
    await waitFor(
      () => expect(pageCalls(fake).at(-1)).toMatchObject({ search: '13800138000', page: 1 }),
      slow,
    );

    fireEvent.click(screen.getByRole('combobox', { name: 'Priority' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Urgent' }));
    await waitFor(() =>
      expect(pageCalls(fake).at(-1)).toMatchObject({
        queue: 'unassigned',
        types: ['return'],
        priorities: ['urgent'],
        search: '13800138000',
      }),
    );
  });

  it('assigns the selected tickets in one call and shows the API’s refusal of a bulk close', async () => {
    const fake = setup({
      'tickets.bulkAssign': (input) => ({
        ok: true,
        value: { ids: (input as { ids: string[] }).ids, changed: 2 },
      }),
      'tickets.bulkClose': () => ({
        ok: false,
        error: {
          code: 'CONFLICT',
          key: 'ticketFinal',
          params: { number: 2, state: 'merged' },
          message: 'Ticket #2 is merged: it can no longer be changed.',
        },
      }),
    });
    await screen.findByText('Broken mug 1', {}, slow);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select ticket #1' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select ticket #2' }));
    expect(screen.getByText('2 tickets selected')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('combobox', { name: 'Assign selected to' }));
    fireEvent.click(await screen.findByRole('option', { name: '王客服' }));
    fireEvent.click(screen.getByRole('button', { name: 'Assign' }));
    await screen.findByText('2 tickets assigned', {}, slow);
    expect(fake.calls).toContainEqual({
      call: 'tickets.bulkAssign',
      input: { ids: ['t1', 't2'], assigneeId: 'st-wang' },
    });

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all tickets on this page' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close selected' }));
    const dialog = await screen.findByRole('dialog', {}, slow);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close selected' }));
    expect(
      await screen.findByText('Ticket #2 is merged: it can no longer be changed.', {}, slow),
    ).toBeInTheDocument();
    expect(fake.calls.find((c) => c.call === 'tickets.bulkClose')?.input).toEqual({
      ids: ['t1', 't2', 't3', 't4', 't5', 't6'],
    });
    // Refused: the selection stays for another try.
    expect(screen.getByText('6 tickets selected')).toBeInTheDocument();
  });

  it('creates a ticket about an order found by phone, with one of its lines', async () => {
    const fake = setup({
      'tickets.lookup': () => ({
        ok: true,
        value: {
          orders: [
            {
              id: 'o9',
              storefrontId: 'tm',
              storefrontName: 'Tmall Flagship',
              externalId: 'TM-9009',
              placedAt: '2026-11-18T02:00:00.000Z',
              buyerName: '张伟',
              buyerPhone: '13800138000',
              customerId: 'c1',
            },
          ],
          customers: [],
        },
      }),
      'orders.get': () => ({
        ok: true,
        value: { lines: [{ lineNo: 1, title: '陶瓷马克杯 红色', skuCode: 'MUG-RED', quantity: 2 }] },
      }),
      'tickets.create': () => ({ ok: true, value: { ...queueRow(42), id: 't42' } }),
    });
    await screen.findByText('Broken mug 1', {}, slow);
    fireEvent.click(screen.getByRole('button', { name: 'New ticket' }));
    const dialog = await screen.findByRole('dialog', {}, slow);
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Find the order or customer' }), {
      target: { value: '13800138000' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Find' }));
    fireEvent.click(await within(dialog).findByText('TM-9009', {}, slow));
    await within(dialog).findByText('Order TM-9009 · Tmall Flagship', {}, slow);
    fireEvent.click(within(dialog).getByRole('checkbox', { name: '陶瓷马克杯 红色' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Subject/ }), {
      target: { value: 'Cracked' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('ticket page', {}, slow)).toBeInTheDocument();
    expect(fake.calls.find((c) => c.call === 'tickets.lookup')?.input).toEqual({ query: '13800138000' });
    expect(fake.calls.find((c) => c.call === 'tickets.create')?.input).toEqual({
      orderId: 'o9',
      type: 'return',
      priority: 'normal',
      subject: 'Cracked',
      description: null,
      lines: [{ lineNo: 1, quantity: 2 }],
    });
  });
});
