import type { ParsedOrder, ParsedOrderLine } from '../../../../shared/domain/orders';
import { currencyCode } from './currency-code';
import {
  errorIssue,
  hasAnyHeader,
  hasHeaders,
  isFooterRow,
  lookupColumns,
  reportMissingColumns,
  type ColumnSpec,
} from './columns';
import { splitLineTotal } from './line-amounts';
import { RowCells, statusKey, statusTable } from './row-cells';
import type { FormatContext, FormatSink, OrdersAssembler, OrdersPart, RowIssue } from './types';
import { cleanId, cleanText, normalizeHeader, parseAmount, parseQuantity } from './values';

/**
 * WooCommerce order CSV as the common order-export plugins write it: one row per order, each item packed into
 * a line_item_N cell as `name:Hoodie|sku:HD-1|quantity:2|total:40.00|sub_total:45.00` (sub_total before the
 * coupon, total after).
 */
const SPEC = {
  orderId: ['order_id'],
  orderNumber: ['order_number'],
  orderDate: ['order_date', 'date_created'],
  paidDate: ['paid_date', 'date_paid'],
  status: ['status', 'order_status'],
  shipping: ['shipping_total', 'order_shipping'],
  shippingTax: ['shipping_tax_total', 'order_shipping_tax'],
  tax: ['tax_total', 'order_tax', 'cart_tax'],
  cartDiscount: ['discount_total', 'cart_discount'],
  orderDiscount: ['order_discount'],
  total: ['order_total'],
  currency: ['order_currency', 'currency'],
  refund: ['refund_total', 'order_refund', 'refunded_total'],
  refundItems: ['refund_items'],
  couponItems: ['coupon_items'],
  coupons: ['coupons', 'coupon_code', 'coupon_codes'],
  createdVia: ['created_via'],
  customerId: ['customer_id', 'customer_user'],
  customerEmail: ['customer_email'],
  customerNote: ['customer_note'],
  billingFirst: ['billing_first_name'],
  billingLast: ['billing_last_name'],
  billingEmail: ['billing_email'],
  billingPhone: ['billing_phone'],
  billingAddress1: ['billing_address_1'],
  billingAddress2: ['billing_address_2'],
  billingCity: ['billing_city'],
  billingState: ['billing_state'],
  billingZip: ['billing_postcode'],
  billingCountry: ['billing_country'],
  shippingFirst: ['shipping_first_name'],
  shippingLast: ['shipping_last_name'],
  shippingPhone: ['shipping_phone'],
  shippingAddress1: ['shipping_address_1'],
  shippingAddress2: ['shipping_address_2'],
  shippingCity: ['shipping_city'],
  shippingState: ['shipping_state'],
  shippingZip: ['shipping_postcode'],
  shippingCountry: ['shipping_country'],
} satisfies ColumnSpec<string>;
type Field = keyof typeof SPEC;

/**
 * WooCommerce's order states ("wc-" prefix or not). on-hold waits for the shop to confirm a payment (bank
 * transfer, cheque) that has not arrived, so it is not yet a sale; failed is a payment that never went
 * through; refunded stays a valid order with the refund recorded, so it counts as sold and refunded.
 */
const STATUS = statusTable({
  completed: 'completed',
  processing: 'paid',
  'on-hold': 'pending_payment',
  pending: 'pending_payment',
  'checkout-draft': 'pending_payment',
  cancelled: 'cancelled',
  failed: 'cancelled',
  refunded: 'paid',
});

/** `key:value|key:value` → a map; values may contain ':' (only the first one separates). */
export function unpackFields(cell: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const part of cell.split('|')) {
    const at = part.indexOf(':');
    if (at > 0) fields.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim());
  }
  return fields;
}

