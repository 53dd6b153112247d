import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { TableColumn } from '../../electron/core/reports/xlsx-writer/columns';
import { addSheetImages } from '../../electron/core/reports/xlsx-writer/sheet-images';
import { startTableSheet, endTableSheet } from '../../electron/core/reports/xlsx-writer/table-sheet';
import { openWorkbook, writeTableFile } from '../../electron/core/reports/xlsx-writer/write-table';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-writer-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Row {
  id: string;
  name: string;
  phone: string | null;
  qty: number;
  price: number;
  currency: string;
  margin: number | null;
  day: string;
  at: string;
}

const columns: TableColumn<Row>[] = [
  { header: '订单号', kind: 'text', value: (r) => r.id },
  { header: 'Name', kind: 'text', value: (r) => r.name },
  { header: 'Phone', kind: 'text', value: (r) => r.phone },
  { header: 'Qty', kind: 'integer', value: (r) => r.qty },
  { header: 'Price', kind: 'money', currency: (r) => r.currency, value: (r) => r.price },
  { header: 'Margin', kind: 'percent', blank: '—', value: (r) => r.margin },
  { header: 'Day', kind: 'date', value: (r) => r.day },
  { header: 'At', kind: 'datetime', value: (r) => r.at },
];

const rows: Row[] = [
  {
    id: '0012',
    name: '=1+1',
    phone: '13800138000',
    qty: 2,
    price: 1999,
    currency: 'CNY',
    margin: 1234,
    day: '2024-03-01',
    at: '2024-03-01 09:30:00',
  },
  {
    id: '3301000000000001',
    name: '+86 1',
    phone: null,
    qty: 1,
    price: 1500,
    currency: 'JPY',
    margin: null,
    day: '2024-03-02',
    at: '2024-03-02 23:59:59',
  },
  {
    id: '#1001',
    name: '@cmd',
    phone: '+1 555',
    qty: 3,
    price: 250,
    currency: 'USD',
    margin: -500,
    day: '2024-03-03',
    at: '2024-03-03 00:00:00',
  },
  {
    id: '7',
    name: '\tTab',
    phone: '-5',
    qty: 0,
    price: 0,
    currency: 'CNY',
    margin: 0,
    day: '2024-03-04',
    at: '2024-03-04 12:00:00',
  },
];

describe('table writer', () => {
  it('xlsx: typed cells, formats per kind and currency, text never a formula, frozen filtered header', async () => {
    const file = path.join(dir, 'table.xlsx');
    expect(await writeTableFile(file, 'xlsx', { sheet: '订单', columns }, rows)).toBe(4);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('订单')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(columns.map((c) => c.header));
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toEqual('A1:H5');
    // A CJK header gets room for its double-width characters.
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(18);
    const [a, b, c, d] = [2, 3, 4, 5].map((r) => ws.getRow(r));
    expect(a!.getCell(1).value).toBe('0012');
    expect(a!.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(a!.getCell(1).numFmt).toBe('@');
    for (const [row, text] of [
      [a, '=1+1'],
      [b, '+86 1'],
      [c, '@cmd'],
      [d, '\tTab'],
    ] as const) {
      expect(row!.getCell(2).type).toBe(ExcelJS.ValueType.String);
      expect(row!.getCell(2).value).toBe(text);
      expect(row!.getCell(2).formula).toBeUndefined();
    }
    expect(d!.getCell(3).value).toBe('-5');
    expect(a!.getCell(4).value).toBe(2);
    expect(a!.getCell(4).numFmt).toBe('#,##0');
    expect([a!.getCell(5).value, a!.getCell(5).numFmt]).toEqual([19.99, '"CNY" #,##0.00']);
    expect([b!.getCell(5).value, b!.getCell(5).numFmt]).toEqual([1500, '"JPY" #,##0']);
    expect([c!.getCell(5).value, c!.getCell(5).numFmt]).toEqual([2.5, '"USD" #,##0.00']);
    expect([a!.getCell(6).value, a!.getCell(6).numFmt]).toEqual([0.1234, '0.00%']);
    expect(b!.getCell(6).value).toBe('—');
    expect(c!.getCell(6).value).toBe(-0.05);
    expect([a!.getCell(7).value, a!.getCell(7).numFmt]).toEqual([
      new Date('2024-03-01T00:00:00Z'),
      'yyyy-mm-dd',
    ]);
    expect([b!.getCell(8).value, b!.getCell(8).numFmt]).toEqual([
      new Date('2024-03-02T23:59:59Z'),
      'yyyy-mm-dd hh:mm:ss',
    ]);
  });

  it('csv: BOM, CRLF, the same columns, risky text behind an apostrophe', async () => {
    const file = path.join(dir, 'table.csv');
    await writeTableFile(file, 'csv', { sheet: 'x', columns }, rows);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF订单号,Name,Phone,')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(6);
    const cells = parse(text, { bom: true }) as string[][];
    expect(cells.slice(1).map((r) => r[1])).toEqual(["'=1+1", "'+86 1", "'@cmd", "'\tTab"]);
    expect(cells[4]![2]).toBe("'-5");
    expect(cells[1]!.slice(3)).toEqual(['2', '19.99', '12.34%', '2024-03-01', '2024-03-01 09:30:00']);
    expect(cells[2]!.slice(4, 6)).toEqual(['1500', '—']);
  });

  it('streams async rows and leaves no file when the rows fail midway', async () => {
    const file = path.join(dir, 'broken.xlsx');
    async function* failing(): AsyncGenerator<Row> {
      for (let i = 0; i < 2500; i++) yield rows[i % 4]!;
      throw new Error('database went away');
    }
    await expect(writeTableFile(file, 'xlsx', { sheet: 'x', columns }, failing())).rejects.toThrow(
      'went away',
    );
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('broken'))).toEqual([]);
  });

  it('places PNG pictures on a streamed sheet that exceljs reads back', async () => {
    const file = path.join(dir, 'pictures.xlsx');
    // A 1×1 PNG (red pixel).
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
      'base64',
    );
    const wb = openWorkbook(file);
    const first = startTableSheet(wb, { sheet: 'A', columns });
    addSheetImages(wb, first, [
      { png, col: 9, row: 1, widthPx: 300, heightPx: 100, description: 'one' },
      { png, col: 9, row: 8, widthPx: 300, heightPx: 100, description: 'two' },
    ]);
    endTableSheet(first, columns.length, 0);
    const second = startTableSheet(wb, { sheet: 'B', columns });
    addSheetImages(wb, second, [{ png, col: 0, row: 2, widthPx: 50, heightPx: 50, description: 'three' }]);
    endTableSheet(second, columns.length, 0);
    await wb.commit();

    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    const a = back.getWorksheet('A')!.getImages();
    expect(a.map((i) => [i.range.tl.nativeCol, i.range.tl.nativeRow])).toEqual([
      [9, 1],
      [9, 8],
    ]);
    expect(
      back
        .getWorksheet('B')!
        .getImages()
        .map((i) => i.range.tl.nativeRow),
    ).toEqual([2]);
    const media = (back.model as unknown as { media: { buffer: Buffer }[] }).media;
    expect(media).toHaveLength(3);
    expect(media.every((m) => m.buffer.equals(png))).toBe(true);
  });
});
