import { describe, expect, it } from 'vitest';
import type { GenericImportSettings } from '../../shared/domain/order-mapping';
import type { ParsedOrder } from '../../shared/domain/orders';
import {
  checkMapping,
  genericFields,
  genericOrdersPart,
  suggestMapping,
} from '../../electron/core/orders/formats/generic';
import type { RowIssue } from '../../electron/core/orders/formats/types';

const ctx = { timezone: 'Asia/Shanghai', currency: 'CNY' };

function run(settings: GenericImportSettings, headers: string[], rows: string[][], context = ctx) {
  const orders: ParsedOrder[] = [];
  const issues: RowIssue[] = [];
  const assembler = genericOrdersPart(settings).assemble(headers, context, {
    order: (o) => orders.push(o),
    issue: (i) => issues.push(i),
  });
  rows.forEach((cells, i) => assembler.push({ row: i + 2, cells }));
  assembler.finish();
  return { orders, issues };
}

const zhHeaders = [
  '订单号',
  '下单时间',
  '商家编码',
  '商品名称',
  '数量',
  '单价',
  '运费',
  '优惠金额',
  '实付金额',
  '收货人',
  '手机',
  '省',
  '市',
  '收货地址',
];
const zhMapping = {
  externalId: '订单号',
  placedAt: '下单时间',
  sku: '商家编码',
  title: '商品名称',
  quantity: '数量',
  unitPrice: '单价',
  shipping: '运费',
  orderDiscount: '优惠金额',
  totalPaid: '实付金额',
  customerName: '收货人',
  phone: '手机',
  province: '省',
  city: '市',
  address: '收货地址',
};

describe('generic format: mapping', () => {
  it('lists the fields with the two required ones', () => {
    expect(genericFields.filter((f) => f.required).map((f) => f.field)).toEqual(['externalId', 'placedAt']);
    expect(genericFields.map((f) => f.field)).toContain('lineTotal');
  });

  it('suggests obvious columns in Chinese and English, each column once', () => {
    expect(suggestMapping(zhHeaders)).toEqual(zhMapping);
    expect(
      suggestMapping([
        'Order ID',
        ' Date ',
        'SKU',
        'Product Name',
        'Qty',
        'Price',
        'Total',
        'Customer Name',
        'Notes',
      ]),
    ).toEqual({
      externalId: 'Order ID',
      placedAt: 'Date',
      sku: 'SKU',
      title: 'Product Name',
      quantity: 'Qty',
      unitPrice: 'Price',
      totalPaid: 'Total',
      customerName: 'Customer Name',
    });
    // "Order Date" is the date, not the order id; full-width brackets are read like half-width ones.
    expect(suggestMapping(['Order Date', 'Order Number', '商品总价（元）'])).toEqual({
      placedAt: 'Order Date',
      externalId: 'Order Number',
      lineTotal: '商品总价（元）',
    });
  });

  it('names each missing required field and each mapped column the file lacks', () => {
    expect(checkMapping({ sku: 'SKU' }, ['SKU'])).toEqual([
      { severity: 'error', row: 0, column: '', key: 'mappingRequired', params: { value: 'externalId' } },
      { severity: 'error', row: 0, column: '', key: 'mappingRequired', params: { value: 'placedAt' } },
      {
        severity: 'error',
        row: 0,
        column: '',
        key: 'mappingRequired',
        params: { value: 'unitPrice / lineTotal' },
      },
    ]);
    expect(checkMapping({ externalId: 'id', placedAt: 'when', lineTotal: 'Amount' }, ['id', 'when'])).toEqual(
      [
        {
          severity: 'error',
          row: 0,
          column: 'Amount',
          key: 'mappingColumnMissing',
          params: { value: 'Amount', field: 'lineTotal' },
        },
      ],
    );
    expect(checkMapping(zhMapping, zhHeaders)).toEqual([]);
    expect(genericOrdersPart({ mapping: zhMapping }).matches(zhHeaders)).toBe(true);
    expect(genericOrdersPart({ mapping: zhMapping }).matches(zhHeaders.slice(1))).toBe(false);
  });

  it('reads nothing and reports the mapping when it is incomplete', () => {
    const { orders, issues } = run({ mapping: { externalId: '订单号' } }, zhHeaders, [
      ['1', '2024-06-18 10:00'],
    ]);
    expect(orders).toEqual([]);
    expect(issues.map((i) => [i.key, i.params?.value])).toEqual([
      ['mappingRequired', 'placedAt'],
      ['mappingRequired', 'unitPrice / lineTotal'],
    ]);
  });
});

