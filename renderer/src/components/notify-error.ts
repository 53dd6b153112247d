import { notifications } from '@mantine/notifications';
import i18n from '../i18n';
import { ApiError } from '../api';

/** A field issue's message is a validation key (`required`, `currency`…); translate it when we can. */
export function translateIssue(message: string): string {
  const key = `validation.${message}`;
  return i18n.exists(key) ? i18n.t(key) : message;
}

/** The message of an ApiError in the user's language, falling back to the server's English text. */
export function errorText(err: unknown): { title: string; body: string } {
  if (err instanceof ApiError) {
    const title = i18n.t(`errors.title.${err.code}`);
    const key = err.key ? `errors.${err.key}` : '';
    const main = key && i18n.exists(key) ? i18n.t(key, err.params ?? {}) : err.message;
    const fields = err.issues.map((issue) => `${issue.path || '—'}: ${translateIssue(issue.message)}`);
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
