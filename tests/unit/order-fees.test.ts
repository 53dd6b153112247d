import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedFee } from '../../shared/domain/order-fees';
import { amazonFeeKind } from '../../electron/core/orders/fees/amazon-settlement';
import { detectFeeFile } from '../../electron/core/orders/fees/detect';
import type { RowIssue } from '../../electron/core/orders/formats/types';
import { openTable } from '../../electron/core/orders/read/open-table';
import type { TableRow } from '../../electron/core/orders/read/types';
import { expectedFees } from '../fixtures/orders/expected-fees';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/orders');
const ctx = { timezone: 'America/New_York', currency: 'USD' };

/** Runs a header and rows through the fee file part its header names. */
function parseRows(headers: string[], rows: TableRow[], currency = 'USD') {
  const part = detectFeeFile(headers);
  if (!part) throw new Error('not a fee file');
  const fees: ParsedFee[] = [];
  const issues: RowIssue[] = [];
  const assembler = part.parse(
    headers,
    { ...ctx, currency },
    { fee: (f) => fees.push(f), issue: (i) => issues.push(i) },
  );
  rows.forEach((r) => assembler.push(r));
  assembler.finish();
  return { kind: part.kind, fees, issues };
}

async function readFixture(name: string) {
  const source = await openTable(path.join(fixtures, name), {
    findHeader: (cells) => detectFeeFile(cells) !== null,
  });
  const rows: TableRow[] = [];
  for await (const row of source.rows()) rows.push(row);
  await source.close();
  return { headers: source.headers, headerRow: source.headerRow, rows };
}

const totalsOf = (fees: ParsedFee[]) => {
  const totals: Record<string, number> = {};
  const byKind: Record<string, Record<string, number>> = {};
  for (const f of fees) {
    totals[f.orderExternalId] = (totals[f.orderExternalId] ?? 0) + f.amountMinor;
    const kinds = (byKind[f.orderExternalId] ??= {});
    kinds[f.kind] = (kinds[f.kind] ?? 0) + f.amountMinor;
  }
  return { totals, byKind };
};

const uniqueKeys = (fees: ParsedFee[]) => fees.map((f) => `${f.orderExternalId} ${f.sourceRef} ${f.kind}`);

describe('fee files: fixtures', () => {
  for (const [name, expected] of Object.entries(expectedFees)) {
    it(`${name}: hand-computed fees per order and kind`, async () => {
      const { headers, rows } = await readFixture(name);
      const { kind, fees, issues } = parseRows(headers, rows);
      expect(issues).toEqual([]);
      expect(kind).toBe(expected.kind);
      expect(fees).toHaveLength(expected.count);
      expect(new Set(fees.map((f) => f.currency))).toEqual(new Set([expected.currency]));
      const { totals, byKind } = totalsOf(fees);
      expect(totals).toEqual(expected.totals);
      expect(byKind).toEqual(expected.byKind);
    });

    it(`${name}: the same fees with the same references when re-read or re-sorted`, async () => {
      const { headers, rows } = await readFixture(name);
      const first = parseRows(headers, rows).fees;
      const again = parseRows(headers, rows).fees;
      const shuffled = parseRows(headers, [...rows].reverse()).fees;
      const keys = (fees: ParsedFee[]) =>
        fees.map((f) => `${f.orderExternalId} ${f.sourceRef} ${f.kind} ${f.amountMinor}`);
      expect(keys(again)).toEqual(keys(first));
      expect(new Set(keys(shuffled))).toEqual(new Set(keys(first)));
      // order_fees is UNIQUE (order_id, source_ref, kind): no two fees of a file may collide there.
      expect(new Set(uniqueKeys(first)).size).toBe(first.length);
    });
  }

  it('finds the date range header after its note lines and names rows as the file does', async () => {
    const { headers, headerRow, rows } = await readFixture('amazon-date-range.csv');
    expect(headerRow).toBe(8);
    const { fees } = parseRows(headers, rows);
    // "-1,069.35", quoted with a thousands separator.
    expect(fees.find((f) => f.amountMinor === 106935)).toMatchObject({
      orderExternalId: '111-0999999-0000099',
      kind: 'commission',
      row: 10,
    });
    // The refund gives back 4.35 and keeps 0.87: a negative fee of 3.48.
    expect(fees.find((f) => f.amountMinor === -348)).toMatchObject({
      orderExternalId: '111-1000007-0000007',
      row: 16,
    });
  });
});

