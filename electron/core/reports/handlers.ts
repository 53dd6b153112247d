import type { FeatureHandlers } from '../handlers';
import type { CoreContext } from '../context';
import type { JobInfo } from '../../../shared/domain/jobs';
import { checkOutputPath } from '../catalog/import/files';
import { dueScheduledReport, readSchedule, saveSchedule } from './schedule';
import { costsHiddenFor, requireCostsVisible } from '../staff/cost-visibility';

/** The monthly report runs as a job (worker, progress, cancel); the schedule is a setting read and written here. */
export const reportsHandlers: FeatureHandlers<'reports'> = {
  monthly: (input, ctx) => {
    requireCostsVisible(ctx.sqlite, 'costRoleReport');
    return ctx.jobs.start('monthlyReport', {
      dbFile: ctx.dbFile,
      month: input.month,
      lang: input.lang,
      outFile: checkOutputPath(ctx.files.check(input.path)),
    });
  },
  schedule: (_input, ctx) => readSchedule(ctx.sqlite),
  // The schedule writes the report (profit, costs) on its own: the owner's and operators' setting.
  saveSchedule: (input, ctx) => {
    requireCostsVisible(ctx.sqlite, 'costRoleReport');
    return saveSchedule(ctx.sqlite, { ...input, folder: input.folder && ctx.files.check(input.folder) });
  },
};

/**
 * At the start of the app or the preview: when the scheduled export is on and last month's report is not written
 * yet, start its job. Returns the job, or null when nothing is due.
 */
export function startDueReport(ctx: CoreContext, now = new Date()): JobInfo | null {
  // Started by a service agent's session, the report would hand that person the figures the role never sees
  // (PRODUCT.md §10): it waits for the next start by the owner or an operator, still due then.
  if (costsHiddenFor(ctx.sqlite)) return null;
  const due = dueScheduledReport(ctx.sqlite, now);
  if (!due) return null;
  return ctx.jobs.start('monthlyReport', {
    dbFile: ctx.dbFile,
    month: due.month,
    lang: due.lang,
    outFile: due.file,
    scheduled: true,
  });
}

/**
 * The hosts' (app, preview) call once the shop is open: the scheduled report must never keep them from
 * starting, so a problem is only logged. No core (the recovery screen) → nothing to do.
 */
export function startScheduledReport(
  core: { ctx: CoreContext } | null,
  log: (message: string) => void = (m) => console.error(m),
): JobInfo | null {
  if (!core) return null;
  try {
    return startDueReport(core.ctx);
  } catch (err) {
    log(`Scheduled monthly report not started: ${(err as Error)?.message ?? String(err)}`);
    return null;
  }
}
