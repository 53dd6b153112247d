import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTable } from '../../electron/core/orders/read/open-table';
import { sniffEncoding, utf8Boundary } from '../../electron/core/orders/read/sniff-encoding';
import { TableReadError, type OpenTableOptions, type TableRow } from '../../electron/core/orders/read/types';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'order-read-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string | Buffer): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};

/** A header is the row naming the order id column, in English or Chinese. */
const byOrderId: OpenTableOptions = {
  findHeader: (cells) => cells.some((c) => ['order id', '订单号', 'order-id'].includes(c.toLowerCase())),
};

async function readAll(file: string, options: OpenTableOptions = byOrderId) {
  const source = await openTable(file, options);
  const rows: TableRow[] = [];
  for await (const row of source.rows()) rows.push(row);
  await source.close();
  return { source, rows };
}

/** The TableReadError key (and row) a file fails with, whether at open or while reading its rows. */
async function failure(file: string, options: OpenTableOptions = byOrderId) {
  try {
    await readAll(file, options);
  } catch (error) {
    if (error instanceof TableReadError) return { key: error.key, row: error.row };
    throw error;
  }
  return null;
}

const ordersCsv = 'order id,date,amount\n1001,2024-06-18 10:00,12.50\n1002,2024-06-19 11:00,"1,694.07"\n';

describe('openTable: encodings', () => {
  it('reads plain UTF-8 with commas and numbers rows as the file does', async () => {
    const { source, rows } = await readAll(write('plain.csv', ordersCsv));
    expect(source).toMatchObject({ kind: 'csv', encoding: 'utf8', delimiter: ',', headerRow: 1 });
    expect(source.headers).toEqual(['order id', 'date', 'amount']);
    expect(rows).toEqual([
      { row: 2, cells: ['1001', '2024-06-18 10:00', '12.50'] },
      { row: 3, cells: ['1002', '2024-06-19 11:00', '1,694.07'] },
    ]);
  });

  it('drops a UTF-8 BOM from the first header', async () => {
    const { source, rows } = await readAll(write('bom.csv', `\uFEFF${ordersCsv}`));
    expect(source.encoding).toBe('utf8-bom');
    expect(source.headers[0]).toBe('order id');
    expect(rows).toHaveLength(2);
  });

  it('reads GB18030/GBK with Chinese headers and cells', async () => {
    const text = '订单号,买家会员名,订单状态\r\n1001,张三,交易成功\r\n1002,李四,等待买家付款\r\n';
    const { source, rows } = await readAll(write('taobao.csv', iconv.encode(text, 'gbk')));
    expect(source.encoding).toBe('gb18030');
    expect(source.headers).toEqual(['订单号', '买家会员名', '订单状态']);
    expect(rows.map((r) => r.cells)).toEqual([
      ['1001', '张三', '交易成功'],
      ['1002', '李四', '等待买家付款'],
    ]);
  });

  it('reads UTF-16LE tab-separated text with and without a BOM', async () => {
    const text = 'order id\tbuyer\tamount\n1001\t王五\t12.50\n';
    for (const [name, buf] of [
      ['u16-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')])],
      ['u16.txt', iconv.encode(text, 'utf16le')],
    ] as const) {
      const { source, rows } = await readAll(write(name, buf));
      expect(source).toMatchObject({ encoding: 'utf16le', delimiter: '\t' });
      expect(source.headers).toEqual(['order id', 'buyer', 'amount']);
      expect(rows).toEqual([{ row: 2, cells: ['1001', '王五', '12.50'] }]);
    }
  });

  it('reads UTF-16BE with a BOM', async () => {
    const text = 'order id\tbuyer\n1001\t赵六\n';
    const buf = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]);
    const { source, rows } = await readAll(write('u16be.txt', buf));
    expect(source.encoding).toBe('utf16be');
    expect(rows[0]!.cells).toEqual(['1001', '赵六']);
  });

  it('keeps UTF-8 when the 256 KB sample ends inside a Chinese character', async () => {
    // Header + ASCII filler so that a 3-byte character straddles byte 262144 of the file.
    const head = 'order id,title\n';
    const filler = `1,${'x'.repeat(262_144 - head.length - 2 - 1)}`;
    const text = `${head}${filler}中文标题\n2,保温杯\n`;
    const buf = Buffer.from(text);
    expect(buf.subarray(262_143, 262_146).toString('utf8')).toBe('中');
    const { source, rows } = await readAll(write('cut.csv', buf));
    expect(source.encoding).toBe('utf8');
    expect(rows[1]!.cells).toEqual(['2', '保温杯']);
  });

  it('sniffs from the first bytes alone', () => {
    expect(sniffEncoding(Buffer.from('订单号'), true)).toBe('utf8');
    // Cut inside 号 (3 bytes): not complete, so the cut is ignored rather than read as GBK.
    expect(sniffEncoding(Buffer.from('订单号').subarray(0, 7), false)).toBe('utf8');
    expect(sniffEncoding(Buffer.from('订单号').subarray(0, 7), true)).toBe('gb18030');
    expect(utf8Boundary(Buffer.from('ab中').subarray(0, 4))).toBe(2);
    expect(utf8Boundary(Buffer.from('ab中'))).toBe(5);
    expect(sniffEncoding(iconv.encode('订单号,状态', 'gbk'), true)).toBe('gb18030');
  });
});

