import type { FeatureHandlers } from '../handlers';
import type { CoreContext } from '../context';
import { nowIso } from '../../../shared/logic/ids';
import { notFound } from '../../../shared/api/result';
import { stmt } from '../pricing/raw-context';
import { checkImportFile } from '../catalog/import/files';
import { requireActiveTemplate } from './repo';
import { getImprovementAction, listImprovementActions, saveImprovementAction } from './improvements';
import { exportInvitations } from './invitation-export';
import { renderInvitation } from './invitation-text';
import { createOrderInvitations, getInvitation, listInvitations, markSent } from './invitations';
import { getResponse, listResponses, recordResponse } from './response-views';
import { surveyResults } from './results';
import {
  getTemplateView,
  listRules,
  listTemplates,
  saveRule,
  saveTemplate,
  setTemplateArchived,
} from './templates';
import { inspectSurveyFile } from './import/inspect-survey-file';
import { importSurveyResponses } from './import/run-survey-import';

/**
 * Raw-connection work while holding Kysely's single connection (tickets/handlers.ts does the same), so no
 * Kysely transaction interleaves with ours. Every write is one better-sqlite3 transaction inside its service.
 * Survey figures hold no money: every role reads them (the service role included).
 */
const exclusive = <T>(ctx: CoreContext, fn: () => T | Promise<T>): Promise<T> =>
  ctx.db.connection().execute(async () => fn());

/** A write; open survey pages (and ticket pages, for follow-ups and invitations) reload. */
const write = <T>(ctx: CoreContext, fn: (at: string) => T | Promise<T>, alsoTickets = false): Promise<T> =>
  exclusive(ctx, async () => {
    const result = await fn(nowIso());
    ctx.emit('data:changed', { namespace: 'surveys' });
    if (alsoTickets) ctx.emit('data:changed', { namespace: 'tickets' });
    return result;
  });

export const surveysHandlers: FeatureHandlers<'surveys'> = {
  templates: (input, ctx) => exclusive(ctx, () => listTemplates(ctx.sqlite, input?.includeArchived ?? false)),
  saveTemplate: (input, ctx) =>
    write(ctx, (at) => getTemplateView(ctx.sqlite, saveTemplate(ctx.sqlite, input, at))),
  archiveTemplate: (input, ctx) =>
    write(ctx, (at) => {
      setTemplateArchived(ctx.sqlite, input.id, true, at);
      return getTemplateView(ctx.sqlite, input.id);
    }),
  restoreTemplate: (input, ctx) =>
    write(ctx, (at) => {
      setTemplateArchived(ctx.sqlite, input.id, false, at);
      return getTemplateView(ctx.sqlite, input.id);
    }),
  rules: (_input, ctx) => exclusive(ctx, () => listRules(ctx.sqlite)),
  saveRule: (input, ctx) => write(ctx, (at) => saveRule(ctx.sqlite, input, at)),
  invitations: (input, ctx) => exclusive(ctx, () => listInvitations(ctx.sqlite, input, nowIso())),
  invitation: (input, ctx) => exclusive(ctx, () => getInvitation(ctx.sqlite, input.id)),
  createOrderInvitations: (input, ctx) => write(ctx, (at) => createOrderInvitations(ctx.sqlite, input, at)),
  renderInvitation: (input, ctx) =>
    exclusive(ctx, () => renderInvitation(ctx.sqlite, input.id, input.language)),
  markSent: (input, ctx) => write(ctx, (at) => markSent(ctx.sqlite, input.ids, at)),
  exportInvitations: (input, ctx) =>
    exclusive(ctx, () =>
      exportInvitations(ctx.sqlite, { ...input, path: ctx.files.check(input.path) }, nowIso()),
    ),
  recordResponse: (input, ctx) =>
    write(ctx, (at) => getResponse(ctx.sqlite, recordResponse(ctx.sqlite, input, at)), true),
  responses: (input, ctx) => exclusive(ctx, () => listResponses(ctx.sqlite, input)),
  getResponse: (input, ctx) => exclusive(ctx, () => getResponse(ctx.sqlite, input.id)),
  inspectImport: (input, ctx) =>
    exclusive(ctx, () =>
      inspectSurveyFile(ctx.sqlite, input.templateId, checkImportFile(ctx.files.check(input.path))),
    ),
  checkImport: (input, ctx) =>
    exclusive(ctx, () =>
      importSurveyResponses(
        ctx.sqlite,
        { ...input, path: checkImportFile(ctx.files.check(input.path)) },
        nowIso(),
        { dryRun: true },
      ),
    ),
  // The job reloads the pages when done (app.ts jobChanges); unknown ids are refused here, before it starts.
  importResponses: (input, ctx) =>
    exclusive(ctx, () => {
      requireActiveTemplate(ctx.sqlite, input.templateId);
      if (!stmt(ctx.sqlite, 'SELECT 1 FROM storefronts WHERE id = ?').get(input.storefrontId))
        throw notFound('storefront', input.storefrontId);
      const file = checkImportFile(ctx.files.check(input.path));
      return ctx.jobs.start('importSurveyResponses', {
        dbFile: ctx.dbFile,
        templateId: input.templateId,
        storefrontId: input.storefrontId,
        mapping: input.mapping,
        file,
      });
    }),
  results: (input, ctx) => exclusive(ctx, () => surveyResults(ctx.sqlite, input)),
  improvementActions: (_input, ctx) => exclusive(ctx, () => listImprovementActions(ctx.sqlite, nowIso())),
  saveImprovementAction: (input, ctx) =>
    write(ctx, (at) => getImprovementAction(ctx.sqlite, saveImprovementAction(ctx.sqlite, input, at), at)),
};
