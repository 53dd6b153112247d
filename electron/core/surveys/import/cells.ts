import { surveyScales, type SurveyAnswer, type SurveyQuestion } from '../../../../shared/domain/surveys';
import { normalizeHeader } from '../../orders/formats/values';

/** A cell's problem: the validation key and its params (the row and column are the caller's). */
export interface CellProblem {
  key: 'surveyScoreCell' | 'surveyOptionCell';
  params: Record<string, string | number>;
}

const fold = (s: string) => normalizeHeader(s).toLowerCase();

/**
 * The leading whole number of a score cell as form tools write it: "5", "5分", "4 - Satisfied", "10（非常愿意）".
 * A decimal ("4.5") or a number off the scale is a problem, never rounded.
 */
function parseScore(text: string, kind: 'csat' | 'nps' | 'dimension'): number | CellProblem {
  const { min, max } = surveyScales[kind];
  const m = /^(\d{1,2})(?![\d.,])/.exec(text);
  const n = m ? Number(m[1]) : NaN;
  if (!Number.isInteger(n) || n < min || n > max)
    return { key: 'surveyScoreCell', params: { min, max, value: text } };
  return n;
}

/** An option by its id, its label in either language, or its letter (A, B, …) as the invitation lists them. */
function findOption(
  q: SurveyQuestion & { options: readonly { id: string; label: { 'zh-CN': string; en: string } }[] },
  text: string,
) {
  const t = fold(text);
  return q.options.find(
    (o, i) =>
      fold(o.id) === t ||
      fold(o.label['zh-CN']) === t ||
      fold(o.label.en) === t ||
      String.fromCharCode(97 + i) === t,
  );
}

/**
 * One cell as an answer to its question: undefined for an empty cell (not answered; a required question is
 * then refused by checkSurveyAnswers), a CellProblem for a value the question cannot take.
 */
export function answerOfCell(
  q: SurveyQuestion,
  raw: string | undefined,
): SurveyAnswer | CellProblem | undefined {
  const text = (raw ?? '').trim();
  if (text === '' || text === '-' || text === '--') return undefined;
  switch (q.kind) {
    case 'csat':
    case 'nps':
    case 'dimension': {
      const score = parseScore(text, q.kind);
      return typeof score === 'number' ? { questionId: q.id, kind: q.kind, score } : score;
    }
    case 'single_choice': {
      const option = findOption(q, text);
      return option
        ? { questionId: q.id, kind: q.kind, optionId: option.id }
        : { key: 'surveyOptionCell', params: { value: text } };
    }
    case 'multiple_choice': {
      // Form tools join choices with commas, semicolons, 、 or line breaks (问卷星 uses ┋).
      const parts = text
        .split(/[,;，；、|┋\n]+/)
        .map((p) => p.trim())
        .filter(Boolean);
      const ids: string[] = [];
      for (const p of parts) {
        const option = findOption(q, p);
        if (!option) return { key: 'surveyOptionCell', params: { value: p } };
        if (!ids.includes(option.id)) ids.push(option.id);
      }
      return { questionId: q.id, kind: q.kind, optionIds: ids };
    }
    case 'free_text':
      return { questionId: q.id, kind: q.kind, text: text.slice(0, 4000) };
  }
}

export const isProblem = (v: SurveyAnswer | CellProblem | undefined): v is CellProblem =>
  v !== undefined && 'key' in v && 'params' in v;

/** Header names form tools use for the linking columns (folded), for the suggested mapping. */
const linkNames = {
  responseId: ['序号', '答卷编号', '编号', 'response id', 'responseid', 'submission id', 'id'],
  orderId: ['订单号', '订单编号', '订单id', 'order id', 'order', 'order number'],
  ticketNumber: ['工单号', '工单编号', 'ticket', 'ticket number', 'ticket #'],
  phone: ['手机号', '手机', '电话', '联系电话', 'phone', 'mobile', 'phone number'],
  answeredAt: [
    '提交答卷时间',
    '提交时间',
    '填写时间',
    '答题时间',
    'submitted at',
    'timestamp',
    'submission time',
    'date',
  ],
} as const;

export function suggestLinkColumns(
  headers: readonly string[],
): Partial<Record<keyof typeof linkNames, string>> {
  const out: Partial<Record<keyof typeof linkNames, string>> = {};
  for (const [field, names] of Object.entries(linkNames) as [keyof typeof linkNames, readonly string[]][]) {
    const header = headers.find((h) => names.includes(fold(h)));
    if (header) out[field] = header;
  }
  return out;
}

/** A question's column: the header equal to its text in either language or its id (folded). */
export function suggestQuestionColumn(q: SurveyQuestion, headers: readonly string[]): string | undefined {
  const names = [q.id, q.text['zh-CN'], q.text.en].map(fold);
  return headers.find(
    (h) => names.includes(fold(h)) || names.some((n) => n.length > 3 && fold(h).includes(n)),
  );
}
