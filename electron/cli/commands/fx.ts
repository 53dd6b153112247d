import { fxAddSchema } from '../../../shared/api/schemas/settings';
import type { FxRate } from '../../../shared/domain/fx';
import { describeIssues, zodIssues } from '../../core/router';
import { parseCommand, requireString } from '../args';
import { rejected, usageError } from '../errors';
import { call, withCore } from '../open-core';
import { createOutput } from '../output';

/** `fx add --currency USD --date YYYY-MM-DD --rate 7.12`: base-currency units for one unit of USD on that date. */
export async function fxCommand(sub: string | undefined, args: string[]): Promise<void> {
  if (sub !== 'add') throw usageError(sub ? `Unknown fx command: ${sub}` : 'fx needs a command: add');
  const cmd = parseCommand(args, {
    currency: { type: 'string' },
    date: { type: 'string' },
    rate: { type: 'string' },
  });
  const input = {
    currency: requireString(cmd, 'currency'),
    date: requireString(cmd, 'date'),
    rate: requireString(cmd, 'rate'),
  };
  const parsed = fxAddSchema.safeParse(input);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error).map((i) => ({ ...i, path: `--${i.path}` }));
    throw rejected(describeIssues(issues), {
      code: 'INVALID_INPUT',
      message: describeIssues(issues),
      issues,
    });
  }
  const out = createOutput(cmd.json);
  const rate = await withCore(cmd.dbFile, (core) => call<FxRate>(core, 'fx', 'add', parsed.data));
  out.result(
    rate,
    () => `FX rate saved: 1 ${rate.currency} = ${rate.rate} (base currency) from ${rate.date}`,
  );
}
