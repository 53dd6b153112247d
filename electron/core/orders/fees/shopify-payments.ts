import { errorIssue, hasHeaders, lookupColumns } from '../formats/columns';
import { currencyCode } from '../formats/currency-code';
import { cleanId, cleanText, parseAmount } from '../formats/values';
import { SourceRefs } from './source-ref';
import type { FeeFilePart } from './types';

/**
 * Shopify Payments transactions export (payment_transactions_export_1.csv): one row per charge, refund,
 * chargeback or adjustment, with Amount, Fee and Net. Shopify writes the processing fee as a positive cost,
 * so it is taken as it stands. The payout columns are left out of the source reference: a pending
 * transaction gets its Payout ID later, and the same fee must not come back as a new one.
 */
const SPEC = {
  transactionDate: ['Transaction Date'],
  type: ['Type'],
  order: ['Order'],
  amount: ['Amount'],
  fee: ['Fee'],
  currency: ['Currency'],
};
type Field = keyof typeof SPEC;

export const shopifyPayments: FeeFilePart = {
  kind: 'shopify-payments',
  matches: (headers) => hasHeaders(headers, ['Transaction Date', 'Type', 'Order', 'Amount', 'Fee', 'Net']),
  parse(headers, ctx, sink) {
    const cols = lookupColumns<Field>(headers, SPEC);
    const refs = new SourceRefs('shopify-payments');
    return {
      push(row) {
        const cell = (field: Field) => cols.cell(row.cells, field);
        const order = cleanId(cell('order'));
        if (!order) return;
        const currency = currencyCode(cell('currency')) ?? ctx.currency;
        const text = cell('fee');
        const fee = parseAmount(text, currency);
        if (fee === null) {
          sink.issue(errorIssue(row.row, cols.header('fee'), 'orderAmount', { value: (text ?? '').trim() }));
          return;
        }
        if (fee === 0) return;
        sink.fee({
          orderExternalId: order,
          kind: 'payment',
          amountMinor: fee,
          currency,
          sourceRef: refs.next([
            cleanText(cell('transactionDate')) ?? '',
            cleanText(cell('type')) ?? '',
            order,
            (cell('amount') ?? '').trim(),
          ]),
          row: row.row,
        });
      },
      finish: () => undefined,
    };
  },
};
