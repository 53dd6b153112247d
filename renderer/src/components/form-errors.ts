import type { FieldIssue } from '../../../shared/api/result';
import { ApiError } from '../api';
import { notifyError, translateIssue } from './notify-error';

/** A form's error for `field` in the person's language: form errors hold validation keys (`required`, …). */
export const fieldError =
  (errors: Record<string, unknown>) =>
  (field: string): string | undefined => {
    const key = errors[field];
    return typeof key === 'string' ? translateIssue(key) : undefined;
  };

/** The server's field issues keyed by the form field each belongs to (`toField` maps contract paths). */
export const issuesByField = (
  issues: FieldIssue[],
  toField: (path: string) => string,
): Record<string, string> => Object.fromEntries(issues.map((i) => [toField(i.path), i.message]));

/** A failed save: field issues go on their fields (`toErrors` keys them by form field), plus one notification. */
export function showSaveError(
  err: unknown,
  setErrors: (errors: Record<string, string>) => void,
  toErrors: (issues: FieldIssue[]) => Record<string, string>,
): void {
  if (err instanceof ApiError && err.issues.length) setErrors(toErrors(err.issues));
  notifyError(err);
}
