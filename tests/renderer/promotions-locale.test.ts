import { describe, expect, it } from 'vitest';
import { promotionErrorEn, promotionValidationEn } from '../../shared/api/schemas/promotions-texts';
import { en } from '../../renderer/src/i18n/en';
import { zhCN } from '../../renderer/src/i18n/zh-CN';

describe('promotion messages in the locale files', () => {
  it('translates every field message and refusal of the promotions API in both languages', () => {
    for (const locale of [en, zhCN]) {
      const validation = locale.validation as Record<string, string>;
      const errors = locale.errors as unknown as Record<string, string>;
      for (const key of Object.keys(promotionValidationEn)) expect(validation[key], key).toBeTruthy();
      for (const key of Object.keys(promotionErrorEn)) expect(errors[key], key).toBeTruthy();
      expect((locale.errors.entities as Record<string, string>).campaign).toBeTruthy();
    }
    expect((zhCN.errors as unknown as Record<string, string>).promotionRole).toMatch(/客服/);
  });
});
