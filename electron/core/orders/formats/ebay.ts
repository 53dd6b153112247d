import type { OrderStatus, ParsedOrder, ParsedOrderLine } from '../../../../shared/domain/orders';
import type { TableRow } from '../read/types';
import { currencyInAmount } from './currency-code';
import {
  errorIssue,
  hasAnyHeader,
  hasHeaders,
  isFooterRow,
  lookupColumns,
  reportMissingColumns,
  type ColumnLookup,
  type ColumnSpec,
} from './columns';
import { GroupedOrderRows } from './grouped-rows';
import { RowCells } from './row-cells';
import type { FormatContext, FormatSink, OrdersAssembler, OrdersPart } from './types';
import { cleanId, cleanText, parseDateTime } from './values';

/**
 * eBay Seller Hub "Orders" report. Blank or all-comma lines come before the header (the reader skips them
 * because `matches` is false there) and record-count lines after the data. A single-item order is one row;
 * a multi-item order is a summary row (buyer, postage, total; no item) followed by one row per item, all with
 * the same Order Number (older files give item rows only the Sales Record Number). UK/AU files say
 * "Postage And Handling"; German files use German headers, `;`, "EUR 90,00" and day-first dates.
 */
const SPEC = {
  recordNo: ['Sales Record Number', 'Verkaufsprotokollnummer'],
  orderNo: ['Order Number', 'Bestellnummer'],
  buyerUser: ['Buyer Username', 'User Id', 'Nutzername des Käufers', 'Mitgliedsname des Käufers'],
  buyerName: ['Buyer Name', 'Name des Käufers'],
  buyerEmail: ['Buyer Email', 'E-Mail des Käufers'],
  buyerNote: ['Buyer Note', 'Notiz des Käufers'],
  shipName: ['Ship To Name', 'Post To Name', 'Name des Empfängers'],
  shipPhone: ['Ship To Phone', 'Post To Phone', 'Telefonnummer des Empfängers'],
  shipAddress1: ['Ship To Address 1', 'Post To Address 1', 'Adresse 1 des Empfängers'],
  shipAddress2: ['Ship To Address 2', 'Post To Address 2', 'Adresse 2 des Empfängers'],
  shipCity: ['Ship To City', 'Post To City', 'Ort des Empfängers'],
  shipState: ['Ship To State', 'Post To County', 'Post To State', 'Bundesland des Empfängers'],
  shipZip: ['Ship To Zip', 'Post To Postcode', 'Post To Postal Code', 'PLZ des Empfängers'],
  shipCountry: ['Ship To Country', 'Post To Country', 'Land des Empfängers'],
  itemNumber: ['Item Number', 'Artikelnummer'],
  title: ['Item Title', 'Artikelbezeichnung'],
  sku: ['Custom Label', 'Bestandseinheit', 'Individuelle Bezeichnung'],
  quantity: ['Quantity', 'Anzahl', 'Stückzahl'],
  soldFor: ['Sold For', 'Verkauft für', 'Verkaufspreis'],
  shipping: [
    'Shipping And Handling',
    'Postage And Handling',
    'Verpackung und Versand',
    'Versand und Verpackung',
  ],
  sellerTax: ['Seller Collected Tax', 'Vom Verkäufer erhobene Steuer'],
  ebayTax: ['eBay Collected Tax', 'Von eBay erhobene Steuer'],
  total: ['Total Price', 'Gesamtpreis'],
  saleDate: ['Sale Date', 'Verkaufsdatum'],
  paidDate: ['Paid On Date', 'Bezahlt am', 'Zahlungsdatum'],
  shippedDate: ['Shipped On Date', 'Versanddatum', 'Verschickt am'],
  transactionId: ['Transaction ID', 'Transaktionsnummer', 'Transaktions-ID'],
} satisfies ColumnSpec<string>;
type Field = keyof typeof SPEC;

const ENGLISH = ['sales record number', 'order number', 'sold for'];
const GERMAN = ['verkaufsprotokollnummer', 'bestellnummer', 'verkauft für'];

/** German month abbreviations that differ from English ("18-Mär-24", "03-Okt-24"). */
const GERMAN_MONTHS: Record<string, string> = { mär: 'Mar', mrz: 'Mar', mai: 'May', okt: 'Oct', dez: 'Dec' };

/**
 * eBay dates: "Jun-18-24" (US), "18-Jun-24" (UK/AU), "18.06.2024" or "18-Mär-24" (DE), each possibly with a
 * time and a zone name. Numeric dates are day-first except in US files.
 */
export function parseEbayDate(text: string | undefined, timeZone: string, dayFirst: boolean): string | null {
  const t = (text ?? '').replace(/\b(mär|mrz|mai|okt|dez)\b/gi, (m) => GERMAN_MONTHS[m.toLowerCase()] ?? m);
  return parseDateTime(t, timeZone, dayFirst || /^\d{1,2}\.\d{1,2}\./.test(t.trim()));
}

/** "12 record(s) downloaded", "Seller ID : shop", "12 Datensätze heruntergeladen" after the data. */
const EBAY_FOOTER = /record\(?s?\)?|seller id|datens[äa]tze|heruntergeladen|verkäufer/i;

function isEbayFooter(cells: readonly string[], cols: ColumnLookup<Field>): boolean {
  if (isFooterRow(cells)) return true;
  if (cleanId(cols.cell(cells, 'orderNo'))) return false;
  const first = cells.map((c) => c.trim()).find((c) => c !== '') ?? '';
  return EBAY_FOOTER.test(first) && !/^\d+$/.test(cleanId(cols.cell(cells, 'recordNo')));
}

