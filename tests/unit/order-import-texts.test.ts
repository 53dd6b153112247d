import { describe, expect, it } from 'vitest';
import { orderImportTextEn, orderImportTextZh } from '../../shared/api/schemas/order-import-texts';
import { describeOrderIssue } from '../../electron/core/orders/import/import-issues';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('order import messages', () => {
  it('has a Chinese text for every English one, with the same placeholders', () => {
    expect(Object.keys(orderImportTextZh).sort()).toEqual(Object.keys(orderImportTextEn).sort());
    for (const [key, en] of Object.entries(orderImportTextEn)) {
      expect(placeholders(orderImportTextZh[key as keyof typeof orderImportTextEn]), key).toEqual(
        placeholders(en),
      );
      // Single braces would reach the person as literal "{value}".
      expect(en.replace(/\{\{\w+\}\}/g, ''), key).not.toMatch(/[{}]/);
    }
  });

  it('fills placeholders for the CLI', () => {
    expect(describeOrderIssue({ key: 'orderAmount', params: { value: '12,5x' } })).toBe(
      'must be an amount such as 12.50 (got "12,5x")',
    );
    expect(describeOrderIssue({ key: 'noSuchKey' })).toBe('is invalid (noSuchKey)');
  });
});
