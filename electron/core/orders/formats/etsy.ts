import type { OrderStatus, ParsedOrder, ParsedOrderLine } from '../../../../shared/domain/orders';
import { currencyCode } from './currency-code';
import {
  errorIssue,
  hasHeaders,
  isFooterRow,
  lookupColumns,
  reportMissingColumns,
  type ColumnSpec,
} from './columns';
import { isEtsyItem, type EtsyItem } from './etsy-items';
import { splitLineTotal } from './line-amounts';
import { RowCells, statusKey, statusTable } from './row-cells';
import type { FormatContext, FormatSink, OrdersAssembler, OrdersPart } from './types';
import { cleanId, parseQuantity } from './values';

export { etsyItemsPart } from './etsy-items';

/**
 * Etsy "Sold Orders" CSV: one row per order, joined with the "Sold Order Items" CSV on Order ID for its
 * lines. Order Value is the items before discounts, Discount Amount the seller's coupon on them, Shipping
 * Discount the coupon on shipping; after a refund Etsy fills the Adjusted columns.
 */
const SPEC = {
  saleDate: ['Sale Date'],
  orderId: ['Order ID'],
  buyerUserId: ['Buyer User ID'],
  buyer: ['Buyer'],
  fullName: ['Full Name'],
  firstName: ['First Name'],
  lastName: ['Last Name'],
  numberOfItems: ['Number of Items'],
  dateShipped: ['Date Shipped'],
  street1: ['Street 1'],
  street2: ['Street 2'],
  city: ['Ship City'],
  state: ['Ship State'],
  zip: ['Ship Zipcode'],
  country: ['Ship Country'],
  currency: ['Currency'],
  orderValue: ['Order Value'],
  couponCode: ['Coupon Code'],
  discount: ['Discount Amount'],
  shippingDiscount: ['Shipping Discount'],
  shipping: ['Shipping'],
  salesTax: ['Sales Tax'],
  orderTotal: ['Order Total'],
  status: ['Status'],
  fees: ['Card Processing Fees'],
  adjustedTotal: ['Adjusted Order Total'],
  adjustedFees: ['Adjusted Card Processing Fees'],
  sku: ['SKU'],
} satisfies ColumnSpec<string>;

/**
 * Etsy leaves Status blank for an open paid order; Date Shipped then tells paid from shipped. "Completed" is
 * Etsy's word for an order the seller has finished (shipped and closed).
 */
const STATUS = statusTable({
  '': 'paid',
  open: 'paid',
  paid: 'paid',
  'in progress': 'paid',
  unshipped: 'paid',
  shipped: 'shipped',
  completed: 'completed',
  complete: 'completed',
  refunded: 'paid',
  'fully refunded': 'paid',
  'partially refunded': 'paid',
  unpaid: 'pending_payment',
  'payment pending': 'pending_payment',
  pending: 'pending_payment',
  canceled: 'cancelled',
  cancelled: 'cancelled',
});

const REFUND_STATES = new Set(['refunded', 'fully refunded', 'partially refunded'].map(statusKey));

