import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SurveyRule, SurveyTemplateView } from '../../shared/domain/survey-views';
import { value } from '../helpers/catalog-data';
import { tempCore } from '../helpers/temp-core';
import {
  count,
  npsTemplateInput,
  ruleOn,
  serviceTemplateInput,
  surveyShop,
  type SurveyShop,
} from '../helpers/survey-shop';

let core: Awaited<ReturnType<typeof tempCore>>;
let shop: SurveyShop;
beforeEach(async () => {
  core = await tempCore('channeldesk-surveys');
  shop = await surveyShop(core);
});
afterEach(() => core.cleanup());

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

describe('survey templates', () => {
  it('stores both languages and only the fields of each question kind', async () => {
    const list = await value<SurveyTemplateView[]>(core.dispatch('surveys', 'templates', {}));
    expect(list.map((x) => x.name.en).sort()).toEqual(['After-sales satisfaction', 'Order NPS']);
    const service = list.find((x) => x.id === shop.service.id)!;
    expect(service.questions.map((q) => [q.id, q.kind, 'dimension' in q ? q.dimension : null])).toEqual([
      ['csat', 'csat', null],
      ['attitude', 'dimension', 'attitude'],
      ['speed', 'dimension', 'speed'],
      ['resolution', 'dimension', 'resolution'],
      ['comment', 'free_text', null],
    ]);
    expect(service.intro['zh-CN']).toContain('{ticket_number}');
    expect([service.responses, service.answeredQuestionIds, service.archived]).toEqual([0, [], false]);
  });

  it('names the question of every problem and writes nothing', async () => {
    const before = count(core, 'survey_templates');
    const bad = await core.dispatch('surveys', 'saveTemplate', {
      name: t('坏', 'Bad'),
      intro: t('你好', 'Hi'),
      questions: [
        { id: 'q1', kind: 'csat', text: t('满意吗', 'Satisfied?') },
        { id: 'q1', kind: 'nps', text: t('推荐吗', 'Recommend?') },
        {
          id: 'q3',
          kind: 'single_choice',
          text: t('选一个', 'Pick one'),
          options: [{ id: 'a', label: t('甲', 'A') }],
        },
        { id: 'q4', kind: 'dimension', text: t('速度', 'Speed') },
        { id: 'q5', kind: 'csat', text: t('再问一次', 'Again') },
        {
          id: 'q6',
          kind: 'multiple_choice',
          text: t('多选', 'Many'),
          options: [
            { id: 'a', label: t('甲', 'A') },
            { id: 'a', label: t('乙', 'B') },
          ],
        },
        { id: 'q7', kind: 'free_text', text: t('', 'Empty Chinese') },
      ],
    });
    expect(bad.ok).toBe(false);
    const issues = (bad as { error: { issues: { path: string; message: string }[] } }).error.issues;
    expect(issues.map((i) => `${i.path} ${i.message}`).sort()).toEqual([
      'questions.1.id surveyQuestionRepeated',
      'questions.2.options surveyOptionsNeeded',
      'questions.3.dimension surveyDimension',
      'questions.4.kind surveyOneCsat',
      'questions.5.options.1.id surveyOptionRepeated',
      'questions.6.text.zh-CN required',
    ]);
    expect(count(core, 'survey_templates')).toBe(before);
  });

  it('keeps answered questions: they may be reworded but not removed, retyped or lose a chosen option', async () => {
    await value(
      core.dispatch('surveys', 'recordResponse', {
        templateId: shop.nps.id,
        storefrontId: shop.tmall.id,
        answers: [
          { questionId: 'nps', kind: 'nps', score: 9 },
          { questionId: 'channel', kind: 'single_choice', optionId: 'friend' },
        ],
      }),
    );
    const input = npsTemplateInput();
    const withoutNps = {
      ...input,
      id: shop.nps.id,
      questions: input.questions.filter((q) => q.id !== 'nps'),
    };
    const removed = await core.dispatch('surveys', 'saveTemplate', withoutNps);
    expect(removed).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        key: 'surveyQuestionAnswered',
        params: { question: 'How likely are you to recommend us?', count: 1 },
      },
    });
    const friendGone = {
      ...input,
      id: shop.nps.id,
      questions: input.questions.map((q) =>
        q.id === 'channel' && 'options' in q
          ? {
              ...q,
              options: [
                ...q.options.filter((o) => o.id !== 'friend'),
                { id: 'ad', label: t('广告', 'An ad') },
              ],
            }
          : q,
      ),
    };
    expect(await core.dispatch('surveys', 'saveTemplate', friendGone)).toMatchObject({
      ok: false,
      error: { key: 'surveyQuestionAnswered' },
    });
    // Rewording, a new option and a new question are fine; the unanswered 'liked' question may go.
    const reworded = {
      ...input,
      id: shop.nps.id,
      questions: [
        ...input.questions
          .filter((q) => q.id !== 'liked')
          .map((q) =>
            q.id === 'nps' ? { ...q, text: t('推荐给朋友的可能性？', 'Would you recommend us?') } : q,
          ),
        { id: 'more', kind: 'free_text', text: t('还有吗', 'More?') },
      ],
    };
    const saved = await value<SurveyTemplateView>(core.dispatch('surveys', 'saveTemplate', reworded));
    expect(saved.questions.map((q) => q.id)).toEqual(['nps', 'channel', 'more']);
    expect(saved.answeredQuestionIds).toEqual(['channel', 'nps']);
    expect(saved.responses).toBe(1);
  });

  it('archives a template, which stops its rules and refuses new responses until restored', async () => {
    ruleOn(core, shop.tmall.id, 'ticket_closed', shop.service.id);
    const archived = await value<SurveyTemplateView>(
      core.dispatch('surveys', 'archiveTemplate', { id: shop.service.id }),
    );
    expect(archived.archived).toBe(true);
    const rules = await value<SurveyRule[]>(core.dispatch('surveys', 'rules', {}));
    expect(
      rules.find((r) => r.storefrontId === shop.tmall.id && r.trigger === 'ticket_closed'),
    ).toMatchObject({ enabled: false, templateId: shop.service.id });
    const refused = await core.dispatch('surveys', 'recordResponse', {
      templateId: shop.service.id,
      storefrontId: shop.tmall.id,
      answers: [{ questionId: 'csat', kind: 'csat', score: 5 }],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'surveyTemplateArchived' } });
    expect(
      (await value<SurveyTemplateView[]>(core.dispatch('surveys', 'templates', {}))).map((x) => x.id),
    ).toEqual([shop.nps.id]);
    await value(core.dispatch('surveys', 'restoreTemplate', { id: shop.service.id }));
    expect((await value<SurveyTemplateView[]>(core.dispatch('surveys', 'templates', {}))).length).toBe(2);
  });

  it('refuses an unknown template id with NOT_FOUND', async () => {
    expect(
      await core.dispatch('surveys', 'saveTemplate', { ...serviceTemplateInput(), id: 'nope' }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('survey rules per storefront', () => {
  it('lists every storefront × trigger and changes only the one saved', async () => {
    const empty = await value<SurveyRule[]>(core.dispatch('surveys', 'rules', {}));
    expect(empty).toHaveLength(4);
    expect(empty.every((r) => r.templateId === null && !r.enabled)).toBe(true);
    const saved = await value<SurveyRule>(
      core.dispatch('surveys', 'saveRule', {
        storefrontId: shop.shopify.id,
        trigger: 'order_completed',
        templateId: shop.nps.id,
        enabled: true,
        delayHours: 48,
      }),
    );
    expect(saved).toMatchObject({ storefrontName: shop.shopify.name, delayHours: 48, enabled: true });
    const after = await value<SurveyRule[]>(core.dispatch('surveys', 'rules', {}));
    expect(
      after.filter((r) => r.templateId !== null).map((r) => [r.storefrontId, r.trigger, r.delayHours]),
    ).toEqual([[shop.shopify.id, 'order_completed', 48]]);
    expect(
      await core.dispatch('surveys', 'saveRule', {
        storefrontId: shop.tmall.id,
        trigger: 'ticket_closed',
        templateId: shop.nps.id,
        enabled: true,
        delayHours: 721,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'delayHours', message: 'surveyDelayHours' }] },
    });
    expect(
      await core.dispatch('surveys', 'saveRule', {
        storefrontId: 'nope',
        trigger: 'ticket_closed',
        templateId: shop.nps.id,
        enabled: true,
        delayHours: 0,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
