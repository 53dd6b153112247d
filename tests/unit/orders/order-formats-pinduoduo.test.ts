import { describe, expect, it } from 'vitest';
import { pinduoduoOrdersPart } from '../../../electron/core/orders/formats/pinduoduo';
import { normalizeHeader } from '../../../electron/core/orders/formats/values';
import { cnSheet, runCn } from '../../helpers/cn-format-run';

const HEADERS = [
  '订单号',
  '订单状态',
  '商品',
  '商品id',
  '商品规格',
  '样式ID',
  '商家编码-SKU维度',
  '商家编码-商品维度',
  '商品数量(件)',
  '商品总价(元)',
  '店铺优惠折扣(元)',
  '平台优惠折扣(元)',
  '多多支付立减金额(元)',
  '邮费(元)',
  '用户实付金额(元)',
  '商家实收金额(元)',
  '收货人',
  '手机',
  '省',
  '市',
  '区',
  '街道',
  '支付时间',
  '拼单成功时间',
  '订单确认时间',
  '承诺发货时间',
  '发货时间',
  '确认收货时间',
  '用户购买手机号',
  '快递单号',
  '快递公司',
  '支付ID',
  '支付方式',
  '商家备注',
  '售后状态',
  '买家留言',
  '关联货品编码',
];

const row = (over: Record<string, string> = {}): Record<string, string> => ({
  订单号: '240512-118800112233',
  订单状态: '已签收',
  商品: '手工红糖 500g',
  商品规格: '两袋装',
  '商家编码-SKU维度': 'SUGAR-2',
  '商家编码-商品维度': 'SUGAR',
  '商品数量(件)': '2',
  '商品总价(元)': '99.90',
  '店铺优惠折扣(元)': '5.00',
  '平台优惠折扣(元)': '3.00',
  '多多支付立减金额(元)': '1.00',
  '邮费(元)': '0.00',
  '用户实付金额(元)': '90.90',
  收货人: '王小明',
  手机: '13700007777',
  省: '广东省',
  市: '深圳市',
  区: '南山区',
  街道: '科技园路1号',
  支付时间: '2024-05-12 08:00:00',
  拼单成功时间: '2024-05-12 08:00:05',
  售后状态: '无售后或售后取消',
  ...over,
});

