import { describe, expect, it } from 'vitest';
import { douyinOrdersPart } from '../../../electron/core/orders/formats/douyin';
import { cnSheet, runCn } from '../../helpers/cn-format-run';

const HEADERS = [
  '主订单编号',
  '子订单编号',
  '选购商品',
  '商品规格',
  '商品数量',
  '商品ID',
  '商家编码',
  '商品金额',
  '订单应付金额',
  '运费',
  '平台实际承担优惠金额',
  '商家实际承担优惠金额',
  '达人实际承担优惠金额',
  '支付方式',
  '收件人',
  '收件人手机号',
  '省',
  '市',
  '区',
  '街道',
  '详细地址',
  '订单提交时间',
  '支付完成时间',
  '订单完成时间',
  '订单状态',
  '售后状态',
  '取消原因',
  '发货时间',
  '商家备注',
  '达人ID',
  '达人昵称',
  '快递信息',
  '订单类型',
];

/** Order-level cells, repeated on every sub-order row as Douyin writes them. */
const order = (over: Record<string, string> = {}): Record<string, string> => ({
  主订单编号: '\t6917000000000000001',
  订单应付金额: '141.00',
  运费: '8.00',
  收件人: '陈**',
  收件人手机号: '138****5678',
  省: '四川省',
  市: '成都市',
  区: '武侯区',
  街道: '-',
  详细地址: '##密文',
  订单提交时间: '2024/06/18 20:05:11',
  支付完成时间: '2024/06/18 20:06:00',
  订单状态: '已完成',
  售后状态: '-',
  商家备注: '-',
  ...over,
});
const sub = (over: Record<string, string>): Record<string, string> => ({
  子订单编号: '\t6917000000000000101',
  选购商品: '蜂蜜柚子茶',
  商品数量: '1',
  商品ID: '3600001',
  商家编码: 'TEA-YZ',
  商品金额: '30.00',
  平台实际承担优惠金额: '0',
  商家实际承担优惠金额: '0',
  达人实际承担优惠金额: '0',
  ...over,
});

