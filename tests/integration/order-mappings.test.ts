import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import type { ParsedOrder } from '../../shared/domain/orders';
import { genericOrdersPart, suggestMapping } from '../../electron/core/orders/formats/generic';
import type { RowIssue } from '../../electron/core/orders/formats/types';
import {
  deleteMapping,
  loadMapping,
  mappingSignature,
  saveMapping,
} from '../../electron/core/orders/mappings';
import { openTable } from '../../electron/core/orders/read/open-table';
import { createStorefront, shopifyFields, tmallFields, type TempCore } from '../helpers/catalog-data';
import { tempCore } from '../helpers/temp-core';

let core: TempCore;
afterEach(async () => core?.cleanup());

const headers = ['订单号', '下单时间', '商家编码', '数量', '单价（元）', '订单状态'];

describe('saved generic mappings', () => {
  it('saves one mapping per storefront and header row, found again whatever the bracket width or case', async () => {
    core = await tempCore();
    const tmall = await createStorefront(core, tmallFields);
    const shopify = await createStorefront(core, shopifyFields);
    const db = core.ctx.sqlite;
    const settings = {
      mapping: {
        externalId: '订单号',
        placedAt: '下单时间',
        sku: '商家编码',
        unitPrice: '单价（元）',
        status: '订单状态',
      },
      statusValues: { 已出库: 'shipped' as const },
      dayFirst: false,
    };
    expect(loadMapping(db, tmall.id, headers)).toBeNull();
    saveMapping(db, tmall.id, headers, settings, '2024-06-01T00:00:00.000Z');
    expect(loadMapping(db, tmall.id, headers)).toEqual(settings);
    // Half-width brackets and a trailing empty cell are the same header row; another shop has its own mappings.
    expect(
      loadMapping(db, tmall.id, ['订单号 ', '下单时间', '商家编码', '数量', '单价(元)', '订单状态', '']),
    ).toEqual(settings);
    expect(loadMapping(db, shopify.id, headers)).toBeNull();
    expect(loadMapping(db, tmall.id, headers.slice(0, 5))).toBeNull();
    expect(mappingSignature(['Order ID', ' Date ', '', ''])).toBe('order id\u001fdate');

    // Saving again replaces it (one row, newer time).
    saveMapping(
      db,
      tmall.id,
      headers,
      { mapping: { ...settings.mapping, quantity: '数量' } },
      '2024-07-01T00:00:00.000Z',
    );
    const rows = db.prepare('SELECT signature, updated_at FROM import_mappings').all();
    expect(rows).toEqual([{ signature: mappingSignature(headers), updated_at: '2024-07-01T00:00:00.000Z' }]);
    expect(loadMapping(db, tmall.id, headers)?.mapping.quantity).toBe('数量');

    deleteMapping(db, tmall.id, headers);
    expect(loadMapping(db, tmall.id, headers)).toBeNull();
  });

  it('ignores a stored row it cannot trust and refuses a storefront that does not exist', async () => {
    core = await tempCore();
    const tmall = await createStorefront(core, tmallFields);
    const db = core.ctx.sqlite;
    const insert = db.prepare(
      `INSERT OR REPLACE INTO import_mappings (storefront_id, signature, mapping, updated_at) VALUES (?, ?, ?, '2024-01-01')`,
    );
    insert.run(tmall.id, mappingSignature(headers), '{not json');
    expect(loadMapping(db, tmall.id, headers)).toBeNull();
    insert.run(tmall.id, mappingSignature(headers), JSON.stringify({ mapping: { externalId: 5 } }));
    expect(loadMapping(db, tmall.id, headers)).toBeNull();
    insert.run(tmall.id, mappingSignature(headers), JSON.stringify({ mapping: {}, defaultStatus: 'lost' }));
    expect(loadMapping(db, tmall.id, headers)).toBeNull();
    expect(() => saveMapping(db, 'no-such-shop', headers, { mapping: {} })).toThrow(/FOREIGN KEY/);
  });
});

async function importGeneric(file: string, ctx: { timezone: string; currency: string }) {
  const source = await openTable(file, {
    findHeader: (cells) => {
      const m = suggestMapping(cells);
      return !!m.externalId && !!m.placedAt;
    },
  });
  const mapping = suggestMapping(source.headers);
  const orders: ParsedOrder[] = [];
  const issues: RowIssue[] = [];
  const assembler = genericOrdersPart({ mapping }).assemble(source.headers, ctx, {
    order: (o) => orders.push(o),
    issue: (i) => issues.push(i),
  });
  for await (const row of source.rows()) assembler.push(row);
  assembler.finish();
  await source.close();
  return { source, mapping, orders, issues };
}

describe('generic import from files', () => {
  it('reads a GBK csv with a title line through a suggested mapping', async () => {
    core = await tempCore();
    const text = [
      '某ERP订单导出 2024-06',
      '订单号,下单时间,商家编码,商品名称,数量,单价（元）,运费,订单状态',
      'E1,2024-06-18 10:00:00,0012,保温杯,2,50.00,8.00,已发货',
      'E1,2024-06-18 10:00:00,CUP-1,杯盖,1,5.00,8.00,已发货',
      'E2,2024-06-19 09:00:00,MUG,马克杯,1,35.00,0,交易关闭',
      '合计,,,,4,,,',
      '',
    ].join('\r\n');
    const file = path.join(core.dir, 'erp.csv');
    fs.writeFileSync(file, iconv.encode(text, 'gbk'));
    const { source, mapping, orders, issues } = await importGeneric(file, {
      timezone: 'Asia/Shanghai',
      currency: 'CNY',
    });
    expect(source).toMatchObject({ encoding: 'gb18030', headerRow: 2 });
    expect(mapping).toMatchObject({ unitPrice: '单价（元）', shipping: '运费', status: '订单状态' });
    expect(issues).toEqual([]);
    expect(
      orders.map((o) => [
        o.externalId,
        o.status,
        o.lines.length,
        o.shippingIncomeMinor,
        o.totalPaidMinor,
        o.row,
      ]),
    ).toEqual([
      ['E1', 'shipped', 2, 800, 10000 + 500 + 800, 3],
      ['E2', 'cancelled', 1, 0, 3500, 5],
    ]);
  });

  it('reads an xlsx whose dates are date cells and ids long digits', async () => {
    core = await tempCore();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['Order Number', 'Order Date', 'SKU', 'Qty', 'Price', 'Currency']);
    ws.addRow(['20240618000000000123', new Date(Date.UTC(2024, 5, 18, 10, 0, 0)), 'MUG', 2, 12.5, 'USD']);
    ws.getCell('B2').numFmt = 'yyyy-mm-dd hh:mm';
    const file = path.join(core.dir, 'orders.xlsx');
    await wb.xlsx.writeFile(file);
    const { orders, issues } = await importGeneric(file, { timezone: 'America/New_York', currency: 'CNY' });
    expect(issues).toEqual([]);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({
      externalId: '20240618000000000123',
      // 10:00 on the sheet is 10:00 in New York (EDT, UTC−4).
      placedAt: '2024-06-18T14:00:00.000Z',
      currency: 'USD',
      lines: [{ sku: 'MUG', quantity: 2, unitPriceMinor: 1250 }],
      totalPaidMinor: 2500,
    });
  });
});
