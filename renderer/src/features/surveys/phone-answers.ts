/**
 * The phone form's answers while they are typed, and the SurveyAnswer list they become. An unanswered
 * optional question sends nothing (the domain keeps only answered questions).
 */
import type { SurveyAnswer, SurveyQuestion } from '../../../../shared/domain/surveys';

export interface AnswerDraft {
  score: number | null;
  typed: string;
  optionIds: string[];
  text: string;
}

export const emptyAnswer: AnswerDraft = { score: null, typed: '', optionIds: [], text: '' };

export function answersOf(
  questions: readonly SurveyQuestion[],
  drafts: Readonly<Record<string, AnswerDraft>>,
): SurveyAnswer[] {
  const answers: SurveyAnswer[] = [];
  for (const q of questions) {
    const d = drafts[q.id] ?? emptyAnswer;
    if (q.kind === 'csat' || q.kind === 'nps' || q.kind === 'dimension') {
      if (d.score !== null) answers.push({ questionId: q.id, kind: q.kind, score: d.score });
    } else if (q.kind === 'single_choice') {
      if (d.optionIds[0]) answers.push({ questionId: q.id, kind: q.kind, optionId: d.optionIds[0] });
    } else if (q.kind === 'multiple_choice') {
      if (d.optionIds.length) answers.push({ questionId: q.id, kind: q.kind, optionIds: d.optionIds });
    } else if (d.text.trim()) answers.push({ questionId: q.id, kind: q.kind, text: d.text.trim() });
  }
  return answers;
}