describe('Pinduoduo orders', () => {
  it('maps one row to one order: seller vs platform discounts, address parts, times', () => {
    const run = runCn(pinduoduoOrdersPart, cnSheet(HEADERS, [row({ 买家留言: '不要辣' })]));
    expect(run.issues).toEqual([]);
    const o = run.orders[0]!;
    expect(o).toMatchObject({
      externalId: '240512-118800112233',
      placedAt: '2024-05-12T00:00:00.000Z',
      paidAt: '2024-05-12T00:00:00.000Z',
      status: 'completed',
      afterSales: false,
      currency: 'CNY',
      // 店铺优惠 is the seller's; 平台优惠 3.00 + 多多支付立减 1.00 are the platform's.
      orderDiscountMinor: 500,
      platformDiscountMinor: 400,
      shippingIncomeMinor: 0,
      totalPaidMinor: 9090,
      refundedMinor: 0,
      note: '不要辣',
      row: 2,
    });
    expect(o.lines).toEqual([
      {
        sku: 'SUGAR-2',
        title: '手工红糖 500g',
        quantity: 2,
        unitPriceMinor: 4995,
        lineDiscountMinor: 0,
        externalLineId: null,
      },
    ]);
    expect(o.customer).toEqual({ name: '王小明', phone: '13700007777', email: null, buyerId: null });
    expect(o.address).toEqual({
      name: '王小明',
      phone: '13700007777',
      address: '南山区 科技园路1号',
      city: '深圳市',
      province: '广东省',
      zip: null,
      country: 'CN',
    });
  });

  it('splits an uneven 商品总价 into unit price and a rounding line discount that add up exactly', () => {
    const run = runCn(
      pinduoduoOrdersPart,
      cnSheet(HEADERS, [row({ '商品数量(件)': '3', '商品总价(元)': '10.00', '商家编码-SKU维度': '' })]),
    );
    // 3.34 × 3 − 0.02 = 10.00; no SKU-level code → the product-level one.
    expect(run.orders[0]!.lines[0]).toMatchObject({
      sku: 'SUGAR',
      quantity: 3,
      unitPriceMinor: 334,
      lineDiscountMinor: 2,
    });
  });

  it('maps every 订单状态 (either comma width) and refuses an unknown one', () => {
    const statuses = [
      '待发货',
      '已发货，待签收',
      '已发货,待签收',
      '已签收',
      '已取消',
      '未成团',
      '待支付',
      '退款中啦',
    ];
    const run = runCn(
      pinduoduoOrdersPart,
      cnSheet(
        HEADERS,
        statuses.map((s, i) => row({ 订单号: `P${i}`, 订单状态: s })),
      ),
    );
    expect(run.orders.map((o) => o.status)).toEqual([
      'paid',
      'shipped',
      'shipped',
      'completed',
      'cancelled',
      'cancelled',
      'pending_payment',
    ]);
    expect(run.errors).toEqual([
      {
        severity: 'error',
        row: 9,
        column: '订单状态',
        key: 'orderStatusUnknown',
        params: { value: '退款中啦' },
      },
    ]);
  });

  it('refunds 用户实付金额 − 邮费 when 售后状态 is 退款成功, and flags other after-sales states', () => {
    const run = runCn(
      pinduoduoOrdersPart,
      cnSheet(HEADERS, [
        row({ 订单号: 'R1', 售后状态: '退款成功', '邮费(元)': '5.00', '用户实付金额(元)': '50.00' }),
        row({ 订单号: 'R2', 售后状态: '退款中' }),
        row({ 订单号: 'R3', 售后状态: '' }),
      ]),
    );
    expect(run.issues).toEqual([]);
    expect(run.orders.map((o) => [o.externalId, o.refundedMinor, o.afterSales, o.status])).toEqual([
      ['R1', 4500, true, 'completed'],
      ['R2', 0, true, 'completed'],
      ['R3', 0, false, 'completed'],
    ]);
  });

  it('uses a refund amount column when the export has one', () => {
    const headers = [...HEADERS, '退款金额(元)'];
    const run = runCn(
      pinduoduoOrdersPart,
      cnSheet(headers, [row({ 售后状态: '退款成功', '退款金额(元)': '20.00' })]),
    );
    expect(run.orders[0]!.refundedMinor).toBe(2000);
  });

  it('treats a phone cell holding only a tab as empty, and falls back to 拼单成功时间 when 支付时间 is blank', () => {
    const run = runCn(
      pinduoduoOrdersPart,
      cnSheet(HEADERS, [
        row({
          订单号: 'A',
          手机: '\t',
          用户购买手机号: '\t',
          支付时间: '',
          拼单成功时间: '2024-05-31 23:59:59',
        }),
        row({ 订单号: 'B', 手机: '\t', 用户购买手机号: '186****0000', 收货人: '王**' }),
      ]),
    );
    expect(run.issues).toEqual([]);
    expect(run.orders[0]).toMatchObject({ placedAt: '2024-05-31T15:59:59.000Z', paidAt: null });
    expect(run.orders[0]!.customer.phone).toBeNull();
    expect(run.orders[0]!.address.phone).toBeNull();
    expect(run.orders[1]!.customer).toMatchObject({ name: '王**', phone: '186****0000' });
  });

  it('reports bad and missing cells by row and column', () => {
    const run = runCn(
      pinduoduoOrdersPart,
      cnSheet(HEADERS, [
        row({ 订单号: 'A', '商品总价(元)': 'abc' }),
        row({ 订单号: 'B', 支付时间: '2024-02-30 08:00:00' }),
        row({ 订单号: 'C', 支付时间: '', 拼单成功时间: '' }),
        row({ 订单号: 'D', '商品数量(件)': '1.5' }),
        row({ 订单号: 'E' }),
        row({ 订单号: 'E' }),
      ]),
    );
    expect(run.errors).toEqual([
      { severity: 'error', row: 2, column: '商品总价(元)', key: 'orderAmount', params: { value: 'abc' } },
      {
        severity: 'error',
        row: 3,
        column: '支付时间',
        key: 'orderDate',
        params: { value: '2024-02-30 08:00:00' },
      },
      { severity: 'error', row: 4, column: '支付时间', key: 'orderDate', params: { value: '' } },
      { severity: 'error', row: 5, column: '商品数量(件)', key: 'orderQuantity', params: { value: '1.5' } },
      { severity: 'error', row: 7, column: '订单号', key: 'orderRepeated', params: { value: 'E' } },
    ]);
    expect(run.orders.map((o) => o.externalId)).toEqual(['E']);
  });

  it('accepts full-width brackets and headers without (元), and ignores a 合计 footer', () => {
    const headers = HEADERS.map((h) =>
      h === '商品总价(元)'
        ? '商品总价（元）'
        : h === '邮费(元)'
          ? '邮费'
          : h === '用户实付金额(元)'
            ? '用户实付金额（元） '
            : h,
    );
    expect(pinduoduoOrdersPart.matches(headers.map(normalizeHeader))).toBe(true);
    const data = row({ '邮费(元)': '', '用户实付金额(元)': '' });
    const sheet = cnSheet(headers, [
      { ...data, '商品总价（元）': '99.90', 邮费: '6.00', '用户实付金额（元） ': '96.90' },
    ]);
    sheet.push(['合计', '', '', '', '', '', '', '', '2', '99.90']);
    const run = runCn(pinduoduoOrdersPart, sheet);
    expect(run.issues).toEqual([]);
    expect(run.orders).toHaveLength(1);
    expect(run.orders[0]).toMatchObject({
      shippingIncomeMinor: 600,
      totalPaidMinor: 9690,
      lines: [{ unitPriceMinor: 4995 }],
    });
  });
});
