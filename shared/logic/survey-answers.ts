/**
 * What is wrong with a response's answers against its template, one problem per question, so the phone
 * entry form can mark the field and a survey import can name the row and column — before anything is saved.
 */
import { surveyScales, type SurveyAnswer, type SurveyTemplate } from '../domain/surveys';

export interface AnswerProblem {
  questionId: string;
  key: 'unknownQuestion' | 'duplicateAnswer' | 'kindMismatch' | 'scoreRange' | 'unknownOption' | 'required';
}

export function checkSurveyAnswers(
  template: SurveyTemplate,
  answers: readonly SurveyAnswer[],
): AnswerProblem[] {
  const questions = new Map(template.questions.map((q) => [q.id, q]));
  const answered = new Set<string>();
  const problems: AnswerProblem[] = [];
  for (const a of answers) {
    const q = questions.get(a.questionId);
    const problem = (key: AnswerProblem['key']) => problems.push({ questionId: a.questionId, key });
    if (!q) {
      problem('unknownQuestion');
      continue;
    }
    if (answered.has(a.questionId)) {
      problem('duplicateAnswer');
      continue;
    }
    answered.add(a.questionId);
    if (a.kind !== q.kind) {
      problem('kindMismatch');
      continue;
    }
    if ('score' in a) {
      const { min, max } = surveyScales[a.kind];
      if (!Number.isInteger(a.score) || a.score < min || a.score > max) problem('scoreRange');
    } else if (q.kind === 'single_choice' || q.kind === 'multiple_choice') {
      const options = new Set(q.options.map((o) => o.id));
      const chosen =
        a.kind === 'single_choice' ? [a.optionId] : a.kind === 'multiple_choice' ? a.optionIds : [];
      if (chosen.some((id) => !options.has(id))) problem('unknownOption');
      else if (new Set(chosen).size !== chosen.length) problem('duplicateAnswer');
      else if (a.kind === 'multiple_choice' && chosen.length === 0 && q.required) problem('required');
    } else if (a.kind === 'free_text' && q.required && a.text.trim() === '') problem('required');
  }
  for (const q of template.questions)
    if (q.required && !answered.has(q.id) && !problems.some((p) => p.questionId === q.id))
      problems.push({ questionId: q.id, key: 'required' });
  return problems;
}
