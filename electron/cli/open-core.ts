import fs from 'node:fs';
import { createCore, type Core } from '../core/app';
import { DatabaseTooNewError, DatabaseUnreadableError } from '../core/db/connection';
import { describeIssues } from '../core/router';
import { AppError, type ApiErrorBody } from '../../shared/api/result';
import { CliError, failure, rejected } from './errors';

/**
 * Opens (creating or migrating) the database like the app does. A database from a newer version or an
 * unreadable file is "other failure" (exit 3), whatever error code the core gives it.
 */
export async function openCore(dbFile: string, locale?: string): Promise<Core> {
  try {
    return await createCore({ dbFile, locale });
  } catch (err) {
    if (err instanceof DatabaseTooNewError || err instanceof DatabaseUnreadableError) {
      throw failure(err.message, err.toBody());
    }
    throw failure(`Cannot open ${dbFile}: ${(err as Error).message}`);
  }
}

/** Runs `fn` with an open core and always closes it (job workers and the connection must not keep the process alive). */
export async function withCore<T>(
  dbFile: string,
  fn: (core: Core) => Promise<T>,
  locale?: string,
): Promise<T> {
  const core = await openCore(dbFile, locale);
  try {
    return await fn(core);
  } finally {
    await core.close();
  }
}

export function requireExistingDb(dbFile: string): void {
  if (!fs.existsSync(dbFile) || fs.statSync(dbFile).size === 0) {
    throw failure(`No ChannelDesk database at ${dbFile}. Create one with: channeldesk init --db "${dbFile}"`);
  }
}

/** English text of a failed Result: the field-by-field sentence when zod or a service named the fields. */
export function describeError(error: ApiErrorBody): string {
  if (error.code === 'INVALID_INPUT' && error.issues?.length && error.key === 'invalidInput') {
    return describeIssues(error.issues);
  }
  return error.message;
}

/**
 * Calls the API exactly as the app does and unwraps the Result. Input the core refuses (invalid, unknown,
 * conflicting) is exit 2 — the core guarantees nothing was written; anything else is exit 3.
 */
export async function call<T>(core: Core, namespace: string, method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(namespace, method, input);
  if (result.ok) return result.value as T;
  const message = describeError(result.error);
  if (['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT'].includes(result.error.code))
    throw rejected(message, result.error);
  throw failure(message, result.error);
}

/** Maps anything a command throws to a CliError; AppErrors from services keep their exit-code meaning. */
export function toCliError(err: unknown): CliError {
  if (err instanceof CliError) return err;
  if (err instanceof DatabaseTooNewError || err instanceof DatabaseUnreadableError)
    return failure(err.message, err.toBody());
  if (err instanceof AppError) {
    return err.code === 'INTERNAL' || err.code === 'FORBIDDEN'
      ? failure(err.message, err.toBody())
      : rejected(err.message, err.toBody());
  }
  return failure(`Unexpected error: ${(err as Error)?.message ?? String(err)}`);
}
