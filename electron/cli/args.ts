import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDbFile } from '../core/paths';
import { usageError } from './errors';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface ParsedCommand {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  /** Absolute path of the database (--db or the app's default). */
  dbFile: string;
  json: boolean;
}

const commonOptions: OptionSpec = { db: { type: 'string' }, json: { type: 'boolean' } };

/**
 * Strict parsing: an unknown option, a missing value or an unexpected argument is a usage error (exit 1)
 * rather than something silently ignored in a script.
 */
export function parseCommand(args: string[], options: OptionSpec, positionals = 0): ParsedCommand {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      options: { ...commonOptions, ...options },
      strict: true,
      allowPositionals: positionals > 0,
    });
  } catch (err) {
    throw usageError((err as Error).message);
  }
  if (parsed.positionals.length > positionals) {
    throw usageError(`Unexpected argument: ${parsed.positionals[positionals]}`);
  }
  const values = parsed.values as ParsedCommand['values'];
  const db = typeof values.db === 'string' ? values.db : defaultDbFile();
  if (!db.trim()) throw usageError('--db needs a file name');
  return { values, positionals: parsed.positionals, dbFile: path.resolve(db), json: values.json === true };
}

export function requireString(cmd: ParsedCommand, name: string): string {
  const value = cmd.values[name];
  if (typeof value !== 'string') throw usageError(`Missing required option --${name}`);
  return value;
}

export function optionalString(cmd: ParsedCommand, name: string): string | undefined {
  const value = cmd.values[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Splits `[global options] <command> [subcommand] [options]`: --db/--json may come before the command
 * (`channeldesk --db shop.db init`) as well as after it. `groups` are the commands that take a subcommand.
 */
export function splitCommand(
  argv: string[],
  groups: ReadonlySet<string>,
): { command: string | undefined; sub: string | undefined; rest: string[]; help: boolean } {
  const leading: string[] = [];
  let i = 0;
  while (i < argv.length && argv[i]!.startsWith('-')) {
    const arg = argv[i++]!;
    leading.push(arg);
    if (arg === '--db' && i < argv.length) leading.push(argv[i++]!);
  }
  const command = argv[i] !== undefined && !argv[i]!.startsWith('-') ? argv[i++] : undefined;
  const sub =
    command && groups.has(command) && argv[i] !== undefined && !argv[i]!.startsWith('-')
      ? argv[i++]
      : undefined;
  const all = [...leading, ...argv.slice(i)];
  const help = all.includes('--help') || all.includes('-h');
  return { command, sub, rest: all.filter((a) => a !== '--help' && a !== '-h'), help };
}
