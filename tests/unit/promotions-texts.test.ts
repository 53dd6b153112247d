import { describe, expect, it } from 'vitest';
import {
  promotionErrorEn,
  promotionErrorText,
  promotionErrorZh,
  promotionValidationEn,
  promotionValidationZh,
} from '../../shared/api/schemas/promotions-texts';
import { validationText } from '../../shared/api/schemas/common';
import { campaignCreateSchema } from '../../shared/api/schemas/promotions';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('promotion messages', () => {
  it.each([
    ['field messages', promotionValidationEn, promotionValidationZh],
    ['refusals', promotionErrorEn, promotionErrorZh],
  ] as const)(
    'has a Chinese text for every English one of the %s, with the same placeholders',
    (_n, en, zh) => {
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        expect(placeholders((zh as Record<string, string>)[key]!), key).toEqual(placeholders(text));
        expect(text.replace(/\{\{\w+\}\}/g, ''), key).not.toMatch(/[{}]/);
      }
      // Field messages are shown without params: none may carry a placeholder.
      if (en === promotionValidationEn)
        for (const text of Object.values(en)) expect(placeholders(text)).toEqual([]);
    },
  );

  it('reaches the CLI in English, and fills refusals', () => {
    for (const key of Object.keys(promotionValidationEn))
      expect(validationText[key], key).toBe(promotionValidationEn[key as keyof typeof promotionValidationEn]);
    expect(promotionErrorText('promotionTransition', { from: 'ended', action: 'cancelled' })).toBe(
      'A ended campaign cannot be cancelled.',
    );
  });
});

describe('campaign input', () => {
  const valid = {
    name: '双11 满300减40',
    goal: 'sales',
    terms: { type: 'tiered', tiers: [{ thresholdMinor: 30000, offMinor: 4000 }] },
    storefrontIds: ['s1'],
    startAt: '2026-11-01T00:00+08:00',
    endAt: '2026-11-12T00:00+08:00',
  };
  const issues = (input: unknown) => {
    const parsed = campaignCreateSchema.safeParse(input);
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  };

  it('accepts a 满减 and fills the defaults, times in UTC', () => {
    const parsed = campaignCreateSchema.parse(valid);
    expect(parsed).toMatchObject({
      startAt: '2026-10-31T16:00:00.000Z',
      stacksWith: null,
      scope: { skuIds: [], categories: [], brands: [] },
      keys: { codes: [], promotionIds: [], names: [] },
      budgetMinor: null,
      spendMinor: 0,
    });
  });

  it('names the field of every mistake', () => {
    expect(issues({ ...valid, endAt: valid.startAt })).toEqual(['endAt:promotionWindow']);
    expect(issues({ ...valid, type: 'coupon' })).toEqual(['terms:promotionTermsType']);
    expect(
      issues({
        ...valid,
        terms: {
          type: 'tiered',
          tiers: [
            { thresholdMinor: 30000, offMinor: 4000 },
            { thresholdMinor: 20000, offMinor: 1000 },
          ],
        },
      }),
    ).toEqual(['terms.tiers:promotionTiers']);
    expect(
      issues({ ...valid, terms: { type: 'tiered', tiers: [{ thresholdMinor: 3000, offMinor: 4000 }] } }),
    ).toEqual(['terms.tiers.0.offMinor:promotionTierOff']);
    expect(issues({ ...valid, terms: { type: 'percentage', offBp: 0 } })).toEqual([
      'terms.offBp:promotionOffBp',
    ]);
    expect(issues({ ...valid, terms: { type: 'bogus' } })).toEqual(['terms.type:promotionType']);
    expect(issues({ ...valid, terms: { type: 'multibuy', mode: 'nthUnit', units: 1, offBp: 5000 } })).toEqual(
      ['terms.units:promotionMultibuyUnits'],
    );
    expect(issues({ ...valid, storefrontIds: ['s1', 's1'] })).toEqual(['storefrontIds:promotionStorefronts']);
    expect(issues({ ...valid, keys: { codes: ['DOUBLE11', 'DOUBLE11'] } })).toEqual([
      'keys.codes:promotionRepeated',
    ]);
    expect(issues({ ...valid, stacksWith: ['coupon', 'coupon'] })).toEqual([
      'stacksWith:promotionStacksWith',
    ]);
    expect(issues({ ...valid, goal: 'fun' })).toEqual(['goal:promotionGoal']);
  });
});
