import { currencyCode } from './currency-code';
import {
  errorIssue,
  hasHeaders,
  isFooterRow,
  lookupColumns,
  reportMissingColumns,
  type ColumnSpec,
} from './columns';
import { RowCells } from './row-cells';
import type { FormatContext, FormatSink, ItemsCollector, ItemsPart } from './types';
import { cleanId } from './values';

/**
 * Etsy "Sold Order Items" CSV: one row per item (transaction), joined to the Sold Orders CSV on Order ID.
 * Its Discount Amount, Order Shipping and Order Sales Tax repeat order figures that the orders file already
 * states, so only the item itself is taken from here.
 */
const SPEC = {
  orderId: ['Order ID'],
  title: ['Item Name'],
  quantity: ['Quantity'],
  price: ['Price'],
  currency: ['Currency'],
  transactionId: ['Transaction ID'],
  listingId: ['Listing ID'],
  variations: ['Variations'],
  sku: ['SKU'],
} satisfies ColumnSpec<string>;

/** One item as the orders part joins it; `failed` items were reported here and keep their order out. */
export interface EtsyItem {
  row: number;
  sku: string | null;
  title: string;
  quantity: number;
  unitPriceMinor: number;
  /** The item's own currency, checked against the order's when joining (null: the file names none). */
  currency: string | null;
  transactionId: string | null;
  failed: boolean;
}

export const isEtsyItem = (value: unknown): value is EtsyItem =>
  typeof value === 'object' && value !== null && 'unitPriceMinor' in value && 'failed' in value;

function collect(headers: string[], ctx: FormatContext, sink: Pick<FormatSink, 'issue'>): ItemsCollector {
  const cols = lookupColumns(headers, SPEC);
  // Without these the rows cannot be read: said once on the header row instead of on every row.
  const broken = reportMissingColumns(cols, ['orderId', 'title', 'quantity', 'price'], sink);
  const items = new Map<string, EtsyItem[]>();
  return {
    push(row) {
      if (broken) return;
      if (isFooterRow(row.cells)) return;
      const orderId = cleanId(cols.cell(row.cells, 'orderId'));
      if (!orderId) {
        sink.issue(errorIssue(row.row, cols.header('orderId'), 'orderIdMissing'));
        return;
      }
      const currencyText = cols.cell(row.cells, 'currency');
      const currency = currencyCode(currencyText);
      const cells = new RowCells(cols, row, { ...ctx, currency: currency ?? ctx.currency }, sink);
      if (cells.text('currency') !== null && currency === null) cells.fail('currency', 'orderCurrencyCode');
      const name = cells.text('title');
      if (name === null) cells.fail('title', 'orderItemNameMissing');
      const variations = cells.text('variations');
      const item: EtsyItem = {
        row: row.row,
        sku: cells.text('sku'),
        // The variation (size, colour) is part of what was sold: "Mug (Colour: Blue)".
        title: name && variations ? `${name} (${variations})` : (name ?? ''),
        quantity: cells.quantity('quantity'),
        unitPriceMinor: cells.amount('price', true),
        currency,
        transactionId: cells.text('transactionId'),
        failed: false,
      };
      item.failed = cells.failed;
      const list = items.get(orderId);
      if (list) list.push(item);
      else items.set(orderId, [item]);
    },
    done: () => items as Map<string, unknown[]>,
  };
}

export const etsyItemsPart: ItemsPart = {
  format: 'etsy',
  part: 'items',
  matches: (headers) => hasHeaders(headers, ['item name', 'transaction id', 'order id', 'price', 'quantity']),
  collect,
};