describe('Douyin orders', () => {
  it('makes one line per sub-order, takes 订单应付金额 and 运费 once, splits seller and platform discounts', () => {
    const run = runCn(
      douyinOrdersPart,
      cnSheet(HEADERS, [
        {
          ...order(),
          ...sub({
            商品数量: '2',
            商品金额: '120.00',
            商家实际承担优惠金额: '10.00',
            平台实际承担优惠金额: '5.00',
            达人实际承担优惠金额: '2.00',
          }),
        },
        { ...order(), ...sub({ 子订单编号: '\t6917000000000000102', 商家编码: '-', 选购商品: '玻璃杯' }) },
      ]),
    );
    expect(run.issues).toEqual([]);
    expect(run.orders).toHaveLength(1);
    const o = run.orders[0]!;
    expect(o.externalId).toBe('6917000000000000001');
    expect(o.placedAt).toBe('2024-06-18T12:05:11.000Z');
    expect(o.paidAt).toBe('2024-06-18T12:06:00.000Z');
    expect(o.status).toBe('completed');
    expect(o.lines).toEqual([
      {
        sku: 'TEA-YZ',
        title: '蜂蜜柚子茶',
        quantity: 2,
        unitPriceMinor: 6000,
        lineDiscountMinor: 1000,
        externalLineId: '6917000000000000101',
      },
      // `-` in 商家编码 means no code.
      {
        sku: null,
        title: '玻璃杯',
        quantity: 1,
        unitPriceMinor: 3000,
        lineDiscountMinor: 0,
        externalLineId: '6917000000000000102',
      },
    ]);
    expect(o.orderDiscountMinor).toBe(0);
    // 平台 5.00 + 达人 2.00: platform-funded, not the seller's.
    expect(o.platformDiscountMinor).toBe(700);
    // Repeated on both rows, counted once: 150.00 − 10.00 − 7.00 + 8.00 = 141.00.
    expect(o.shippingIncomeMinor).toBe(800);
    expect(o.totalPaidMinor).toBe(14100);
    expect(o.customer).toEqual({ name: '陈**', phone: '138****5678', email: null, buyerId: null });
    expect(o.address).toEqual({
      name: '陈**',
      phone: '138****5678',
      address: '武侯区 ##密文',
      city: '成都市',
      province: '四川省',
      zip: null,
      country: 'CN',
    });
    expect(o.note).toBeNull();
    expect(o.afterSales).toBe(false);
    expect(o.row).toBe(2);
  });

  it('maps every 订单状态 and refuses an unknown one', () => {
    const statuses = ['待支付', '待发货', '已发货', '已完成', '已关闭', '待确认'];
    const run = runCn(
      douyinOrdersPart,
      cnSheet(
        HEADERS,
        statuses.map((s, i) => ({ ...order({ 主订单编号: `\t${i}`, 订单状态: s }), ...sub({}) })),
      ),
    );
    expect(run.orders.map((o) => o.status)).toEqual([
      'pending_payment',
      'paid',
      'shipped',
      'completed',
      'cancelled',
    ]);
    expect(run.errors).toEqual([
      {
        severity: 'error',
        row: 7,
        column: '订单状态',
        key: 'orderStatusUnknown',
        params: { value: '待确认' },
      },
    ]);
  });

  it('refunds a 退款成功 sub-order at what the seller charged, and keeps a paid, closed, refunded order valid', () => {
    const run = runCn(
      douyinOrdersPart,
      cnSheet(HEADERS, [
        {
          ...order({ 主订单编号: 'A' }),
          ...sub({ 商品金额: '30.00', 商家实际承担优惠金额: '3.00' }),
          售后状态: '退款成功',
        },
        { ...order({ 主订单编号: 'A' }), ...sub({ 子订单编号: 'A2', 商品金额: '20.00' }), 售后状态: '-' },
        {
          ...order({ 主订单编号: 'B', 订单状态: '已关闭', 售后状态: '退款成功' }),
          ...sub({ 商品金额: '50.00' }),
        },
        { ...order({ 主订单编号: 'C', 订单状态: '已关闭', 支付完成时间: '-' }), ...sub({}) },
        { ...order({ 主订单编号: 'D', 售后状态: '售后中' }), ...sub({}) },
        { ...order({ 主订单编号: 'E', 售后状态: '售后关闭' }), ...sub({}) },
      ]),
    );
    expect(run.issues).toEqual([]);
    expect(run.orders.map((o) => [o.externalId, o.status, o.refundedMinor, o.afterSales])).toEqual([
      ['A', 'completed', 2700, true],
      ['B', 'completed', 5000, true],
      ['C', 'cancelled', 0, false],
      ['D', 'completed', 0, true],
      ['E', 'completed', 0, false],
    ]);
  });

  it('gives an order of mixed sub-order statuses the least advanced valid one', () => {
    const run = runCn(
      douyinOrdersPart,
      cnSheet(HEADERS, [
        { ...order({ 订单状态: '已完成' }), ...sub({}) },
        { ...order({ 订单状态: '已发货' }), ...sub({ 子订单编号: '2' }) },
        { ...order({ 订单状态: '已关闭' }), ...sub({ 子订单编号: '3' }) },
      ]),
    );
    expect(run.orders.map((o) => o.status)).toEqual(['shipped']);
  });

  it('reports bad cells by row and column, drops that order, ignores the footer', () => {
    const sheet = cnSheet(HEADERS, [
      { ...order({ 主订单编号: 'A' }), ...sub({ 商品金额: '三十元' }) },
      { ...order({ 主订单编号: 'A' }), ...sub({ 子订单编号: '2', 商品数量: '-1' }) },
      { ...order({ 主订单编号: 'B', 订单提交时间: '2024-02-30 12:00:00' }), ...sub({}) },
      { ...order({ 主订单编号: 'C' }), ...sub({}) },
    ]);
    sheet.push(['总计：3条']);
    const run = runCn(douyinOrdersPart, sheet);
    expect(run.errors).toEqual([
      { severity: 'error', row: 2, column: '商品金额', key: 'orderAmount', params: { value: '三十元' } },
      { severity: 'error', row: 3, column: '商品数量', key: 'orderQuantity', params: { value: '-1' } },
      {
        severity: 'error',
        row: 4,
        column: '订单提交时间',
        key: 'orderDate',
        params: { value: '2024-02-30 12:00:00' },
      },
    ]);
    expect(run.orders.map((o) => o.externalId)).toEqual(['C']);
  });
});