const settlementHeader = [
  'settlement-id',
  'currency',
  'transaction-type',
  'order-id',
  'adjustment-id',
  'shipment-id',
  'order-item-code',
  'sku',
  'price-type',
  'price-amount',
  'item-related-fee-type',
  'item-related-fee-amount',
  'misc-fee-amount',
];
const settlementRow = (row: number, cells: Partial<Record<string, string>>): TableRow => ({
  row,
  cells: settlementHeader.map((h) => cells[h] ?? ''),
});

describe('fee files: rules', () => {
  it('turns Amazon negatives into costs, takes the currency from the summary row and skips what is not a fee', () => {
    const { fees, issues } = parseRows(
      settlementHeader,
      [
        settlementRow(2, { 'settlement-id': '777', currency: 'EUR' }),
        settlementRow(3, {
          'transaction-type': 'Order',
          'order-id': '302-1',
          'order-item-code': 'I1',
          'price-type': 'Principal',
          'price-amount': '90,00',
        }),
        settlementRow(4, {
          'transaction-type': 'Order',
          'order-id': '302-1',
          'order-item-code': 'I1',
          'item-related-fee-type': 'Commission',
          'item-related-fee-amount': '-13,50',
        }),
        settlementRow(5, {
          'transaction-type': 'Order',
          'order-id': '302-1',
          'order-item-code': 'I1',
          'item-related-fee-type': 'FBAWeightBasedFee',
          'item-related-fee-amount': '0.00',
        }),
        settlementRow(6, { 'transaction-type': 'Storage Fee', 'misc-fee-amount': '-4.00' }),
      ],
      'GBP',
    );
    expect(issues).toEqual([]);
    expect(fees).toEqual([
      {
        orderExternalId: '302-1',
        kind: 'commission',
        amountMinor: 1350,
        currency: 'EUR',
        sourceRef: 'amazon-settlement|777|Order|302-1|||I1|item-related-fee-amount:Commission#1',
        row: 4,
      },
    ]);
  });

  it('keeps two identical fee lines as two fees with distinct references', () => {
    const same = {
      'settlement-id': '9',
      'transaction-type': 'Order',
      'order-id': 'A',
      'order-item-code': 'I',
      'item-related-fee-type': 'FBAPerUnitFulfillmentFee',
      'item-related-fee-amount': '-3.22',
    };
    const { fees } = parseRows(settlementHeader, [settlementRow(2, same), settlementRow(3, same)]);
    expect(fees.map((f) => [f.amountMinor, f.sourceRef.slice(-2)])).toEqual([
      [322, '#1'],
      [322, '#2'],
    ]);
  });

  it('reports an unreadable amount with its row and column and keeps reading', () => {
    const header = ['date/time', 'type', 'order id', 'sku', 'selling fees', 'fba fees', 'total'];
    const { fees, issues } = parseRows(header, [
      { row: 9, cells: ['Jan 1, 2025', 'Order', '114-9', 'X', 'n/a', '-1,234.56', '0'] },
      { row: 10, cells: ['Jan 2, 2025', 'Order', '114-8', 'X', '(2.50)', '0', '0'] },
    ]);
    expect(issues).toEqual([
      { severity: 'error', row: 9, column: 'selling fees', key: 'orderAmount', params: { value: 'n/a' } },
    ]);
    expect(fees.map((f) => [f.orderExternalId, f.kind, f.amountMinor])).toEqual([
      ['114-9', 'fba', 123456],
      ['114-8', 'commission', 250],
    ]);
  });

  it('reads Shopify fees as positive costs in the row currency, skipping rows without an order or fee', () => {
    const header = ['Transaction Date', 'Type', 'Order', 'Amount', 'Fee', 'Net', 'Currency'];
    const { fees } = parseRows(header, [
      { row: 2, cells: ['2025-01-02 10:00:00 -0500', 'charge', '#2001', '100.00', '3.20', '96.80', 'CAD'] },
      {
        row: 3,
        cells: ['2025-01-03 10:00:00 -0500', 'refund', '#2001', '-100.00', '0.00', '-100.00', 'CAD'],
      },
      { row: 4, cells: ['2025-01-04 10:00:00 -0500', 'adjustment', '', '-1.00', '1.00', '-2.00', 'CAD'] },
    ]);
    expect(fees).toEqual([
      {
        orderExternalId: '#2001',
        kind: 'payment',
        amountMinor: 320,
        currency: 'CAD',
        sourceRef: 'shopify-payments|2025-01-02 10:00:00 -0500|charge|#2001|100.00#1',
        row: 2,
      },
    ]);
  });

  it('reads the settlement V2 layout (one amount per row)', () => {
    const header = [
      'settlement-id',
      'currency',
      'transaction-type',
      'order-id',
      'order-item-code',
      'amount-type',
      'amount-description',
      'amount',
    ];
    const { kind, fees } = parseRows(header, [
      { row: 2, cells: ['55', 'USD', '', '', '', '', '', ''] },
      { row: 3, cells: ['55', '', 'Order', '113-1', 'I', 'ItemPrice', 'Principal', '20.00'] },
      { row: 4, cells: ['55', '', 'Order', '113-1', 'I', 'ItemFees', 'Commission', '-3.00'] },
      { row: 5, cells: ['55', '', 'Order', '113-1', 'I', 'ItemFees', 'FBAPerUnitFulfillmentFee', '-3.22'] },
      { row: 6, cells: ['55', '', 'Order', '113-1', 'I', 'Promotion', 'Principal', '-1.00'] },
    ]);
    expect(kind).toBe('amazon-settlement');
    expect(fees.map((f) => [f.kind, f.amountMinor])).toEqual([
      ['commission', 300],
      ['fba', 322],
    ]);
  });

  it('names the kind of each Amazon fee type', () => {
    expect(amazonFeeKind('Commission')).toBe('commission');
    expect(amazonFeeKind('RefundCommission')).toBe('commission');
    expect(amazonFeeKind('VariableClosingFee')).toBe('commission');
    expect(amazonFeeKind('FBAPerUnitFulfillmentFee')).toBe('fba');
    expect(amazonFeeKind('FBAWeightBasedFee')).toBe('fba');
    expect(amazonFeeKind('ShippingChargeback')).toBe('fba');
    expect(amazonFeeKind('SalesTaxCollectionFee')).toBe('other');
  });

  it('tells fee files from everything else', () => {
    expect(
      detectFeeFile(['Settlement-Id', 'order-id', 'item-related-fee-type', 'item-related-fee-amount'])?.kind,
    ).toBe('amazon-settlement');
    expect(detectFeeFile([' Transaction Date', 'Type', 'Order', 'Amount', 'Fee', 'Net'])?.kind).toBe(
      'shopify-payments',
    );
    // An order export is not a fee file, nor is a header missing a fee column.
    expect(detectFeeFile(['Name', 'Email', 'Financial Status', 'Total', 'Lineitem sku'])).toBeNull();
    expect(detectFeeFile(['amazon-order-id', 'purchase-date', 'sku', 'item-price'])).toBeNull();
    expect(detectFeeFile(['date/time', 'type', 'order id', 'total'])).toBeNull();
  });
});
