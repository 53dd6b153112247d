import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/logic/money';

describe('formatMoney', () => {
  it('formats minor units exactly in the currency and locale', () => {
    expect(formatMoney(1250, 'CNY', 'zh-CN')).toBe('¥12.50');
    expect(formatMoney(123456789, 'USD', 'en-US')).toBe('$1,234,567.89');
    expect(formatMoney(8, 'JPY', 'en-US')).toBe('¥8');
    // 2^53 − 1 cents stays exact: a float round trip would print …0.99 wrongly.
    expect(formatMoney(9007199254740991, 'USD', 'en-US')).toBe('$90,071,992,547,409.91');
  });
});
