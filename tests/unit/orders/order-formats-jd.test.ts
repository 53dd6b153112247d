import { describe, expect, it } from 'vitest';
import { jdOrdersPart } from '../../../electron/core/orders/formats/jd';
import { cnSheet, runCn } from '../../helpers/cn-format-run';

const HEADERS = [
  '订单号',
  '商品ID',
  '商品名称',
  '订购数量',
  '支付方式',
  '下单时间',
  '京东价',
  '订单金额',
  '结算金额',
  '余额支付',
  '应付金额',
  '订单状态',
  '订单类型',
  '下单帐号',
  '客户姓名',
  '客户地址',
  '联系电话',
  '订单备注',
  '运费金额',
  '付款确认时间',
  '货号',
  '订单完成时间',
  '订单来源',
  '订单渠道',
];

/** The order-level cells JD repeats on every item row of an order. */
const order = (over: Record<string, string> = {}): Record<string, string> => ({
  订单号: '281234567890',
  下单时间: '2024-04-30 23:30:00',
  订单金额: '304.00',
  应付金额: '284.00',
  订单状态: '完成',
  下单帐号: 'jd_zhao_min',
  客户姓名: '赵敏',
  客户地址: '北京 北京市 朝阳区 望京街道10号',
  联系电话: '13912345678',
  订单备注: '工作日送货',
  运费金额: '6.00',
  付款确认时间: '2024-04-30 23:31:05',
  ...over,
});

