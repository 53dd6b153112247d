import {
  genericFields,
  genericPriceFields,
  type GenericField,
  type GenericImportSettings,
  type GenericMapping,
} from '../../../../shared/domain/order-mapping';
import type { OrderStatus, ParsedOrder, ParsedOrderLine } from '../../../../shared/domain/orders';
import type { TableRow } from '../read/types';
import { errorIssue, isFooterRow, lookupColumns, type ColumnLookup } from './columns';
import { currencyCode } from './currency-code';
import { GroupedOrderRows } from './grouped-rows';
import { splitLineTotal } from './line-amounts';
import { RowCells, statusKey, statusTable } from './row-cells';
import type { FormatContext, FormatSink, OrdersAssembler, OrdersPart, RowIssue } from './types';
import { cleanId, cleanText, normalizeHeader, parseDateTime } from './values';

export {
  genericFields,
  type GenericField,
  type GenericMapping,
} from '../../../../shared/domain/order-mapping';
export { suggestMapping } from './generic-suggest';

/** Like a platform's OrdersPart, but its format is 'generic' (the import summary's format), not a platform. */
export type GenericOrdersPart = Omit<OrdersPart, 'format'> & { format: 'generic' };

/** Status words common in hand-made and ERP exports, used when the person's own value map has no entry. */
const COMMON_STATUSES = statusTable({
  pending: 'pending_payment',
  unpaid: 'pending_payment',
  'pending payment': 'pending_payment',
  'awaiting payment': 'pending_payment',
  待付款: 'pending_payment',
  待支付: 'pending_payment',
  未付款: 'pending_payment',
  等待买家付款: 'pending_payment',
  paid: 'paid',
  processing: 'paid',
  // The refunded money is in the refunded column; the order itself was paid.
  refunded: 'paid',
  已付款: 'paid',
  已支付: 'paid',
  待发货: 'paid',
  shipped: 'shipped',
  fulfilled: 'shipped',
  已发货: 'shipped',
  待收货: 'shipped',
  completed: 'completed',
  complete: 'completed',
  delivered: 'completed',
  已完成: 'completed',
  已签收: 'completed',
  交易成功: 'completed',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  voided: 'cancelled',
  closed: 'cancelled',
  已取消: 'cancelled',
  已关闭: 'cancelled',
  交易关闭: 'cancelled',
});

/** The status the importer reads a file's status text as when the person's value map has no entry; null if none. */
export const commonStatus = (text: string): OrderStatus | null =>
  COMMON_STATUSES.get(statusKey(text)) ?? null;

/**
 * Header-level problems of a mapping against a file's header row, as row-0 errors: a required field left
 * unmapped ('mappingRequired', {value} = the field) or a field mapped to a column the file does not have
 * ('mappingColumnMissing', {value} = that header text).
 */
export function checkMapping(mapping: GenericMapping, headers: readonly string[]): RowIssue[] {
  const issues: RowIssue[] = [];
  for (const { field, required } of genericFields) {
    if (required && !mapping[field]?.trim())
      issues.push(errorIssue(0, '', 'mappingRequired', { value: field }));
  }
  if (!genericPriceFields.some((field) => mapping[field]?.trim())) {
    issues.push(errorIssue(0, '', 'mappingRequired', { value: genericPriceFields.join(' / ') }));
  }
  const present = new Set(headers.map(normalizeHeader));
  for (const [field, header] of Object.entries(mapping) as [GenericField, string][]) {
    if (header?.trim() && !present.has(normalizeHeader(header))) {
      issues.push(errorIssue(0, header.trim(), 'mappingColumnMissing', { value: header.trim(), field }));
    }
  }
  return issues;
}

const mappedFields = (mapping: GenericMapping): [GenericField, string][] =>
  (Object.entries(mapping) as [GenericField, string | undefined][]).filter(
    (entry): entry is [GenericField, string] => !!entry[1]?.trim(),
  );

/** The order importer for any other file, built from the person's mapping (see GenericImportSettings). */
export function genericOrdersPart(settings: GenericImportSettings): GenericOrdersPart {
  return {
    format: 'generic',
    part: 'orders',
    matches: (headers) => checkMapping(settings.mapping, headers).length === 0,
    assemble: (headers, ctx, sink) => assemble(settings, headers, ctx, sink),
  };
}

function assemble(
  settings: GenericImportSettings,
  headers: string[],
  ctx: FormatContext,
  sink: FormatSink,
): OrdersAssembler {
  const problems = checkMapping(settings.mapping, headers);
  if (problems.length) {
    problems.forEach((issue) => sink.issue(issue));
    return { push: () => undefined, finish: () => undefined };
  }
  const mapped = new Map(mappedFields(settings.mapping));
  // Every field has an entry (unmapped ones none), so an unmapped field reads as an absent column.
  const spec = Object.fromEntries(
    genericFields.map(({ field }) => [field, mapped.has(field) ? [mapped.get(field)!] : []]),
  );
  const cols = lookupColumns(headers, spec as Record<GenericField, string[]>);
  const own = new Map(
    Object.entries(settings.statusValues ?? {}).map(([text, status]) => [statusKey(text), status] as const),
  );
  const reader = new GenericOrderReader(cols, settings, own, ctx, sink);
  const groups = new GroupedOrderRows(cols.header('externalId'), sink, (rows) => reader.order(rows));
  return {
    push: (row) => {
      if (isFooterRow(row.cells)) return;
      const id = cleanId(cols.cell(row.cells, 'externalId'));
      if (!id) {
        sink.issue(errorIssue(row.row, cols.header('externalId'), 'orderIdMissing'));
        return;
      }
      groups.push(id, row);
    },
    finish: () => groups.finish(),
  };
}

