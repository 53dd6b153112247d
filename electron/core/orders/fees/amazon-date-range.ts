import type { FeeKind } from '../../../../shared/domain/order-fees';
import { errorIssue, hasHeaders, lookupColumns } from '../formats/columns';
import { cleanId, cleanText, parseAmount } from '../formats/values';
import { SourceRefs } from './source-ref';
import type { FeeFilePart } from './types';

/**
 * Amazon's Date Range transaction report (Payments → Reports Repository), comma-separated with note lines
 * before the header ("All amounts in USD, unless specified") and quoted amounts with thousands separators.
 * One row per transaction; the fee columns are read (selling fees, fba fees, other transaction fees). "other"
 * is not read: it holds reimbursements and adjustments (lost inventory paid back), not fees of the order, and
 * "total" is the net of everything including the sale itself. Amounts are in the storefront's currency (the
 * report names its currency only in a note line).
 */
const SPEC = {
  dateTime: ['date/time'],
  settlementId: ['settlement id'],
  type: ['type'],
  orderId: ['order id'],
  sku: ['sku'],
  sellingFees: ['selling fees'],
  fbaFees: ['fba fees'],
  otherTransactionFees: ['other transaction fees'],
};
type Field = keyof typeof SPEC;

const FEE_COLUMNS: readonly [Field, FeeKind][] = [
  ['sellingFees', 'commission'],
  ['fbaFees', 'fba'],
  ['otherTransactionFees', 'other'],
];

export const amazonDateRange: FeeFilePart = {
  kind: 'amazon-date-range',
  matches: (headers) =>
    hasHeaders(headers, ['date/time', 'type', 'order id', 'selling fees', 'fba fees', 'total']),
  parse(headers, ctx, sink) {
    const cols = lookupColumns<Field>(headers, SPEC);
    const refs = new SourceRefs('amazon-date-range');
    return {
      push(row) {
        const cell = (field: Field) => cols.cell(row.cells, field);
        const orderId = cleanId(cell('orderId'));
        if (!orderId) return;
        const key = [
          cleanText(cell('dateTime')) ?? '',
          cleanId(cell('settlementId')),
          cleanText(cell('type')) ?? '',
          orderId,
          cleanId(cell('sku')),
        ];
        for (const [field, kind] of FEE_COLUMNS) {
          if (!cols.has(field)) continue;
          const text = cell(field);
          const amount = parseAmount(text, ctx.currency);
          if (amount === null) {
            sink.issue(
              errorIssue(row.row, cols.header(field), 'orderAmount', { value: (text ?? '').trim() }),
            );
            continue;
          }
          if (amount === 0) continue;
          sink.fee({
            orderExternalId: orderId,
            kind,
            // Fees are negative in the report; a refund's returned selling fee is positive.
            amountMinor: -amount,
            currency: ctx.currency,
            sourceRef: refs.next([...key, cols.header(field)]),
            row: row.row,
          });
        }
      },
      finish: () => undefined,
    };
  },
};