describe('JD orders', () => {
  it('groups item rows into one order and takes the repeated order-level columns once', () => {
    const run = runCn(
      jdOrdersPart,
      cnSheet(HEADERS, [
        {
          ...order({ 订单号: '\t281234567890' }),
          商品ID: '100001',
          商品名称: '紫砂壶',
          订购数量: '1',
          京东价: '199.00',
          货号: 'POT-1',
        },
        { ...order(), 商品ID: '100002', 商品名称: '茶巾', 订购数量: '2', 京东价: '49.50', 货号: '' },
        {
          ...order({ 订单号: '="281234567891"', 应付金额: '20.00', 运费金额: '0', 订单状态: '等待出库' }),
          商品ID: '100003',
          商品名称: '茶针',
          订购数量: '1',
          京东价: '20.00',
          货号: 'PIN',
        },
      ]),
    );
    expect(run.issues).toEqual([]);
    expect(run.orders).toHaveLength(2);
    const o = run.orders[0]!;
    expect(o.externalId).toBe('281234567890');
    // 23:30 in Shanghai on 30 April is 15:30 UTC the same day.
    expect(o.placedAt).toBe('2024-04-30T15:30:00.000Z');
    expect(o.paidAt).toBe('2024-04-30T15:31:05.000Z');
    expect(o.status).toBe('completed');
    expect(o.lines).toEqual([
      {
        sku: 'POT-1',
        title: '紫砂壶',
        quantity: 1,
        unitPriceMinor: 19900,
        lineDiscountMinor: 0,
        externalLineId: '100001',
      },
      // No 货号 → 商品ID is the code.
      {
        sku: '100002',
        title: '茶巾',
        quantity: 2,
        unitPriceMinor: 4950,
        lineDiscountMinor: 0,
        externalLineId: '100002',
      },
    ]);
    // 199.00 + 2 × 49.50 + 6.00 freight − 284.00 payable = 20.00 seller discount; freight and payable once, not ×2.
    expect(o.orderDiscountMinor).toBe(2000);
    expect(o.shippingIncomeMinor).toBe(600);
    expect(o.totalPaidMinor).toBe(28400);
    expect(o.platformDiscountMinor).toBe(0);
    expect(o.customer).toEqual({ name: '赵敏', phone: '13912345678', email: null, buyerId: 'jd_zhao_min' });
    expect(o.address).toEqual({
      name: '赵敏',
      phone: '13912345678',
      address: '北京 北京市 朝阳区 望京街道10号',
      city: null,
      province: null,
      zip: null,
      country: 'CN',
    });
    expect(o.note).toBe('工作日送货');
    expect(o.row).toBe(2);
    expect(run.orders[1]).toMatchObject({
      externalId: '281234567891',
      status: 'paid',
      orderDiscountMinor: 0,
      row: 4,
    });
  });

  it('maps every 订单状态 and refuses an unknown one naming the column', () => {
    const item = { 商品ID: '1', 商品名称: '茶', 订购数量: '1', 京东价: '10.00' };
    const statuses = ['完成', '已取消', '取消', '等待出库', '等待确认收货', '等待付款', '已完成', '锁定中'];
    const run = runCn(
      jdOrdersPart,
      cnSheet(
        HEADERS,
        statuses.map((s, i) => ({
          ...order({ 订单号: String(i + 1), 订单状态: s, 应付金额: '10.00', 运费金额: '' }),
          ...item,
        })),
      ),
    );
    expect(run.orders.map((o) => o.status)).toEqual([
      'completed',
      'cancelled',
      'cancelled',
      'paid',
      'shipped',
      'pending_payment',
      'completed',
    ]);
    expect(run.errors).toEqual([
      {
        severity: 'error',
        row: 9,
        column: '订单状态',
        key: 'orderStatusUnknown',
        params: { value: '锁定中' },
      },
    ]);
  });

  it('reports bad cells by row and column and drops the whole order, keeping the others', () => {
    const run = runCn(
      jdOrdersPart,
      cnSheet(HEADERS, [
        { ...order({ 订单号: 'A' }), 商品ID: '1', 商品名称: '茶', 订购数量: '两', 京东价: '10.00' },
        { ...order({ 订单号: 'A' }), 商品ID: '2', 商品名称: '壶', 订购数量: '1', 京东价: '¥1,2,3.x' },
        {
          ...order({ 订单号: 'B', 下单时间: '2024-02-30 09:00:00' }),
          商品ID: '1',
          商品名称: '茶',
          订购数量: '1',
          京东价: '10.00',
        },
        {
          ...order({ 订单号: 'C', 应付金额: '10.00', 运费金额: '0' }),
          商品ID: '1',
          商品名称: '茶',
          订购数量: '1',
          京东价: '10.00',
        },
      ]),
    );
    expect(run.errors).toEqual([
      { severity: 'error', row: 2, column: '订购数量', key: 'orderQuantity', params: { value: '两' } },
      { severity: 'error', row: 3, column: '京东价', key: 'orderAmount', params: { value: '¥1,2,3.x' } },
      {
        severity: 'error',
        row: 4,
        column: '下单时间',
        key: 'orderDate',
        params: { value: '2024-02-30 09:00:00' },
      },
    ]);
    expect(run.orders.map((o) => o.externalId)).toEqual(['C']);
  });

  it('refuses rows of an order that come back after another order, instead of emitting it twice', () => {
    const item = { 商品ID: '1', 商品名称: '茶', 订购数量: '1', 京东价: '10.00' };
    const run = runCn(
      jdOrdersPart,
      cnSheet(HEADERS, [
        { ...order({ 订单号: 'A', 应付金额: '10.00', 运费金额: '' }), ...item },
        { ...order({ 订单号: 'B', 应付金额: '10.00', 运费金额: '' }), ...item },
        { ...order({ 订单号: 'A', 应付金额: '10.00', 运费金额: '' }), ...item },
      ]),
    );
    expect(run.errors).toEqual([
      { severity: 'error', row: 4, column: '订单号', key: 'orderRowsSplit', params: { value: 'A' } },
    ]);
    expect(run.orders.map((o) => o.externalId)).toEqual(['A', 'B']);
  });

  it('ignores the record-count footer and accepts 下单账号 and trailing spaces in headers', () => {
    const headers = HEADERS.map((h) => (h === '下单帐号' ? '下单账号' : h === '京东价' ? '京东价 ' : h));
    const sheet = cnSheet(headers, [
      {
        ...order({ 应付金额: '10.00', 运费金额: '' }),
        下单账号: 'jd_x',
        商品ID: '1',
        商品名称: '茶',
        订购数量: '1',
        '京东价 ': '10.00',
      },
    ]);
    sheet.push(['共1条']);
    const run = runCn(jdOrdersPart, sheet);
    expect(run.issues).toEqual([]);
    expect(run.orders[0]).toMatchObject({ customer: { buyerId: 'jd_x' }, lines: [{ unitPriceMinor: 1000 }] });
  });

  it('warns when the payable is more than goods plus freight', () => {
    const run = runCn(
      jdOrdersPart,
      cnSheet(HEADERS, [
        {
          ...order({ 应付金额: '30.00', 运费金额: '5.00' }),
          商品ID: '1',
          商品名称: '茶',
          订购数量: '2',
          京东价: '10.00',
        },
      ]),
    );
    expect(run.errors).toEqual([]);
    expect(run.warnings).toEqual([
      {
        severity: 'warning',
        row: 2,
        column: '应付金额',
        key: 'orderSubtotalMismatch',
        params: { expected: '25.00', value: '30.00' },
      },
    ]);
    expect(run.orders[0]!.orderDiscountMinor).toBe(0);
  });
});
