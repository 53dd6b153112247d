import { describe, expect, it } from 'vitest';
import type { SurveyAnswer, SurveyResponse, SurveyTemplate } from '../../shared/domain/surveys';
import { frac } from '../../shared/logic/fraction';
import { checkSurveyAnswers } from '../../shared/logic/survey-answers';
import {
  csatScore,
  isLowScore,
  lowScoreAnswers,
  meanScore,
  npsScore,
  pointsChange,
  responseRate,
  scoreResponses,
  tallyCsat,
  tallyNps,
  tallyRatings,
  toBasisPoints,
  toHundredths,
} from '../../shared/logic/survey-scoring';

const text = (en: string, zh: string) => ({ en, 'zh-CN': zh });

const template: SurveyTemplate = {
  id: 'tpl-after-sales',
  name: text('After-sales follow-up', '售后回访'),
  archived: false,
  createdAt: '2024-06-01T00:00:00.000Z',
  questions: [
    {
      id: 'q-csat',
      kind: 'csat',
      text: text('How satisfied were you?', '您对本次服务满意吗？'),
      required: true,
    },
    {
      id: 'q-nps',
      kind: 'nps',
      text: text('Would you recommend us?', '您愿意推荐我们吗？'),
      required: false,
    },
    {
      id: 'q-att',
      kind: 'dimension',
      dimension: 'attitude',
      text: text('Attitude', '服务态度'),
      required: false,
    },
    { id: 'q-spd', kind: 'dimension', dimension: 'speed', text: text('Speed', '处理速度'), required: false },
    {
      id: 'q-why',
      kind: 'multiple_choice',
      text: text('What went well?', '哪些方面做得好？'),
      required: false,
      options: [
        { id: 'fast', label: text('Fast', '快') },
        { id: 'kind', label: text('Friendly', '热情') },
      ],
    },
    {
      id: 'q-channel',
      kind: 'single_choice',
      text: text('Where did you buy?', '在哪里购买？'),
      required: false,
      options: [{ id: 'tmall', label: text('Tmall', '天猫') }],
    },
    { id: 'q-note', kind: 'free_text', text: text('Anything else?', '其他建议'), required: false },
  ],
};

let seq = 0;
const response = (...answers: SurveyAnswer[]): SurveyResponse => ({
  id: `r${++seq}`,
  templateId: template.id,
  invitationId: null,
  ticketId: null,
  orderId: null,
  customerId: null,
  storefrontId: null,
  channel: 'phone',
  answeredAt: '2024-06-10T02:00:00.000Z',
  answers,
});
const csat = (score: number): SurveyAnswer => ({ questionId: 'q-csat', kind: 'csat', score });
const nps = (score: number): SurveyAnswer => ({ questionId: 'q-nps', kind: 'nps', score });

describe('CSAT = responses scoring 4–5 ÷ responses × 100', () => {
  it('5 of 8 satisfied → 62.5', () => {
    const t = tallyCsat([5, 4, 3, 5, 2, 1, 4, 5]);
    expect(t).toEqual({ responses: 8, satisfied: 5 });
    expect(csatScore(t)).toEqual(frac(125, 2));
    expect(toHundredths(csatScore(t))).toBe(6250);
  });

  it('all 4–5 → 100, all 1–3 → 0, no responses → null ("—")', () => {
    expect(csatScore(tallyCsat([4, 5, 5]))).toEqual(frac(100));
    expect(csatScore(tallyCsat([1, 2, 3]))).toEqual(frac(0));
    expect(csatScore(tallyCsat([]))).toBeNull();
    expect(toHundredths(csatScore(tallyCsat([])))).toBeNull();
  });

  it('2 of 3 → 66⅔, rounded once to 6667 hundredths', () => {
    expect(csatScore(tallyCsat([5, 4, 1]))).toEqual(frac(200, 3));
    expect(toHundredths(csatScore(tallyCsat([5, 4, 1])))).toBe(6667);
  });
});

describe('NPS = % scoring 9–10 − % scoring 0–6', () => {
  it('a mix: 3 promoters, 1 passive, 1 detractor of 5 → 60 − 20 = 40', () => {
    const t = tallyNps([10, 10, 9, 8, 6]);
    expect(t).toEqual({ responses: 5, promoters: 3, passives: 1, detractors: 1 });
    expect(npsScore(t)).toEqual(frac(40));
  });

  it('as many promoters as detractors → 0, whatever the passives', () => {
    expect(npsScore(tallyNps([10, 9, 8, 7, 6, 0, 10, 3, 9, 5]))).toEqual(frac(0));
  });

  it('all detractors → −100, all promoters → 100, all passives → 0, none → null', () => {
    expect(npsScore(tallyNps([0, 6, 3]))).toEqual(frac(-100));
    expect(npsScore(tallyNps([9, 10]))).toEqual(frac(100));
    expect(npsScore(tallyNps([7, 8]))).toEqual(frac(0));
    expect(npsScore(tallyNps([]))).toBeNull();
  });

  it('thirds stay exact until the end: 2 promoters and 1 detractor → 33⅓', () => {
    expect(npsScore(tallyNps([10, 10, 0]))).toEqual(frac(100, 3));
    expect(toHundredths(npsScore(tallyNps([0, 0, 10])))).toBe(-3333);
  });
});