describe('openTable: delimiters, preambles and rows', () => {
  it('reads semicolon files with comma decimals (German eBay)', async () => {
    const text = 'Order ID;Artikel;Verkauft für\n11-1111-1111;Tasse;EUR 90,00\n';
    const { source, rows } = await readAll(write('ebay-de.csv', text));
    expect(source.delimiter).toBe(';');
    expect(rows[0]!.cells).toEqual(['11-1111-1111', 'Tasse', 'EUR 90,00']);
  });

  it('reads tab-separated .txt (Amazon) and .tsv', async () => {
    const text = 'order-id\tsku\tquantity\n114-0000001-0000001\tMUG-01\t2\n';
    for (const name of ['orders.txt', 'orders.tsv']) {
      const { source, rows } = await readAll(write(name, text));
      expect(source.delimiter).toBe('\t');
      expect(rows[0]!.cells).toEqual(['114-0000001-0000001', 'MUG-01', '2']);
    }
  });

  it('skips note lines before the header (Amazon date range) and keeps footers as rows', async () => {
    const text = [
      '"Includes Amazon Marketplace, Fulfillment by Amazon (FBA), and Amazon Webstore transactions"',
      '"All amounts in USD, unless specified"',
      '"Definitions:"',
      '"date/time","order id","total"',
      '"Jan 1, 2025 12:00:00 AM PST","114-0000001-0000001","1,234.56"',
      '"Total","","1,234.56"',
      '',
    ].join('\n');
    const { source, rows } = await readAll(write('date-range.csv', text));
    expect(source.headerRow).toBe(4);
    expect(source.delimiter).toBe(',');
    expect(rows).toEqual([
      { row: 5, cells: ['Jan 1, 2025 12:00:00 AM PST', '114-0000001-0000001', '1,234.56'] },
      { row: 6, cells: ['Total', '', '1,234.56'] },
    ]);
  });

  it("skips eBay's blank and all-comma first lines; blank rows are skipped but keep numbering", async () => {
    const text =
      '\n,,,\nOrder ID,Item Title,Quantity\n11-1,Mug,1\n\n,,\n11-2,Cup,2\n2 record(s) downloaded\n';
    const { source, rows } = await readAll(write('ebay.csv', text));
    expect(source.headerRow).toBe(3);
    expect(rows).toEqual([
      { row: 4, cells: ['11-1', 'Mug', '1'] },
      { row: 7, cells: ['11-2', 'Cup', '2'] },
      { row: 8, cells: ['2 record(s) downloaded'] },
    ]);
  });

  it('keeps quoted newlines, quotes and untrimmed cells; rows are record numbers', async () => {
    const text =
      'order id,note,sku\r\n1001,"line one\r\nline two",\t0012\r\n1002,"say ""hi""",  MUG  \r\n1003,5" tall,X\r\n';
    const { rows } = await readAll(write('quoted.csv', text));
    expect(rows).toEqual([
      { row: 2, cells: ['1001', 'line one\r\nline two', '\t0012'] },
      { row: 3, cells: ['1002', 'say "hi"', '  MUG  '] },
      { row: 4, cells: ['1003', '5" tall', 'X'] },
    ]);
  });

  it('gives rows shorter or longer than the header as they are', async () => {
    const { rows } = await readAll(write('ragged.csv', 'order id,a,b\n1,x\n2,x,y,z\n'));
    expect(rows.map((r) => r.cells)).toEqual([
      ['1', 'x'],
      ['2', 'x', 'y', 'z'],
    ]);
  });

  it('refuses a file whose header is not within the allowed preamble', async () => {
    const notes = Array.from({ length: 5 }, (_, i) => `note ${i}`).join('\n');
    const file = write('late-header.csv', `${notes}\norder id,x\n1,2\n`);
    expect(await failure(file, { ...byOrderId, maxPreambleRows: 3 })).toEqual({
      key: 'headerNotFound',
      row: 0,
    });
    expect((await readAll(file, { ...byOrderId, maxPreambleRows: 5 })).source.headerRow).toBe(6);
    const many = Array.from({ length: 40 }, (_, i) => `note ${i}`).join('\n');
    expect(await failure(write('notes.csv', `${many}\norder id,x\n`))).toEqual({
      key: 'headerNotFound',
      row: 0,
    });
    expect(await failure(write('other.csv', 'name,price\nmug,3\n'))).toMatchObject({ key: 'headerNotFound' });
  });

  it('reports progress in bytes up to the file size', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `${i},2024-06-18 10:00,12.50`);
    const file = write('progress.csv', `order id,date,amount\n${lines.join('\n')}\n`);
    const source = await openTable(file, byOrderId);
    expect(source.bytesTotal).toBe(fs.statSync(file).size);
    const seen: number[] = [];
    let count = 0;
    for await (const _row of source.rows()) if (++count % 5000 === 0) seen.push(source.bytesRead());
    expect(count).toBe(20_000);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen[0]!).toBeLessThan(source.bytesTotal);
    expect(source.bytesRead()).toBe(source.bytesTotal);
    await source.close();
  });

  it('can stop early and close without reading the rest', async () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `${i},x`);
    const source = await openTable(write('early.csv', `order id,x\n${lines.join('\n')}\n`), byOrderId);
    for await (const row of source.rows()) {
      expect(row.row).toBe(2);
      break;
    }
    await source.close();
    expect(source.bytesRead()).toBeLessThan(source.bytesTotal);
  });
});

