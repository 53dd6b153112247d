import { validationText } from '../../../../shared/api/schemas/common';
import type { SurveyImportMessage, SurveyImportSummary } from '../../../../shared/domain/survey-views';

/** More problems than this are counted, not listed (as order and ticket imports do). */
export const MAX_LISTED = 500;

/** A problem or warning before its English text is filled in. */
export type Issue = Omit<SurveyImportMessage, 'message'>;

/** The English text of a key (the CLI and logs); the screen translates `key` with `params` itself. */
export const toMessage = (i: Issue): SurveyImportMessage => ({
  ...i,
  message: (validationText[i.key] ?? `is invalid (${i.key})`).replace(/\{\{(\w+)\}\}/g, (_, n: string) =>
    String(i.params?.[n] ?? ''),
  ),
});

/** The refused summary: the listed errors, plus one line counting those left off. */
export function finish(summary: SurveyImportSummary, errors: Issue[], count: number): SurveyImportSummary {
  summary.errors = errors.map(toMessage);
  if (count > errors.length)
    summary.errors.push(
      toMessage({ row: 0, column: '', key: 'surveyImportMore', params: { count: count - errors.length } }),
    );
  return summary;
}
