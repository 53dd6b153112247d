import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importTicketsFile } from '../../electron/core/tickets/import/run-ticket-import';
import type { TicketImportSummary } from '../../shared/domain/ticket-views';
import type { JobInfo } from '../../shared/domain/jobs';
import { contentFingerprint } from '../helpers/db-fingerprint';
import { value } from '../helpers/catalog-data';
import { tempCore } from '../helpers/temp-core';
import { sh } from '../helpers/ticket-timelines';
import { ticketShop, type TicketShop } from '../helpers/ticket-shop';

let core: Awaited<ReturnType<typeof tempCore>>;
let shop: TicketShop;
beforeEach(async () => {
  core = await tempCore('channeldesk-tickets-import');
  shop = await ticketShop(core);
});
afterEach(() => core.cleanup());

const HEADER = '售后单号,订单号,售后类型,申请时间,退款金额,售后状态,原因';
/** A Tmall 退款管理 export as sellers download it: GBK, a title line above the header. */
function tmallFile(name: string, rows: string[]): string {
  const file = path.join(core.dir, name);
  fs.writeFileSync(file, iconv.encode(['退款管理导出,,,,,,', HEADER, ...rows].join('\r\n'), 'gb18030'));
  return file;
}
const goodRows = [
  '="RF1001",3301000000000001,仅退款,2024-03-11 10:00:00,20.00,待商家处理,杯子有裂纹',
  'RF1002,3309999999999999,退货退款,2024/3/11 11:30,50,待买家退货,不想要了',
  'RF1003,,咨询,2024-03-12 09:15:00,,,什么时候发货',
];
const at = sh('2024-03-12 12:00');
const run = (file: string) => importTicketsFile(core.ctx.sqlite, { storefrontId: shop.tmall.id, file }, at);
const tickets = () =>
  core.ctx.sqlite
    .prepare(
      `SELECT t.external_ref, o.external_id AS order_ref, t.type, t.state, t.pending_reason, t.refund_minor, t.created_at,
              t.subject, t.external_status
         FROM tickets t LEFT JOIN orders o ON o.id = t.order_id ORDER BY t.number`,
    )
    .all();

