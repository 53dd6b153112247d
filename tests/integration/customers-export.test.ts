import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { CustomerSegmentFile } from '../../shared/domain/customers';
import { value } from '../helpers/catalog-data';
import { orderLine } from '../helpers/order-builders';
import { customerShop, daysAgo, importOrders, type CustomerShop } from '../helpers/customer-shop';

let shop: CustomerShop;
afterEach(async () => shop?.core.cleanup());

/** A high-value customer whose name is a formula, an at-risk one with a leading-zero phone-like id. */
async function segmentShop() {
  shop = await customerShop('customer-export');
  const pen = (price: number) => [orderLine({ sku: 'PEN', quantity: 1, unitPriceMinor: price })];
  importOrders(shop.core, shop.jd.id, [
    ...[1, 2, 3, 4, 5].map((i) => ({
      externalId: `A-${i}`,
      placedAt: daysAgo(i),
      lines: pen(10000),
      customer: { name: '=HYPERLINK("http://evil.example","点我")', phone: '13800138000' },
    })),
    {
      externalId: 'B-1',
      placedAt: daysAgo(20),
      lines: pen(1000),
      customer: { name: '+Bob', email: 'bob@example.com' },
    },
    {
      externalId: 'C-1',
      placedAt: daysAgo(30),
      lines: pen(2000),
      customer: { name: '@Carol', phone: '13000000001' },
    },
    ...[1, 2, 3, 4].map((i) => ({
      externalId: `D-${i}`,
      placedAt: daysAgo(100 + i),
      lines: pen(9000),
      customer: { name: '-Dan', phone: '0755-26000000' },
    })),
    ...[1, 2, 3].map((i) => ({
      externalId: `E-${i}`,
      placedAt: daysAgo(200 + i),
      lines: pen(8000),
      customer: { name: 'Eve', phone: '13900000003' },
    })),
  ]);
}

const exportTo = (input: object) =>
  value<CustomerSegmentFile>(shop.core.dispatch('customers', 'exportSegment', input));

describe('segment export', () => {
  it('writes a tier to xlsx with headers in Chinese, ids and phones as text, formulas never run', async () => {
    await segmentShop();
    const file = path.join(shop.core.dir, '高价值.xlsx');
    expect(await exportTo({ path: file, lang: 'zh-CN', tier: 'high_value' })).toEqual({
      path: file,
      rows: 1,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('客户');
    expect((ws.getRow(1).values as unknown[]).slice(1, 6)).toEqual([
      '客户编号',
      '姓名',
      '手机',
      '邮箱',
      '客户分层',
    ]);
    expect(ws.getRow(1).getCell(13).value).toBe('消费金额（CNY）');
    const row = ws.getRow(2);
    const name = row.getCell(2);
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(name.value).toBe('=HYPERLINK("http://evil.example","点我")');
    expect(name.formula).toBeUndefined();
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(3).value).toBe('13800138000');
    expect(row.getCell(5).value).toBe('高价值');
    expect(row.getCell(10).value).toBe(5); // valid orders, a number
    expect(row.getCell(13).value).toBe(500); // ¥500.00 spent, in major units
    expect(ws.rowCount).toBe(2);
  });

  it('writes any list filter to csv in English, with a BOM and text starting = + - @ neutralised', async () => {
    await segmentShop();
    const file = path.join(shop.core.dir, 'everyone.csv');
    expect((await exportTo({ path: file, lang: 'en' })).rows).toBe(5);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFFCustomer id,Name,Phone,E-mail,Tier,')).toBe(true);
    const rows = parse(text, { bom: true }) as string[][];
    expect(rows).toHaveLength(6);
    expect(rows[0]!.slice(12)).toEqual(['Spent (CNY)', 'Gross profit (CNY)', 'Storefronts']);
    // Best customers first (money): the formula name, Dan, Eve, Carol, Bob.
    expect(rows.slice(1).map((r) => r[1])).toEqual([
      '\'=HYPERLINK("http://evil.example","点我")',
      "'-Dan",
      'Eve',
      "'@Carol",
      "'+Bob",
    ]);
    // The phone keeps its leading zero; the tier is in words.
    expect(rows[2]!.slice(2, 5)).toEqual(['075526000000', '', 'At risk']);
    const phoneOnly = path.join(shop.core.dir, 'search.csv');
    expect((await exportTo({ path: phoneOnly, lang: 'en', search: '139' })).rows).toBe(1);
    expect(fs.readFileSync(phoneOnly, 'utf8')).toContain(',Eve,13900000003,');
  });

  it('refuses relative paths and missing folders, and writes nothing', async () => {
    await segmentShop();
    expect(
      await shop.core.dispatch('customers', 'exportSegment', { path: 'out.xlsx', lang: 'en' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'path', message: 'absolutePath' }] },
    });
    const missing = path.join(shop.core.dir, 'no-such-folder', 'out.xlsx');
    expect(
      await shop.core.dispatch('customers', 'exportSegment', { path: missing, lang: 'en' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'path', message: 'folderMissing' }] },
    });
    expect(fs.readdirSync(shop.core.dir).filter((f) => f.includes('out'))).toEqual([]);
  });
});
