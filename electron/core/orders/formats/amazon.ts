import type { ParsedOrder, ParsedOrderLine } from '../../../../shared/domain/orders';
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
import { splitLineTotal } from './line-amounts';
import { RowCells, statusKey, statusTable } from './row-cells';
import type { FormatContext, FormatSink, OrdersAssembler, OrdersPart } from './types';
import { cleanId } from './values';

/**
 * Amazon Seller Central "All Orders" report (tab-separated flat file): one row per item, an order's rows
 * together. Newer files add is-business-order … price-designation after promotion-ids; older ones end at
 * ship-country or promotion-ids. The buyer-* and ship-address-* columns exist only in the older Orders report.
 */
const SPEC = {
  orderId: ['amazon-order-id'],
  purchaseDate: ['purchase-date'],
  status: ['order-status'],
  salesChannel: ['sales-channel'],
  title: ['product-name'],
  sku: ['sku'],
  asin: ['asin'],
  itemStatus: ['item-status'],
  quantity: ['quantity', 'quantity-purchased'],
  currency: ['currency'],
  itemPrice: ['item-price'],
  itemTax: ['item-tax'],
  shippingPrice: ['shipping-price'],
  shippingTax: ['shipping-tax'],
  giftWrapPrice: ['gift-wrap-price'],
  giftWrapTax: ['gift-wrap-tax'],
  itemPromotion: ['item-promotion-discount'],
  shipPromotion: ['ship-promotion-discount'],
  orderItemId: ['order-item-id'],
  buyerName: ['buyer-name'],
  buyerEmail: ['buyer-email'],
  buyerPhone: ['buyer-phone-number'],
  recipient: ['recipient-name'],
  shipPhone: ['ship-phone-number'],
  shipAddress1: ['ship-address-1'],
  shipAddress2: ['ship-address-2'],
  shipCity: ['ship-city'],
  shipState: ['ship-state'],
  shipZip: ['ship-postal-code'],
  shipCountry: ['ship-country'],
  promotionIds: ['promotion-ids'],
} satisfies ColumnSpec<string>;

const STATUS = statusTable({
  Pending: 'pending_payment',
  PendingAvailability: 'pending_payment',
  'Pending - Waiting for Pick Up': 'pending_payment',
  Unshipped: 'paid',
  // Some items have left, some not: the order is paid and still being fulfilled.
  PartiallyShipped: 'paid',
  'Partially Shipped': 'paid',
  Shipped: 'shipped',
  Shipping: 'shipped',
  'Shipped - Picked Up': 'shipped',
  'Shipped - Out for Delivery': 'shipped',
  'Shipped - Delivered to Buyer': 'completed',
  'Shipped - Returning to Seller': 'shipped',
  'Shipped - Returned to Seller': 'shipped',
  'Shipped - Rejected by Buyer': 'shipped',
  'Shipped - Damaged': 'shipped',
  Cancelled: 'cancelled',
  Canceled: 'cancelled',
});

/** Shipped orders that came back: after-sales, whatever the refund turns out to be. */
const AFTER_SALES = new Set(
  [
    'Shipped - Returning to Seller',
    'Shipped - Returned to Seller',
    'Shipped - Rejected by Buyer',
    'Shipped - Damaged',
  ].map(statusKey),
);

const isCancelledText = (text: string | null): boolean => /^cancell?ed$/.test(statusKey(text ?? ''));

