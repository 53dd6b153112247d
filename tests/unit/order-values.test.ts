import { describe, expect, it } from 'vitest';
import {
  cleanId,
  cleanText,
  isMasked,
  normalizeHeader,
  parseAmount,
  parseDateTime,
  parseQuantity,
} from '../../electron/core/orders/formats/values';
import { zonedToUtcMs } from '../../shared/logic/dates';

describe('cell values as platforms write them', () => {
  it('reads amounts in every notation to exact minor units', () => {
    const cases: [string, string, number | null][] = [
      ['12.50', 'CNY', 1250],
      ['1,694.07', 'USD', 169407],
      ['¥12.50', 'CNY', 1250],
      ['￥8', 'CNY', 800],
      ['EUR 90,00', 'EUR', 9000],
      ['1.234,56', 'EUR', 123456],
      ['US $12.00', 'USD', 1200],
      ['-3.2', 'CNY', -320],
      ['(3.20)', 'USD', -320],
      ['0.125', 'CNY', 13], // platforms print unit prices with more decimals: half away from zero
      ['-0.125', 'CNY', -13],
      ['12.344', 'CNY', 1234],
      ['1,694', 'USD', 169400],
      ['1500', 'JPY', 1500],
      ['\t59.00', 'CNY', 5900],
      ['abc', 'CNY', null],
      ['12.3.4', 'CNY', null],
      ['1e5', 'CNY', null],
    ];
    for (const [text, currency, minor] of cases) expect(parseAmount(text, currency), text).toBe(minor);
    expect(parseAmount('', 'CNY')).toBe(0);
    expect(parseAmount('-', 'CNY', null)).toBeNull();
  });

  it('reads times with an offset as given and wall times in the storefront zone; impossible dates are null', () => {
    const sh = 'Asia/Shanghai';
    expect(parseDateTime('2025-12-07 19:08:25 +0000', sh)).toBe('2025-12-07T19:08:25.000Z');
    expect(parseDateTime('2024-06-18T08:00:00+00:00', sh)).toBe('2024-06-18T08:00:00.000Z');
    expect(parseDateTime('2024-06-18 10:00:00', sh)).toBe('2024-06-18T02:00:00.000Z');
    expect(parseDateTime('2024/6/18 10:00', sh)).toBe('2024-06-18T02:00:00.000Z');
    expect(parseDateTime('2024年6月18日 10:00:00', sh)).toBe('2024-06-18T02:00:00.000Z');
    expect(parseDateTime('Jun-18-24', 'UTC')).toBe('2024-06-18T00:00:00.000Z');
    expect(parseDateTime('18-Jun-24', 'UTC')).toBe('2024-06-18T00:00:00.000Z');
    expect(parseDateTime('12/07/2025 19:08', 'UTC')).toBe('2025-12-07T19:08:00.000Z');
    expect(parseDateTime('07/12/2025 19:08', 'UTC', true)).toBe('2025-12-07T19:08:00.000Z');
    expect(parseDateTime('Dec 7, 2025 7:08 pm', 'UTC')).toBe('2025-12-07T19:08:00.000Z');
    expect(parseDateTime('2024-07-01 12:00:00', 'America/New_York')).toBe('2024-07-01T16:00:00.000Z');
    expect(parseDateTime('2024-12-01 12:00:00', 'America/New_York')).toBe('2024-12-01T17:00:00.000Z');
    for (const bad of ['2024-02-30 10:00', '2023-02-29', '2024-13-01', '2024-06-18 25:00', 'yesterday', ''])
      expect(parseDateTime(bad, sh), bad).toBeNull();
    expect(parseDateTime('2024-02-29', sh)).toBe('2024-02-28T16:00:00.000Z');
  });

  it('converts wall times across a daylight-saving change to an instant next to the gap', () => {
    const wall = (hour: number) => ({ year: 2024, month: 3, day: 10, hour, minute: 30, second: 0 });
    expect(new Date(zonedToUtcMs(wall(1), 'America/New_York')).toISOString()).toBe(
      '2024-03-10T06:30:00.000Z',
    );
    expect(new Date(zonedToUtcMs(wall(3), 'America/New_York')).toISOString()).toBe(
      '2024-03-10T07:30:00.000Z',
    );
  });

  it('cleans ids Excel users protect, and leaves masked personal data recognisable', () => {
    expect(cleanId('\t3921000000000000001')).toBe('3921000000000000001');
    expect(cleanId('="0012"')).toBe('0012');
    expect(cleanId("'0012")).toBe('0012');
    expect(cleanText('-')).toBeNull();
    expect(cleanText('\t')).toBeNull();
    expect(normalizeHeader(' 商品总价（元） ')).toBe('商品总价(元)');
    expect(normalizeHeader('Lineitem  Quantity')).toBe('lineitem quantity');
    for (const masked of ['138****1234', '##密文', '张**', 'a***@example.com'])
      expect(isMasked(masked), masked).toBe(true);
    expect(isMasked('13800138000')).toBe(false);
    expect(parseQuantity('2')).toBe(2);
    expect(parseQuantity('2.0')).toBe(2);
    expect(parseQuantity('0')).toBeNull();
    expect(parseQuantity('1.5')).toBeNull();
  });
});
