import type { ApiErrorBody } from '../../shared/api/result';

/** The CLI contract's exit codes (ARCHITECTURE.md): scripts branch on them, so they never change meaning. */
export const ExitCode = { ok: 0, usage: 1, rejected: 2, failure: 3 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Ends a command with an exit code and a message for stderr (and, with --json, an error object on stdout). */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
    readonly body?: ApiErrorBody,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string): CliError => new CliError(ExitCode.usage, message);

export const rejected = (message: string, body?: ApiErrorBody): CliError =>
  new CliError(ExitCode.rejected, message, body ?? { code: 'INVALID_INPUT', message });

export const failure = (message: string, body?: ApiErrorBody): CliError =>
  new CliError(ExitCode.failure, message, body ?? { code: 'INTERNAL', message });
