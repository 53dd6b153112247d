import { z } from 'zod';
import type { CallDef } from './contract';
import type { JobInfo } from '../domain/jobs';
import type {
  ImprovementActionView,
  InvitationBatchResult,
  InvitationExportResult,
  MarkSentResult,
  RenderedInvitation,
  SurveyImportInspection,
  SurveyImportSummary,
  SurveyInvitationPage,
  SurveyInvitationRow,
  SurveyResponsePage,
  SurveyResponseView,
  SurveyResults,
  SurveyRule,
  SurveyTemplateView,
} from '../domain/survey-views';
import {
  improvementSaveSchema,
  invitationExportSchema,
  invitationListSchema,
  invitationRenderSchema,
  markSentSchema,
  orderInvitationsSchema,
  responseListSchema,
  responseRecordSchema,
  surveyIdSchema,
  surveyImportInspectSchema,
  surveyImportSchema,
  surveyResultsSchema,
  surveyRuleSaveSchema,
  surveyTemplateListSchema,
  surveyTemplateSaveSchema,
} from './schemas/surveys';

/**
 * The surveys slice of the contract (PRODUCT.md §8), beside contract.ts like tickets-contract.ts. Its own
 * `call` helper: importing contract.ts's at run time would be a cycle.
 */
const call = <I extends z.ZodType>(input: I) => ({
  returns: <O>(): CallDef<I, O> => ({ input, output: undefined as O }),
});
const none = z.union([z.undefined(), z.object({}).strict()]);

export const surveysContract = {
  /** Active templates (and archived ones when asked), newest first. */
  templates: call(surveyTemplateListSchema).returns<SurveyTemplateView[]>(),
  /** Creates, or replaces the questions of, a template; an answered question cannot go (CONFLICT). */
  saveTemplate: call(surveyTemplateSaveSchema).returns<SurveyTemplateView>(),
  archiveTemplate: call(surveyIdSchema).returns<SurveyTemplateView>(),
  restoreTemplate: call(surveyIdSchema).returns<SurveyTemplateView>(),
  /** Every active storefront × trigger, saved or not (templateId null). */
  rules: call(none).returns<SurveyRule[]>(),
  saveRule: call(surveyRuleSaveSchema).returns<SurveyRule>(),
  /** Invitations by status (to_send: due and not sent) and created from … to (shop-zone days), newest first. */
  invitations: call(invitationListSchema).returns<SurveyInvitationPage>(),
  /** One invitation (the phone form opened from a link or after a reload). */
  invitation: call(surveyIdSchema).returns<SurveyInvitationRow>(),
  /** One invitation per completed order placed in the period, for storefronts whose order rule is on. */
  createOrderInvitations: call(orderInvitationsSchema).returns<InvitationBatchResult>(),
  /** The text to paste into the platform chat, in the invitation's (or the given) language. */
  renderInvitation: call(invitationRenderSchema).returns<RenderedInvitation>(),
  /** Marks invitations sent now (one or many); already sent ones keep their time. */
  markSent: call(markSentSchema).returns<MarkSentResult>(),
  /** The invitation sheet (to print or hand to a phone interviewer): xlsx or csv, ids as text. */
  exportInvitations: call(invitationExportSchema).returns<InvitationExportResult>(),
  /** A phone or chat response; a low score opens one complaint ticket in the same transaction. */
  recordResponse: call(responseRecordSchema).returns<SurveyResponseView>(),
  responses: call(responseListSchema).returns<SurveyResponsePage>(),
  getResponse: call(surveyIdSchema).returns<SurveyResponseView>(),
  /** Header row, sample rows and suggested mapping of a form tool's export. */
  inspectImport: call(surveyImportInspectSchema).returns<SurveyImportInspection>(),
  /** Checks a file as importResponses would (counts and warnings included) and writes nothing. */
  checkImport: call(surveyImportSchema).returns<SurveyImportSummary>(),
  /**
   * Starts the importSurveyResponses job (progress, cancel); its message is the SurveyImportSummary JSON.
   * All or nothing: any row problem, or a cancel, and nothing is written.
   */
  importResponses: call(surveyImportSchema).returns<JobInfo>(),
  /** CSAT, NPS, dimensions and response rate of a period and the one before it, by storefront/agent/ticket type. */
  results: call(surveyResultsSchema).returns<SurveyResults>(),
  improvementActions: call(none).returns<ImprovementActionView[]>(),
  saveImprovementAction: call(improvementSaveSchema).returns<ImprovementActionView>(),
};
