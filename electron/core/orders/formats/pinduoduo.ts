import type { ParsedOrder } from '../../../../shared/domain/orders';
import { hasAnyHeader, hasHeaders, isFooterRow, lookupColumns, reportMissingColumns } from './columns';
import { splitLineTotal } from './line-amounts';
import { RowCells, statusKey, statusTable } from './row-cells';
import type { OrdersPart } from './types';

/**
 * Pinduoduo 订单导出 (FORMATS.md): one row per order (one SKU each), csv in UTF-8 or xlsx. Money columns end in
 * (元) in current exports; older ones drop the unit, so both spellings are accepted.
 */

const COLUMNS = {
  id: ['订单号'],
  status: ['订单状态'],
  title: ['商品', '商品名称'],
  skuCode: ['商家编码-SKU维度'],
  productCode: ['商家编码-商品维度'],
  quantity: ['商品数量(件)', '商品数量'],
  goods: ['商品总价(元)', '商品总价'],
  shopDiscount: ['店铺优惠折扣(元)', '店铺优惠折扣'],
  platformDiscount: ['平台优惠折扣(元)', '平台优惠折扣'],
  payDiscount: ['多多支付立减金额(元)', '多多支付立减金额'],
  postage: ['邮费(元)', '邮费'],
  paid: ['用户实付金额(元)', '用户实付金额'],
  receiver: ['收货人'],
  phone: ['手机'],
  buyerPhone: ['用户购买手机号'],
  province: ['省'],
  city: ['市'],
  district: ['区'],
  street: ['街道'],
  paidAt: ['支付时间'],
  grouped: ['拼单成功时间'],
  afterSales: ['售后状态'],
  refund: ['退款金额(元)', '退款金额'],
  message: ['买家留言'],
  note: ['商家备注'],
} as const;
type Field = keyof typeof COLUMNS;
const REQUIRED: Field[] = ['id', 'status', 'title', 'quantity', 'goods', 'paid'];

const STATUS = statusTable({
  // Unpaid orders, when the export is not filtered to paid ones.
  待支付: 'pending_payment',
  待发货: 'paid',
  '已发货，待签收': 'shipped',
  已签收: 'completed',
  已取消: 'cancelled',
  未成团: 'cancelled',
});

const NO_AFTER_SALES = new Set(['无售后或售后取消', '无售后', '售后取消'].map(statusKey));

export const pinduoduoOrdersPart: OrdersPart = {
  format: 'pinduoduo',
  part: 'orders',
  // 拼单 (group buying) and 多多支付 appear in no other platform's export.
  matches: (headers) =>
    hasHeaders(headers, ['订单号']) &&
    hasAnyHeader(headers, ['拼单成功时间', '多多支付立减金额(元)', '多多支付立减金额', '商家编码-SKU维度']),
  assemble(headers, ctx, sink) {
    const cols = lookupColumns(headers, COLUMNS);
    const broken = reportMissingColumns(cols, REQUIRED, sink);
    const seen = new Set<string>();
    return {
      push(row) {
        if (broken || isFooterRow(row.cells)) return;
        const c = new RowCells<Field>(cols, row, ctx, sink);
        const id = c.id('id');
        if (!id) return c.fail('id', 'orderIdMissing');
        if (seen.has(id)) return c.fail('id', 'orderRepeated', id);
        seen.add(id);

        const status = c.status('status', STATUS);
        const quantity = c.quantity('quantity');
        const goods = c.amount('goods', true);
        const shopDiscount = c.amount('shopDiscount');
        const platformDiscount = c.amount('platformDiscount') + c.amount('payDiscount');
        const postage = c.amount('postage');
        const paid = c.amount('paid', true);
        const refund = c.amount('refund');
        const paidAt = c.date('paidAt');
        // Group-buy orders are placed when paid; 拼单成功时间 stands in when 支付时间 is blank.
        const placedAt = paidAt ?? c.date('grouped');
        if (!placedAt && !c.failed) c.fail(cols.has('paidAt') ? 'paidAt' : 'grouped', 'orderDate');
        if (c.failed || !placedAt) return;

        const afterSalesText = c.text('afterSales');
        const afterSales = afterSalesText !== null && !NO_AFTER_SALES.has(statusKey(afterSalesText));
        // FORMATS.md: a successful refund returns what the buyer paid for the goods, unless the file says how much.
        const refunded =
          afterSalesText !== null && statusKey(afterSalesText) === statusKey('退款成功')
            ? cols.has('refund')
              ? refund
              : Math.max(paid - postage, 0)
            : 0;

        const { unitPriceMinor, roundingMinor } = splitLineTotal(goods, quantity);
        const name = c.text('receiver');
        const phone = c.code('phone');
        const street = [c.text('district'), c.text('street')].filter(Boolean).join(' ');
        const notes = [c.text('message'), c.text('note')].filter((t): t is string => t !== null);
        const order: ParsedOrder = {
          externalId: id,
          placedAt,
          paidAt,
          status,
          afterSales,
          currency: ctx.currency,
          customer: { name, phone: phone ?? c.code('buyerPhone'), email: null, buyerId: null },
          address: {
            name,
            phone,
            address: street || null,
            city: c.text('city'),
            province: c.text('province'),
            zip: null,
            country: 'CN',
          },
          lines: [
            {
              sku: c.code('skuCode') ?? c.code('productCode'),
              title: c.text('title') ?? '',
              quantity,
              unitPriceMinor,
              lineDiscountMinor: roundingMinor,
              externalLineId: null,
            },
          ],
          orderDiscountMinor: shopDiscount,
          platformDiscountMinor: platformDiscount,
          shippingIncomeMinor: postage,
          taxMinor: 0,
          totalPaidMinor: paid,
          refundedMinor: refunded,
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
