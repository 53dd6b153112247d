import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { setBridgeForTests } from '../../renderer/src/api';
import { TicketDetailPage } from '../../renderer/src/features/tickets/TicketDetailPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { TicketDetail } from '../../shared/domain/ticket-views';
import { fakeBridge } from './fake-bridge';
import { settings, storefront } from './catalog-fixtures';
import { agents, ticketDetail } from './ticket-queue-fixtures';
import { renderUi } from './render';

function setup(ticket: TicketDetail, answers: Parameters<typeof fakeBridge>[0] = {}) {
  const fake = fakeBridge({
    'settings.get': () => ({ ok: true, value: { ...settings, actingStaffId: 'st-li' } }),
    'storefronts.list': () => ({ ok: true, value: [storefront] }),
    'staff.list': () => ({ ok: true, value: agents }),
    'tickets.get': () => ({ ok: true, value: ticket }),
    'tickets.cannedReplies': () => ({
      ok: true,
      value: [
        {
          id: 'cr1',
          title: 'Refund sent',
          bodyZh: '订单 {order_id} 已退款 {refund_amount}{oops}',
          bodyEn: 'Order {order_id}: refunded {refund_amount} {oops}',
          placeholders: ['oops', 'order_id', 'refund_amount'],
          archived: false,
          createdAt: '2026-11-01T02:00:00.000Z',
          updatedAt: '2026-11-01T02:00:00.000Z',
        },
      ],
    }),
    ...answers,
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <ShopProvider>
      <Routes>
        <Route path="/tickets/:ticketId" element={<TicketDetailPage />} />
      </Routes>
    </ShopProvider>,
    `/tickets/${ticket.id}`,
  );
  return fake;
}

const input = (fake: ReturnType<typeof setup>, call: string) =>
  fake.calls.find((c) => c.call === call)?.input;
const ok = (value: unknown) => () => ({ ok: true as const, value });

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));
const slow = { timeout: 4000 };

