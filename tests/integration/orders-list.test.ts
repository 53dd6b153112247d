import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderFilters, OrderListPage, OrderSort } from '../../shared/domain/order-list';
import { COUNT_LIMIT, orderIndexes } from '../../electron/core/orders/list';
import { LIST_INDEXES, orderBy, orderWhere } from '../../electron/core/orders/list-filters';
import { value } from '../helpers/catalog-data';
import { orderLine, parsedOrder, writeOrders } from '../helpers/order-builders';
import { orderShop, type OrderShop } from '../helpers/order-shop';
import { tempCore } from '../helpers/temp-core';

let core: Awaited<ReturnType<typeof tempCore>>;
let shop: OrderShop;

beforeAll(async () => {
  core = await tempCore('orders-list');
  shop = await orderShop(core);
});
afterAll(async () => core.cleanup());

const list = (filters: OrderFilters = {}, extra: Record<string, unknown> = {}) =>
  value<OrderListPage>(core.dispatch('orders', 'list', { filters, page: 1, pageSize: 50, ...extra }));
const externalIds = async (filters: OrderFilters = {}, extra: Record<string, unknown> = {}) =>
  (await list(filters, extra)).rows.map((r) => r.externalId);

const newestFirst = [
  '3301000000000004',
  '#1001',
  '3301000000000001',
  '3301000000000002',
  '#1002',
  '3301000000000003',
  '3301000000000005',
];

