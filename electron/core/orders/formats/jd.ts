import type { ParsedOrder, ParsedOrderLine } from '../../../../shared/domain/orders';
import { minorUnitsToAmount } from '../../../../shared/logic/decimal';
import { splitCnAddress } from './cn-address';
import { ConsecutiveGroups, hasHeaders, isFooterRow, lookupColumns, reportMissingColumns } from './columns';
import { RowCells, statusTable } from './row-cells';
import type { OrdersPart } from './types';

/**
 * JD 订单导出 (FORMATS.md): one row per item, csv (GBK on older exports) or xlsx. The order-level columns
 * (下单时间, 应付金额, 运费金额, 订单状态, the customer) repeat on every item row of the order and are read once,
 * from the order's first row.
 */

const COLUMNS = {
  id: ['订单号'],
  productId: ['商品ID'],
  title: ['商品名称'],
  quantity: ['订购数量'],
  price: ['京东价', '京东价(元)'],
  placed: ['下单时间'],
  payable: ['应付金额', '应付金额(元)'],
  status: ['订单状态'],
  account: ['下单帐号', '下单账号'],
  name: ['客户姓名'],
  address: ['客户地址'],
  phone: ['联系电话'],
  note: ['订单备注'],
  freight: ['运费金额', '运费金额(元)'],
  paidAt: ['付款确认时间'],
  code: ['货号'],
} as const;
type Field = keyof typeof COLUMNS;
const REQUIRED: Field[] = ['id', 'title', 'quantity', 'price', 'placed', 'payable', 'status'];

const STATUS = statusTable({
  // Unpaid orders, when the export is not filtered to paid ones.
  等待付款: 'pending_payment',
  等待出库: 'paid',
  等待确认收货: 'shipped',
  完成: 'completed',
  已完成: 'completed',
  已取消: 'cancelled',
  取消: 'cancelled',
});

interface ItemRow {
  c: RowCells<Field>;
  line: ParsedOrderLine;
}

export const jdOrdersPart: OrdersPart = {
  format: 'jd',
  part: 'orders',
  // 京东价 and 订购数量 are JD's own words; Pinduoduo and Douyin also have 订单号/商品ID-like columns.
  matches: (headers) => hasHeaders(headers, ['订单号', '京东价', '订购数量']),
  assemble(headers, ctx, sink) {
    const cols = lookupColumns(headers, COLUMNS);
    const broken = reportMissingColumns(cols, REQUIRED, sink);

    const emit = (id: string, rows: ItemRow[]): void => {
      const first = rows[0]!.c;
      const payable = first.amount('payable', true);
      const freight = first.amount('freight');
      const status = first.status('status', STATUS);
      const placedAt = first.date('placed', true);
      const paidAt = first.date('paidAt');
      if (rows.some((r) => r.c.failed) || !placedAt) return;

      const lines = rows.map((r) => r.line);
      const gross = lines.reduce((s, l) => s + l.unitPriceMinor * l.quantity, 0);
      // FORMATS.md: whatever the buyer does not pay of goods + freight is the seller's discount.
      const discount = gross + freight - payable;
      if (discount < 0)
        sink.issue({
          severity: 'warning',
          row: first.row.row,
          column: cols.header('payable'),
          key: 'orderSubtotalMismatch',
          params: {
            expected: minorUnitsToAmount(gross + freight, ctx.currency),
            value: minorUnitsToAmount(payable, ctx.currency),
          },
        });
      const name = first.text('name');
      const phone = first.code('phone');
      const address = first.text('address');
      const order: ParsedOrder = {
        externalId: id,
        placedAt,
        paidAt,
        status,
        afterSales: false,
        currency: ctx.currency,
        customer: { name, phone, email: null, buyerId: first.text('account') },
        address: { name, phone, address, country: 'CN', ...splitCnAddress(address) },
        lines,
        orderDiscountMinor: Math.max(discount, 0),
        platformDiscountMinor: 0,
        shippingIncomeMinor: freight,
        taxMinor: 0,
        totalPaidMinor: payable,
        refundedMinor: 0,
        feesMinor: null,
        source: null,
        promotionCodes: [],
        note: first.text('note'),
        row: first.row.row,
      };
      sink.order(order);
    };

    const groups = new ConsecutiveGroups<ItemRow>(emit, (id, item) =>
      item.c.fail('id', 'orderRowsSplit', id),
    );
    return {
      push(row) {
        if (broken || isFooterRow(row.cells)) return;
        const c = new RowCells<Field>(cols, row, ctx, sink);
        const id = c.id('id');
        if (!id) return c.fail('id', 'orderIdMissing');
        const productId = c.code('productId');
        const sku = c.code('code') ?? productId;
        const line: ParsedOrderLine = {
          sku,
          title: c.text('title') ?? sku ?? '',
          quantity: c.quantity('quantity'),
          unitPriceMinor: c.amount('price', true),
          lineDiscountMinor: 0,
          externalLineId: productId,
        };
        groups.push(id, { c, line });
      },
      finish: () => groups.finish(),
    };
  },
};