function assemble(headers: string[], ctx: FormatContext, sink: FormatSink): OrdersAssembler {
  const cols = lookupColumns(headers, SPEC);
  // Without these the rows cannot be read: said once on the header row instead of on every row.
  const broken = reportMissingColumns(
    cols,
    ['orderId', 'purchaseDate', 'status', 'quantity', 'itemPrice'],
    sink,
  );

  const build = (rows: TableRow[]): void => {
    const head = new RowCells(cols, rows[0]!, ctx, sink);
    const status = head.status('status', STATUS);
    const afterSales = AFTER_SALES.has(statusKey(head.text('status') ?? ''));
    // Pending orders carry no prices yet and cancelled ones often none at all: blank is 0 there, required otherwise.
    const pricesRequired = status !== 'pending_payment' && status !== 'cancelled';
    const placedAt = head.date('purchaseDate', true);

    // The order's currency is the first row that names one; pending rows may leave it blank.
    let currency: string | null = null;
    for (const row of rows) {
      const text = cols.cell(row.cells, 'currency')?.trim();
      if (text) {
        currency = currencyCode(text);
        if (!currency) new RowCells(cols, row, ctx, sink).fail('currency', 'orderCurrencyCode');
        break;
      }
    }
    const money = { ...ctx, currency: currency ?? ctx.currency };

    let failed = head.failed;
    const lines: ParsedOrderLine[] = [];
    let shipping = 0;
    let tax = 0;
    let paid = 0;
    const promotions = new Set<string>();
    for (const row of rows) {
      const cells = new RowCells(cols, row, money, sink);
      const rowCurrency = currencyCode(cells.raw('currency'));
      if (rowCurrency && rowCurrency !== money.currency) {
        sink.issue(
          errorIssue(row.row, cols.header('currency'), 'orderCurrencyMismatch', {
            value: rowCurrency,
            expected: money.currency,
          }),
        );
        failed = true;
      }
      // Amazon writes quantity 0 for cancelled items. A cancelled item of a live order was never sold or
      // charged: it is left out. A cancelled order keeps one unit per such row, so it still lists what was
      // ordered (it counts in no figure).
      if (status !== 'cancelled' && isCancelledText(cells.text('itemStatus'))) continue;
      const zeroQuantity = /^0+(\.0+)?$/.test(cells.raw('quantity').trim());
      const quantity = status === 'cancelled' && zeroQuantity ? 1 : cells.quantity('quantity');
      const lineTotal = cells.amount('itemPrice', pricesRequired);
      // Promotion discounts are written as negatives in some marketplaces and positives in others.
      const itemPromotion = Math.abs(cells.amount('itemPromotion'));
      const shippingPrice = cells.amount('shippingPrice');
      const shipPromotion = Math.abs(cells.amount('shipPromotion'));
      shipping += shippingPrice - shipPromotion;
      tax += cells.amount('itemTax') + cells.amount('shippingTax') + cells.amount('giftWrapTax');
      paid += lineTotal + shippingPrice + cells.amount('giftWrapPrice') - itemPromotion - shipPromotion;
      for (const id of (cells.text('promotionIds') ?? '').split(','))
        if (id.trim()) promotions.add(id.trim());
      const title = cells.text('title') ?? cells.text('sku') ?? cells.text('asin');
      if (title === null) cells.fail('title', 'orderItemNameMissing');
      failed ||= cells.failed;
      // item-price is the LINE total. ChannelDesk keeps unit price × quantity, so a total that does not
      // divide (10.00 for 3) gets the unit price rounded up and the extra cents back as line discount:
      // the line's net stays exactly what Amazon charged, and gross is off by less than one cent per unit.
      const { unitPriceMinor, roundingMinor } = splitLineTotal(lineTotal, quantity);
      lines.push({
        sku: cells.text('sku'),
        title: title ?? '',
        quantity,
        unitPriceMinor,
        lineDiscountMinor: itemPromotion + roundingMinor,
        externalLineId: cells.text('orderItemId'),
      });
    }
    if (failed || placedAt === null) return;
    if (!lines.length) {
      sink.issue(errorIssue(rows[0]!.row, cols.header('quantity'), 'orderNoLines'));
      return;
    }

    const parsed: ParsedOrder = {
      externalId: head.id('orderId'),
      placedAt,
      // The report has no payment time: Amazon charges at checkout for orders it accepted.
      paidAt: status === 'pending_payment' || status === 'cancelled' ? null : placedAt,
      status,
      afterSales,
      currency: money.currency,
      customer: {
        name: head.text('buyerName'),
        phone: head.text('buyerPhone'),
        email: head.text('buyerEmail'),
        buyerId: null,
      },
      address: {
        name: head.text('recipient'),
        phone: head.text('shipPhone'),
        address: [head.text('shipAddress1'), head.text('shipAddress2')].filter(Boolean).join(', ') || null,
        city: head.text('shipCity'),
        province: head.text('shipState'),
        zip: cleanId(head.raw('shipZip')) || null,
        country: head.text('shipCountry'),
      },
      lines,
      orderDiscountMinor: 0,
      platformDiscountMinor: 0,
      shippingIncomeMinor: shipping,
      taxMinor: tax,
      // What the buyer paid for goods, shipping and gift wrap. Tax is left out: EU prices already include VAT,
      // and US sales tax is collected and remitted by Amazon, never reaching the seller.
      totalPaidMinor: paid,
      // The All Orders report states no refunds; they arrive with the settlement report (fees import).
      refundedMinor: 0,
      feesMinor: null,
      source: head.text('salesChannel'),
      promotionCodes: [...promotions],
      note: null,
      row: rows[0]!.row,
    };
    sink.order(parsed);
  };

  const groups = new GroupedOrderRows(cols.header('orderId'), sink, build);
  return {
    push(row) {
      if (broken) return;
      if (isFooterRow(row.cells)) return;
      const id = cleanId(cols.cell(row.cells, 'orderId'));
      if (!id) {
        groups.finish(); // the open order's issues come first, in row order
        sink.issue(errorIssue(row.row, cols.header('orderId'), 'orderIdMissing'));
        return;
      }
      groups.push(id, row);
    },
    finish: () => groups.finish(),
  };
}

export const amazonOrdersPart: OrdersPart = {
  format: 'amazon',
  part: 'orders',
  matches: (headers) =>
    hasHeaders(headers, ['amazon-order-id', 'purchase-date', 'order-status', 'item-price']),
  assemble,
};
