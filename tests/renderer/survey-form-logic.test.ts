import { describe, expect, it } from 'vitest';
import {
  emptyScoreKeys,
  optionIndexOfKey,
  scoreKey,
  toggleOption,
  type ScoreKeyState,
} from '../../renderer/src/features/surveys/phone-keys';
import {
  changeKind,
  checkDraft,
  emptyDraft,
  moveQuestion,
  newQuestion,
  saveInputOf,
} from '../../renderer/src/features/surveys/template-draft';
import { answersOf } from '../../renderer/src/features/surveys/phone-answers';
import type { ScoredQuestionKind, SurveyQuestion } from '../../shared/domain/surveys';

/** Plays a sequence of keys on a scored question and answers the chosen score. */
const typed = (kind: ScoredQuestionKind, keys: string[]): number | null =>
  keys.reduce<ScoreKeyState>((state, key) => scoreKey(kind, state, key) ?? state, emptyScoreKeys).value;

describe('phone form keys', () => {
  it('reads NPS 10 as "1" then "0", and any other digit as itself', () => {
    expect(typed('nps', ['1', '0'])).toBe(10);
    expect(typed('nps', ['1'])).toBe(1);
    expect(typed('nps', ['0'])).toBe(0);
    expect(typed('nps', ['1', '0', '7'])).toBe(7);
    // After 10 the next "0" is 0 again, not 100.
    expect(typed('nps', ['1', '0', '0'])).toBe(0);
    expect(typed('nps', ['1', '1'])).toBe(1);
  });

  it('ignores digits outside the scale and clears on Backspace', () => {
    expect(typed('csat', ['4', '9'])).toBe(4);
    expect(typed('csat', ['0'])).toBeNull();
    expect(typed('dimension', ['5', '1'])).toBe(1);
    expect(typed('csat', ['3', 'Backspace'])).toBeNull();
    expect(scoreKey('csat', emptyScoreKeys, 'a')).toBeNull();
    expect(scoreKey('csat', emptyScoreKeys, 'Enter')).toBeNull();
  });

  it('numbers options from 1 and keeps a multiple choice in the template’s order', () => {
    expect(optionIndexOfKey('1', 3)).toBe(0);
    expect(optionIndexOfKey('3', 3)).toBe(2);
    expect(optionIndexOfKey('4', 3)).toBeNull();
    expect(optionIndexOfKey('0', 3)).toBeNull();
    const order = ['a', 'b', 'c'];
    expect(toggleOption(['c'], 'a', order)).toEqual(['a', 'c']);
    expect(toggleOption(['a', 'c'], 'a', order)).toEqual(['c']);
  });

  it('sends only answered questions, free text trimmed', () => {
    const text = { en: 'x', 'zh-CN': 'x' };
    const questions: SurveyQuestion[] = [
      { id: 'q1', kind: 'csat', text, required: true },
      { id: 'q2', kind: 'free_text', text, required: false },
      { id: 'q3', kind: 'single_choice', text, required: false, options: [{ id: 'o1', label: text }] },
    ];
    expect(
      answersOf(questions, {
        q1: { score: 2, typed: '', optionIds: [], text: '' },
        q2: { score: null, typed: '', optionIds: [], text: '   ' },
        q3: { score: null, typed: '', optionIds: ['o1'], text: '' },
      }),
    ).toEqual([
      { questionId: 'q1', kind: 'csat', score: 2 },
      { questionId: 'q3', kind: 'single_choice', optionId: 'o1' },
    ]);
  });
});

describe('template draft', () => {
  it('names every missing text, a choice with too few options and a second CSAT question', () => {
    const draft = emptyDraft();
    draft.nameEn = 'Survey';
    draft.questions[0]!.en = 'How satisfied?';
    const single = { ...newQuestion('single_choice'), en: 'Which?', zh: '哪个？' };
    single.options = [{ id: 'o1', en: 'One', zh: '一' }];
    draft.questions.push(single, { ...newQuestion('csat'), en: 'Again?', zh: '再问？' });
    expect(checkDraft(draft)).toEqual([
      { field: 'nameZh', key: 'required' },
      { field: 'introEn', key: 'required' },
      { field: 'introZh', key: 'required' },
      { field: 'questions.0.zh', key: 'required' },
      { field: 'questions.1.options', key: 'surveyOptionsNeeded' },
      { field: 'questions.2.kind', key: 'surveyOneCsat' },
    ]);
  });

  it('moves questions within bounds and keeps texts when the kind changes', () => {
    const [a, b, c] = ['csat', 'nps', 'free_text'].map((k) => newQuestion(k as 'csat'));
    expect(moveQuestion([a!, b!, c!], 2, -1).map((q) => q.id)).toEqual([a!.id, c!.id, b!.id]);
    expect(moveQuestion([a!, b!, c!], 0, -1)).toEqual([a, b, c]);
    const choice = changeKind({ ...a!, en: 'Kept' }, 'multiple_choice');
    expect(choice.en).toBe('Kept');
    expect(choice.options).toHaveLength(2);
    expect(changeKind(choice, 'nps').options).toEqual([]);
  });

  it('saves only the fields each kind has, trimmed, with ids the API accepts', () => {
    const draft = emptyDraft();
    Object.assign(draft, { nameEn: ' Delivery ', nameZh: '配送', introEn: 'Hi', introZh: '您好' });
    draft.questions[0] = { ...draft.questions[0]!, en: 'Happy?', zh: '满意吗？' };
    draft.questions.push({ ...newQuestion('dimension'), en: 'Fast?', zh: '快吗？', dimension: 'speed' });
    const input = saveInputOf(draft);
    expect(input.name).toEqual({ en: 'Delivery', 'zh-CN': '配送' });
    expect(input.questions[0]).toEqual({
      id: draft.questions[0]!.id,
      kind: 'csat',
      required: true,
      text: { en: 'Happy?', 'zh-CN': '满意吗？' },
    });
    expect(input.questions[1]).toMatchObject({ kind: 'dimension', dimension: 'speed', required: false });
    for (const q of input.questions) expect(q.id).toMatch(/^[A-Za-z0-9_-]{1,40}$/);
  });
});
