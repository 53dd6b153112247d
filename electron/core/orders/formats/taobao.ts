import type { ParsedOrder, ParsedOrderLine } from '../../../../shared/domain/orders';
import { minorUnitsToAmount } from '../../../../shared/logic/decimal';
import { splitCnAddress } from './cn-address';
import { hasAnyHeader, hasHeaders, isFooterRow, lookupColumns, reportMissingColumns } from './columns';
import { splitLineTotal } from './line-amounts';
import { RowCells, statusTable } from './row-cells';
import type { ItemsPart, OrdersPart } from './types';

/**
 * Taobao / Tmall 订单报表 (one row per order) and 宝贝报表 (one row per item), csv in GBK (FORMATS.md). Tmall
 * shops download the same export, so both platforms use format 'taobao'. The orders file carries the money;
 * the items file only prices and quantities, joined on 订单编号.
 */

const ORDER_COLUMNS = {
  id: ['订单编号'],
  buyer: ['买家会员名'],
  goods: ['买家应付货款'],
  postage: ['买家应付邮费'],
  paid: ['买家实际支付金额'],
  status: ['订单状态'],
  message: ['买家留言'],
  receiver: ['收货人姓名'],
  address: ['收货地址'],
  phone: ['联系电话'],
  mobile: ['联系手机'],
  created: ['订单创建时间'],
  paidAt: ['订单付款时间'],
  title: ['宝贝标题'],
  count: ['宝贝总数量'],
  note: ['订单备注'],
  refund: ['退款金额'],
} as const;
type OrderField = keyof typeof ORDER_COLUMNS;
const ORDER_REQUIRED: OrderField[] = [
  'id',
  'goods',
  'postage',
  'paid',
  'status',
  'created',
  'title',
  'count',
];

const ITEM_COLUMNS = {
  id: ['订单编号'],
  title: ['标题', '宝贝标题'],
  price: ['价格'],
  quantity: ['购买数量'],
  sellerCode: ['商家编码'],
  externalCode: ['外部系统编号'],
} as const;
type ItemField = keyof typeof ITEM_COLUMNS;
const ITEM_REQUIRED: ItemField[] = ['id', 'title', 'price', 'quantity'];

// 卡券抵扣 / 积分抵扣 (variant columns) are already inside 买家实际支付金额 and say nothing about who funds them,
// so they are accepted and not mapped.
const STATUS = statusTable({
  等待买家付款: 'pending_payment',
  '买家已付款，等待卖家发货': 'paid',
  // Part of the order has left the warehouse: the order is on its way, as far as the figures care.
  卖家部分发货: 'shipped',
  '卖家已发货，等待买家确认': 'shipped',
  交易成功: 'completed',
  交易关闭: 'cancelled',
});

/** One row of the items file as the orders file needs it; `bad` rows were reported and block their order. */
interface TaobaoItem {
  line: ParsedOrderLine;
  bad: boolean;
}

export const taobaoItemsPart: ItemsPart = {
  format: 'taobao',
  part: 'items',
  // 买家应付货款 is only in the orders file; 标题 + 价格 + 购买数量 only in the items file.
  matches: (headers) =>
    hasHeaders(headers, ['订单编号', '标题', '价格', '购买数量']) && !hasAnyHeader(headers, ['买家应付货款']),
  collect(headers, ctx, sink) {
    const cols = lookupColumns(headers, ITEM_COLUMNS);
    const broken = reportMissingColumns(cols, ITEM_REQUIRED, sink);
    const byOrder = new Map<string, TaobaoItem[]>();
    return {
      push(row) {
        if (broken || isFooterRow(row.cells)) return;
        const c = new RowCells(cols, row, ctx, sink);
        const id = c.id('id');
        if (!id) {
          c.fail('id', 'orderIdMissing');
          return;
        }
        const unitPriceMinor = c.amount('price', true);
        const quantity = c.quantity('quantity');
        const sku = c.code('sellerCode') ?? c.code('externalCode');
        const item: TaobaoItem = {
          line: {
            sku,
            title: c.text('title') ?? sku ?? '',
            quantity,
            unitPriceMinor,
            lineDiscountMinor: 0,
            externalLineId: null,
          },
          bad: c.failed,
        };
        const list = byOrder.get(id);
        if (list) list.push(item);
        else byOrder.set(id, [item]);
      },
      done: () => byOrder as Map<string, unknown[]>,
    };
  },
};