function assemble(headers: string[], ctx: FormatContext, sink: FormatSink): OrdersAssembler {
  const cols = lookupColumns(headers, SPEC);
  // Without these the rows cannot be read: said once on the header row instead of on every row.
  const broken = reportMissingColumns(cols, ['orderDate', 'status', 'total'], sink);
  const lineColumns = headers
    .map((h, index) => ({ header: normalizeHeader(h), index }))
    .filter((c) => /^line_item_\d+$/.test(c.header))
    .sort((a, b) => Number(a.header.slice(10)) - Number(b.header.slice(10)));

  function push(row: Parameters<OrdersAssembler['push']>[0]): void {
    if (broken) return;
    if (isFooterRow(row.cells)) return;
    const externalId =
      cleanId(cols.cell(row.cells, 'orderNumber')) || cleanId(cols.cell(row.cells, 'orderId'));
    if (!externalId) {
      sink.issue(errorIssue(row.row, cols.header('orderId'), 'orderIdMissing'));
      return;
    }
    const currencyText = cols.cell(row.cells, 'currency');
    const currency = currencyCode(currencyText) ?? ctx.currency;
    const cells = new RowCells<Field>(cols, row, { ...ctx, currency }, sink);
    if (cells.text('currency') !== null && currencyCode(currencyText) === null)
      cells.fail('currency', 'orderCurrencyCode');
    const placedAt = cells.date('orderDate', true);
    const paidAt = cells.date('paidDate');
    const statusText = statusKey((cells.text('status') ?? '').replace(/^wc-/i, ''));
    const status = STATUS.get(statusText) ?? 'cancelled';
    if (!STATUS.has(statusText)) cells.fail('status', 'orderStatusUnknown');

    let failed = false;
    const issue = (i: RowIssue) => {
      failed = true;
      sink.issue(i);
    };
    const lines: ParsedOrderLine[] = [];
    let lineDiscounts = 0;
    for (const col of lineColumns) {
      const cell = cleanText(row.cells[col.index]);
      if (cell === null) continue;
      const fields = unpackFields(cell);
      const bad = (key: string, value: string) => issue(errorIssue(row.row, col.header, key, { value }));
      const quantity = parseQuantity(fields.get('quantity'));
      if (quantity === null) bad('orderQuantity', fields.get('quantity') ?? '');
      const total = parseAmount(fields.get('total'), currency, null);
      if (total === null) bad('orderAmount', fields.get('total') ?? '');
      // Some plugins leave out sub_total: then the line had no coupon on it.
      const subTotalText = fields.get('sub_total') ?? fields.get('subtotal');
      const subTotal = subTotalText === undefined ? total : parseAmount(subTotalText, currency, null);
      if (subTotal === null && subTotalText !== undefined) bad('orderAmount', subTotalText);
      const name = cleanText(fields.get('name'));
      if (name === null) bad('orderItemNameMissing', '');
      if (quantity === null || total === null || subTotal === null || name === null) continue;
      const discount = Math.max(0, subTotal - total);
      const { unitPriceMinor, roundingMinor } = splitLineTotal(subTotal, quantity);
      lineDiscounts += discount;
      lines.push({
        sku: cleanText(fields.get('sku')),
        title: name,
        quantity,
        unitPriceMinor,
        lineDiscountMinor: discount + roundingMinor,
        externalLineId: cleanText(fields.get('id') ?? fields.get('item_id')),
      });
    }

    // discount_total (cart_discount in older exports) is every coupon of the order, and WooCommerce has already
    // taken it off the lines (sub_total − total), so it is NOT added again; only what the lines do not explain is
    // order-level. order_discount is the legacy after-tax discount that never reached the lines: it is.
    const cartDiscount = cells.amount('cartDiscount');
    const orderDiscount = cells.amount('orderDiscount') + Math.max(0, cartDiscount - lineDiscounts);
    const shipping = cells.amount('shipping');
    const tax = cells.amount('tax') + cells.amount('shippingTax');
    const total = cells.amount('total', true);
    const refunded = refundOf(cells, currency, statusText === 'refunded', lines);
    if (cells.failed || failed || placedAt === null) return;
    if (!lines.length) {
      sink.issue(errorIssue(row.row, lineColumns[0]?.header ?? 'line_item_1', 'orderNoLines'));
      return;
    }

    const billingName =
      [cells.text('billingFirst'), cells.text('billingLast')].filter(Boolean).join(' ') || null;
    const shippingName =
      [cells.text('shippingFirst'), cells.text('shippingLast')].filter(Boolean).join(' ') || null;
    const shipAddress = [cells.text('shippingAddress1'), cells.text('shippingAddress2')]
      .filter(Boolean)
      .join(', ');
    const billAddress = [cells.text('billingAddress1'), cells.text('billingAddress2')]
      .filter(Boolean)
      .join(', ');
    // Orders without shipping (downloads, local pickup) leave shipping_* blank: the billing address is the buyer's.
    const useShipping = Boolean(shipAddress || cells.text('shippingCity'));
    const customerId = cleanId(cells.raw('customerId'));
    const order: ParsedOrder = {
      externalId,
      placedAt,
      paidAt,
      status,
      afterSales: refunded > 0 || statusText === 'refunded',
      currency,
      customer: {
        name: billingName,
        phone: cells.text('billingPhone'),
        email: cells.text('billingEmail') ?? cells.text('customerEmail'),
        // 0 is WooCommerce's guest checkout, not a customer account.
        buyerId: customerId && customerId !== '0' ? customerId : null,
      },
      address: useShipping
        ? {
            name: shippingName ?? billingName,
            phone: cells.text('shippingPhone') ?? cells.text('billingPhone'),
            address: shipAddress || null,
            city: cells.text('shippingCity'),
            province: cells.text('shippingState'),
            zip: cleanId(cells.raw('shippingZip')) || null,
            country: cells.text('shippingCountry'),
          }
        : {
            name: billingName,
            phone: cells.text('billingPhone'),
            address: billAddress || null,
            city: cells.text('billingCity'),
            province: cells.text('billingState'),
            zip: cleanId(cells.raw('billingZip')) || null,
            country: cells.text('billingCountry'),
          },
      lines,
      orderDiscountMinor: orderDiscount,
      platformDiscountMinor: 0,
      shippingIncomeMinor: shipping,
      taxMinor: tax,
      totalPaidMinor: total,
      refundedMinor: refunded,
      feesMinor: null,
      source: cells.text('createdVia'),
      promotionCodes: couponsOf(cells),
      note: cells.text('customerNote'),
      row: row.row,
    };
    sink.order(order);
  }

  return { push, finish: () => undefined };
}