describe('dimension scores, response rate and comparisons', () => {
  it('the mean of the 1–5 ratings', () => {
    expect(meanScore(tallyRatings([5, 4, 4, 3]))).toEqual(frac(4));
    expect(toHundredths(meanScore(tallyRatings([5, 4])))).toBe(450);
    expect(toHundredths(meanScore(tallyRatings([5, 5, 4])))).toBe(467);
    expect(meanScore(tallyRatings([]))).toBeNull();
  });

  it('responses ÷ invitations sent; nothing sent → null', () => {
    expect(responseRate(45, 120)).toEqual(frac(3, 8));
    expect(toBasisPoints(responseRate(45, 120))).toBe(3750);
    expect(responseRate(0, 0)).toBeNull();
    expect(toBasisPoints(responseRate(0, 10))).toBe(0);
  });

  it('period over period in points, "—" when either side has no responses', () => {
    expect(pointsChange(frac(86), frac(80))).toEqual(frac(6));
    expect(pointsChange(npsScore(tallyNps([0, 0, 10])), npsScore(tallyNps([9])))).toEqual(frac(-400, 3));
    expect(pointsChange(null, frac(80))).toBeNull();
    expect(pointsChange(frac(80), null)).toBeNull();
  });

  it('refuses scores off the scale instead of averaging them', () => {
    expect(() => tallyCsat([6])).toThrow(/csat score is a whole number 1–5: 6/);
    expect(() => tallyCsat([0])).toThrow(/1–5/);
    expect(() => tallyNps([11])).toThrow(/nps score is a whole number 0–10/);
    expect(() => tallyRatings([4.5])).toThrow(/dimension score/);
  });
});

describe('low scores open a follow-up ticket', () => {
  it('CSAT ≤ 2 or NPS ≤ 6; dimension ratings do not count', () => {
    expect([1, 2, 3, 4, 5].map((s) => isLowScore('csat', s))).toEqual([true, true, false, false, false]);
    expect([0, 6, 7, 10].map((s) => isLowScore('nps', s))).toEqual([true, true, false, false]);
    expect(isLowScore('dimension', 1)).toBe(false);
  });

  it('names the answers that made a response low', () => {
    expect(lowScoreAnswers(response(csat(2), nps(9)))).toEqual([csat(2)]);
    expect(lowScoreAnswers(response(csat(4), nps(6)))).toEqual([nps(6)]);
    expect(lowScoreAnswers(response(csat(3), nps(7)))).toEqual([]);
  });
});

describe('scoring a set of responses', () => {
  it('every figure at once, dimensions placed by their question', () => {
    const att = (score: number): SurveyAnswer => ({ questionId: 'q-att', kind: 'dimension', score });
    const spd = (score: number): SurveyAnswer => ({ questionId: 'q-spd', kind: 'dimension', score });
    const scores = scoreResponses(
      [template],
      [
        response(csat(5), nps(10), att(5), spd(4)),
        response(csat(4), nps(8), att(4)),
        response(csat(1), nps(3), spd(2)),
      ],
      6,
    );
    expect(scores).toEqual({
      responses: 3,
      invitationsSent: 6,
      responseRate: frac(1, 2),
      csat: { responses: 3, satisfied: 2, score: frac(200, 3) },
      nps: { responses: 3, promoters: 1, passives: 1, detractors: 1, score: frac(0) },
      dimensions: {
        attitude: { responses: 2, total: 9, score: frac(9, 2) },
        speed: { responses: 2, total: 6, score: frac(3) },
        resolution: { responses: 0, total: 0, score: null },
      },
      lowScoreResponses: 1,
    });
  });

  it('no responses and no invitations: every ratio is null', () => {
    const scores = scoreResponses([template], [], 0);
    expect([scores.responseRate, scores.csat.score, scores.nps.score, scores.dimensions.speed.score]).toEqual(
      [null, null, null, null],
    );
  });
});

describe('checking answers against the template', () => {
  it('accepts a complete response', () => {
    const answers: SurveyAnswer[] = [
      csat(5),
      { questionId: 'q-why', kind: 'multiple_choice', optionIds: ['fast', 'kind'] },
      { questionId: 'q-channel', kind: 'single_choice', optionId: 'tmall' },
      { questionId: 'q-note', kind: 'free_text', text: '很好' },
    ];
    expect(checkSurveyAnswers(template, answers)).toEqual([]);
  });

  it('names each question that is wrong', () => {
    const answers: SurveyAnswer[] = [
      { questionId: 'q-nps', kind: 'nps', score: 11 },
      { questionId: 'q-att', kind: 'csat', score: 3 },
      { questionId: 'q-why', kind: 'multiple_choice', optionIds: ['fast', 'cheap'] },
      { questionId: 'q-channel', kind: 'single_choice', optionId: 'tmall' },
      { questionId: 'q-channel', kind: 'single_choice', optionId: 'tmall' },
      { questionId: 'q-gone', kind: 'free_text', text: '?' },
    ];
    expect(checkSurveyAnswers(template, answers)).toEqual([
      { questionId: 'q-nps', key: 'scoreRange' },
      { questionId: 'q-att', key: 'kindMismatch' },
      { questionId: 'q-why', key: 'unknownOption' },
      { questionId: 'q-channel', key: 'duplicateAnswer' },
      { questionId: 'q-gone', key: 'unknownQuestion' },
      { questionId: 'q-csat', key: 'required' },
    ]);
  });
});
