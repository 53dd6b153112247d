import { splitCommand } from './args';
import { backupCommand, restoreCommand } from './commands/backup';
import { exportCommand, importCommand, templateCommand } from './commands/catalog-files';
import { checkCommand } from './commands/check';
import { demoCommand } from './commands/demo';
import { fxCommand } from './commands/fx';
import { initCommand } from './commands/init';
import { kpisCommand } from './commands/kpis';
import { reportCommand } from './commands/report';
import { storefrontCommand } from './commands/storefront';
import { ExitCode, usageError } from './errors';
import { toCliError } from './open-core';
import { usage } from './usage';

type Run = (sub: string | undefined, args: string[]) => Promise<number | void> | number | void;

/** Commands that take no subcommand must not receive one (`init foo` is a usage error, not ignored). */
const single =
  (run: (args: string[]) => Promise<number | void> | number | void): Run =>
  (sub, args) =>
    run(sub === undefined ? args : [sub, ...args]);

const commands: Record<string, Run> = {
  init: single(initCommand),
  storefront: storefrontCommand,
  fx: fxCommand,
  demo: single(demoCommand),
  check: single(checkCommand),
  backup: single(backupCommand),
  restore: single(restoreCommand),
  import: importCommand,
  export: exportCommand,
  template: templateCommand,
  kpis: single(kpisCommand),
  report: reportCommand,
};

const groups = new Set(['storefront', 'fx', 'import', 'export', 'template', 'report']);

/** Runs one command line and returns the contract's exit code; never throws. */
export async function runCli(argv: string[]): Promise<number> {
  const { command, sub, rest, help } = splitCommand(argv, groups);
  const json = rest.includes('--json');
  if (help) {
    process.stdout.write(usage);
    return ExitCode.ok;
  }
  try {
    if (!command) throw usageError('Missing command');
    const run = Object.prototype.hasOwnProperty.call(commands, command) ? commands[command] : undefined;
    if (!run) throw usageError(`Unknown command: ${command}`);
    return (await run(sub, rest)) ?? ExitCode.ok;
  } catch (err) {
    const error = toCliError(err);
    process.stderr.write(`channeldesk: ${error.message}\n`);
    if (error.exitCode === ExitCode.usage) process.stderr.write(`\n${usage}`);
    else if (json && error.body)
      process.stdout.write(`${JSON.stringify({ ok: false, error: error.body })}\n`);
    return error.exitCode;
  }
}
