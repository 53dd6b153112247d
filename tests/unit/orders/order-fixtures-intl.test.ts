import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheetRows } from '../../../electron/core/catalog/import/read-rows';
import fs from 'node:fs';
import { amazonOrdersPart } from '../../../electron/core/orders/formats/amazon';
import { ebayOrdersPart } from '../../../electron/core/orders/formats/ebay';
import { etsyItemsPart, etsyOrdersPart } from '../../../electron/core/orders/formats/etsy';
import { detectPart, isItemsPart } from '../../../electron/core/orders/formats/registry';
import { shopifyOrdersPart } from '../../../electron/core/orders/formats/shopify';
import { woocommerceOrdersPart } from '../../../electron/core/orders/formats/woocommerce';
import type { FormatContext, OrdersPart, RowIssue } from '../../../electron/core/orders/formats/types';
import { normalizeHeader } from '../../../electron/core/orders/formats/values';
import { openTable } from '../../../electron/core/orders/read/open-table';
import { isValidOrderStatus, type ParsedOrder } from '../../../shared/domain/orders';
import { localDate } from '../../../shared/logic/dates';
import {
  expectedIntl,
  type IntlFigures,
  type IntlFixtureExpectation,
} from '../../fixtures/orders/expected-intl';

const dir = path.join(import.meta.dirname, '../../fixtures/orders');

interface Sheet {
  headers: string[];
  rows: { row: number; cells: string[] }[];
}

type Reader = 'simple' | 'stream';

/**
 * A fixture as the import pipeline sees it: rows before the first one any platform recognises are preamble,
 * blank rows are skipped. Read both with the catalog's simple reader and with the streaming order reader the
 * pipeline uses (which leaves cells untrimmed), so the figures hold whichever reads the file.
 */
async function sheet(file: string, reader: Reader): Promise<Sheet & { part: ReturnType<typeof detectPart> }> {
  const findHeader = (cells: string[]) => detectPart(cells.map(normalizeHeader)) !== null;
  if (reader === 'stream') {
    const source = await openTable(path.join(dir, file), { findHeader });
    const rows: Sheet['rows'] = [];
    for await (const r of source.rows()) rows.push(r);
    await source.close();
    const headers = source.headers.map(normalizeHeader);
    return { headers, part: detectPart(headers), rows };
  }
  const { rows } = await readSheetRows(path.join(dir, file));
  const at = rows.findIndex(findHeader);
  expect(at, `${file} has a recognisable header`).toBeGreaterThanOrEqual(0);
  const headers = rows[at]!.map(normalizeHeader);
  return {
    headers,
    part: detectPart(headers),
    rows: rows
      .map((cells, i) => ({ row: i + 1, cells }))
      .slice(at + 1)
      .filter((r) => r.cells.some((c) => c.trim() !== '')),
  };
}

async function parse(exp: IntlFixtureExpectation, file: string, reader: Reader = 'simple') {
  const ctx: FormatContext = { timezone: exp.timezone, currency: exp.currency };
  const issues: RowIssue[] = [];
  const orders: ParsedOrder[] = [];
  let items: Map<string, unknown[]> | undefined;
  if (exp.itemsFile) {
    const s = await sheet(exp.itemsFile, reader);
    expect(s.part && isItemsPart(s.part) && s.part.format === exp.format).toBe(true);
    if (!s.part || !isItemsPart(s.part)) throw new Error('not an items file');
    const collector = s.part.collect(s.headers, ctx, { issue: (i) => issues.push(i) });
    for (const r of s.rows) collector.push(r);
    items = collector.done();
  }
  const s = await sheet(file, reader);
  expect(s.part?.format, `${file} is detected as ${exp.format}`).toBe(exp.format);
  expect(s.part?.part).toBe('orders');
  const assembler = (s.part as OrdersPart).assemble(
    s.headers,
    ctx,
    { order: (o) => orders.push(o), issue: (i) => issues.push(i) },
    items,
  );
  for (const r of s.rows) assembler.push(r);
  assembler.finish();
  return { orders, issues };
}

/** METRICS.md sales figures over valid orders. */
function figures(orders: ParsedOrder[]): IntlFigures {
  const valid = orders.filter((o) => isValidOrderStatus(o.status));
  const sum = (f: (o: ParsedOrder) => number) => valid.reduce((n, o) => n + f(o), 0);
  const gross = sum((o) => o.lines.reduce((n, l) => n + l.unitPriceMinor * l.quantity, 0));
  const discounts = sum((o) => o.orderDiscountMinor + o.lines.reduce((n, l) => n + l.lineDiscountMinor, 0));
  const refunds = sum((o) => o.refundedMinor);
  return {
    orders: valid.length,
    units: sum((o) => o.lines.reduce((n, l) => n + l.quantity, 0)),
    gross_sales: gross,
    discounts,
    refunds,
    net_sales: gross - discounts - refunds,
    shipping_income: sum((o) => o.shippingIncomeMinor),
  };
}

