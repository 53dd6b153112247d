import path from 'node:path';
import type { OrderImportMessage, OrderImportSummary } from '../../../shared/domain/orders';
import { orderFormats } from '../../../shared/domain/orders';
import type { JobKind } from '../../../shared/domain/jobs';
import type { JobParams } from '../../core/jobs/protocol';
import { optionalString, parseCommand, requireString, type OptionSpec } from '../args';
import { CliError, ExitCode, failure, rejected, usageError } from '../errors';
import { requireExistingDb, withCore } from '../open-core';
import { createOutput } from '../output';
import type { Core } from '../../core/app';

const formatChoices = ['auto', ...orderFormats] as const;

/**
 * The contract's JSON (ARCHITECTURE.md): `{inserted, updated, unchanged, lines, unmatched_skus, warnings, errors}`
 * with rows `{row, column, message}`. With several files the message starts with the file's name.
 */
function forCli(s: OrderImportSummary, several: boolean) {
  const plain = ({ file, row, column, message }: OrderImportMessage) => ({
    row,
    column,
    message: several && file ? `${file}: ${message}` : message,
  });
  return {
    inserted: s.inserted,
    updated: s.updated,
    unchanged: s.unchanged,
    lines: s.lines,
    unmatched_skus: s.unmatchedSkus,
    warnings: s.warnings.map(plain),
    errors: s.errors.map(plain),
  };
}

async function storefrontIdByName(core: Core, name: string): Promise<string> {
  const row = await core.ctx.db
    .selectFrom('storefronts')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.trim().toLowerCase()))
    .executeTakeFirst();
  if (!row) throw rejected(`No storefront named "${name}" (see: channeldesk storefront list)`);
  return row.id;
}

/** Runs an import job to its end, showing progress on a terminal; the job's message is the summary JSON. */
async function runJob<K extends 'importOrders' | 'importFees'>(
  core: Core,
  kind: K & JobKind,
  params: JobParams[K],
  showProgress: boolean,
): Promise<OrderImportSummary> {
  const stop = core.ctx.jobs.onUpdate((job) => {
    if (showProgress && job.state === 'running' && job.total > 0) {
      process.stderr.write(`\rImporting… ${Math.floor((job.done / job.total) * 100)} %`);
    }
  });
  try {
    const started = core.ctx.jobs.start(kind, params as never);
    const ended = await core.ctx.jobs.wait(started.id);
    if (showProgress) process.stderr.write('\r\x1b[K');
    if (ended.state !== 'done' || !ended.message) {
      throw failure(`Import ${ended.state}: ${ended.message ?? 'no details'}; nothing was written`);
    }
    return JSON.parse(ended.message) as OrderImportSummary;
  } finally {
    stop();
  }
}

/** `import orders --storefront NAME [--format F] FILE...` and `import fees --storefront NAME FILE...`. */
export async function importSalesCommand(kind: 'orders' | 'fees', args: string[]): Promise<number> {
  const options: OptionSpec =
    kind === 'orders'
      ? { storefront: { type: 'string' }, format: { type: 'string' } }
      : { storefront: { type: 'string' } };
  const cmd = parseCommand(args, options, 10);
  const out = createOutput(cmd.json);
  const storefront = requireString(cmd, 'storefront');
  const format = (optionalString(cmd, 'format') ?? 'auto').trim().toLowerCase();
  if (!(formatChoices as readonly string[]).includes(format)) {
    throw usageError(`--format must be one of ${formatChoices.join(', ')}; got "${format}"`);
  }
  const files = cmd.positionals.map((f) => path.resolve(f));
  if (!files.length) throw usageError(`import ${kind} needs the FILE(s) to import`);
  requireExistingDb(cmd.dbFile);
  const showProgress = !cmd.json && process.stderr.isTTY === true;
  const summary = await withCore(cmd.dbFile, async (core) => {
    const storefrontId = await storefrontIdByName(core, storefront);
    return kind === 'orders'
      ? runJob(
          core,
          'importOrders',
          { dbFile: cmd.dbFile, storefrontId, files, format: format as never },
          showProgress,
        )
      : runJob(core, 'importFees', { dbFile: cmd.dbFile, storefrontId, files }, showProgress);
  });
  const result = forCli(summary, files.length > 1);
  const where = (m: { row: number; column: string }) =>
    `${m.row ? `row ${m.row}` : 'file'}${m.column ? `, ${m.column}` : ''}`;
  if (result.errors.length) {
    if (cmd.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else for (const e of result.errors) out.note(`${where(e)}: ${e.message}`);
    throw new CliError(ExitCode.rejected, `${result.errors.length} problem(s); nothing was written`);
  }
  for (const w of result.warnings) out.note(`warning: ${where(w)}: ${w.message}`);
  out.result(result, () => {
    const unmatched = result.unmatched_skus.length
      ? `; ${result.unmatched_skus.length} storefront code(s) match no SKU yet: ${result.unmatched_skus.slice(0, 10).join(', ')}`
      : '';
    return kind === 'orders'
      ? `Imported ${files.length} file(s): ${result.inserted} new, ${result.updated} updated, ${result.unchanged} unchanged orders, ${result.lines} lines${unmatched}`
      : `Imported fees: ${result.inserted} new, ${result.updated} updated, ${result.unchanged} unchanged`;
  });
  return ExitCode.ok;
}
