import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheetRows } from '../../../electron/core/catalog/import/read-rows';
import { openTable } from '../../../electron/core/orders/read/open-table';
import { douyinOrdersPart } from '../../../electron/core/orders/formats/douyin';
import { jdOrdersPart } from '../../../electron/core/orders/formats/jd';
import { pinduoduoOrdersPart } from '../../../electron/core/orders/formats/pinduoduo';
import { taobaoItemsPart, taobaoOrdersPart } from '../../../electron/core/orders/formats/taobao';
import type { ItemsPart, OrdersPart, RowIssue } from '../../../electron/core/orders/formats/types';
import { normalizeHeader } from '../../../electron/core/orders/formats/values';
import { isValidOrderStatus, type ParsedOrder } from '../../../shared/domain/orders';
import { localDate } from '../../../shared/logic/dates';
import { expectedCn, type CnFigures, type CnFixtureExpectation } from '../../fixtures/orders/expected-cn';
import { cnContext, runCn, type CnRun } from '../../helpers/cn-format-run';

const dir = path.join(import.meta.dirname, '../../fixtures/orders');

/** METRICS.md sales figures over parsed orders, straight from the definitions (valid orders only). */
function figures(orders: ParsedOrder[]): CnFigures {
  const f: CnFigures = {
    orders: 0,
    units: 0,
    gross_sales: 0,
    discounts: 0,
    refunds: 0,
    net_sales: 0,
    shipping_income: 0,
  };
  for (const o of orders.filter((x) => isValidOrderStatus(x.status))) {
    f.orders++;
    for (const l of o.lines) {
      f.units += l.quantity;
      f.gross_sales += l.unitPriceMinor * l.quantity;
      f.discounts += l.lineDiscountMinor;
    }
    f.discounts += o.orderDiscountMinor;
    f.refunds += o.refundedMinor;
    f.shipping_income += o.shippingIncomeMinor;
  }
  f.net_sales = f.gross_sales - f.discounts - f.refunds;
  return f;
}

async function parse(part: OrdersPart, file: string, itemsFile?: string): Promise<CnRun> {
  const { rows } = await readSheetRows(path.join(dir, file));
  expect(part.matches(rows[0]!.map(normalizeHeader)), `${file} header`).toBe(true);
  const items = itemsFile
    ? { part: taobaoItemsPart, sheet: (await readSheetRows(path.join(dir, itemsFile))).rows }
    : undefined;
  // The simple reader keeps blank rows; the streaming reader skips them, so drop them here too.
  const sheet = rows.filter((r, i) => i === 0 || r.some((c) => c !== ''));
  return runCn(part, sheet, items ? { items } : {});
}

/** The same files through the streaming reader the import pipeline uses (header found by the part itself). */
async function parseStreaming(part: OrdersPart, file: string, itemsFile?: string): Promise<CnRun> {
  const orders: ParsedOrder[] = [];
  const issues: RowIssue[] = [];
  const sink = { order: (o: ParsedOrder) => orders.push(o), issue: (i: RowIssue) => issues.push(i) };
  const open = (p: OrdersPart | ItemsPart, f: string) =>
    openTable(path.join(dir, f), { findHeader: (cells) => p.matches(cells.map(normalizeHeader)) });
  let items: Map<string, unknown[]> | undefined;
  if (itemsFile) {
    const table = await open(taobaoItemsPart, itemsFile);
    const collector = taobaoItemsPart.collect(table.headers.map(normalizeHeader), cnContext, sink);
    for await (const row of table.rows()) collector.push(row);
    await table.close();
    items = collector.done();
  }
  const table = await open(part, file);
  const assembler = part.assemble(table.headers.map(normalizeHeader), cnContext, sink, items);
  for await (const row of table.rows()) assembler.push(row);
  assembler.finish();
  await table.close();
  return {
    orders,
    issues,
    errors: issues.filter((i) => i.severity === 'error'),
    warnings: issues.filter((i) => i.severity === 'warning'),
  };
}