function byMonth(orders: ParsedOrder[], zone: string): Record<string, IntlFigures> {
  const months = new Map<string, ParsedOrder[]>();
  for (const o of orders.filter((x) => isValidOrderStatus(x.status))) {
    const m = localDate(o.placedAt, zone).slice(0, 7);
    months.set(m, [...(months.get(m) ?? []), o]);
  }
  return Object.fromEntries([...months].sort().map(([m, os]) => [m, figures(os)]));
}

const monthsOf = (orders: ParsedOrder[], zone: string) =>
  [...new Set(orders.map((o) => localDate(o.placedAt, zone).slice(0, 7)))].sort();

const cases = Object.entries(expectedIntl).flatMap(([name, exp]) =>
  exp.files.flatMap((file) =>
    (['simple', 'stream'] as const).map((reader) => ({
      name,
      file,
      reader,
      exp: exp as IntlFixtureExpectation,
    })),
  ),
);

describe('Western platform fixtures give the hand-worked figures', () => {
  it.each(cases)('$name: $file ($reader reader)', async ({ file, reader, exp }) => {
    const { orders, issues } = await parse(exp, file, reader);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const warnings = issues.filter((i) => i.severity === 'warning');
    expect(exp.warnings.flatMap((w) => w.orders.map((id) => ({ key: w.key, id })))).toEqual(
      warnings.map((w) => ({ key: w.key, id: orders.find((o) => o.row === w.row)?.externalId })),
    );
    expect(orders).toHaveLength(exp.ordersInFile);
    expect(orders.reduce((n, o) => n + o.lines.length, 0)).toBe(exp.linesInFile);
    expect(orders.every((o) => o.currency === exp.currency)).toBe(true);
    expect(figures(orders)).toEqual(exp.total);
    expect(byMonth(orders, 'UTC')).toEqual(exp.byMonthUtc);
    expect(byMonth(orders, 'Asia/Shanghai')).toEqual(exp.byMonthShanghai);
    expect(monthsOf(orders, 'UTC')).toEqual(exp.monthsUtc);
    expect(monthsOf(orders, 'Asia/Shanghai')).toEqual(exp.monthsShanghai);
    if (exp.fees !== undefined) {
      const valid = orders.filter((o) => isValidOrderStatus(o.status));
      expect(valid.reduce((n, o) => n + (o.feesMinor ?? 0), 0)).toBe(exp.fees);
    }
  });

  it('csv, xlsx and UTF-16 copies of one export parse to identical orders', async () => {
    for (const exp of [
      expectedIntl.shopify,
      expectedIntl.woocommerce,
      expectedIntl.amazon,
    ] as IntlFixtureExpectation[]) {
      const [a, b] = await Promise.all(exp.files.map((f) => parse(exp, f)));
      expect(b!.orders).toEqual(a!.orders);
    }
  });

  it('the later Shopify export changes 3 orders, adds 2 and repeats 5 exactly', async () => {
    const first = await parse(expectedIntl.shopify, 'shopify-orders.csv');
    const later = await parse(expectedIntl.shopifyUpdate, 'shopify-orders-update.csv');
    const before = new Map(first.orders.map((o) => [o.externalId, o]));
    const outcome = { inserted: 0, updated: 0, unchanged: 0 };
    const changed: string[] = [];
    for (const o of later.orders) {
      const old = before.get(o.externalId);
      // Row numbers move when the export grows; the order's content is what counts.
      if (!old) outcome.inserted++;
      else if (JSON.stringify({ ...old, row: 0 }) === JSON.stringify({ ...o, row: 0 })) outcome.unchanged++;
      else {
        outcome.updated++;
        changed.push(`${o.externalId}:${old.status}→${o.status}:${old.refundedMinor}→${o.refundedMinor}`);
      }
    }
    expect(outcome).toEqual(expectedIntl.shopifyUpdate.afterFirstImport);
    expect(changed.sort()).toEqual([
      '#1002:paid→shipped:0→0',
      '#1004:pending_payment→paid:0→0',
      '#1007:shipped→shipped:0→2400',
    ]);
  });

  it('each platform file is claimed by exactly its own Western part, and other platforms by none', async () => {
    const mine = [
      shopifyOrdersPart,
      amazonOrdersPart,
      ebayOrdersPart,
      etsyOrdersPart,
      etsyItemsPart,
      woocommerceOrdersPart,
    ];
    const files = fs.readdirSync(dir).filter((f) => /\.(csv|txt|xlsx)$/.test(f));
    let checked = 0;
    for (const file of files) {
      const { rows } = await readSheetRows(path.join(dir, file));
      const header = rows.map((r) => r.map(normalizeHeader)).find((r) => detectPart(r) !== null);
      if (!header) continue;
      const detected = detectPart(header)!;
      const claims = mine.filter((p) => p.matches(header));
      expect(claims, file).toEqual(mine.includes(detected as never) ? [detected] : []);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(12);
  });
});