describe('openTable: files it refuses', () => {
  it('names missing files, folders and unsupported types', async () => {
    expect(await failure(path.join(dir, 'nope.csv'))).toEqual({ key: 'fileMissing', row: 0 });
    expect(await failure(dir)).toEqual({ key: 'fileMissing', row: 0 });
    expect(await failure(write('orders.xls', ordersCsv))).toEqual({ key: 'fileType', row: 0 });
    expect(await failure(write('orders.pdf', ordersCsv))).toEqual({ key: 'fileType', row: 0 });
  });

  it('calls empty files and files of blank lines empty', async () => {
    expect(await failure(write('empty.csv', ''))).toEqual({ key: 'fileEmpty', row: 0 });
    expect(await failure(write('empty.xlsx', ''))).toEqual({ key: 'fileEmpty', row: 0 });
    expect(await failure(write('blank.csv', '\uFEFF\r\n\r\n,,,\r\n'))).toEqual({ key: 'fileEmpty', row: 0 });
  });

  it('refuses random bytes and a spreadsheet saved under a text name as binary or damaged', async () => {
    const random = crypto.randomBytes(64 * 1024);
    expect(await failure(write('random.csv', random))).toMatchObject({ key: 'fileBinary' });
    expect(await failure(write('random.xlsx', random))).toMatchObject({ key: 'xlsxDamaged' });
    const xlsx = await sampleWorkbook('renamed.xlsx');
    expect(await failure(write('renamed.csv', fs.readFileSync(xlsx)))).toMatchObject({
      key: 'fileBinary',
    });
  });

  it('refuses a 10 MB cell and an unclosed quote without holding them, naming the row', async () => {
    const huge = `order id,note\n1,ok\n2,${'x'.repeat(10 * 1024 * 1024)}\n3,ok\n`;
    expect(await failure(write('huge-cell.csv', huge))).toEqual({ key: 'fileRowTooLong', row: 3 });
    const unclosed = `order id,note\n1,ok\n2,"never closed\n${'3,more\n'.repeat(1000)}`;
    expect(await failure(write('unclosed.csv', unclosed))).toMatchObject({ key: 'fileQuoteUnclosed' });
    // The same problem inside the preamble is found while looking for the header.
    expect(await failure(write('huge-note.csv', `${'x'.repeat(2_000_000)}\norder id\n1\n`))).toMatchObject({
      key: 'fileRowTooLong',
    });
  });
});

