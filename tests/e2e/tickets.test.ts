import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createCore } from '../../electron/core/app';
import type { OrderDetail } from '../../shared/domain/order-detail';
import type { StaffMember } from '../../shared/domain/staff';
import type { TicketDetail } from '../../shared/domain/ticket-views';
import { weekdays } from '../../shared/domain/tickets';
import {
  costOf,
  createProduct,
  createStorefront,
  tmallFields,
  value,
  type TempCore,
} from '../helpers/catalog-data';
import { orderLine, parsedOrder, writeOrders } from '../helpers/order-builders';
import { callApi } from './helpers/api';
import { launchChromium } from './helpers/browser';
import { startPreview, type RunningPreview } from './helpers/preview';

let seedDir: string;
let preview: RunningPreview;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let ticketId: string;
/** Set TICKETS_SCREENSHOTS_DIR to keep PNGs of the queue and the ticket page in both languages. */
const shots = process.env.TICKETS_SCREENSHOTS_DIR;

/**
 * A shop made through the API (orders only come from imports, so its one order is written through the import
 * pipeline's OrderWriter): a Tmall storefront, agent 李客服 working, a calendar that always works and a
 * first-response target of 0 minutes for high-priority quality tickets, so a new one is overdue at once.
 */
async function seedShop(dbFile: string): Promise<string> {
  const core = await createCore({ dbFile, locale: 'en-US' });
  const shop = {
    ...core,
    dir: path.dirname(dbFile),
    events: [],
    cleanup: async () => {},
  } as unknown as TempCore;
  try {
    await value(
      core.dispatch('settings', 'update', { baseCurrency: 'CNY', timezone: 'Asia/Shanghai', language: 'en' }),
    );
    const tmall = await createStorefront(shop, tmallFields);
    await createProduct(shop, {
      name: '陶瓷马克杯',
      category: '家居',
      skus: [{ code: 'MUG-RED', name: '红色 350ml', cost: costOf(3000) }],
    });
    writeOrders(shop, tmall.id, [
      parsedOrder({
        externalId: '3301000000000001',
        placedAt: '2024-03-10T02:00:00.000Z',
        status: 'completed',
        customer: { name: '张伟', phone: '13800138000' },
        lines: [orderLine({ sku: 'MUG-RED', title: '陶瓷马克杯 红色', quantity: 2, unitPriceMinor: 5000 })],
      }),
    ]);
    const agent = await value<StaffMember>(
      core.dispatch('staff', 'create', { name: '李客服', role: 'service' }),
    );
    const always = [{ start: '00:00', end: '24:00' }];
    await value(
      core.dispatch('tickets', 'saveSetup', {
        calendar: {
          timeZone: 'Asia/Shanghai',
          week: Object.fromEntries(weekdays.map((d) => [d, always])),
          holidays: [],
          extraWorkdays: [],
        },
        rules: [{ type: 'quality', priority: 'high', firstResponseMinutes: 0, resolutionMinutes: 480 }],
      }),
    );
    // The SLA policy is the owner's (nobody is chosen yet); from here on the agent is working.
    await value(core.dispatch('settings', 'update', { actingStaffId: agent.id }));
    await value(
      core.dispatch('tickets', 'saveCannedReply', {
        title: 'Refund on the way',
        bodyZh: '{customer_name} 您好，订单 {order_id} 已为您退款。',
        bodyEn: 'Hi {customer_name}, order {order_id} is refunded.',
      }),
    );
    // A ticket typed in by hand from a chat, before anyone found its order; and one without an SLA.
    const overdue = await value<TicketDetail>(
      core.dispatch('tickets', 'create', {
        storefrontId: tmall.id,
        type: 'quality',
        priority: 'high',
        subject: 'Mug arrived cracked',
        description: 'Photo in the Tmall chat.',
      }),
    );
    await value(
      core.dispatch('tickets', 'create', {
        storefrontId: tmall.id,
        type: 'inquiry',
        priority: 'low',
        subject: 'Is the mug dishwasher safe?',
      }),
    );
    return overdue.id;
  } finally {
    await core.close();
  }
}

const shot = async (name: string) => {
  if (shots) await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
};

beforeAll(async () => {
  seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-e2e-tickets-'));
  const dbFile = path.join(seedDir, 'shop.db');
  ticketId = await seedShop(dbFile);
  if (shots) fs.mkdirSync(shots, { recursive: true });
  browser = await launchChromium();
  preview = await startPreview(dbFile);
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1500, height: 1000 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(preview.url).origin,
  });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
  fs.rmSync(seedDir, { recursive: true, force: true });
});

const ticket = () => callApi<TicketDetail>(preview, 'tickets/get', { id: ticketId });
const timeline = () => page.getByRole('region', { name: 'Timeline' });

