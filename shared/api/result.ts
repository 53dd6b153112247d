/** Every API answer is a Result: errors travel as data so both IPC and HTTP carry them unchanged. */
export const errorCodes = ['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'INTERNAL'] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One problem with one field of the input; `path` is dotted (`feeRules.commissionRateBp`). */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface ApiErrorBody {
  code: ErrorCode;
  /** English text for logs and the CLI; the renderer prefers `key` when it has a translation. */
  message: string;
  /** i18n key under `errors.` with `params`, so the UI can speak the user's language. */
  key?: string;
  params?: Record<string, string | number>;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ApiErrorBody): Result<never> => ({ ok: false, error });

/** Thrown by services; the router turns it into a failed Result. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly key: string | undefined;
  readonly params: Record<string, string | number> | undefined;
  readonly issues: FieldIssue[] | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    opts: { key?: string; params?: Record<string, string | number>; issues?: FieldIssue[] } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.key = opts.key;
    this.params = opts.params;
    this.issues = opts.issues;
  }

  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { code: this.code, message: this.message };
    if (this.key) body.key = this.key;
    if (this.params) body.params = this.params;
    if (this.issues) body.issues = this.issues;
    return body;
  }
}

export const notFound = (entity: string, id: string): AppError =>
  new AppError('NOT_FOUND', `${entity} ${id} was not found`, { key: 'notFound', params: { entity, id } });
