import type { OrderStatus, ParsedOrder, ParsedOrderLine } from '../../../../shared/domain/orders';
import { minorUnitsToAmount } from '../../../../shared/logic/decimal';
import type { TableRow } from '../read/types';
import { currencyCode } from './currency-code';
import {
  errorIssue,
  hasHeaders,
  isFooterRow,
  lookupColumns,
  reportMissingColumns,
  type ColumnSpec,
} from './columns';
import { GroupedOrderRows } from './grouped-rows';
import { RowCells, statusKey, statusTable } from './row-cells';
import type { FormatContext, FormatSink, OrdersAssembler, OrdersPart } from './types';
import { cleanId } from './values';

/**
 * Shopify's Orders export (orders_export_1.csv): one row per line item, rows of one order consecutive and
 * keyed by Name (#1001); order-level columns are filled only on the order's first row.
 */
const SPEC = {
  name: ['Name'],
  email: ['Email'],
  financial: ['Financial Status'],
  paidAt: ['Paid at'],
  fulfillment: ['Fulfillment Status'],
  currency: ['Currency'],
  subtotal: ['Subtotal'],
  shipping: ['Shipping'],
  taxes: ['Taxes'],
  total: ['Total'],
  discountCode: ['Discount Code'],
  discountAmount: ['Discount Amount'],
  createdAt: ['Created at'],
  quantity: ['Lineitem quantity'],
  title: ['Lineitem name'],
  price: ['Lineitem price'],
  sku: ['Lineitem sku'],
  billingName: ['Billing Name'],
  billingPhone: ['Billing Phone'],
  shipName: ['Shipping Name'],
  shipPhone: ['Shipping Phone'],
  shipAddress1: ['Shipping Address1'],
  shipAddress2: ['Shipping Address2'],
  shipStreet: ['Shipping Street'],
  shipCity: ['Shipping City'],
  shipZip: ['Shipping Zip'],
  shipProvince: ['Shipping Province', 'Shipping Province Name'],
  shipCountry: ['Shipping Country'],
  notes: ['Notes'],
  cancelledAt: ['Cancelled at'],
  refunded: ['Refunded Amount'],
  source: ['Source'],
  phone: ['Phone'],
} satisfies ColumnSpec<string>;
type Field = keyof typeof SPEC;

const FINANCIAL = statusTable({
  pending: 'pending_payment',
  authorized: 'pending_payment',
  paid: 'paid',
  partially_paid: 'paid',
  partially_refunded: 'paid',
  refunded: 'paid',
  voided: 'cancelled',
  // An authorization that lapsed before capture: the buyer was never charged.
  expired: 'cancelled',
});

const REFUND_STATES = new Set(['partially_refunded', 'refunded']);

/** Fulfillment texts Shopify writes; only "fulfilled" changes the status (paid → shipped). */
const FULFILLMENT = new Set([
  '',
  'fulfilled',
  'unfulfilled',
  'partial',
  'partially_fulfilled',
  'restocked',
  'pending',
  'scheduled',
  'on_hold',
  'in_progress',
]);

/**
 * Sources that are Shopify's own checkouts: everything else named here as a marketplace is an order the
 * marketplace also lists in its own export, so importing both would count it twice.
 */
const MARKETPLACES = new Set([
  'amazon',
  'ebay',
  'etsy',
  'tiktok',
  'walmart',
  'wish',
  'temu',
  'shein',
  'aliexpress',
  'mercadolibre',
  'rakuten',
  'zalando',
  'allegro',
  'onbuy',
  'cdiscount',
  'bol',
  'wayfair',
  'newegg',
  'target',
  'taobao',
  'tmall',
  'jd',
  'pinduoduo',
  'douyin',
]);

/** "amazon-marketplace", "TikTok Shop" → a marketplace; "web", "pos", "shopify_draft_order" → not. */
export function isMarketplaceSource(source: string): boolean {
  return source
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((token) => MARKETPLACES.has(token));
}

function statusOf(cells: RowCells<Field>): { status: OrderStatus; afterSales: boolean } {
  let status = cells.status('financial', FINANCIAL);
  const financial = statusKey(cells.text('financial') ?? '');
  const fulfillment = statusKey(cells.text('fulfillment') ?? '');
  if (!FULFILLMENT.has(fulfillment)) cells.fail('fulfillment', 'orderStatusUnknown');
  // A fulfilled order that is paid has left the shop; a pending (e.g. cash on delivery) one stays pending.
  if (status === 'paid' && fulfillment === 'fulfilled') status = 'shipped';
  if (cells.text('cancelledAt') !== null) status = 'cancelled';
  return { status, afterSales: REFUND_STATES.has(financial) };
}

