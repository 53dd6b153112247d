import type { FeeKind } from '../../../../shared/domain/order-fees';
import { errorIssue, hasHeaders, lookupColumns } from '../formats/columns';
import { currencyCode } from '../formats/currency-code';
import { cleanId, cleanText, parseAmount } from '../formats/values';
import { SourceRefs } from './source-ref';
import type { FeeFilePart } from './types';

/**
 * Amazon's settlement flat file (tab-separated, one per settlement). The first data row is the settlement
 * summary (id, dates, total, currency, no order); every other row is one amount of one order item. Two layouts:
 * the classic one with fee columns side by side (price-type/price-amount, item-related-fee-type/-amount,
 * shipment-fee-*, order-fee-*, misc-fee-amount) and "V2" with one amount per row (amount-type,
 * amount-description, amount). Only fees are read: prices, promotions, reimbursements and reserves are not
 * fees, and rows without an order id (subscription, storage) belong to no order.
 */
const SPEC = {
  settlementId: ['settlement-id'],
  currency: ['currency'],
  transactionType: ['transaction-type'],
  orderId: ['order-id'],
  adjustmentId: ['adjustment-id'],
  shipmentId: ['shipment-id'],
  orderItemCode: ['order-item-code'],
  sku: ['sku'],
  shipmentFeeType: ['shipment-fee-type'],
  shipmentFeeAmount: ['shipment-fee-amount'],
  orderFeeType: ['order-fee-type'],
  orderFeeAmount: ['order-fee-amount'],
  itemFeeType: ['item-related-fee-type'],
  itemFeeAmount: ['item-related-fee-amount'],
  miscFeeAmount: ['misc-fee-amount'],
  amountType: ['amount-type'],
  amountDescription: ['amount-description'],
  amount: ['amount'],
};
type Field = keyof typeof SPEC;

/** V2 amount types that are fees charged by Amazon (ItemPrice, Promotion, ItemWithheldTax are not). */
const V2_FEE_TYPES = new Set(['itemfees', 'shipmentfees', 'orderfees', 'fbafees']);

/** Commission-like fees (referral, closing, digital services) vs FBA's own fees; the rest is 'other'. */
export function amazonFeeKind(feeType: string): FeeKind {
  const t = feeType.toLowerCase().replace(/[\s_-]/g, '');
  if (/^fba|fulfil|chargeback|pickpack|weighthandling|inbound|storage/.test(t)) return 'fba';
  if (/commission|closingfee|referral|digitalservice/.test(t)) return 'commission';
  return 'other';
}

export const amazonSettlement: FeeFilePart = {
  kind: 'amazon-settlement',
  matches: (headers) =>
    hasHeaders(headers, ['settlement-id', 'order-id', 'item-related-fee-type', 'item-related-fee-amount']) ||
    hasHeaders(headers, ['settlement-id', 'order-id', 'amount-type', 'amount-description', 'amount']),
  parse(headers, ctx, sink) {
    const cols = lookupColumns<Field>(headers, SPEC);
    const refs = new SourceRefs('amazon-settlement');
    let settlementId = '';
    let fileCurrency: string | null = null;
    return {
      push(row) {
        const cell = (field: Field) => cols.cell(row.cells, field);
        settlementId = cleanId(cell('settlementId')) || settlementId;
        const currency = currencyCode(cell('currency')) ?? fileCurrency ?? ctx.currency;
        fileCurrency ??= currencyCode(cell('currency'));
        const orderId = cleanId(cell('orderId'));
        if (!orderId) return;
        const key = [
          settlementId,
          cleanText(cell('transactionType')) ?? '',
          orderId,
          cleanId(cell('adjustmentId')),
          cleanId(cell('shipmentId')),
          cleanId(cell('orderItemCode')) || cleanId(cell('sku')),
        ];
        const fee = (type: string, amountField: Field, text: string | undefined) => {
          const amount = parseAmount(text, currency);
          if (amount === null) {
            sink.issue(
              errorIssue(row.row, cols.header(amountField), 'orderAmount', { value: (text ?? '').trim() }),
            );
            return;
          }
          if (amount === 0) return;
          sink.fee({
            orderExternalId: orderId,
            kind: amazonFeeKind(type),
            // Amazon writes what it charges as negative amounts; a positive one is a fee given back.
            amountMinor: -amount,
            currency,
            sourceRef: refs.next([...key, `${cols.header(amountField)}:${type}`]),
            row: row.row,
          });
        };
        if (cols.has('amountType')) {
          const amountType = (cleanText(cell('amountType')) ?? '').toLowerCase().replace(/\s/g, '');
          if (V2_FEE_TYPES.has(amountType))
            fee(cleanText(cell('amountDescription')) ?? '', 'amount', cell('amount'));
          return;
        }
        const typed: [Field, Field][] = [
          ['itemFeeType', 'itemFeeAmount'],
          ['shipmentFeeType', 'shipmentFeeAmount'],
          ['orderFeeType', 'orderFeeAmount'],
        ];
        for (const [typeField, amountField] of typed) {
          if (cols.has(amountField)) fee(cleanText(cell(typeField)) ?? '', amountField, cell(amountField));
        }
        if (cols.has('miscFeeAmount')) fee('misc', 'miscFeeAmount', cell('miscFeeAmount'));
      },
      finish: () => undefined,
    };
  },
};