describe('importing a platform after-sales export', () => {
  it('creates one ticket per case, linked to its order when the storefront has it', async () => {
    const summary = await run(tmallFile('refunds.csv', goodRows));
    expect(summary).toMatchObject({ inserted: 3, updated: 0, unchanged: 0, errors: [] });
    expect(summary.warnings).toEqual([
      {
        row: 4,
        column: '订单号',
        key: 'ticketOrderUnknown',
        params: { value: '3309999999999999' },
        message:
          'names order 3309999999999999, which is not imported for this storefront: the ticket has no order',
      },
    ]);
    expect(tickets()).toEqual([
      {
        external_ref: 'RF1001',
        order_ref: '3301000000000001',
        type: 'refund_only',
        state: 'new',
        pending_reason: null,
        refund_minor: 2000,
        created_at: sh('2024-03-11 10:00'),
        subject: '杯子有裂纹',
        external_status: '待商家处理',
      },
      {
        external_ref: 'RF1002',
        order_ref: null,
        type: 'return',
        state: 'pending',
        pending_reason: 'customer',
        refund_minor: 5000,
        created_at: sh('2024-03-11 11:30'),
        subject: '不想要了',
        external_status: '待买家退货',
      },
      {
        external_ref: 'RF1003',
        order_ref: null,
        type: 'inquiry',
        state: 'new',
        pending_reason: null,
        refund_minor: 0,
        created_at: sh('2024-03-12 09:15'),
        subject: '什么时候发货',
        external_status: null,
      },
    ]);
    // The platform's refund is already in its order export: it is not added to the order a second time.
    expect(
      core.ctx.sqlite
        .prepare("SELECT refunded_minor FROM orders WHERE external_id = '3301000000000001'")
        .get(),
    ).toEqual({
      refunded_minor: 0,
    });
    expect(
      core.ctx.sqlite.prepare("SELECT kind, actor_id FROM ticket_events WHERE kind = 'imported'").all(),
    ).toHaveLength(3);
  });

  it('leaves a re-imported file unchanged, and takes a case’s new status from a later export', async () => {
    await run(tmallFile('refunds.csv', goodRows));
    const before = contentFingerprint(core.ctx.sqlite);
    expect(await run(tmallFile('again.csv', goodRows))).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 3,
    });
    expect(contentFingerprint(core.ctx.sqlite)).toEqual(before);

    const later = [
      ...goodRows.slice(0, 1),
      'RF1002,3309999999999999,退货退款,2024/3/11 11:30,50,退款成功,不想要了',
      goodRows[2]!,
    ];
    expect(await run(tmallFile('later.csv', later))).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
    const row = core.ctx.sqlite
      .prepare("SELECT id, state, external_status FROM tickets WHERE external_ref = 'RF1002'")
      .get() as { id: string; state: string; external_status: string };
    expect([row.state, row.external_status]).toEqual(['closed', '退款成功']);
    const steps = (
      core.ctx.sqlite
        .prepare("SELECT to_value FROM ticket_events WHERE ticket_id = ? AND kind = 'state' ORDER BY id")
        .all(row.id) as {
        to_value: string;
      }[]
    ).map((e) => (JSON.parse(e.to_value) as { state: string }).state);
    expect(steps).toEqual(['resolved', 'closed']);
  });

  it('refuses a file with bad rows, naming row and column, and writes nothing', async () => {
    const before = contentFingerprint(core.ctx.sqlite);
    const summary = await run(
      tmallFile('bad.csv', [
        'RF2001,3301000000000001,以物易物,2024-03-11 10:00:00,20.00,待商家处理,x',
        'RF2002,,仅退款,2024-02-30 10:00,20.00,待商家处理,x',
        'RF2003,,仅退款,2024-03-11 10:00,-5,待商家处理,x',
        ',,仅退款,2024-03-11 10:00,1,待商家处理,x',
        'RF2004,,仅退款,2024-03-11 10:00,1,神秘状态,x',
        'RF2004,,仅退款,2024-03-11 10:00,1,待商家处理,x',
        'RF2005,,仅退款,2024-03-11 10:00,1,待商家处理,fine',
      ]),
    );
    expect(summary.inserted).toBe(0);
    expect(summary.errors.map((e) => [e.row, e.column, e.key])).toEqual([
      [3, '售后类型', 'ticketTypeUnknown'],
      [4, '申请时间', 'ticketDate'],
      [5, '退款金额', 'ticketAmount'],
      [6, '售后单号', 'ticketRefMissing'],
      [7, '售后状态', 'ticketStatusUnknown'],
      [8, '售后单号', 'ticketRefRepeated'],
    ]);
    expect(summary.errors[0]!.message).toBe('is not an after-sales type ChannelDesk knows (got "以物易物")');
    expect(contentFingerprint(core.ctx.sqlite)).toEqual(before);
  });

  it('reads an English xlsx export through the job, and refuses a file without the columns', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Returns');
    sheet.addRow(['Return ID', 'Order number', 'Type', 'Requested at', 'Refund amount', 'Status', 'Reason']);
    sheet.addRow(['R-77', '1001', 'Return', '2024-03-12 09:00', '12.00', 'Awaiting buyer', 'Too small']);
    const file = path.join(core.dir, 'returns.xlsx');
    await workbook.xlsx.writeFile(file);
    const job = await value<JobInfo>(
      core.dispatch('tickets', 'importFile', { storefrontId: shop.shopify.id, path: file }),
    );
    const ended = await core.ctx.jobs.wait(job.id);
    expect(JSON.parse(ended.message!) as TicketImportSummary).toMatchObject({
      inserted: 1,
      errors: [],
      warnings: [],
    });
    const ticket = core.ctx.sqlite
      .prepare(
        `SELECT o.external_id, t.type, t.state, t.pending_reason, t.currency, t.refund_minor, t.created_at FROM tickets t
           JOIN orders o ON o.id = t.order_id WHERE t.external_ref = 'R-77'`,
      )
      .get();
    // Shopify US keeps New York time: 09:00 EDT on 12 March is 13:00 UTC.
    expect(ticket).toEqual({
      external_id: '#1001',
      type: 'return',
      state: 'pending',
      pending_reason: 'customer',
      currency: 'USD',
      refund_minor: 1200,
      created_at: '2024-03-12T13:00:00.000Z',
    });

    const noColumns = path.join(core.dir, 'other.csv');
    fs.writeFileSync(noColumns, 'name,amount\nA,1\n');
    const refused = await importTicketsFile(
      core.ctx.sqlite,
      { storefrontId: shop.tmall.id, file: noColumns },
      at,
    );
    expect(refused.errors.map((e) => e.key)).toEqual(['ticketHeaderNotFound']);
  });
});