async function sampleWorkbook(name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('订单');
  ws.addRow(['Orders report 2024-06']);
  ws.addRow([]);
  ws.addRow(['order id', 'placed', 'price', 'qty', 'title', 'total', 'check', 'big', 'paid']);
  ws.addRow([
    '114-0000001-0000001',
    new Date(Date.UTC(2024, 5, 18, 10, 0, 0)),
    12.5,
    3,
    { richText: [{ text: '保温' }, { font: { bold: true }, text: '杯' }] },
    { formula: 'C4*D4', result: 37.5 },
    { error: '#DIV/0!' },
    Number('12345678901234567890'),
    true,
  ]);
  ws.getCell('B4').numFmt = 'yyyy-mm-dd hh:mm:ss';
  ws.addRow([]);
  ws.addRow([
    '00012345678901234567',
    new Date(Date.UTC(2024, 11, 31, 23, 59, 59)),
    0.1 + 0.2,
    1,
    ' 杯 ',
    1e15,
  ]);
  ws.getCell('B6').numFmt = 'yyyy/m/d h:mm';
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('openTable: xlsx', () => {
  it('reads the first sheet with dates as wall-clock text, clean numbers and text ids', async () => {
    const file = await sampleWorkbook('orders.xlsx');
    const { source, rows } = await readAll(file);
    expect(source).toMatchObject({ kind: 'xlsx', encoding: null, delimiter: null, headerRow: 3 });
    expect(source.headers).toEqual([
      'order id',
      'placed',
      'price',
      'qty',
      'title',
      'total',
      'check',
      'big',
      'paid',
    ]);
    expect(rows).toEqual([
      {
        row: 4,
        cells: [
          '114-0000001-0000001',
          '2024-06-18 10:00:00',
          '12.5',
          '3',
          '保温杯',
          '37.5',
          '',
          // Beyond 2^53 a number is no exact id any more: kept as JavaScript prints it.
          '12345678901234567000',
          'TRUE',
        ],
      },
      {
        row: 6,
        cells: ['00012345678901234567', '2024-12-31 23:59:59', '0.3', '1', ' 杯 ', '1000000000000000'],
      },
    ]);
    expect(source.bytesRead()).toBe(source.bytesTotal);
  });

  it('closes cleanly after the header or after the first row', async () => {
    const file = await sampleWorkbook('early.xlsx');
    const first = await openTable(file, byOrderId);
    await first.close();
    const second = await openTable(file, byOrderId);
    for await (const row of second.rows()) {
      expect(row.row).toBe(4);
      break;
    }
    await second.close();
    // Still readable afterwards: nothing was left locked or half-read.
    expect((await readAll(file)).rows).toHaveLength(2);
  });

  it('refuses truncated workbooks as damaged wherever the cut is, without hanging', async () => {
    const whole = fs.readFileSync(await sampleWorkbook('whole.xlsx'));
    for (const keep of [0.1, 0.25, 0.5, 0.75, 0.9]) {
      const cut = write(`cut-${keep}.xlsx`, whole.subarray(0, Math.floor(whole.length * keep)));
      expect(await failure(cut)).toMatchObject({ key: 'xlsxDamaged' });
    }
    expect(await failure(write('cut-end.xlsx', whole.subarray(0, whole.length - 30)))).toMatchObject({
      key: 'xlsxDamaged',
    });
  });

  it('refuses a workbook without the header as headerNotFound and a zip without sheets as unreadable', async () => {
    const file = await sampleWorkbook('no-header.xlsx');
    expect(await failure(file, { findHeader: (cells) => cells.includes('Lineitem sku') })).toEqual({
      key: 'headerNotFound',
      row: 0,
    });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('empty');
    const emptySheet = path.join(dir, 'empty-sheet.xlsx');
    await wb.xlsx.writeFile(emptySheet);
    expect(await failure(emptySheet)).toEqual({ key: 'fileEmpty', row: 0 });
  });
});

/** V8's gc() without --expose-gc on the command line: the flag can be set at run time, then read from a context. */
function collectGarbage(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

describe('openTable: memory', () => {
  it('streams a 200,000-line file with flat memory', async () => {
    const file = path.join(dir, 'big.csv');
    const out = fs.createWriteStream(file);
    out.write('order id,placed,sku,title,quantity,price,buyer,address\n');
    const filler = '上海市浦东新区世纪大道100号 Building 7 Room 1203, long enough to weigh something';
    for (let i = 0; i < 200_000; i++) {
      const line = `${1_000_000 + i},2024-06-18 10:00:00,SKU-${i % 5000},"Mug, blue ${i}",2,12.50,buyer${i},"${filler}"\n`;
      if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    await new Promise<void>((resolve) => out.end(resolve));
    const size = fs.statSync(file).size;
    expect(size).toBeGreaterThan(25 * 1024 * 1024);

    // Collect garbage before each sample, so the figure is what the reader holds on to, not what V8 has yet
    // to sweep (a full read would hold several times the file's 25+ MB; streaming holds a few chunks).
    const gc = collectGarbage();
    gc();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const source = await openTable(file, byOrderId);
    let count = 0;
    let units = 0;
    for await (const row of source.rows()) {
      count++;
      units += Number(row.cells[4]);
      if (count % 25_000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    }
    await source.close();
    expect(count).toBe(200_000);
    expect(units).toBe(400_000);
    expect((peak - before) / 1024 / 1024).toBeLessThan(80);
  });
});
