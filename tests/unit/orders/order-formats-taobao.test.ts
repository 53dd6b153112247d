import { describe, expect, it } from 'vitest';
import { taobaoItemsPart, taobaoOrdersPart } from '../../../electron/core/orders/formats/taobao';
import { normalizeHeader } from '../../../electron/core/orders/formats/values';
import { cnSheet, runCn } from '../../helpers/cn-format-run';

const ORDER_HEADERS = [
  '订单编号',
  '买家会员名',
  '买家支付宝账号',
  '买家应付货款',
  '买家应付邮费',
  '买家支付积分',
  '总金额',
  '返点积分',
  '买家实际支付金额',
  '买家实际支付积分',
  '订单状态',
  '买家留言',
  '收货人姓名',
  '收货地址',
  '运送方式',
  '联系电话',
  '联系手机',
  '订单创建时间',
  '订单付款时间',
  '宝贝标题',
  '宝贝种类',
  '物流单号',
  '物流公司',
  '订单备注',
  '宝贝总数量',
  '店铺Id',
  '店铺名称',
  '订单关闭原因',
  '卖家服务费',
  '买家服务费',
  '发票抬头',
  '是否手机订单',
  '退款金额',
];
const ITEM_HEADERS = [
  '订单编号',
  '标题',
  '价格',
  '购买数量',
  '外部系统编号',
  '商品属性',
  '套餐信息',
  '备注',
  '订单状态',
  '商家编码',
];

/** A complete, valid order row; tests override the cells they are about. */
const orderRow = (over: Record<string, string>): Record<string, string> => ({
  订单编号: '3921000000000001',
  买家会员名: 'tb_lin_xiaoyu',
  买家应付货款: '138.50',
  买家应付邮费: '8.00',
  买家实际支付金额: '146.50',
  订单状态: '交易成功',
  收货人姓名: '林小雨',
  收货地址: '浙江省 杭州市 西湖区 文三路100号(310012)',
  联系手机: '13800001111',
  订单创建时间: '2024-03-05 10:15:30',
  订单付款时间: '2024-03-05 10:16:00',
  宝贝标题: '青瓷茶杯，竹制杯垫',
  宝贝总数量: '3',
  ...over,
});

const items = (rows: Record<string, string>[]) => ({
  part: taobaoItemsPart,
  sheet: cnSheet(ITEM_HEADERS, rows),
});

