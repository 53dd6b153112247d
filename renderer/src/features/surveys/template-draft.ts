/**
 * The template editor's working copy: questions as plain, editable rows (both languages side by side) that
 * become domain questions on save. Pure, so reorder, kind changes and the checks are tested without a screen.
 */
import {
  surveyDimensions,
  type LocalizedText,
  type SurveyDimension,
  type SurveyQuestion,
  type SurveyQuestionKind,
  type SurveyTemplate,
} from '../../../../shared/domain/surveys';
import { newId } from '../../../../shared/logic/ids';

export interface OptionDraft {
  id: string;
  en: string;
  zh: string;
}

export interface QuestionDraft {
  id: string;
  kind: SurveyQuestionKind;
  en: string;
  zh: string;
  required: boolean;
  dimension: SurveyDimension;
  options: OptionDraft[];
}

export interface TemplateDraft {
  id: string | null;
  nameEn: string;
  nameZh: string;
  /** The invitation's opening text, with placeholders such as {customer_name} and {order_id}. */
  introEn: string;
  introZh: string;
  questions: QuestionDraft[];
}

/** What is wrong with a draft: `field` names the input ("questions.2.en", "nameZh"), `key` a validation text. */
export interface DraftProblem {
  field: string;
  key: 'required' | 'surveyOptionsNeeded' | 'surveyQuestionsNeeded' | 'surveyOneCsat' | 'surveyOneNps';
}

const isChoice = (kind: SurveyQuestionKind) => kind === 'single_choice' || kind === 'multiple_choice';

/** Short codes (the API takes 1–40 letters, digits, - or _): unique enough within one template. */
const code = (prefix: string) => `${prefix}${newId().replace(/-/g, '').slice(0, 10)}`;

export const newOption = (): OptionDraft => ({ id: code('o'), en: '', zh: '' });

export const newQuestion = (kind: SurveyQuestionKind): QuestionDraft => ({
  id: code('q'),
  kind,
  en: '',
  zh: '',
  required: kind === 'csat' || kind === 'nps',
  dimension: surveyDimensions[0],
  options: isChoice(kind) ? [newOption(), newOption()] : [],
});

export const emptyDraft = (): TemplateDraft => ({
  id: null,
  nameEn: '',
  nameZh: '',
  introEn: '',
  introZh: '',
  questions: [newQuestion('csat')],
});

export function draftOf(template: SurveyTemplate & { intro: LocalizedText }): TemplateDraft {
  return {
    id: template.id,
    nameEn: template.name.en,
    nameZh: template.name['zh-CN'],
    introEn: template.intro.en,
    introZh: template.intro['zh-CN'],
    questions: template.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      en: q.text.en,
      zh: q.text['zh-CN'],
      required: q.required,
      dimension: q.kind === 'dimension' ? q.dimension : surveyDimensions[0],
      options:
        q.kind === 'single_choice' || q.kind === 'multiple_choice'
          ? q.options.map((o) => ({ id: o.id, en: o.label.en, zh: o.label['zh-CN'] }))
          : [],
    })),
  };
}

const text = (en: string, zh: string): LocalizedText => ({ en: en.trim(), 'zh-CN': zh.trim() });

export function questionOf(d: QuestionDraft): SurveyQuestion {
  const base = { id: d.id, text: text(d.en, d.zh), required: d.required };
  if (d.kind === 'dimension') return { ...base, kind: 'dimension', dimension: d.dimension };
  if (d.kind === 'single_choice' || d.kind === 'multiple_choice')
    return { ...base, kind: d.kind, options: d.options.map((o) => ({ id: o.id, label: text(o.en, o.zh) })) };
  return { ...base, kind: d.kind };
}

/** The saveTemplate input: the API checks it again and names the question of any problem. */
export const saveInputOf = (d: TemplateDraft) => ({
  ...(d.id ? { id: d.id } : {}),
  name: text(d.nameEn, d.nameZh),
  intro: text(d.introEn, d.introZh),
  questions: d.questions.map((q) => {
    const question = questionOf(q);
    return 'options' in question ? { ...question, options: [...question.options] } : question;
  }),
});

/** Every text a customer reads must exist in both languages; a choice needs at least two options. */
export function checkDraft(d: TemplateDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const need = (value: string, field: string) => {
    if (!value.trim()) problems.push({ field, key: 'required' });
  };
  need(d.nameEn, 'nameEn');
  need(d.nameZh, 'nameZh');
  need(d.introEn, 'introEn');
  need(d.introZh, 'introZh');
  if (d.questions.length === 0) problems.push({ field: 'questions', key: 'surveyQuestionsNeeded' });
  // Results read one CSAT and one NPS answer per response, so a template asks each at most once.
  const once = { csat: 'surveyOneCsat', nps: 'surveyOneNps' } as const;
  const seen = new Set<string>();
  d.questions.forEach((q, i) => {
    if (q.kind === 'csat' || q.kind === 'nps') {
      if (seen.has(q.kind)) problems.push({ field: `questions.${i}.kind`, key: once[q.kind] });
      seen.add(q.kind);
    }
    need(q.en, `questions.${i}.en`);
    need(q.zh, `questions.${i}.zh`);
    if (isChoice(q.kind) && q.options.length < 2)
      problems.push({ field: `questions.${i}.options`, key: 'surveyOptionsNeeded' });
    if (isChoice(q.kind))
      q.options.forEach((o, j) => {
        need(o.en, `questions.${i}.options.${j}.en`);
        need(o.zh, `questions.${i}.options.${j}.zh`);
      });
  });
  return problems;
}

/** Moves question `from` one place up (-1) or down (+1); out of range leaves the list as it is. */
export function moveQuestion(questions: QuestionDraft[], from: number, by: -1 | 1): QuestionDraft[] {
  const to = from + by;
  if (from < 0 || from >= questions.length || to < 0 || to >= questions.length) return questions;
  const next = [...questions];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

/** A new kind keeps the texts and id; a choice kind gets two empty options when it had none. */
export function changeKind(q: QuestionDraft, kind: SurveyQuestionKind): QuestionDraft {
  const options = isChoice(kind) ? (q.options.length ? q.options : [newOption(), newOption()]) : [];
  return { ...q, kind, options };
}
