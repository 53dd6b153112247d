import { ZodError } from 'zod';
import { contract } from '../../shared/api/contract';
import { channels, type Namespace } from '../../shared/api/channels';
import { AppError, fail, ok, type FieldIssue, type Result } from '../../shared/api/result';
import { validationText } from '../../shared/api/schemas/common';
import type { CoreContext } from './context';
import type { Handlers } from './handlers';
import { backupHandlers } from './backup/handlers';
import { filesHandlers } from './files/handlers';
import { catalogHandlers } from './catalog/handlers';
import { customersHandlers } from './customers/handlers';
import { demoHandlers } from './demo/handlers';
import { fxHandlers } from './fx/handlers';
import { importsHandlers } from './imports/handlers';
import { ordersHandlers } from './orders/handlers';
import { jobsHandlers } from './jobs/handlers';
import { kpisHandlers } from './orders/kpis-handlers';
import { dashboardHandlers } from './dashboard/handlers';
import { reportsHandlers } from './reports/handlers';
import { pricingHandlers } from './pricing/handlers';
import { recoveryHandlers } from './recovery/handlers';
import { settingsHandlers } from './settings/handlers';
import { staffHandlers } from './staff/handlers';
import { storefrontsHandlers } from './storefronts/handlers';
import { ticketsHandlers } from './tickets/handlers';
import { surveysHandlers } from './surveys/handlers';
import { promotionsHandlers } from './promotions/handlers';

export const handlers: Handlers = {
  settings: settingsHandlers,
  staff: staffHandlers,
  fx: fxHandlers,
  storefronts: storefrontsHandlers,
  backup: backupHandlers,
  recovery: recoveryHandlers,
  files: filesHandlers,
  jobs: jobsHandlers,
  demo: demoHandlers,
  catalog: catalogHandlers,
  pricing: pricingHandlers,
  imports: importsHandlers,
  orders: ordersHandlers,
  customers: customersHandlers,
  kpis: kpisHandlers,
  dashboard: dashboardHandlers,
  reports: reportsHandlers,
  tickets: ticketsHandlers,
  surveys: surveysHandlers,
  promotions: promotionsHandlers,
};

export type Dispatch = (namespace: string, method: string, input: unknown) => Promise<Result<unknown>>;

export function zodIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** English sentence for logs and the CLI: "name is required; feeRules.commissionRateBp must be …". */
export function describeIssues(issues: FieldIssue[]): string {
  return issues
    .map((i) => `${i.path || 'input'} ${validationText[i.message] ?? `is invalid (${i.message})`}`)
    .join('; ');
}

function isKnownCall(namespace: string, method: string): namespace is Namespace {
  return (
    Object.prototype.hasOwnProperty.call(channels, namespace) &&
    (channels[namespace as Namespace] as readonly string[]).includes(method)
  );
}

/** Maps anything thrown by a handler to a Result; unexpected errors are logged, never leaked as stack traces. */
export function toFailure(err: unknown, log: (err: unknown) => void = console.error): Result<never> {
  if (err instanceof AppError) return fail(err.toBody());
  if (err instanceof ZodError) {
    const issues = zodIssues(err);
    return fail({ code: 'INVALID_INPUT', message: describeIssues(issues), key: 'invalidInput', issues });
  }
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return fail({ code: 'CONFLICT', message: 'The change conflicts with existing data', key: 'conflict' });
  }
  // Another writer (a long import in the app or the CLI) kept the write lock past busy_timeout: nothing was
  // written, and trying again once it has finished works. A message, not "unexpected error".
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return fail({
      code: 'CONFLICT',
      message:
        'The database is busy with another write (an import in the app or the command line); nothing was changed. Try again when it has finished.',
      key: 'dbBusy',
    });
  }
  log(err);
  return fail({ code: 'INTERNAL', message: 'Unexpected error; see the log for details', key: 'internal' });
}

/**
 * The one entry point for IPC and the preview server: finds the call, validates the input with the
 * contract's zod schema and runs the feature handler.
 */
export function createDispatch(getContext: () => CoreContext, impl: Handlers = handlers): Dispatch {
  return async (namespace, method, input) => {
    if (!isKnownCall(namespace, method)) {
      return fail({
        code: 'NOT_FOUND',
        message: `Unknown call ${namespace}:${method}`,
        key: 'unknownCall',
        params: { call: `${namespace}:${method}` },
      });
    }
    const def = (contract[namespace] as Record<string, { input: { safeParse(v: unknown): unknown } }>)[
      method
    ]!;
    const parsed = def.input.safeParse(input) as
      { success: true; data: unknown } | { success: false; error: ZodError };
    if (!parsed.success) return toFailure(parsed.error);
    try {
      const fn = (impl[namespace] as Record<string, (i: unknown, c: CoreContext) => unknown>)[method]!;
      return ok(await fn(parsed.data, getContext()));
    } catch (err) {
      return toFailure(err);
    }
  };
}