function assemble(headers: string[], ctx: FormatContext, sink: FormatSink): OrdersAssembler {
  const cols = lookupColumns(headers, SPEC);
  // Without these the rows cannot be read: said once on the header row instead of on every row.
  const broken = reportMissingColumns(cols, ['title', 'quantity', 'soldFor', 'saleDate'], sink);
  // US files write "Jun-18-24" and month-first numbers; UK/AU ("Postage") and German files are day-first.
  const dayFirst = hasAnyHeader(headers, ['postage and handling', ...GERMAN]);

  const build = (rows: TableRow[]): void => {
    // A summary row has no item; when it heads a multi-row group, the other rows are the items.
    const hasSummary = rows.length > 1 && !cleanText(cols.cell(rows[0]!.cells, 'title'));
    const itemRows = hasSummary ? rows.slice(1) : rows;

    // The currency is the one the amount texts name ("US $", "£", "EUR"); a bare number is the storefront's.
    let currency: string | null = null;
    let failed = false;
    for (const row of rows) {
      for (const field of ['soldFor', 'shipping', 'total'] as const) {
        const named = currencyInAmount(cols.cell(row.cells, field));
        if (!named) continue;
        if (currency === null) currency = named;
        else if (named !== currency) {
          sink.issue(
            errorIssue(row.row, cols.header(field), 'orderCurrencyMismatch', {
              value: named,
              expected: currency,
            }),
          );
          failed = true;
        }
      }
    }
    const money = { ...ctx, currency: currency ?? ctx.currency };
    const head = new RowCells(cols, rows[0]!, money, sink);
    const date = (field: Field, required: boolean): string | null => {
      const text = head.raw(field);
      if (cleanText(text) === null) {
        if (required) head.fail(field, 'orderDate');
        return null;
      }
      const value = parseEbayDate(text, ctx.timezone, dayFirst);
      if (value === null) head.fail(field, 'orderDate');
      return value;
    };
    const placedAt = date('saleDate', true);
    const paidAt = date('paidDate', false);
    const shippedAt = date('shippedDate', false);
    // The report has no status column: unpaid orders await payment, a shipping date means it has left.
    const status: OrderStatus = paidAt === null ? 'pending_payment' : shippedAt !== null ? 'shipped' : 'paid';
    const shipping = head.amount('shipping');
    const tax = head.amount('sellerTax') + head.amount('ebayTax');
    const total = head.amount('total', status !== 'pending_payment');
    failed ||= head.failed;

    const lines: ParsedOrderLine[] = [];
    for (const row of itemRows) {
      const cells = row === rows[0] ? head : new RowCells(cols, row, money, sink);
      const title = cells.text('title');
      if (title === null) cells.fail('title', 'orderItemNameMissing');
      const quantity = cells.quantity('quantity');
      const unitPriceMinor = cells.amount('soldFor', true);
      failed ||= cells.failed;
      lines.push({
        sku: cells.text('sku'),
        title: title ?? '',
        quantity,
        unitPriceMinor,
        lineDiscountMinor: 0,
        externalLineId: cells.text('transactionId') ?? cells.text('itemNumber'),
      });
    }
    if (failed || placedAt === null) return;

    const parsed: ParsedOrder = {
      externalId: head.id('orderNo') || head.id('recordNo'),
      placedAt,
      paidAt,
      status,
      afterSales: false,
      currency: money.currency,
      customer: {
        name: head.text('buyerName'),
        phone: head.text('shipPhone'),
        email: head.text('buyerEmail'),
        buyerId: head.text('buyerUser'),
      },
      address: {
        name: head.text('shipName'),
        phone: head.text('shipPhone'),
        address: [head.text('shipAddress1'), head.text('shipAddress2')].filter(Boolean).join(', ') || null,
        city: head.text('shipCity'),
        province: head.text('shipState'),
        zip: cleanId(head.raw('shipZip')) || null,
        country: head.text('shipCountry'),
      },
      lines,
      // The report lists what the buyer paid per item (Sold For): eBay promotions are already in it.
      orderDiscountMinor: 0,
      platformDiscountMinor: 0,
      shippingIncomeMinor: shipping,
      taxMinor: tax,
      totalPaidMinor: total,
      // Refunds and cancellations are not in this report.
      refundedMinor: 0,
      feesMinor: null,
      source: null,
      promotionCodes: [],
      note: head.text('buyerNote'),
      row: rows[0]!.row,
    };
    sink.order(parsed);
  };

  const groups = new GroupedOrderRows(cols.header('orderNo'), sink, build);
  // Item rows of older files carry only the Sales Record Number of their summary row.
  let current: { key: string; recordNo: string } | null = null;
  return {
    push(row) {
      if (broken) return;
      if (isEbayFooter(row.cells, cols)) return;
      const orderNo = cleanId(cols.cell(row.cells, 'orderNo'));
      const recordNo = cleanId(cols.cell(row.cells, 'recordNo'));
      let key = orderNo || recordNo;
      if (!orderNo && current && recordNo === current.recordNo) key = current.key;
      if (!key) {
        sink.issue(errorIssue(row.row, cols.header('orderNo'), 'orderIdMissing'));
        return;
      }
      if (!current || current.key !== key) current = { key, recordNo };
      groups.push(key, row);
    },
    finish: () => groups.finish(),
  };
}

export const ebayOrdersPart: OrdersPart = {
  format: 'ebay',
  part: 'orders',
  matches: (headers) => hasHeaders(headers, ENGLISH) || hasHeaders(headers, GERMAN),
  assemble,
};