function codesOf(text: string | null): string[] {
  return (text ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
}

function assemble(headers: string[], ctx: FormatContext, sink: FormatSink): OrdersAssembler {
  const cols = lookupColumns(headers, SPEC);
  // Without these the rows cannot be read: said once on the header row instead of on every row.
  const broken = reportMissingColumns(
    cols,
    ['name', 'financial', 'createdAt', 'quantity', 'title', 'price'],
    sink,
  );

  const build = (rows: TableRow[]): void => {
    const currencyText = cols.cell(rows[0]!.cells, 'currency');
    const currency = currencyCode(currencyText) ?? ctx.currency;
    const money = { ...ctx, currency };
    const order = new RowCells(cols, rows[0]!, money, sink);
    if (order.text('currency') !== null && currencyCode(currencyText) === null)
      order.fail('currency', 'orderCurrencyCode');
    const placedAt = order.date('createdAt', true);
    const paidAt = order.date('paidAt');
    const { status, afterSales } = statusOf(order);
    const refunded = order.amount('refunded');
    const discount = order.amount('discountAmount');
    const shipping = order.amount('shipping');
    const tax = order.amount('taxes');
    const total = order.amount('total', status !== 'pending_payment' && status !== 'cancelled');
    const subtotal =
      order.has('subtotal') && order.text('subtotal') !== null ? order.amount('subtotal') : null;

    let failed = order.failed;
    const lines: ParsedOrderLine[] = [];
    for (const row of rows) {
      const line = row === rows[0] ? order : new RowCells(cols, row, money, sink);
      const quantity = line.quantity('quantity');
      const unitPriceMinor = line.amount('price', true);
      const title = line.text('title');
      if (title === null) line.fail('title', 'orderItemNameMissing');
      failed ||= line.failed;
      // Discount Amount is the order's whole discount; Lineitem discount only allocates it to lines.
      lines.push({
        sku: line.text('sku'),
        title: title ?? '',
        quantity,
        unitPriceMinor,
        lineDiscountMinor: 0,
        externalLineId: null,
      });
    }
    if (failed || placedAt === null) return;

    const source = order.text('source');
    const address1 = [order.text('shipAddress1'), order.text('shipAddress2')].filter(Boolean).join(', ');
    const parsed: ParsedOrder = {
      externalId: order.id('name'),
      placedAt,
      paidAt,
      status,
      afterSales: afterSales || refunded > 0,
      currency: money.currency,
      customer: {
        name: order.text('billingName') ?? order.text('shipName'),
        phone: order.text('phone') ?? order.text('billingPhone'),
        email: order.text('email'),
        buyerId: null,
      },
      address: {
        name: order.text('shipName'),
        phone: order.text('shipPhone'),
        address: address1 || order.text('shipStreet'),
        city: order.text('shipCity'),
        province: order.text('shipProvince'),
        zip: cleanId(order.raw('shipZip')) || null,
        country: order.text('shipCountry'),
      },
      lines,
      orderDiscountMinor: discount,
      platformDiscountMinor: 0,
      shippingIncomeMinor: shipping,
      taxMinor: tax,
      totalPaidMinor: total,
      refundedMinor: refunded,
      feesMinor: null,
      source,
      promotionCodes: codesOf(order.text('discountCode')),
      note: order.text('notes'),
      row: rows[0]!.row,
    };
    sink.order(parsed);

    const items = lines.reduce((sum, l) => sum + l.unitPriceMinor * l.quantity, 0);
    if (subtotal !== null && items - discount !== subtotal) {
      sink.issue({
        severity: 'warning',
        row: parsed.row,
        column: cols.header('subtotal'),
        key: 'orderSubtotalMismatch',
        params: {
          expected: minorUnitsToAmount(items - discount, money.currency),
          value: minorUnitsToAmount(subtotal, money.currency),
        },
      });
    }
    if (source && isMarketplaceSource(source)) {
      sink.issue({
        severity: 'warning',
        row: parsed.row,
        column: cols.header('source'),
        key: 'orderPossibleDuplicate',
        params: { value: source },
      });
    }
  };

  const groups = new GroupedOrderRows(cols.header('name'), sink, build);
  return {
    push(row) {
      if (broken) return;
      if (isFooterRow(row.cells)) return;
      const name = cleanId(cols.cell(row.cells, 'name'));
      if (!name) {
        groups.finish(); // the open order's issues come first, in row order
        sink.issue(errorIssue(row.row, cols.header('name'), 'orderIdMissing'));
        return;
      }
      groups.push(name, row);
    },
    finish: () => groups.finish(),
  };
}

export const shopifyOrdersPart: OrdersPart = {
  format: 'shopify',
  part: 'orders',
  matches: (headers) =>
    hasHeaders(headers, ['name', 'lineitem quantity', 'lineitem price', 'financial status']),
  assemble,
};
