import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setBridgeForTests } from '../../renderer/src/api';
import { TicketSetupPage } from '../../renderer/src/features/tickets/TicketSetupPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { TicketSetupPatch } from '../../shared/api/schemas/tickets';
import { fakeBridge } from './fake-bridge';
import { settings, shopAnswers } from './catalog-fixtures';
import { cannedReply, serviceAgent, ticketRow, ticketSetup } from './ticket-fixtures';
import { renderUi } from './render';

const slow = { timeout: 15_000 };

function setup(answers: Parameters<typeof fakeBridge>[0] = {}) {
  const fake = fakeBridge({
    ...shopAnswers,
    'tickets.setup': () => ({ ok: true, value: ticketSetup }),
    'tickets.saveSetup': (input) => ({ ok: true, value: { ...ticketSetup, ...(input as object) } }),
    'tickets.cannedReplies': () => ({ ok: true, value: [cannedReply] }),
    'tickets.saveCannedReply': (input) => ({ ok: true, value: { ...cannedReply, ...(input as object) } }),
    ...answers,
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <ShopProvider>
      <TicketSetupPage />
    </ShopProvider>,
  );
  return fake;
}

const saves = (fake: ReturnType<typeof setup>) =>
  fake.calls.filter((c) => c.call === 'tickets.saveSetup').map((c) => c.input as TicketSetupPatch);

afterEach(() => setBridgeForTests(undefined));

// The SLA grid is 72 inputs plus the calendar's: jsdom renders it slowly on a loaded machine.
describe('Ticket setup page', { timeout: 60_000 }, () => {
  it('saves an edited SLA target as working minutes and names a cell that does not read', async () => {
    await i18n.changeLanguage('en');
    const fake = setup();
    const cell = await screen.findByRole('textbox', { name: 'Return × High, First response' }, slow);
    expect(cell).toHaveValue('1h');
    fireEvent.change(cell, { target: { value: '2h 30m' } });
    const sla = screen.getByRole('region', { name: 'SLA targets' });
    fireEvent.change(within(sla).getByRole('textbox', { name: 'Exchange × Low, Resolution' }), {
      target: { value: 'soon' },
    });
    expect(
      within(sla).getByText('Exchange × Low, Resolution: is not a working time such as 30m, 4h or 1h 30m'),
    ).toBeInTheDocument();
    expect(within(sla).getByRole('button', { name: 'Save' })).toBeDisabled();
    fireEvent.change(within(sla).getByRole('textbox', { name: 'Exchange × Low, Resolution' }), {
      target: { value: '1:30' },
    });
    fireEvent.click(within(sla).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saves(fake)).toHaveLength(1));
    expect(saves(fake)[0]!.rules).toEqual([
      { type: 'return', priority: 'high', firstResponseMinutes: 150, resolutionMinutes: 1080 },
      { type: 'exchange', priority: 'low', firstResponseMinutes: null, resolutionMinutes: 90 },
      { type: 'quality', priority: 'urgent', firstResponseMinutes: 30, resolutionMinutes: 480 },
    ]);
  });

  it('checks the calendar like the core does, names the row, and saves holidays added and removed', async () => {
    await i18n.changeLanguage('en');
    const fake = setup();
    const calendar = await screen.findByRole('region', { name: 'Shop calendar' }, slow);
    const monday = within(calendar).getByRole('textbox', { name: 'Monday Working hours' });
    fireEvent.change(monday, { target: { value: '18:00-09:00' } });
    expect(within(calendar).getByText('Monday, hours 1 end: must end after it starts')).toBeInTheDocument();
    fireEvent.change(monday, { target: { value: '9am to 6pm' } });
    expect(
      within(calendar).getByText('Monday: write the hours as 09:00-18:00, several separated by commas'),
    ).toBeInTheDocument();
    expect(within(calendar).getByRole('button', { name: 'Save' })).toBeDisabled();
    fireEvent.change(monday, { target: { value: '09:00-12:00, 13:30-18:00' } });
    fireEvent.change(within(calendar).getByRole('textbox', { name: 'Saturday Working hours' }), {
      target: { value: '9:00-12:00' },
    });
    fireEvent.click(within(calendar).getByRole('button', { name: 'Remove 2026-10-01 from Holidays' }));
    fireEvent.change(within(calendar).getByRole('textbox', { name: 'Holiday date' }), {
      target: { value: '2027-02-17' },
    });
    fireEvent.click(within(calendar).getByRole('button', { name: 'Add holiday' }));
    fireEvent.click(within(calendar).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saves(fake)).toHaveLength(1));
    const saved = saves(fake)[0]!.calendar!;
    expect(saved.week.mon).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:30', end: '18:00' },
    ]);
    expect(saved.week.sat).toEqual([{ start: '09:00', end: '12:00' }]);
    expect(saved.holidays).toEqual(['2027-02-17']);
    expect(saved.timeZone).toBe('Asia/Shanghai');
  });

  it('adds a make-up day that works like a chosen weekday, names the rows it clashes with, and saves it', async () => {
    await i18n.changeLanguage('en');
    const fake = setup();
    const calendar = await screen.findByRole('region', { name: 'Shop calendar' }, slow);
    const date = within(calendar).getByRole('textbox', { name: 'Make-up date' });
    const add = within(calendar).getByRole('button', { name: 'Add make-up day' });
    const worksLike = async (day: string) => {
      fireEvent.click(within(calendar).getByRole('combobox', { name: 'Works like' }));
      fireEvent.click(await screen.findByRole('option', { name: day }, slow));
    };
    const title = 'Make-up working days (调休)';

    // 1 October is a holiday of the fixture, and Sunday has no hours: both named on the make-up day's row.
    fireEvent.change(date, { target: { value: '2026-10-01' } });
    await worksLike('Sunday');
    fireEvent.click(add);
    expect(within(calendar).getByText('2026-10-01 → Sunday')).toBeInTheDocument();
    expect(
      within(calendar).getByText(`${title} 2026-10-01: is both a holiday and a make-up working day`),
    ).toBeInTheDocument();
    expect(
      within(calendar).getByText(`${title} 2026-10-01: works like a weekday that has no working hours`),
    ).toBeInTheDocument();
    expect(within(calendar).getByRole('button', { name: 'Save' })).toBeDisabled();

    // Added again with another weekday, a date replaces its earlier entry; a half-typed date adds nothing.
    // The holiday of the same date keeps its own button: each is named with its list.
    fireEvent.click(within(calendar).getByRole('button', { name: `Remove 2026-10-01 from ${title}` }));
    expect(
      within(calendar).getByRole('button', { name: 'Remove 2026-10-01 from Holidays' }),
    ).toBeInTheDocument();
    expect(within(calendar).queryByText('2026-10-01 → Sunday')).toBeNull();
    fireEvent.change(date, { target: { value: '2026-09-2' } });
    expect(add).toBeDisabled();
    fireEvent.change(date, { target: { value: '2026-09-27' } });
    await worksLike('Friday');
    fireEvent.click(add);
    fireEvent.change(date, { target: { value: '2026-09-27' } });
    await worksLike('Monday');
    fireEvent.click(add);
    expect(within(calendar).queryByText('2026-09-27 → Friday')).toBeNull();
    expect(within(calendar).getByText('2026-09-27 → Monday')).toBeInTheDocument();

    fireEvent.click(within(calendar).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saves(fake)).toHaveLength(1));
    expect(saves(fake)[0]!.calendar!.extraWorkdays).toEqual([{ date: '2026-09-27', worksLike: 'mon' }]);
    expect(saves(fake)[0]!.calendar!.holidays).toEqual(['2026-10-01']);
  });

  it('writes a canned reply with placeholder buttons and previews the saved one on a real ticket', async () => {
    await i18n.changeLanguage('en');
    const fake = setup({
      'tickets.list': () => ({
        ok: true,
        value: { rows: [ticketRow], total: 1, page: 1, pageSize: 1, now: '' },
      }),
      'tickets.renderCannedReply': (input) => {
        const { language } = input as { language: string };
        return {
          ok: true,
          value: {
            text:
              language === 'en' ? 'Order TM-1001: we refunded ¥12.50.' : '亲，订单 TM-1001 已退款 ¥12.50。',
            unknownPlaceholders: [],
            unfilledPlaceholders: language === 'en' ? ['sku'] : [],
          },
        };
      },
    });
    const canned = await screen.findByRole('region', { name: 'Canned replies' }, slow);
    const preview = await within(canned).findByRole('region', { name: 'Preview Refund sent' }, slow);
    fireEvent.change(within(preview).getByRole('textbox', { name: 'Order id or ticket #' }), {
      target: { value: 'TM-1001' },
    });
    fireEvent.click(within(preview).getByRole('button', { name: 'Preview' }));
    expect(await within(preview).findByText('Order TM-1001: we refunded ¥12.50.')).toBeInTheDocument();
    expect(within(preview).getByText('No value on this ticket: {sku}')).toBeInTheDocument();
    expect(fake.calls).toContainEqual({
      call: 'tickets.renderCannedReply',
      input: { id: 'cr1', ticketId: 't1', language: 'zh-CN' },
    });

    fireEvent.click(within(canned).getByRole('button', { name: 'New reply' }));
    const dialog = await screen.findByRole('dialog', { name: 'New reply' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Title/ }), {
      target: { value: 'Shipped' },
    });
    const zh = within(dialog).getByRole('textbox', { name: /^Text \(中文\)/ });
    fireEvent.change(zh, { target: { value: '订单已发货' } });
    fireEvent.click(zh);
    fireEvent.click(within(dialog).getByRole('button', { name: '{order_id}' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Text \(English\)/ }), {
      target: { value: 'Shipped.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(fake.calls).toContainEqual({
        call: 'tickets.saveCannedReply',
        input: { title: 'Shipped', bodyZh: '订单已发货{order_id}', bodyEn: 'Shipped.' },
      }),
    );
  });

  it('is read-only for the service role, except the canned replies agents write', async () => {
    await i18n.changeLanguage('zh-CN');
    const fake = setup({
      'settings.get': () => ({
        ok: true,
        value: { ...settings, language: 'zh-CN', actingStaffId: serviceAgent.id },
      }),
      'staff.list': () => ({ ok: true, value: [serviceAgent] }),
    });
    expect(
      await screen.findByText(
        '客服角色只能查看 SLA 目标、工作日历和阈值，由店主或运营修改；快捷回复所有客服都可编辑。',
        {},
        slow,
      ),
    ).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: '退货 × 高，首次响应' }, slow)).toHaveAttribute(
      'readonly',
    );
    expect(screen.queryByRole('button', { name: '保存' })).toBeNull();
    expect(await screen.findByRole('button', { name: '新建回复' }, slow)).toBeInTheDocument();
    expect(fake.calls.some((c) => c.call === 'tickets.saveSetup')).toBe(false);
    await i18n.changeLanguage('en');
  });
});