function check(run: CnRun, expected: CnFixtureExpectation): void {
  expect(run.issues).toEqual([]);
  expect(run.orders).toHaveLength(expected.ordersInFile);
  expect(run.orders.reduce((s, o) => s + o.lines.length, 0)).toBe(expected.linesInFile);
  expect(figures(run.orders)).toEqual(expected.total);
  const valid = run.orders.filter((o) => isValidOrderStatus(o.status));
  const months = [...new Set(valid.map((o) => localDate(o.placedAt, expected.timezone).slice(0, 7)))].sort();
  expect(months).toEqual(expected.months);
  for (const month of months)
    expect(
      figures(valid.filter((o) => localDate(o.placedAt, expected.timezone).startsWith(month))),
      month,
    ).toEqual(expected.byMonth[month]);
  for (const o of run.orders) {
    expect(o.currency).toBe('CNY');
    // Every order's money adds up: lines − seller discounts − platform discounts + shipping = paid.
    if (o.status !== 'pending_payment' && o.status !== 'cancelled') {
      const gross = o.lines.reduce((s, l) => s + l.unitPriceMinor * l.quantity - l.lineDiscountMinor, 0);
      expect(
        gross - o.orderDiscountMinor - o.platformDiscountMinor + o.shippingIncomeMinor,
        o.externalId,
      ).toBe(o.totalPaidMinor);
    }
  }
}

describe('Chinese platform fixtures give the hand-worked figures, through either reader', () => {
  it('Taobao orders + items (GBK)', async () => {
    const e = expectedCn.taobao;
    const run = await parse(taobaoOrdersPart, e.files[0]!, e.itemsFile);
    check(run, e);
    const streamed = await parseStreaming(taobaoOrdersPart, e.files[0]!, e.itemsFile);
    check(streamed, e);
    expect(streamed.orders).toEqual(run.orders);
    // ="…" guards are gone; the April order at 00:30 Shanghai is 31 March in UTC.
    expect(run.orders.find((o) => o.externalId === '3921000000000006')!.placedAt).toBe(
      '2024-03-31T16:30:00.000Z',
    );
    expect(run.orders.find((o) => o.externalId === '3921000000000003')).toMatchObject({
      status: 'completed',
      refundedMinor: 4500,
    });
  });

  it('Taobao orders file alone', async () => {
    const e = expectedCn.taobaoOrdersOnly;
    check(await parse(taobaoOrdersPart, e.files[0]!), e);
    check(await parseStreaming(taobaoOrdersPart, e.files[0]!), e);
  });

  for (const [name, part] of [
    ['jd', jdOrdersPart],
    ['pinduoduo', pinduoduoOrdersPart],
    ['douyin', douyinOrdersPart],
  ] as const) {
    it(`${name}: every file of the pair, with the same orders`, async () => {
      const e = expectedCn[name];
      const runs = await Promise.all(e.files.map((f) => parse(part, f)));
      const streamed = await Promise.all(e.files.map((f) => parseStreaming(part, f)));
      for (const run of [...runs, ...streamed]) check(run, e);
      // csv and xlsx give identical orders (ids as text, amounts to the fen, local times), by either reader.
      expect(runs[1]!.orders).toEqual(runs[0]!.orders);
      expect(streamed[0]!.orders).toEqual(runs[0]!.orders);
      expect(streamed[1]!.orders).toEqual(runs[0]!.orders);
    });
  }

  it('keeps Douyin masked data and strips its tab-prefixed ids', async () => {
    const run = await parse(douyinOrdersPart, 'douyin-orders-bom.csv');
    const o = run.orders[0]!;
    expect(o.externalId).toBe('6917000000000000001');
    expect(o.lines.map((l) => l.externalLineId)).toEqual(['6917000000000000101', '6917000000000000102']);
    expect(o.customer).toEqual({ name: '陈**', phone: '138****5678', email: null, buyerId: null });
    expect(o.address.address).toBe('武侯区 ##密文');
  });
});
