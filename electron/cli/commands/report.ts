import path from 'node:path';
import type { Language } from '../../../shared/domain/settings';
import { isMonth } from '../../../shared/logic/months';
import { checkOutputPath } from '../../core/catalog/import/files';
import { readShop } from '../../core/pricing/raw-context';
import { requireCostsVisible } from '../../core/staff/cost-visibility';
import { optionalString, parseCommand, requireString } from '../args';
import { usageError } from '../errors';
import { requireExistingDb, withCore } from '../open-core';
import { createOutput } from '../output';

/**
 * `report monthly --month YYYY-MM --out FILE.xlsx [--lang zh-CN|en]`: the monthly Excel report, for schedulers
 * (cron, Task Scheduler). Runs in this process (no worker: nothing else waits on it) with the same writer as
 * the app's job; a month without orders still gets its report, with zeros. `--json` prints
 * {"file","month","sheets","orderLines"}.
 */
export async function reportCommand(sub: string | undefined, args: string[]): Promise<void> {
  if (sub !== 'monthly') {
    throw usageError(sub ? `Unknown report: ${sub}` : 'report needs which report to write: monthly');
  }
  const cmd = parseCommand(args, {
    month: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string' },
  });
  const month = requireString(cmd, 'month');
  if (!isMonth(month)) throw usageError(`--month must be a month YYYY-MM such as 2024-03, got "${month}"`);
  const lang = optionalString(cmd, 'lang');
  if (lang !== undefined && lang !== 'zh-CN' && lang !== 'en') {
    throw usageError(`--lang must be zh-CN or en, got "${lang}"`);
  }
  const out = path.resolve(requireString(cmd, 'out'));
  if (path.extname(out).toLowerCase() !== '.xlsx')
    throw usageError(`--out must be an .xlsx file, got "${out}"`);
  const output = createOutput(cmd.json);
  requireExistingDb(cmd.dbFile);

  // Loaded only now: ECharts and the report writer are large, and every other command (and a usage error) should
  // start without them.
  const { writeMonthlyReport } = await import('../../core/reports/monthly/write-monthly-report');
  const result = await withCore(cmd.dbFile, async (core) => {
    // The shop's acting staff member counts here too: the service role gets no profit report (PRODUCT.md §10).
    requireCostsVisible(core.ctx.sqlite, 'costRoleReport');
    const file = checkOutputPath(out);
    // Without --lang the report speaks the shop's language (Settings).
    const language = (lang ??
      (readShop(core.ctx.sqlite).raw.get('language') === 'en' ? 'en' : 'zh-CN')) as Language;
    const tty = !cmd.json && process.stderr.isTTY;
    const written = await writeMonthlyReport(core.ctx.sqlite, month, language, file, {
      progress: (done, total) => {
        if (tty && total > 0) process.stderr.write(`\rWriting… ${Math.floor((done / total) * 100)} %`);
      },
    });
    if (tty) process.stderr.write('\r\x1b[K');
    return written;
  });
  output.result(
    result,
    () =>
      `Monthly report ${result.month} written to ${result.file}: ${result.sheets.join(', ')} ` +
      `(${result.orderLines} order lines)`,
  );
}