describe('an agent works an overdue ticket to a refund (Chromium against the preview)', () => {
  it('takes the ticket from the overdue queue, links its order and replies with a canned reply', async () => {
    const started = performance.now();
    await page.goto(`${preview.url}#/tickets?queue=overdue`);
    const table = page.getByRole('table', { name: 'After-sales tickets' });
    const row = table.getByRole('row').filter({ hasText: 'Mug arrived cracked' });
    await row.waitFor();
    process.stdout.write(`tickets overdue queue on screen: ${Math.round(performance.now() - started)} ms\n`);
    expect(await row.getByText('Overdue').count()).toBe(1);
    // The inquiry has no SLA: not in this queue.
    expect(await table.getByText('Is the mug dishwasher safe?').count()).toBe(0);
    await expect.poll(() => page.getByRole('tab', { name: /Overdue/ }).textContent()).toBe('Overdue1');
    await shot('tickets-queue-en');

    await row.getByRole('link', { name: '#1' }).click();
    await page.getByRole('heading', { name: 'Ticket #1 · Mug arrived cracked' }).waitFor();
    await page.getByRole('button', { name: 'Take it' }).click();
    await expect.poll(async () => (await ticket()).assigneeName).toBe('李客服');

    await page.getByRole('textbox', { name: 'Link an order' }).fill('3301000000000001');
    await page.getByRole('region', { name: 'Order' }).getByRole('button', { name: 'Find' }).click();
    await page.getByRole('button', { name: 'Link 3301000000000001' }).click();
    await page.getByRole('link', { name: 'Open order' }).waitFor();
    expect((await ticket()).orderExternalId).toBe('3301000000000001');

    await page.getByRole('combobox', { name: 'Canned reply' }).click();
    await page.getByRole('option', { name: 'Refund on the way' }).click();
    const reply = page.getByRole('textbox', { name: 'Reply' });
    await expect.poll(() => reply.inputValue()).toBe('Hi 张伟, order 3301000000000001 is refunded.');
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(
      'Hi 张伟, order 3301000000000001 is refunded.',
    );
    await page.getByRole('button', { name: 'Record as sent reply' }).click();
    await timeline().getByText('Hi 张伟, order 3301000000000001 is refunded.').waitFor();
    const afterReply = await ticket();
    expect(afterReply.state).toBe('open');
    expect(afterReply.sla.firstResponse?.state).toBe('breached');
    expect(afterReply.firstReplyAt).not.toBeNull();
  });

  it('sets the ticket pending with a reason, then resolves it with a refund', async () => {
    await page.getByRole('group', { name: 'Move to' }).getByRole('button', { name: 'Set pending…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Waiting on' }).click();
    await page.getByRole('option', { name: 'waiting on customer' }).click();
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Pending · waiting on customer').first().waitFor();
    expect((await ticket()).pendingReason).toBe('customer');
    await shot('ticket-detail-en');

    await page.getByRole('textbox', { name: 'Refund amount (CNY)' }).fill('20');
    await page.getByRole('button', { name: 'Refund', exact: true }).click();
    await timeline().getByText('refunded CN¥20.00').waitFor();
    await page.getByRole('group', { name: 'Move to' }).getByRole('button', { name: 'Resolve' }).click();
    await expect.poll(async () => (await ticket()).state).toBe('resolved');
    const done = await ticket();
    expect(done.refundMinor).toBe(2000);
    expect(done.events.map((e) => e.kind)).toEqual([
      'created',
      'assigned',
      'linked',
      'reply',
      'state',
      'state',
      'refund',
      'state',
    ]);
  });

  it('shows the linked ticket and the refund on the order page', async () => {
    await page.getByRole('link', { name: 'Open order' }).click();
    await page.getByRole('heading', { name: 'Order 3301000000000001' }).waitFor();
    const linked = page.getByRole('region', { name: 'Linked tickets' });
    await linked.getByRole('link', { name: '#1' }).waitFor();
    expect(await linked.getByText('Resolved').count()).toBe(1);
    expect(await linked.getByText('refund CN¥20.00').count()).toBe(1);
    const amounts = page.getByRole('table', { name: 'Amounts' });
    expect(await amounts.getByRole('row').filter({ hasText: 'Refunds' }).textContent()).toContain('CN¥20.00');
    const order = await callApi<OrderDetail>(preview, 'orders/get', { id: (await ticket()).orderId });
    expect(order.amounts.refundedMinor).toBe(2000);
    // 李客服 is the service role: the order page shows no profit to them.
    expect(order.profit).toMatchObject({ available: false, hidden: true });
    expect(await page.getByRole('heading', { name: 'Profit' }).count()).toBe(0);
    await shot('order-linked-tickets-en');
  });

  it('speaks Chinese on the queue and the ticket page', async () => {
    await callApi(preview, 'settings/update', { language: 'zh-CN' });
    // A new hash alone does not reload the page: load it again so the saved language is read.
    await page.goto(`${preview.url}#/tickets?queue=all`);
    await page.reload();
    await page.getByRole('heading', { name: '售后工单' }).waitFor();
    const row = page.getByRole('table').getByRole('row').filter({ hasText: 'Mug arrived cracked' });
    await row.getByText('已解决').waitFor();
    await expect.poll(() => page.getByRole('tab', { name: /全部处理中/ }).textContent()).toBe('全部处理中1');
    await shot('tickets-queue-zh');
    await page.goto(`${preview.url}#/tickets/${ticketId}`);
    await page.getByRole('heading', { name: '工单 #1 · Mug arrived cracked' }).waitFor();
    await page.getByRole('region', { name: '时间线' }).getByText('退款 ¥20.00').waitFor();
    await shot('ticket-detail-zh');
  });
});
