import { describe, expect, it } from 'vitest';
import {
  surveyErrorEn,
  surveyErrorText,
  surveyErrorZh,
  surveyValidationEn,
  surveyValidationZh,
} from '../../shared/api/schemas/surveys-texts';
import { validationText } from '../../shared/api/schemas/common';
import { answerOfCell } from '../../electron/core/surveys/import/cells';
import type { SurveyQuestion } from '../../shared/domain/surveys';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('survey messages', () => {
  it.each([
    ['field messages', surveyValidationEn, surveyValidationZh],
    ['refusals', surveyErrorEn, surveyErrorZh],
  ] as const)(
    'has a Chinese text for every English one of the %s, with the same placeholders',
    (_n, en, zh) => {
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        expect(placeholders((zh as Record<string, string>)[key]!), key).toEqual(placeholders(text));
        expect(text.replace(/\{\{\w+\}\}/g, ''), key).not.toMatch(/[{}]/);
      }
    },
  );

  it('gives the CLI English for every field key and fills refusals', () => {
    for (const key of Object.keys(surveyValidationEn))
      expect(validationText[key], key).toBe(surveyValidationEn[key as keyof typeof surveyValidationEn]);
    expect(surveyErrorText('surveyTemplateArchived', { name: 'Order NPS' })).toBe(
      'Survey "Order NPS" is archived: restore it or choose another survey.',
    );
  });
});

describe('form tool cells', () => {
  const t = (s: string) => ({ 'zh-CN': s, en: s });
  const nps: SurveyQuestion = { id: 'nps', kind: 'nps', text: t('NPS'), required: true };
  const many: SurveyQuestion = {
    id: 'liked',
    kind: 'multiple_choice',
    text: t('Liked'),
    required: false,
    options: [
      { id: 'price', label: { 'zh-CN': '价格', en: 'Price' } },
      { id: 'quality', label: { 'zh-CN': '质量', en: 'Quality' } },
    ],
  };

  it('reads scores as form tools write them and refuses decimals and off-scale numbers', () => {
    expect(['10', '9分', '7 - Likely', ' 0 '].map((c) => answerOfCell(nps, c))).toEqual(
      [10, 9, 7, 0].map((score) => ({ questionId: 'nps', kind: 'nps', score })),
    );
    expect(answerOfCell(nps, '')).toBeUndefined();
    for (const bad of ['11', '4.5', 'ten', '-1'])
      expect(answerOfCell(nps, bad), bad).toEqual({
        key: 'surveyScoreCell',
        params: { min: 0, max: 10, value: bad },
      });
  });

  it('finds options by id, label in either language or letter, joined the ways form tools join them', () => {
    expect(answerOfCell(many, '价格┋Quality')).toEqual({
      questionId: 'liked',
      kind: 'multiple_choice',
      optionIds: ['price', 'quality'],
    });
    expect(answerOfCell(many, 'b、A')).toEqual({
      questionId: 'liked',
      kind: 'multiple_choice',
      optionIds: ['quality', 'price'],
    });
    expect(answerOfCell(many, 'Price, 广告')).toEqual({ key: 'surveyOptionCell', params: { value: '广告' } });
  });
});
