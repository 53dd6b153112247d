import path from 'node:path';
import type { CatalogFileResult } from '../../../shared/domain/catalog';
import type { ImportMessage, ImportSummary } from '../../../shared/domain/catalog';
import { optionalString, parseCommand, requireString, type ParsedCommand } from '../args';
import { CliError, ExitCode, failure, usageError } from '../errors';
import { call, requireExistingDb, withCore } from '../open-core';
import { createOutput } from '../output';
import { importSalesCommand } from './import-orders';

/** `import products FILE`: the app's importProducts job; a rejected file is exit 2 with every row-level error. */
/** The CLI contract's rows are {row, column, message}: the translation key stays inside the app. */
const plain = ({ row, column, message }: ImportMessage) => ({ row, column, message });
const forCli = (s: ImportSummary) => ({ ...s, errors: s.errors.map(plain), warnings: s.warnings.map(plain) });

export async function importCommand(sub: string | undefined, args: string[]): Promise<number> {
  if (sub === 'orders' || sub === 'fees') return importSalesCommand(sub, args);
  if (sub !== 'products') {
    throw usageError(
      sub ? `Unknown import command: ${sub}` : 'import needs what to import: orders, fees or products',
    );
  }
  const cmd = parseCommand(args, {}, 1);
  const out = createOutput(cmd.json);
  const file = cmd.positionals[0];
  if (!file) throw usageError('import products needs the FILE to import');
  requireExistingDb(cmd.dbFile);
  const showProgress = !cmd.json && process.stderr.isTTY === true;
  const summary = await withCore(cmd.dbFile, async (core) => {
    const stop = core.ctx.jobs.onUpdate((job) => {
      if (showProgress && job.state === 'running' && job.total > 0) {
        process.stderr.write(`\rImporting… ${job.done} / ${job.total} rows`);
      }
    });
    try {
      const started = core.ctx.jobs.start('importProducts', { dbFile: cmd.dbFile, file: path.resolve(file) });
      const ended = await core.ctx.jobs.wait(started.id);
      if (showProgress) process.stderr.write('\r\x1b[K');
      if (ended.state !== 'done' || !ended.message) {
        throw failure(`Import ${ended.state}: ${ended.message ?? 'no details'}; nothing was written`);
      }
      return forCli(JSON.parse(ended.message) as ImportSummary);
    } finally {
      stop();
    }
  });
  if (summary.errors.length) {
    if (cmd.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else {
      for (const e of summary.errors) {
        out.note(`row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}`);
      }
    }
    throw new CliError(
      ExitCode.rejected,
      `${summary.errors.length} problem(s) in ${file}; nothing was written`,
    );
  }
  for (const w of summary.warnings) out.note(`warning: row ${w.row} ${w.column}: ${w.message}`);
  out.result(
    summary,
    () =>
      `Imported ${file}: ${summary.inserted} new, ${summary.updated} updated, ${summary.unchanged} unchanged`,
  );
  return ExitCode.ok;
}

const fileOptions = { out: { type: 'string' }, lang: { type: 'string' } } as const;

function fileRequest(cmd: ParsedCommand): { path: string; lang: string } {
  const lang = optionalString(cmd, 'lang') ?? 'zh-CN';
  if (lang !== 'zh-CN' && lang !== 'en') throw usageError(`--lang must be zh-CN or en, got "${lang}"`);
  return { path: path.resolve(requireString(cmd, 'out')), lang };
}

async function writeFile(
  kind: 'export' | 'template',
  sub: string | undefined,
  args: string[],
): Promise<void> {
  if (sub !== 'products') {
    throw usageError(sub ? `Unknown ${kind} command: ${sub}` : `${kind} needs what to write: products`);
  }
  const cmd = parseCommand(args, fileOptions);
  const out = createOutput(cmd.json);
  const input = fileRequest(cmd);
  requireExistingDb(cmd.dbFile);
  const method = kind === 'export' ? 'exportProducts' : 'productTemplate';
  const result = await withCore(cmd.dbFile, (core) =>
    call<CatalogFileResult>(core, 'catalog', method, input),
  );
  out.result(result, () =>
    kind === 'export'
      ? `Exported ${result.rows} SKUs to ${result.path}`
      : `Template written to ${result.path}`,
  );
}

export const exportCommand = (sub: string | undefined, args: string[]): Promise<void> =>
  writeFile('export', sub, args);
export const templateCommand = (sub: string | undefined, args: string[]): Promise<void> =>
  writeFile('template', sub, args);