class GenericOrderReader {
  constructor(
    private readonly cols: ColumnLookup<GenericField>,
    private readonly settings: GenericImportSettings,
    private readonly ownStatuses: ReadonlyMap<string, OrderStatus>,
    private readonly ctx: FormatContext,
    private readonly sink: FormatSink,
  ) {}

  /** One order from its consecutive rows: order-level values from the first row, one line per row. */
  order(rows: TableRow[]): void {
    const first = rows[0]!;
    const currencyText = this.cols.cell(first.cells, 'currency');
    const currency = currencyCode(currencyText) ?? this.ctx.currency;
    const cells = new RowCells(this.cols, first, { ...this.ctx, currency }, this.sink);
    if (cleanText(currencyText) !== null && currencyCode(currencyText) === null)
      cells.fail('currency', 'orderCurrencyCode');
    const placedAt = this.date(cells);
    const status = this.status(cells);
    const lines = rows.map((row) => this.line(row, currency));
    const failed = cells.failed || lines.some((l) => l === null);
    if (failed || placedAt === null) return;
    const okLines = lines as ParsedOrderLine[];
    const has = (field: GenericField) => cells.has(field);
    // Discounts and refunds are amounts taken off: files write them as 5.00 or −5.00, both mean 5.00 off.
    const orderDiscount = Math.abs(cells.amount('orderDiscount'));
    const shipping = cells.amount('shipping');
    const tax = cells.amount('tax');
    const refunded = Math.abs(cells.amount('refunded'));
    const net = okLines.reduce((sum, l) => sum + l.unitPriceMinor * l.quantity - l.lineDiscountMinor, 0);
    // Without a total (no column, or a blank cell) the buyer paid items − discounts + shipping + tax (tax added as in a
    // tax-exclusive price list); the total only feeds payment-fee estimates.
    const totalPaid =
      has('totalPaid') && cells.text('totalPaid') !== null
        ? cells.amount('totalPaid')
        : net - orderDiscount + shipping + tax;
    if (cells.failed) return;
    const name = cells.text('customerName');
    const phone = cells.code('phone');
    const order: ParsedOrder = {
      externalId: cleanId(this.cols.cell(first.cells, 'externalId')),
      placedAt,
      paidAt: null,
      status,
      afterSales: refunded > 0,
      currency,
      customer: { name, phone, email: cells.text('email'), buyerId: cells.code('buyerId') },
      address: {
        name,
        phone,
        address: cells.text('address'),
        city: cells.text('city'),
        province: cells.text('province'),
        zip: cells.code('zip'),
        country: cells.text('country'),
      },
      lines: okLines,
      orderDiscountMinor: orderDiscount,
      platformDiscountMinor: 0,
      shippingIncomeMinor: shipping,
      taxMinor: tax,
      totalPaidMinor: totalPaid,
      refundedMinor: refunded,
      feesMinor: null,
      source: null,
      promotionCodes: [],
      note: null,
      row: first.row,
    };
    this.sink.order(order);
  }

  private date(cells: RowCells<GenericField>): string | null {
    const text = cells.raw('placedAt');
    const value = parseDateTime(text, this.ctx.timezone, this.settings.dayFirst ?? false);
    if (value === null) cells.fail('placedAt', 'orderDate');
    return value;
  }

  private status(cells: RowCells<GenericField>): OrderStatus {
    if (!cells.has('status')) return this.settings.defaultStatus ?? 'paid';
    const key = statusKey(cells.text('status') ?? '');
    const status = this.ownStatuses.get(key) ?? COMMON_STATUSES.get(key);
    if (status) return status;
    cells.fail('status', 'orderStatusUnknown');
    return 'cancelled';
  }

  /** A line from one row; null when a cell of it is bad (already reported). */
  private line(row: TableRow, currency: string): ParsedOrderLine | null {
    const cells = new RowCells(this.cols, row, { ...this.ctx, currency }, this.sink);
    const rowCurrency = currencyCode(this.cols.cell(row.cells, 'currency'));
    if (rowCurrency && rowCurrency !== currency) {
      cells.failed = true;
      this.sink.issue(
        errorIssue(row.row, this.cols.header('currency'), 'orderCurrencyMismatch', {
          value: rowCurrency,
          expected: currency,
        }),
      );
    }
    const quantity =
      cells.has('quantity') && cells.text('quantity') !== null ? cells.quantity('quantity') : 1;
    let unitPrice: number;
    let rounding = 0;
    if (cells.has('unitPrice')) unitPrice = cells.amount('unitPrice', true);
    else
      ({ unitPriceMinor: unitPrice, roundingMinor: rounding } = splitLineTotal(
        cells.amount('lineTotal', true),
        quantity,
      ));
    const lineDiscount = Math.abs(cells.amount('lineDiscount')) + rounding;
    if (cells.failed) return null;
    const sku = cells.code('sku');
    return {
      sku,
      title: cells.text('title') ?? sku ?? '',
      quantity,
      unitPriceMinor: unitPrice,
      lineDiscountMinor: lineDiscount,
      externalLineId: null,
    };
  }
}
