import type { OrderStatus, ParsedOrder, ParsedOrderLine } from '../../../../shared/domain/orders';
import { ConsecutiveGroups, hasHeaders, isFooterRow, lookupColumns, reportMissingColumns } from './columns';
import { splitLineTotal } from './line-amounts';
import { RowCells, statusKey, statusTable } from './row-cells';
import type { OrdersPart } from './types';

/**
 * Douyin shop (抖店) 订单导出 (FORMATS.md): one row per sub-order (子订单编号), csv with a UTF-8 BOM or xlsx.
 * 主订单编号 is the order; 订单应付金额 and 运费 repeat on each of its rows and are read once. Ids carry a
 * leading tab, personal data is masked (kept as given) and `-` means empty.
 */

const COLUMNS = {
  id: ['主订单编号'],
  subId: ['子订单编号'],
  title: ['选购商品'],
  quantity: ['商品数量'],
  productId: ['商品ID'],
  code: ['商家编码'],
  amount: ['商品金额'],
  payable: ['订单应付金额'],
  freight: ['运费'],
  platformDiscount: ['平台实际承担优惠金额'],
  sellerDiscount: ['商家实际承担优惠金额'],
  influencerDiscount: ['达人实际承担优惠金额'],
  receiver: ['收件人'],
  phone: ['收件人手机号'],
  province: ['省'],
  city: ['市'],
  district: ['区'],
  street: ['街道'],
  detail: ['详细地址'],
  placed: ['订单提交时间'],
  paidAt: ['支付完成时间'],
  status: ['订单状态'],
  afterSales: ['售后状态'],
  refund: ['退款金额'],
  note: ['商家备注'],
} as const;
type Field = keyof typeof COLUMNS;
const REQUIRED: Field[] = ['id', 'title', 'quantity', 'amount', 'payable', 'placed', 'status'];

const STATUS = statusTable({
  待支付: 'pending_payment',
  待发货: 'paid',
  已发货: 'shipped',
  已完成: 'completed',
  已关闭: 'cancelled',
});

// An after-sales case that was withdrawn or closed leaves the order as it was (like Pinduoduo's 售后取消).
const NO_AFTER_SALES = new Set(['无售后', '售后取消', '售后关闭', '售后已取消'].map(statusKey));
const REFUNDED = statusKey('退款成功');

/** Sub-orders can differ (one shipped, one still waiting): the order is valid if any part is, and only as far
 *  along as its least advanced valid part; otherwise pending beats cancelled (something may still be paid). */
const STAGE: Record<OrderStatus, number> = {
  paid: 0,
  shipped: 1,
  completed: 2,
  pending_payment: 3,
  cancelled: 4,
};
const orderStatus = (statuses: OrderStatus[]): OrderStatus =>
  statuses.reduce((a, b) => (STAGE[b] < STAGE[a] ? b : a));

interface SubOrder {
  c: RowCells<Field>;
  line: ParsedOrderLine;
  status: OrderStatus;
  platformMinor: number;
  refundedMinor: number;
  afterSales: boolean;
}

export const douyinOrdersPart: OrdersPart = {
  format: 'douyin',
  part: 'orders',
  matches: (headers) => hasHeaders(headers, ['主订单编号', '子订单编号', '订单应付金额']),
  assemble(headers, ctx, sink) {
    const cols = lookupColumns(headers, COLUMNS);
    const broken = reportMissingColumns(cols, REQUIRED, sink);

    const emit = (id: string, subs: SubOrder[]): void => {
      const first = subs[0]!.c;
      const payable = first.amount('payable', true);
      const freight = first.amount('freight');
      const placedAt = first.date('placed', true);
      const paidAt = first.date('paidAt');
      if (subs.some((s) => s.c.failed) || !placedAt) return;

      const refundedMinor = subs.reduce((s, x) => s + x.refundedMinor, 0);
      let status = orderStatus(subs.map((s) => s.status));
      // As for Taobao's 交易关闭: an order closed after it was paid and refunded was a sale that came back, so
      // it stays valid with its refund; 'completed' because nothing more will happen to it.
      if (status === 'cancelled' && paidAt && refundedMinor > 0) status = 'completed';

      const name = first.text('receiver');
      const phone = first.code('phone');
      const street = [first.text('district'), first.text('street'), first.text('detail')]
        .filter(Boolean)
        .join(' ');
      const order: ParsedOrder = {
        externalId: id,
        placedAt,
        paidAt,
        status,
        afterSales: subs.some((s) => s.afterSales),
        currency: ctx.currency,
        customer: { name, phone, email: null, buyerId: null },
        address: {
          name,
          phone,
          address: street || null,
          city: first.text('city'),
          province: first.text('province'),
          zip: null,
          country: 'CN',
        },
        lines: subs.map((s) => s.line),
        // The seller's share is per sub-order, so it sits in the line discounts.
        orderDiscountMinor: 0,
        platformDiscountMinor: subs.reduce((s, x) => s + x.platformMinor, 0),
        shippingIncomeMinor: freight,
        taxMinor: 0,
        totalPaidMinor: payable,
        refundedMinor,
        feesMinor: null,
        source: null,
        promotionCodes: [],
        note: first.text('note'),
        row: first.row.row,
      };
      sink.order(order);
    };

    const groups = new ConsecutiveGroups<SubOrder>(emit, (id, sub) => sub.c.fail('id', 'orderRowsSplit', id));
    return {
      push(row) {
        if (broken || isFooterRow(row.cells)) return;
        const c = new RowCells<Field>(cols, row, ctx, sink);
        const id = c.id('id');
        if (!id) return c.fail('id', 'orderIdMissing');
        const quantity = c.quantity('quantity');
        const amount = c.amount('amount', true);
        const sellerMinor = c.amount('sellerDiscount');
        const platformMinor = c.amount('platformDiscount') + c.amount('influencerDiscount');
        const refund = c.amount('refund');
        const status = c.status('status', STATUS);
        const afterSalesText = c.text('afterSales');
        const { unitPriceMinor, roundingMinor } = splitLineTotal(amount, quantity);
        // Without a refund amount column, a refunded sub-order gives back what the seller charged for it.
        const refunded =
          afterSalesText !== null && statusKey(afterSalesText) === REFUNDED
            ? cols.has('refund')
              ? refund
              : Math.max(amount - sellerMinor, 0)
            : 0;
        const sku = c.code('code');
        groups.push(id, {
          c,
          status,
          platformMinor,
          refundedMinor: refunded,
          afterSales: afterSalesText !== null && !NO_AFTER_SALES.has(statusKey(afterSalesText)),
          line: {
            sku,
            title: c.text('title') ?? sku ?? '',
            quantity,
            unitPriceMinor,
            lineDiscountMinor: sellerMinor + roundingMinor,
            externalLineId: c.code('subId'),
          },
        });
      },
      finish: () => groups.finish(),
    };
  },
};
