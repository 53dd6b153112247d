import { describe, expect, it } from 'vitest';
import { splitCnAddress } from '../../../electron/core/orders/formats/cn-address';
import {
  ConsecutiveGroups,
  hasHeaders,
  isFooterRow,
  lookupColumns,
  reportMissingColumns,
} from '../../../electron/core/orders/formats/columns';
import { douyinOrdersPart } from '../../../electron/core/orders/formats/douyin';
import { jdOrdersPart } from '../../../electron/core/orders/formats/jd';
import { splitLineTotal } from '../../../electron/core/orders/formats/line-amounts';
import { pinduoduoOrdersPart } from '../../../electron/core/orders/formats/pinduoduo';
import { taobaoItemsPart, taobaoOrdersPart } from '../../../electron/core/orders/formats/taobao';
import type { RowIssue } from '../../../electron/core/orders/formats/types';
import { normalizeHeader } from '../../../electron/core/orders/formats/values';

describe('column lookup', () => {
  it('finds fields by any spelling and bracket width, in any order, and names the file’s own header', () => {
    const headers = ['备注', '商品总价（元） ', '订单号'].map(normalizeHeader);
    const cols = lookupColumns(headers, {
      id: ['订单号'],
      total: ['商品总价(元)', '商品总价'],
      phone: ['手机'],
    });
    expect(cols.index).toEqual({ id: 2, total: 1, phone: -1 });
    expect(cols.cell(['x', '9.90', 'A1'], 'total')).toBe('9.90');
    expect(cols.cell(['x', '9.90', 'A1'], 'phone')).toBeUndefined();
    expect(cols.header('total')).toBe('商品总价(元)');
    expect(cols.header('phone')).toBe('手机');
    expect(hasHeaders(headers, ['商品总价（元）', '订单号'])).toBe(true);
    expect(hasHeaders(headers, ['订单号', '手机'])).toBe(false);
  });

  it('reports each missing required column on row 0', () => {
    const issues: RowIssue[] = [];
    const cols = lookupColumns(['订单号'], { id: ['订单号'], a: ['金额'], b: ['数量'] });
    expect(reportMissingColumns(cols, ['id', 'a', 'b'], { issue: (i) => issues.push(i) })).toBe(true);
    expect(issues).toEqual([
      { severity: 'error', row: 0, column: '金额', key: 'orderColumnMissing' },
      { severity: 'error', row: 0, column: '数量', key: 'orderColumnMissing' },
    ]);
    expect(reportMissingColumns(cols, ['id'], { issue: (i) => issues.push(i) })).toBe(false);
  });
});

describe('footer rows', () => {
  it('knows totals, record counts and blank rows, never an order id', () => {
    for (const cells of [
      ['合计', '', '12.00'],
      ['', '总计：3笔'],
      ['共 12 条记录'],
      ['Total', '1'],
      ['12 record(s) downloaded'],
      ['', ' ', '\t'],
    ])
      expect(isFooterRow(cells), cells.join('|')).toBe(true);
    for (const cells of [['\t6917000000000000001'], ['281234567890', '合计'], ['#1001'], ['totally-real-id']])
      expect(isFooterRow(cells), cells.join('|')).toBe(false);
  });
});

describe('consecutive groups', () => {
  it('hands over each run of one key once, and reports a key that comes back', () => {
    const groups: [string, number[]][] = [];
    const split: [string, number][] = [];
    const g = new ConsecutiveGroups<number>(
      (k, items) => groups.push([k, items]),
      (k, item) => split.push([k, item]),
    );
    [
      ['A', 1],
      ['A', 2],
      ['B', 3],
      ['A', 4],
      ['C', 5],
      ['C', 6],
    ].forEach(([k, n]) => g.push(k as string, n as number));
    g.finish();
    expect(groups).toEqual([
      ['A', [1, 2]],
      ['B', [3]],
      ['C', [5, 6]],
    ]);
    expect(split).toEqual([['A', 4]]);
  });
});

describe('line totals and addresses', () => {
  it('splits a total into unit price × quantity − rounding, exactly', () => {
    expect(splitLineTotal(10000, 3)).toEqual({ unitPriceMinor: 3334, roundingMinor: 2 });
    expect(splitLineTotal(9990, 2)).toEqual({ unitPriceMinor: 4995, roundingMinor: 0 });
    expect(splitLineTotal(1, 7)).toEqual({ unitPriceMinor: 1, roundingMinor: 6 });
    expect(splitLineTotal(0, 2)).toEqual({ unitPriceMinor: 0, roundingMinor: 0 });
  });

  it('splits space-separated Chinese addresses only', () => {
    expect(splitCnAddress('广东省 深圳市 南山区 科技园路1号（518000）')).toEqual({
      province: '广东省',
      city: '深圳市',
      zip: '518000',
    });
    expect(splitCnAddress('上海市 上海市 浦东新区 世纪大道1号')).toEqual({
      province: '上海市',
      city: '上海市',
      zip: null,
    });
    expect(splitCnAddress('北京朝阳区三环内望京街道10号')).toEqual({ province: null, city: null, zip: null });
    expect(splitCnAddress(null)).toEqual({ province: null, city: null, zip: null });
  });
});

describe('Chinese platform detection', () => {
  const files: Record<string, string[]> = {
    taobaoOrders: [
      '订单编号',
      '买家会员名',
      '买家应付货款',
      '买家应付邮费',
      '买家实际支付金额',
      '订单状态',
      '订单创建时间',
      '订单付款时间',
      '宝贝标题',
      '宝贝总数量',
      '商家编码',
    ],
    taobaoItems: [
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
    ],
    jd: [
      '订单号',
      '商品ID',
      '商品名称',
      '订购数量',
      '下单时间',
      '京东价',
      '订单金额',
      '应付金额',
      '订单状态',
      '运费金额',
      '货号',
    ],
    pinduoduo: [
      '订单号',
      '订单状态',
      '商品',
      '商品id',
      '商家编码-SKU维度',
      '商品数量(件)',
      '商品总价(元)',
      '店铺优惠折扣(元)',
      '邮费(元)',
      '用户实付金额(元)',
      '支付时间',
      '拼单成功时间',
      '售后状态',
    ],
    douyin: [
      '主订单编号',
      '子订单编号',
      '选购商品',
      '商品数量',
      '商品ID',
      '商家编码',
      '商品金额',
      '订单应付金额',
      '运费',
      '订单提交时间',
      '订单状态',
      '售后状态',
    ],
  };
  const parts = {
    taobaoOrders: taobaoOrdersPart,
    taobaoItems: taobaoItemsPart,
    jd: jdOrdersPart,
    pinduoduo: pinduoduoOrdersPart,
    douyin: douyinOrdersPart,
  };

  it('each file is claimed by its own part only', () => {
    for (const [file, headers] of Object.entries(files)) {
      const claimed = Object.entries(parts)
        .filter(([, p]) => p.matches(headers.map(normalizeHeader)))
        .map(([name]) => name);
      expect(claimed, file).toEqual([file]);
    }
  });
});