export const taobaoOrdersPart: OrdersPart = {
  format: 'taobao',
  part: 'orders',
  matches: (headers) => hasHeaders(headers, ['订单编号', '买家应付货款', '订单创建时间', '订单状态']),
  assemble(headers, ctx, sink, items) {
    const cols = lookupColumns(headers, ORDER_COLUMNS);
    const broken = reportMissingColumns(cols, ORDER_REQUIRED, sink);
    const seen = new Set<string>();
    return {
      push(row) {
        if (broken || isFooterRow(row.cells)) return;
        const c = new RowCells<OrderField>(cols, row, ctx, sink);
        const id = c.id('id');
        if (!id) return c.fail('id', 'orderIdMissing');
        if (seen.has(id)) return c.fail('id', 'orderRepeated', id);
        seen.add(id);

        const goods = c.amount('goods', true);
        const postage = c.amount('postage');
        const totalPaid = c.amount('paid', true);
        const refund = c.amount('refund');
        let status = c.status('status', STATUS);
        const placedAt = c.date('created', true);
        const paidAt = c.date('paidAt');

        const own = items?.get(id) as TaobaoItem[] | undefined;
        let lines: ParsedOrderLine[];
        let orderDiscountMinor = 0;
        if (own?.length) {
          // The bad item rows were reported by the collector; the order just is not emitted.
          if (own.some((i) => i.bad)) c.failed = true;
          lines = own.map((i) => i.line);
          // 买家应付货款 is the goods after the seller's discounts (FORMATS.md): the difference is the discount.
          const gross = lines.reduce((s, l) => s + l.unitPriceMinor * l.quantity, 0);
          if (gross >= goods) orderDiscountMinor = gross - goods;
          else
            sink.issue({
              severity: 'warning',
              row: row.row,
              column: cols.header('goods'),
              key: 'orderSubtotalMismatch',
              params: {
                expected: minorUnitsToAmount(gross, ctx.currency),
                value: minorUnitsToAmount(goods, ctx.currency),
              },
            });
        } else {
          if (items)
            sink.issue({
              severity: 'warning',
              row: row.row,
              column: cols.header('id'),
              key: 'orderItemsMissing',
            });
          // Without the items file the order is one line at what the buyer owes for the goods; the seller's
          // discount is unknown, so gross is the discounted amount and discounts are 0 (see splitLineTotal).
          const quantity = c.quantity('count');
          const { unitPriceMinor, roundingMinor } = splitLineTotal(goods, quantity);
          lines = [
            {
              sku: null,
              title: c.text('title') ?? id,
              quantity,
              unitPriceMinor,
              lineDiscountMinor: roundingMinor,
              externalLineId: null,
            },
          ];
        }
        if (c.failed || !placedAt) return;

        // 交易关闭 is both "closed before payment" and "closed after a full refund". A paid-then-refunded order
        // was a sale that came back (METRICS counts it and its refund), so it stays valid; 'completed' because
        // the transaction is over — 'paid' would leave it waiting for shipment forever.
        if (status === 'cancelled' && paidAt && refund > 0) status = 'completed';
        // 退款金额 can include refunded postage; refunds are merchandise only, at most what the goods cost.
        const refundedMinor = Math.min(Math.max(refund, 0), goods);

        const name = c.text('receiver');
        const phone = c.code('mobile') ?? c.code('phone');
        const address = c.text('address');
        const notes = [c.text('message'), c.text('note')].filter((t): t is string => t !== null);
        const order: ParsedOrder = {
          externalId: id,
          placedAt,
          paidAt,
          status,
          afterSales: refund > 0,
          currency: ctx.currency,
          customer: { name, phone, email: null, buyerId: c.text('buyer') },
          address: { name, phone, address, country: 'CN', ...splitCnAddress(address) },
          lines,
          orderDiscountMinor,
          platformDiscountMinor: 0,
          shippingIncomeMinor: postage,
          taxMinor: 0,
          totalPaidMinor: totalPaid,
          refundedMinor,
          feesMinor: null,
          source: null,
          promotionCodes: [],
          note: notes.length ? notes.join('\n') : null,
          row: row.row,
        };
        sink.order(order);
      },
      finish() {},
    };
  },
};