describe('orders.list', () => {
  it('lists every storefront newest first, with the row figures and the exact total', async () => {
    const page = await list();
    expect(page.rows.map((r) => r.externalId)).toEqual(newestFirst);
    expect(page).toMatchObject({ total: 7, totalCapped: false, page: 1, pageSize: 50 });
    const first = page.rows.find((r) => r.externalId === '3301000000000001')!;
    expect(first).toEqual({
      id: shop.ids.get('3301000000000001'),
      storefrontId: shop.tmall.id,
      storefrontName: '天猫旗舰店',
      externalId: '3301000000000001',
      placedAt: '2024-03-10T02:00:00.000Z',
      placedDate: '2024-03-10',
      status: 'completed',
      afterSales: false,
      buyerName: '张伟',
      buyerPhone: '13800138000',
      units: 2,
      lineCount: 1,
      grossMinor: 10000,
      discountsMinor: 800,
      totalPaidMinor: 10200,
      refundedMinor: 0,
      currency: 'CNY',
      unmatchedLines: 0,
    });
    // A masked phone is shown exactly as the platform exported it.
    expect(page.rows.find((r) => r.externalId === '3301000000000002')).toMatchObject({
      buyerPhone: '138****0001',
      buyerName: '李**',
    });
    expect(typeof first.id).toBe('string');
  });

  it('filters by storefront, status, shop-calendar dates and the yes/no flags', async () => {
    expect(await externalIds({ storefrontIds: [shop.shopify.id] })).toEqual(['#1001', '#1002']);
    expect(await externalIds({ statuses: ['cancelled', 'pending_payment'] })).toEqual([
      '3301000000000003',
      '3301000000000005',
    ]);
    // 17:30 UTC on 03-09 is 01:30 on 03-10 in Shanghai: the day is the shop's, not UTC's.
    expect(await externalIds({ from: '2024-03-10', to: '2024-03-10' })).toEqual([
      '3301000000000001',
      '3301000000000002',
    ]);
    expect(await externalIds({ from: '2024-03-13' })).toEqual(['3301000000000004']);
    expect(await externalIds({ to: '2024-01-31' })).toEqual(['3301000000000005']);
    expect(await externalIds({ hasRefund: true })).toEqual(['3301000000000002']);
    expect(await externalIds({ hasRefund: false })).toHaveLength(6);
    expect(await externalIds({ afterSales: true })).toEqual(['3301000000000002']);
    expect(await externalIds({ unmatched: true })).toEqual(['3301000000000003']);
    expect(
      await externalIds({ storefrontIds: [shop.tmall.id], statuses: ['completed'], from: '2024-03-01' }),
    ).toEqual(['3301000000000001', '3301000000000002']);
  });

  it('filters by customer and by SKU', async () => {
    const page = await list();
    const zhang = core.ctx.sqlite
      .prepare('SELECT customer_id FROM orders WHERE id = ?')
      .pluck()
      .get(shop.ids.get('3301000000000001')) as string;
    expect(await externalIds({ customerId: zhang })).toEqual(['3301000000000004', '3301000000000001']);
    const red = shop.mug.skus.find((s) => s.code === 'MUG-RED')!;
    expect(await externalIds({ skuId: red.id })).toEqual(['3301000000000001', '#1002', '3301000000000005']);
    expect(await externalIds({ skuId: red.id, storefrontIds: [shop.shopify.id] })).toEqual(['#1002']);
    expect(page.total).toBe(7);
  });

  it('finds orders by every search path', async () => {
    // Order id: exact, prefix, and Shopify's "#1001" without its "#".
    expect(await externalIds({ search: '3301000000000003' })).toEqual(['3301000000000003']);
    expect(await externalIds({ search: '330100000000000' })).toHaveLength(5);
    expect(await externalIds({ search: '1001' })).toEqual(['#1001']);
    // Phone exact, as stored; spaces typed by a person do not matter; a masked number finds only itself.
    expect(await externalIds({ search: '13800138000' })).toEqual(['3301000000000004', '3301000000000001']);
    expect(await externalIds({ search: '138 0013 8000' })).toEqual(['3301000000000004', '3301000000000001']);
    expect(await externalIds({ search: '138****0001' })).toEqual(['3301000000000002']);
    expect(await externalIds({ search: '0001' })).toEqual([]);
    // Buyer name prefix, ASCII case ignored.
    expect(await externalIds({ search: '张' })).toEqual(['3301000000000001']);
    expect(await externalIds({ search: 'ALICE' })).toEqual(['#1001', '#1002']);
    expect(await externalIds({ search: 'smith' })).toEqual([]);
    // SKU code of a line, case ignored — matched or not.
    expect(await externalIds({ search: 'lamp-1' })).toEqual(['3301000000000004', '#1001']);
    expect(await externalIds({ search: 'NO-SUCH-CODE' })).toEqual(['3301000000000003']);
    // Product name and SKU name through the catalog's trigram index.
    expect(await externalIds({ search: '马克杯' })).toEqual([
      '3301000000000001',
      '3301000000000002',
      '#1002',
      '3301000000000005',
    ]);
    expect(await externalIds({ search: '蓝色' })).toEqual(['3301000000000002', '#1002']);
    expect(await externalIds({ search: 'warm white' })).toEqual(['3301000000000004', '#1001']);
    // Wildcards are plain characters, and search combines with the other filters.
    expect(await externalIds({ search: '%' })).toEqual([]);
    expect(await externalIds({ search: '马克杯', storefrontIds: [shop.shopify.id] })).toEqual(['#1002']);
  });

  it('sorts by placed time, total paid, gross and units, both ways', async () => {
    const sorted = (sort: OrderSort, direction: 'asc' | 'desc') => externalIds({}, { sort, direction });
    expect(await sorted('placed_at', 'asc')).toEqual([...newestFirst].reverse());
    expect(await sorted('total_paid', 'desc')).toEqual([
      '3301000000000004',
      '3301000000000005',
      '3301000000000001',
      '3301000000000003',
      '3301000000000002',
      '#1001',
      '#1002',
    ]);
    expect((await sorted('gross', 'asc'))[0]).toBe('#1002');
    expect((await sorted('units', 'desc')).slice(0, 2)).toEqual(['3301000000000005', '3301000000000003']);
  });

  it('pages without gaps or repeats, also when the back half is read from the other end', async () => {
    for (const sort of ['placed_at', 'total_paid'] as const) {
      const all = await externalIds({}, { sort });
      const paged: string[] = [];
      for (let p = 1; p <= 4; p++) paged.push(...(await externalIds({}, { sort, page: p, pageSize: 2 })));
      expect(paged).toEqual(all);
      expect(await externalIds({}, { sort, page: 5, pageSize: 2 })).toEqual([]);
    }
    const filtered = await externalIds({ storefrontIds: [shop.tmall.id] });
    const pages = [1, 2, 3].map((p) =>
      externalIds({ storefrontIds: [shop.tmall.id] }, { page: p, pageSize: 2 }),
    );
    expect((await Promise.all(pages)).flat()).toEqual(filtered);
  });

  it('serves one storefront from its (storefront_id, placed_at) index, and gives the same answer without it', async () => {
    const filters = { storefrontIds: [shop.tmall.id] };
    const before = await externalIds(filters);
    const sqlite = core.ctx.sqlite;
    const plan = () => {
      const where = orderWhere(filters, { byPlacedAt: true, indexes: orderIndexes(sqlite) });
      return (
        sqlite
          .prepare(
            `EXPLAIN QUERY PLAN SELECT o.rowid FROM orders o ${where.sql} ${orderBy('placed_at', 'desc')}`,
          )
          .all(...where.params) as { detail: string }[]
      )
        .map((p) => p.detail)
        .join(' ');
    };
    expect(plan()).toContain(LIST_INDEXES.storefront);
    expect(plan()).not.toContain('TEMP B-TREE');
    // A database without the index (it is looked up by name) still walks placed_at and answers the same.
    sqlite.exec(`DROP INDEX ${LIST_INDEXES.storefront}`);
    try {
      expect(plan()).toContain('orders_placed_at');
      expect(plan()).not.toContain('TEMP B-TREE');
      expect(await externalIds(filters)).toEqual(before);
    } finally {
      sqlite.exec(`CREATE INDEX ${LIST_INDEXES.storefront} ON orders (storefront_id, placed_at)`);
    }
  });

  it('refuses bad filters with a message naming the field, and an unknown sort', async () => {
    const answer = await core.dispatch('orders', 'list', {
      filters: { from: '2024-03-10', to: '2024-03-01' },
      page: 1,
      pageSize: 50,
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.stringify(answer)).toContain('"path":"filters.to","message":"dateRange"');
    for (const bad of [
      { filters: { statuses: ['lost'] }, page: 1, pageSize: 50 },
      { sort: 'profit', page: 1, pageSize: 50 },
      { page: 1, pageSize: 201 },
      { filters: { from: '2024-02-30' }, page: 1, pageSize: 50 },
    ]) {
      expect(await core.dispatch('orders', 'list', bad)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
  });
});

describe('orders.export', () => {
  async function sheet(file: string): Promise<ExcelJS.Worksheet> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return wb.worksheets[0]!;
  }

  it('writes the filtered list to xlsx: ids and phones as text, money as numbers, no formula, frozen filtered header', async () => {
    const file = path.join(core.dir, 'orders.xlsx');
    const result = await value<{ path: string; rows: number }>(
      core.dispatch('orders', 'export', {
        path: file,
        lang: 'zh-CN',
        filters: { storefrontIds: [shop.tmall.id] },
      }),
    );
    expect(result).toEqual({ path: file, rows: 5 });
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
    const ws = await sheet(file);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['下单时间', '店铺', '订单号', '状态']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const rows = [2, 3, 4, 5, 6].map((r) => ws.getRow(r));
    // Newest first, times in the shop's zone (10:00 in Shanghai = 02:00 UTC).
    expect(rows.map((r) => r.getCell(3).value)).toEqual([
      '3301000000000004',
      '3301000000000001',
      '3301000000000002',
      '3301000000000003',
      '3301000000000005',
    ]);
    const first = rows[1]!;
    // A real date-time cell (sortable, filterable in Excel), showing the shop's wall-clock time.
    expect(first.getCell(1).value).toEqual(new Date('2024-03-10T10:00:00.000Z'));
    expect(first.getCell(1).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(first.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(4).value).toBe('已完成');
    expect(first.getCell(7).value).toBe('13800138000');
    expect(first.getCell(7).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(12).value).toBe(102);
    expect(first.getCell(12).numFmt).toBe('"CNY" #,##0.00');
    // The buyer name that looks like a formula is still its text, not a formula.
    const injected = rows[0]!.getCell(6);
    expect(injected.type).toBe(ExcelJS.ValueType.String);
    expect(injected.value).toBe('=HYPERLINK("http://x","点我")');
  });

  it('writes csv with a BOM, in the chosen language, neutralising formula-like text', async () => {
    const file = path.join(core.dir, 'orders.csv');
    await value(
      core.dispatch('orders', 'export', { path: file, lang: 'en', filters: { search: '13800138000' } }),
    );
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.trim().split('\r\n');
    expect(lines[0]!.startsWith('Placed at,Storefront,Order id,Status')).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(lines[2]).toContain('3301000000000001,Completed');
  });

  it('refuses a relative path or a missing folder and writes nothing', async () => {
    for (const p of ['orders.xlsx', path.join(core.dir, 'no-such-folder', 'o.xlsx')]) {
      const answer = await core.dispatch('orders', 'export', { path: p, lang: 'en' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(fs.existsSync(path.join(core.dir, 'no-such-folder'))).toBe(false);
  });
});

describe('orders.list count', () => {
  it(`counts filtered lists up to ${COUNT_LIMIT.toLocaleString('en')}, unfiltered exactly, and sees new orders`, async () => {
    const bulk = Array.from({ length: COUNT_LIMIT + 1 }, (_, i) =>
      parsedOrder({
        externalId: `BULK-${String(i).padStart(5, '0')}`,
        placedAt: new Date(Date.parse('2023-06-01T00:00:00Z') + i * 60_000).toISOString(),
        lines: [orderLine({ sku: 'MUG-RED', quantity: 1, unitPriceMinor: 1000 })],
      }),
    );
    const filters = { storefrontIds: [shop.tmall.id] };
    expect(await list(filters)).toMatchObject({ total: 5, totalCapped: false });
    writeOrders(core, shop.tmall.id, bulk);
    const capped = await list(filters);
    expect(capped).toMatchObject({ total: COUNT_LIMIT, totalCapped: true });
    expect(capped.rows[0]!.externalId).toBe('3301000000000004');
    expect(await list()).toMatchObject({ total: COUNT_LIMIT + 8, totalCapped: false });
    // The last page of the unfiltered list is read from the other end and is still the oldest orders.
    const last = await list({}, { page: Math.ceil((COUNT_LIMIT + 8) / 50), pageSize: 50 });
    expect(last.rows.at(-1)!.externalId).toBe('BULK-00000');
    expect(last.rows).toHaveLength((COUNT_LIMIT + 8) % 50);
    expect(await list({ search: 'BULK-0000' })).toMatchObject({ total: 10, totalCapped: false });
  }, 60_000);
});
