import { notifications } from '@mantine/notifications';
import i18n from '../i18n';
import { ApiError } from '../api';

/** A field issue's message is a validation key (`required`, `currency`…); translate it when we can. */
export function translateIssue(message: string): string {
  const key = `validation.${message}`;
  return i18n.exists(key) ? i18n.t(key) : message;
}

/** A translation only when it is a plain string (never one of the nested groups such as errors.title). */
function text(key: string, params?: Record<string, string | number>): string | undefined {
  if (!i18n.exists(key)) return undefined;
  const value: unknown = i18n.t(key, { ...params, returnObjects: true });
  return typeof value === 'string' ? value : undefined;
}

/** An issue's path (`feeRules.commissionRateBp`) as the field's name, or the path itself when unnamed. */
const fieldName = (path: string): string => (path ? (text(`fields.${path}`) ?? path) : '—');

/** The message of an ApiError in the user's language, falling back to the server's English text. */
export function errorText(err: unknown): { title: string; body: string } {
  if (err instanceof ApiError) {
    const title = i18n.t(`errors.title.${err.code}`);
    const params = { ...err.params };
    // notFound names an entity by its code word ('storefront'); say it in the user's language.
    if (typeof params.entity === 'string')
      params.entity = text(`errors.entities.${params.entity}`) ?? params.entity;
    const main = (err.key && text(`errors.${err.key}`, params)) || err.message;
    const fields = err.issues.map((issue) => `${fieldName(issue.path)}: ${translateIssue(issue.message)}`);
    return { title, body: [main, ...fields].join('\n') };
  }
  return { title: i18n.t('errors.title.INTERNAL'), body: err instanceof Error ? err.message : String(err) };
}

export function notifyError(err: unknown): void {
  const { title, body } = errorText(err);
  notifications.show({
    color: 'red',
    title,
    message: body,
    autoClose: 8000,
    style: { whiteSpace: 'pre-line' },
  });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 3000 });
}