/**
 * The refunded amount: a refund total column, else the amounts packed in refund_items
 * (`id:51|amount:10.00|reason:…`, several separated by `;`), else — a "refunded" order without either — its
 * whole merchandise after discounts (METRICS.md refunds are merchandise; refunded shipping is not income lost).
 */
function refundOf(
  cells: RowCells<Field>,
  currency: string,
  fullyRefunded: boolean,
  lines: ParsedOrderLine[],
): number {
  if (cells.text('refund') !== null) return Math.abs(cells.amount('refund'));
  const packed = cells.text('refundItems');
  if (packed !== null) {
    let sum = 0;
    for (const m of packed.matchAll(/amount:([^|;]+)/g)) {
      const amount = parseAmount(m[1], currency, null);
      if (amount === null) {
        cells.fail('refundItems', 'orderAmount');
        return 0;
      }
      sum += Math.abs(amount);
    }
    return sum;
  }
  if (!fullyRefunded) return 0;
  return lines.reduce((sum, l) => sum + l.unitPriceMinor * l.quantity - l.lineDiscountMinor, 0);
}

/** Coupon codes from coupon_items (`code:SAVE10|amount:5.00;code:…`) or a plain comma list column. */
function couponsOf(cells: RowCells<Field>): string[] {
  const codes = new Set<string>();
  for (const m of (cells.text('couponItems') ?? '').matchAll(/code:([^|;]+)/g)) codes.add(m[1]!.trim());
  for (const c of (cells.text('coupons') ?? '').split(',')) if (c.trim()) codes.add(c.trim());
  return [...codes];
}

export const woocommerceOrdersPart: OrdersPart = {
  format: 'woocommerce',
  part: 'orders',
  matches: (headers) =>
    hasHeaders(headers, ['order_total', 'line_item_1']) &&
    hasAnyHeader(headers, ['order_id', 'order_number']),
  assemble,
};