describe('Taobao orders + items', () => {
  it('joins the items file: prices, quantities, codes, and the seller discount as the difference', () => {
    const run = runCn(
      taobaoOrdersPart,
      cnSheet(ORDER_HEADERS, [
        orderRow({ 订单编号: '\t3921000000000001', 买家留言: '请用纸箱', 订单备注: '已备注' }),
      ]),
      {
        items: items([
          {
            订单编号: '\t3921000000000001',
            标题: '青瓷茶杯',
            价格: '59.00',
            购买数量: '2',
            商家编码: 'CUP-01',
            外部系统编号: 'X1',
          },
          {
            订单编号: '3921000000000001',
            标题: '竹制杯垫',
            价格: '30.50',
            购买数量: '1',
            外部系统编号: 'PAD-9',
          },
        ]),
      },
    );
    expect(run.issues).toEqual([]);
    expect(run.orders).toHaveLength(1);
    const o = run.orders[0]!;
    expect(o.externalId).toBe('3921000000000001');
    expect(o.placedAt).toBe('2024-03-05T02:15:30.000Z');
    expect(o.paidAt).toBe('2024-03-05T02:16:00.000Z');
    expect(o.status).toBe('completed');
    expect(o.afterSales).toBe(false);
    expect(o.currency).toBe('CNY');
    expect(o.lines).toEqual([
      {
        sku: 'CUP-01',
        title: '青瓷茶杯',
        quantity: 2,
        unitPriceMinor: 5900,
        lineDiscountMinor: 0,
        externalLineId: null,
      },
      {
        sku: 'PAD-9',
        title: '竹制杯垫',
        quantity: 1,
        unitPriceMinor: 3050,
        lineDiscountMinor: 0,
        externalLineId: null,
      },
    ]);
    // 59.00 × 2 + 30.50 = 148.50 listed; the buyer owes 138.50 for the goods → 10.00 seller discount.
    expect(o.orderDiscountMinor).toBe(1000);
    expect(o.platformDiscountMinor).toBe(0);
    expect(o.shippingIncomeMinor).toBe(800);
    expect(o.totalPaidMinor).toBe(14650);
    expect(o.refundedMinor).toBe(0);
    expect(o.customer).toEqual({
      name: '林小雨',
      phone: '13800001111',
      email: null,
      buyerId: 'tb_lin_xiaoyu',
    });
    expect(o.address).toEqual({
      name: '林小雨',
      phone: '13800001111',
      address: '浙江省 杭州市 西湖区 文三路100号(310012)',
      city: '杭州市',
      province: '浙江省',
      zip: '310012',
      country: 'CN',
    });
    expect(o.note).toBe('请用纸箱\n已备注');
    expect(o.row).toBe(2);
  });

  it('without an items file makes one line whose total is exactly 买家应付货款, remainder as line discount', () => {
    const run = runCn(
      taobaoOrdersPart,
      cnSheet(ORDER_HEADERS, [
        orderRow({ 买家应付货款: '100.00', 宝贝总数量: '3', 买家实际支付金额: '108.00' }),
        orderRow({ 订单编号: '3921000000000002', 买家应付货款: '90.00', 宝贝总数量: '2', 宝贝标题: '' }),
      ]),
    );
    expect(run.issues).toEqual([]);
    // 100.00 ÷ 3 → 33.34 × 3 = 100.02, 0.02 given back: the line still comes to 100.00 and units stay 3.
    expect(run.orders[0]!.lines).toEqual([
      {
        sku: null,
        title: '青瓷茶杯，竹制杯垫',
        quantity: 3,
        unitPriceMinor: 3334,
        lineDiscountMinor: 2,
        externalLineId: null,
      },
    ]);
    expect(run.orders[0]!.orderDiscountMinor).toBe(0);
    // Even split: no rounding discount; a blank title falls back to the order id.
    expect(run.orders[1]!.lines).toEqual([
      {
        sku: null,
        title: '3921000000000002',
        quantity: 2,
        unitPriceMinor: 4500,
        lineDiscountMinor: 0,
        externalLineId: null,
      },
    ]);
  });

  it('warns and falls back to the order row when the items file lacks an order', () => {
    const run = runCn(
      taobaoOrdersPart,
      cnSheet(ORDER_HEADERS, [
        orderRow({ 订单编号: '3921000000000009', 买家应付货款: '20.00', 宝贝总数量: '1' }),
      ]),
      { items: items([{ 订单编号: '3921000000000001', 标题: '青瓷茶杯', 价格: '59.00', 购买数量: '2' }]) },
    );
    expect(run.errors).toEqual([]);
    expect(run.warnings).toEqual([
      { severity: 'warning', row: 2, column: '订单编号', key: 'orderItemsMissing' },
    ]);
    expect(run.orders[0]!.lines).toEqual([
      {
        sku: null,
        title: '青瓷茶杯，竹制杯垫',
        quantity: 1,
        unitPriceMinor: 2000,
        lineDiscountMinor: 0,
        externalLineId: null,
      },
    ]);
  });

  it('maps every 订单状态, keeps closed-after-refund orders valid with the refund, and closed unpaid ones cancelled', () => {
    const run = runCn(
      taobaoOrdersPart,
      cnSheet(ORDER_HEADERS, [
        orderRow({ 订单编号: '1', 订单状态: '等待买家付款', 订单付款时间: '' }),
        orderRow({ 订单编号: '2', 订单状态: '买家已付款，等待卖家发货' }),
        orderRow({ 订单编号: '3', 订单状态: '卖家已发货，等待买家确认' }),
        orderRow({ 订单编号: '4', 订单状态: '交易成功', 退款金额: '20.00' }),
        orderRow({ 订单编号: '5', 订单状态: '交易关闭', 退款金额: '138.50' }),
        orderRow({ 订单编号: '6', 订单状态: '交易关闭', 订单付款时间: '' }),
        orderRow({ 订单编号: '7', 订单状态: '卖家部分发货' }),
        // 退款金额 that includes refunded postage counts only the goods as refunded merchandise.
        orderRow({ 订单编号: '8', 订单状态: '交易关闭', 退款金额: '146.50' }),
      ]),
    );
    expect(run.issues).toEqual([]);
    expect(
      run.orders.map((o) => [o.externalId, o.status, o.refundedMinor, o.afterSales, o.paidAt !== null]),
    ).toEqual([
      ['1', 'pending_payment', 0, false, false],
      ['2', 'paid', 0, false, true],
      ['3', 'shipped', 0, false, true],
      ['4', 'completed', 2000, true, true],
      ['5', 'completed', 13850, true, true],
      ['6', 'cancelled', 0, false, false],
      ['7', 'shipped', 0, false, true],
      ['8', 'completed', 13850, true, true],
    ]);
  });

  it('keeps masked personal data as given and falls back to 联系电话 when 联系手机 is blank', () => {
    const run = runCn(
      taobaoOrdersPart,
      cnSheet(ORDER_HEADERS, [
        orderRow({ 收货人姓名: '林**', 联系手机: '138****1111', 收货地址: '##密文', 买家会员名: 't**1' }),
        orderRow({ 订单编号: '3921000000000002', 联系手机: '', 联系电话: "'0571-88880000" }),
      ]),
    );
    expect(run.issues).toEqual([]);
    expect(run.orders[0]!.customer).toEqual({
      name: '林**',
      phone: '138****1111',
      email: null,
      buyerId: 't**1',
    });
    expect(run.orders[0]!.address).toMatchObject({
      address: '##密文',
      province: null,
      city: null,
      zip: null,
    });
    expect(run.orders[1]!.customer.phone).toBe('0571-88880000');
  });

  it('reports bad amount, impossible date and unknown status by row and column, emits nothing for those rows, and keeps going', () => {
    const run = runCn(
      taobaoOrdersPart,
      cnSheet(ORDER_HEADERS, [
        orderRow({ 订单编号: '1', 买家应付货款: '12.5x' }),
        orderRow({ 订单编号: '2', 订单创建时间: '2024-02-30 10:00:00' }),
        orderRow({ 订单编号: '3', 订单状态: '神秘状态' }),
        orderRow({ 订单编号: '4' }),
        orderRow({ 订单编号: '5', 宝贝总数量: '0' }),
        orderRow({ 订单编号: '' }),
        orderRow({ 订单编号: '4' }),
      ]),
    );
    expect(run.errors).toEqual([
      { severity: 'error', row: 2, column: '买家应付货款', key: 'orderAmount', params: { value: '12.5x' } },
      {
        severity: 'error',
        row: 3,
        column: '订单创建时间',
        key: 'orderDate',
        params: { value: '2024-02-30 10:00:00' },
      },
      {
        severity: 'error',
        row: 4,
        column: '订单状态',
        key: 'orderStatusUnknown',
        params: { value: '神秘状态' },
      },
      { severity: 'error', row: 6, column: '宝贝总数量', key: 'orderQuantity', params: { value: '0' } },
      { severity: 'error', row: 7, column: '订单编号', key: 'orderIdMissing', params: { value: '' } },
      { severity: 'error', row: 8, column: '订单编号', key: 'orderRepeated', params: { value: '4' } },
    ]);
    expect(run.orders.map((o) => o.externalId)).toEqual(['4']);
  });

  it('blocks an order whose item row is bad, reporting the items file row', () => {
    const run = runCn(taobaoOrdersPart, cnSheet(ORDER_HEADERS, [orderRow({})]), {
      items: items([
        { 订单编号: '3921000000000001', 标题: '青瓷茶杯', 价格: '59.00', 购买数量: '2' },
        { 订单编号: '3921000000000001', 标题: '竹制杯垫', 价格: '三十', 购买数量: '1' },
      ]),
    });
    expect(run.errors).toEqual([
      { severity: 'error', row: 3, column: '价格', key: 'orderAmount', params: { value: '三十' } },
    ]);
    expect(run.orders).toEqual([]);
  });

  it('ignores footer lines and blank rows', () => {
    const sheet = cnSheet(ORDER_HEADERS, [orderRow({})]);
    sheet.push(['合计', '', '', '138.50'], ['', '', ''], ['共1条记录']);
    const run = runCn(taobaoOrdersPart, sheet);
    expect(run.issues).toEqual([]);
    expect(run.orders).toHaveLength(1);
  });

  it('accepts reordered columns, trailing spaces, unknown and variant columns (卡券抵扣, 积分抵扣, 是否是O2O交易)', () => {
    const headers = [
      '订单状态 ',
      '宝贝总数量',
      '卡券抵扣',
      '订单编号',
      '买家实际支付金额',
      '买家应付邮费',
      '积分抵扣',
      '是否是O2O交易',
      '买家应付货款',
      '订单创建时间',
      '宝贝标题',
      '不认识的列',
    ];
    const sheet = [
      headers,
      ['交易成功', '2', '5.00', '77', '45.00', '0', '0', '否', '50.00', '2024/3/5 8:00', '茶叶', 'x'],
    ];
    expect(taobaoOrdersPart.matches(headers.map(normalizeHeader))).toBe(true);
    const run = runCn(taobaoOrdersPart, sheet);
    expect(run.issues).toEqual([]);
    expect(run.orders[0]).toMatchObject({
      externalId: '77',
      status: 'completed',
      placedAt: '2024-03-05T00:00:00.000Z',
      paidAt: null,
      totalPaidMinor: 4500,
      shippingIncomeMinor: 0,
      lines: [{ quantity: 2, unitPriceMinor: 2500, lineDiscountMinor: 0 }],
    });
  });

  it('reports a missing required column once, on the header row, and reads no rows', () => {
    const headers = ORDER_HEADERS.filter((h) => h !== '买家实际支付金额');
    const run = runCn(taobaoOrdersPart, [headers, headers.map(() => '1')]);
    expect(run.issues).toEqual([
      { severity: 'error', row: 0, column: '买家实际支付金额', key: 'orderColumnMissing' },
    ]);
    expect(run.orders).toEqual([]);
  });

  it('warns when the items come to less than 买家应付货款', () => {
    const run = runCn(taobaoOrdersPart, cnSheet(ORDER_HEADERS, [orderRow({ 买家应付货款: '200.00' })]), {
      items: items([{ 订单编号: '3921000000000001', 标题: '青瓷茶杯', 价格: '59.00', 购买数量: '2' }]),
    });
    expect(run.errors).toEqual([]);
    expect(run.warnings).toEqual([
      {
        severity: 'warning',
        row: 2,
        column: '买家应付货款',
        key: 'orderSubtotalMismatch',
        params: { expected: '118.00', value: '200.00' },
      },
    ]);
    expect(run.orders[0]!.orderDiscountMinor).toBe(0);
  });

  it('tells the orders file from the items file', () => {
    const o = ORDER_HEADERS.map(normalizeHeader);
    const i = ITEM_HEADERS.map(normalizeHeader);
    expect([taobaoOrdersPart.matches(o), taobaoItemsPart.matches(o)]).toEqual([true, false]);
    expect([taobaoOrdersPart.matches(i), taobaoItemsPart.matches(i)]).toEqual([false, true]);
  });
});