describe('generic format: orders', () => {
  it('takes order-level values once from the first row and makes one line per row', () => {
    const rows = [
      [
        'A1',
        '2024-06-18 10:00:00',
        '="0012"',
        '保温杯',
        '2',
        '¥50.00',
        '8.00',
        '10.00',
        '98.00',
        '张三',
        '13800001234',
        '浙江省',
        '杭州市',
        '西湖区文三路1号',
      ],
      // Order-level cells repeated (even differently) on later rows are not read again.
      [
        'A1',
        '2024-06-18 10:00:00',
        'CUP-1',
        '',
        '',
        '0.00',
        '8.00',
        '10.00',
        '98.00',
        '张三',
        '',
        '',
        '',
        '',
      ],
      ['B2', '2024/6/19 9:30', 'MUG', '马克杯', '1', '35', '', '', '', '李四', '139****5678', '', '', ''],
    ];
    const { orders, issues } = run({ mapping: zhMapping }, zhHeaders, rows);
    expect(issues).toEqual([]);
    expect(orders).toHaveLength(2);
    expect(orders[0]).toMatchObject({
      externalId: 'A1',
      placedAt: '2024-06-18T02:00:00.000Z',
      status: 'paid',
      currency: 'CNY',
      orderDiscountMinor: 1000,
      shippingIncomeMinor: 800,
      totalPaidMinor: 9800,
      customer: { name: '张三', phone: '13800001234', email: null, buyerId: null },
      address: { name: '张三', province: '浙江省', city: '杭州市', address: '西湖区文三路1号' },
      row: 2,
      lines: [
        { sku: '0012', title: '保温杯', quantity: 2, unitPriceMinor: 5000, lineDiscountMinor: 0 },
        // No title: the SKU code stands in; no quantity: 1.
        { sku: 'CUP-1', title: 'CUP-1', quantity: 1, unitPriceMinor: 0, lineDiscountMinor: 0 },
      ],
    });
    // Without a total in the file: items − discounts + shipping + tax = 35.00; masked phones kept as given.
    expect(orders[1]).toMatchObject({ externalId: 'B2', totalPaidMinor: 3500, row: 4 });
    expect(orders[1]!.customer.phone).toBe('139****5678');
  });

  it('splits a line total into unit price and a rounding discount, and takes discounts written as negatives', () => {
    const headers = ['id', 'date', 'qty', 'amount', 'disc', 'coupon'];
    const mapping = {
      externalId: 'id',
      placedAt: 'date',
      quantity: 'qty',
      lineTotal: 'amount',
      lineDiscount: 'disc',
      orderDiscount: 'coupon',
    };
    const { orders, issues } = run({ mapping }, headers, [
      ['X', '2024-01-02 03:04', '3', '10.00', '-1.00', '-2.00'],
    ]);
    expect(issues).toEqual([]);
    // 10.00 ÷ 3 → 3.34 × 3 − 0.02; plus the 1.00 line discount.
    expect(orders[0]!.lines).toEqual([
      {
        sku: null,
        title: '',
        quantity: 3,
        unitPriceMinor: 334,
        lineDiscountMinor: 102,
        externalLineId: null,
      },
    ]);
    expect(orders[0]!.orderDiscountMinor).toBe(200);
    expect(orders[0]!.totalPaidMinor).toBe(1000 - 100 - 200);
  });

  it("maps statuses through the person's values, then common words, else reports them", () => {
    const headers = ['id', 'date', 'price', 'state'];
    const mapping = { externalId: 'id', placedAt: 'date', unitPrice: 'price', status: 'state' };
    const { orders, issues } = run({ mapping, statusValues: { 'Awaiting pickup': 'shipped' } }, headers, [
      ['1', '2024-01-02', '5', 'awaiting PICKUP'],
      ['2', '2024-01-02', '5', '交易成功'],
      ['3', '2024-01-02', '5', 'Cancelled'],
      ['4', '2024-01-02', '5', 'lost in space'],
    ]);
    expect(orders.map((o) => [o.externalId, o.status])).toEqual([
      ['1', 'shipped'],
      ['2', 'completed'],
      ['3', 'cancelled'],
    ]);
    expect(issues).toEqual([
      {
        severity: 'error',
        row: 5,
        column: 'state',
        key: 'orderStatusUnknown',
        params: { value: 'lost in space' },
      },
    ]);
    const noStatus = run(
      { mapping: { externalId: 'id', placedAt: 'date', unitPrice: 'price' }, defaultStatus: 'completed' },
      headers,
      [['9', '2024-01-02', '5', '']],
    );
    expect(noStatus.orders[0]!.status).toBe('completed');
  });

  it('reads dates day-first when asked, in the storefront zone', () => {
    const headers = ['id', 'date', 'price'];
    const mapping = { externalId: 'id', placedAt: 'date', unitPrice: 'price' };
    const london = { timezone: 'Europe/London', currency: 'GBP' };
    expect(
      run({ mapping, dayFirst: true }, headers, [['1', '07/12/2025 10:00', '5']], london).orders[0]!.placedAt,
    ).toBe('2025-12-07T10:00:00.000Z');
    expect(run({ mapping }, headers, [['1', '07/12/2025 10:00', '5']], london).orders[0]!.placedAt).toBe(
      '2025-07-12T09:00:00.000Z',
    );
  });

  it('reports bad cells by row and column and emits no order for them', () => {
    const headers = ['id', 'date', 'price', 'qty', 'cur'];
    const mapping = {
      externalId: 'id',
      placedAt: 'date',
      unitPrice: 'price',
      quantity: 'qty',
      currency: 'cur',
    };
    const { orders, issues } = run({ mapping }, headers, [
      ['1', 'yesterday', '5', '1', 'USD'],
      ['2', '2024-01-02', 'abc', '0', 'USD'],
      ['3', '2024-01-02', '5', '1', 'USD'],
      ['3', '2024-01-02', '5', '1', 'EUR'],
      ['', '2024-01-02', '5', '1', 'USD'],
      ['4', '2024-01-02', '5', '1', 'dollars'],
      ['5', '2024-01-02', '1,000', '2', 'JPY'],
    ]);
    const byRow = [...issues].sort((a, b) => a.row - b.row);
    expect(byRow.map((i) => [i.row, i.column, i.key, i.params?.value])).toEqual([
      [2, 'date', 'orderDate', 'yesterday'],
      [3, 'qty', 'orderQuantity', '0'],
      [3, 'price', 'orderAmount', 'abc'],
      [5, 'cur', 'orderCurrencyMismatch', 'EUR'],
      [6, 'id', 'orderIdMissing', undefined],
      [7, 'cur', 'orderCurrencyCode', 'dollars'],
    ]);
    // Only the clean order is emitted; yen have no minor unit.
    expect(orders.map((o) => [o.externalId, o.currency, o.lines[0]!.unitPriceMinor])).toEqual([
      ['5', 'JPY', 1000],
    ]);
  });

  it('refuses an order whose rows are apart, and skips footer lines', () => {
    const headers = ['id', 'date', 'price'];
    const mapping = { externalId: 'id', placedAt: 'date', unitPrice: 'price' };
    const { orders, issues } = run({ mapping }, headers, [
      ['A', '2024-01-02', '5'],
      ['B', '2024-01-02', '5'],
      ['A', '2024-01-02', '6'],
      ['合计', '', '16'],
    ]);
    expect(orders.map((o) => o.externalId)).toEqual(['A', 'B']);
    expect(issues).toEqual([
      { severity: 'error', row: 4, column: 'id', key: 'orderRowsApart', params: { value: 2 } },
    ]);
  });
});