function assemble(
  headers: string[],
  ctx: FormatContext,
  sink: FormatSink,
  items?: Map<string, unknown[]>,
): OrdersAssembler {
  const cols = lookupColumns(headers, SPEC);
  // Without these the rows cannot be read: said once on the header row instead of on every row.
  const broken = reportMissingColumns(cols, ['saleDate', 'orderId', 'orderValue', 'orderTotal'], sink);

  const push = (row: Parameters<OrdersAssembler['push']>[0]): void => {
    if (broken) return;
    if (isFooterRow(row.cells)) return;
    const orderId = cleanId(cols.cell(row.cells, 'orderId'));
    if (!orderId) {
      sink.issue(errorIssue(row.row, cols.header('orderId'), 'orderIdMissing'));
      return;
    }
    const currencyText = cols.cell(row.cells, 'currency');
    const currency = currencyCode(currencyText) ?? ctx.currency;
    const cells = new RowCells(cols, row, { ...ctx, currency }, sink);
    if (cells.text('currency') !== null && currencyCode(currencyText) === null)
      cells.fail('currency', 'orderCurrencyCode');
    const placedAt = cells.date('saleDate', true);
    let status: OrderStatus = cells.status('status', STATUS);
    if (status === 'paid' && cells.text('dateShipped') !== null) status = 'shipped';
    const refundState = REFUND_STATES.has(statusKey(cells.text('status') ?? ''));
    const orderValue = cells.amount('orderValue', true);
    const discount = cells.amount('discount');
    const shipping = cells.amount('shipping') - cells.amount('shippingDiscount');
    const tax = cells.amount('salesTax');
    const total = cells.amount('orderTotal', true);
    // After a refund Etsy writes the new total and the fees it kept (part of the processing fee is returned).
    const adjustedTotal = cells.text('adjustedTotal') !== null ? cells.amount('adjustedTotal') : null;
    const fees = Math.abs(
      cells.text('adjustedFees') !== null ? cells.amount('adjustedFees') : cells.amount('fees'),
    );
    const refunded = adjustedTotal !== null ? Math.max(0, total - adjustedTotal) : 0;

    const joined = items?.get(orderId)?.filter(isEtsyItem);
    let lines: ParsedOrderLine[];
    let failed = cells.failed;
    if (joined?.length) {
      failed ||= joined.some((i) => i.failed);
      // Reported on the order's row of the orders file: the item rows belong to the other file.
      const other = joined.find((i) => i.currency && i.currency !== currency);
      if (other) {
        sink.issue(
          errorIssue(row.row, cols.header('currency'), 'orderCurrencyMismatch', {
            value: other.currency!,
            expected: currency,
          }),
        );
        failed = true;
      }
      lines = joined.map(lineOf);
    } else {
      // No items file (or no rows for this order in it): one line for the whole Order Value, so gross and units
      // still count. Number of Items gives the units; the SKU column names the item when there is only one.
      const count = parseQuantity(cells.raw('numberOfItems')) ?? 1;
      const skus = (cells.text('sku') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const { unitPriceMinor, roundingMinor } = splitLineTotal(orderValue, count);
      lines = [
        {
          sku: skus.length === 1 ? skus[0]! : null,
          title: skus.length ? skus.join(', ') : `Etsy #${orderId}`,
          quantity: count,
          unitPriceMinor,
          lineDiscountMinor: roundingMinor,
          externalLineId: null,
        },
      ];
      if (!failed)
        sink.issue({
          severity: 'warning',
          row: row.row,
          column: cols.header('orderId'),
          key: 'orderItemsMissing',
        });
    }
    if (failed || placedAt === null) return;

    const fullName =
      cells.text('fullName') ??
      ([cells.text('firstName'), cells.text('lastName')].filter(Boolean).join(' ') || null);
    const order: ParsedOrder = {
      externalId: orderId,
      placedAt,
      // Etsy buyers pay at checkout: the sale date is the payment date of every order that is not unpaid.
      paidAt: status === 'pending_payment' ? null : placedAt,
      status,
      afterSales: refundState || refunded > 0,
      currency,
      customer: {
        name: fullName,
        phone: null,
        email: null,
        buyerId: cleanId(cells.raw('buyerUserId')) || cells.text('buyer'),
      },
      address: {
        name: fullName,
        phone: null,
        address: [cells.text('street1'), cells.text('street2')].filter(Boolean).join(', ') || null,
        city: cells.text('city'),
        province: cells.text('state'),
        zip: cleanId(cells.raw('zip')) || null,
        country: cells.text('country'),
      },
      lines,
      orderDiscountMinor: discount,
      platformDiscountMinor: 0,
      shippingIncomeMinor: shipping,
      taxMinor: tax,
      totalPaidMinor: total,
      refundedMinor: refunded,
      feesMinor: cells.has('fees') || cells.has('adjustedFees') ? fees : null,
      source: null,
      promotionCodes: (cells.text('couponCode') ?? '')
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
      note: null,
      row: row.row,
    };
    sink.order(order);
  };

  return { push, finish: () => undefined };
}

const lineOf = (item: EtsyItem): ParsedOrderLine => ({
  sku: item.sku,
  title: item.title,
  quantity: item.quantity,
  unitPriceMinor: item.unitPriceMinor,
  // The coupon is the order's Discount Amount; Etsy does not split it over items.
  lineDiscountMinor: 0,
  externalLineId: item.transactionId,
});

export const etsyOrdersPart: OrdersPart = {
  format: 'etsy',
  part: 'orders',
  matches: (headers) => hasHeaders(headers, ['sale date', 'order id', 'order value', 'order total']),
  assemble,
};