describe('TicketDetailPage', { timeout: 60_000 }, () => {
  it('offers only the allowed transitions; pending asks who it waits on', async () => {
    const fake = setup(ticketDetail(), { 'tickets.transition': ok(ticketDetail({ state: 'pending' })) });
    await screen.findByRole('heading', { name: 'Ticket #3 · Broken mug 3' }, slow);
    const moves = screen.getByRole('group', { name: 'Move to' });
    // An open ticket can be set pending or resolved; closing needs it resolved first.
    expect(
      within(moves)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Set pending…', 'Resolve']);
    // The overdue first-response clock says so in words; the internal note is marked.
    const sla = screen.getByRole('group', { name: 'First response' });
    expect(within(sla).getByText('Breached')).toBeInTheDocument();
    expect(within(sla).getByText('overdue by 30 min working time')).toBeInTheDocument();
    expect(screen.getByText('Internal')).toBeInTheDocument();
    expect(screen.getByText('Customer sent photos by chat.')).toBeInTheDocument();

    fireEvent.click(within(moves).getByRole('button', { name: 'Set pending…' }));
    const dialog = await screen.findByRole('dialog', {}, slow);
    fireEvent.click(within(dialog).getByRole('combobox', { name: 'Waiting on' }));
    fireEvent.click(await screen.findByRole('option', { name: 'waiting on warehouse' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() =>
      expect(input(fake, 'tickets.transition')).toEqual({
        id: 't3',
        to: 'pending',
        pendingReason: 'warehouse',
      }),
    );
  });

  it('fills a canned reply from the order, warns of an unknown placeholder, copies it and records it as sent', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    const fake = setup(ticketDetail(), {
      'tickets.renderCannedReply': ok({
        text: 'Order TM-1003: refunded CN¥0.00 {oops}',
        unknownPlaceholders: ['oops'],
        unfilledPlaceholders: [],
      }),
      'tickets.reply': ok(ticketDetail()),
    });
    await screen.findByRole('heading', { name: 'Ticket #3 · Broken mug 3' }, slow);
    fireEvent.click(screen.getByRole('combobox', { name: 'Canned reply' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Refund sent' }, slow));
    expect(
      await screen.findByText('Unknown placeholders left as written: {oops}', {}, slow),
    ).toBeInTheDocument();
    expect(input(fake, 'tickets.renderCannedReply')).toEqual({ id: 'cr1', ticketId: 't3', language: 'en' });
    const box = screen.getByRole('textbox', { name: 'Reply' });
    expect(box).toHaveValue('Order TM-1003: refunded CN¥0.00 {oops}');

    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByRole('button', { name: 'Copied' }, slow)).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith('Order TM-1003: refunded CN¥0.00 {oops}');

    fireEvent.click(screen.getByRole('button', { name: 'Record as sent reply' }));
    await screen.findByText('Reply recorded', {}, slow);
    expect(input(fake, 'tickets.reply')).toEqual({
      id: 't3',
      body: 'Order TM-1003: refunded CN¥0.00 {oops}',
      cannedReplyId: 'cr1',
    });
  });

  it('sends a refund in minor units of the order’s currency and shows a refusal in the user’s language', async () => {
    const fake = setup(ticketDetail(), {
      'tickets.refund': () => ({
        ok: false,
        error: {
          code: 'CONFLICT',
          key: 'ticketRefundTooHigh',
          params: { amount: 'CN¥120.50', order: 'TM-1003', refundable: 'CN¥92.00' },
          message: 'A refund of CN¥120.50 would take order TM-1003 past its merchandise paid.',
        },
      }),
    });
    await screen.findByRole('heading', { name: 'Ticket #3 · Broken mug 3' }, slow);
    await i18n.changeLanguage('zh-CN');
    fireEvent.change(await screen.findByRole('textbox', { name: '退款金额（CNY）' }, slow), {
      target: { value: '120.5' },
    });
    fireEvent.click(screen.getByRole('button', { name: '退款' }));
    expect(
      await screen.findByText(
        '退款 CN¥120.50 会使订单 TM-1003 的退款超过实付商品金额（最多还可退 CN¥92.00）。',
        {},
        slow,
      ),
    ).toBeInTheDocument();
    expect(input(fake, 'tickets.refund')).toEqual({ id: 't3', amountMinor: 12050 });
  });

  it('writes an internal note, takes the ticket, and links an order to a ticket without one', async () => {
    const bare = ticketDetail({ order: null, orderId: null, orderExternalId: null, lines: [] });
    const fake = setup(bare, {
      'tickets.note': ok(bare),
      'tickets.assign': ok(bare),
      'tickets.lookup': ok({
        orders: [
          {
            id: 'o7',
            storefrontId: 'tm',
            storefrontName: 'Tmall Flagship',
            externalId: 'TM-7007',
            placedAt: '2026-11-18T02:00:00.000Z',
            buyerName: '张伟',
            buyerPhone: null,
            customerId: null,
          },
        ],
        customers: [],
      }),
      'tickets.link': ok(ticketDetail()),
    });
    await screen.findByRole('heading', { name: 'Ticket #3 · Broken mug 3' }, slow);
    expect(screen.getByText('Link an order to refund, restock or reship.')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Take it' }));
    await waitFor(() => expect(input(fake, 'tickets.assign')).toEqual({ id: 't3', assigneeId: 'st-li' }));

    fireEvent.click(screen.getByRole('radio', { name: 'Internal note' }));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Internal note' }), {
      target: { value: 'Call back at 3pm' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(input(fake, 'tickets.note')).toEqual({ id: 't3', body: 'Call back at 3pm' }));

    fireEvent.change(screen.getByRole('textbox', { name: 'Link an order' }), { target: { value: 'TM-7' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Find' })[0]!);
    fireEvent.click(await screen.findByRole('button', { name: 'Link TM-7007' }, slow));
    await waitFor(() => expect(input(fake, 'tickets.link')).toEqual({ id: 't3', orderId: 'o7' }));
    expect(input(fake, 'tickets.lookup')).toEqual({ query: 'TM-7', storefrontId: 'tm' });
  });

  it('says a refused state change with the states in Chinese, and shows a merged ticket’s target', async () => {
    const merged = ticketDetail({
      state: 'merged',
      mergedInto: 't9',
      events: [
        ...ticketDetail().events,
        {
          id: 3,
          at: '2026-11-20T02:00:00.000Z',
          actorId: 'st-li',
          actorName: '李客服',
          kind: 'merged_into',
          from: { state: 'open' },
          to: { state: 'merged', ticketId: 't9', number: 9 },
          body: null,
        },
      ],
    });
    const fake = setup(ticketDetail(), {
      'tickets.transition': () => ({
        ok: false,
        error: {
          code: 'CONFLICT',
          key: 'ticketTransition',
          params: { from: 'open', to: 'resolved', number: 3 },
          message: 'A open ticket cannot become resolved.',
        },
      }),
    });
    await screen.findByRole('heading', { name: 'Ticket #3 · Broken mug 3' }, slow);
    await i18n.changeLanguage('zh-CN');
    fireEvent.click(await screen.findByRole('button', { name: '标记已解决' }, slow));
    expect(await screen.findByText('状态为处理中的工单不能变为解决。', {}, slow)).toBeInTheDocument();
    expect(input(fake, 'tickets.transition')).toEqual({ id: 't3', to: 'resolved' });

    await i18n.changeLanguage('en');
    cleanup();
    setup(merged);
    expect(await screen.findByText(/Merged into ticket #9/, {}, slow)).toBeInTheDocument();
    // A merged ticket is final: no state changes and no reply are offered.
    expect(screen.queryByRole('group', { name: 'Move to' })).toBeNull();
  });
});
