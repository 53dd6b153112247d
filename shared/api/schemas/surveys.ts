import { z } from 'zod';
import {
  surveyDimensions,
  surveyQuestionKinds,
  surveyTriggers,
  type SurveyQuestion,
} from '../../domain/surveys';
import { invitationStatuses, improvementStatuses } from '../../domain/survey-views';
import { rootCauses } from '../../domain/tickets';
import { languages } from '../../domain/settings';
import { periodDays } from '../../logic/metrics';
import { MAX_DASHBOARD_DAYS } from './dashboard';
import {
  dateSchema,
  dateTimeSchema,
  idSchema,
  optionalTextSchema,
  pageSchema,
  pageSizeSchema,
} from './common';

const text = (max: number) =>
  z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' });
const localized = (max: number) => z.object({ 'zh-CN': text(max), en: text(max) }, { error: 'required' });
const absolutePath = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(1000, { error: 'tooLong' })
  .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), { error: 'absolutePath' });

/** Question and option ids are short codes the template author chooses (or the screen makes up): q1, speed. */
const codeSchema = z
  .string({ error: 'surveyQuestionId' })
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,40}$/, { error: 'surveyQuestionId' });

const optionSchema = z.object({ id: codeSchema, label: localized(200) });

const questionSchema = z
  .object({
    id: codeSchema,
    kind: z.enum(surveyQuestionKinds, { error: 'surveyQuestionKind' }),
    text: localized(500),
    required: z.boolean({ error: 'boolean' }).default(false),
    dimension: z.enum(surveyDimensions, { error: 'surveyDimension' }).optional(),
    options: z
      .array(optionSchema, { error: 'surveyOptionsNeeded' })
      .max(20, { error: 'surveyOptionsNeeded' })
      .optional(),
  })
  .superRefine((q, ctx) => {
    if (q.kind === 'dimension' && !q.dimension)
      ctx.addIssue({ code: 'custom', path: ['dimension'], message: 'surveyDimension' });
    if (q.kind === 'single_choice' || q.kind === 'multiple_choice') {
      const options = q.options ?? [];
      if (options.length < 2)
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'surveyOptionsNeeded' });
      const seen = new Set<string>();
      options.forEach((o, i) => {
        if (seen.has(o.id))
          ctx.addIssue({ code: 'custom', path: ['options', i, 'id'], message: 'surveyOptionRepeated' });
        seen.add(o.id);
      });
    }
  })
  // Stored in the domain's shape: only the fields its kind has.
  .transform((q): SurveyQuestion => {
    const base = { id: q.id, text: q.text, required: q.required };
    if (q.kind === 'dimension') return { ...base, kind: q.kind, dimension: q.dimension! };
    if (q.kind === 'single_choice' || q.kind === 'multiple_choice')
      return { ...base, kind: q.kind, options: q.options ?? [] };
    return { ...base, kind: q.kind };
  });

/** A new template (no id) or a new version of one; problems name the question (`questions.2.options`). */
export const surveyTemplateSaveSchema = z
  .object({
    id: idSchema.optional(),
    name: localized(120),
    intro: localized(1000),
    questions: z
      .array(questionSchema, { error: 'surveyQuestionsNeeded' })
      .min(1, { error: 'surveyQuestionsNeeded' })
      .max(50, { error: 'surveyQuestionsNeeded' }),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    let csat = 0;
    let nps = 0;
    t.questions.forEach((q, i) => {
      if (seen.has(q.id))
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: 'surveyQuestionRepeated' });
      seen.add(q.id);
      if (q.kind === 'csat' && ++csat === 2)
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'kind'], message: 'surveyOneCsat' });
      if (q.kind === 'nps' && ++nps === 2)
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'kind'], message: 'surveyOneNps' });
    });
  });
export type SurveyTemplateSave = z.output<typeof surveyTemplateSaveSchema>;

export const surveyIdSchema = z.object({ id: idSchema });
export const surveyTemplateListSchema = z
  .object({ includeArchived: z.boolean({ error: 'boolean' }).optional() })
  .optional();

const triggerSchema = z.enum(surveyTriggers, { error: 'surveyTrigger' });

export const surveyRuleSaveSchema = z.object({
  storefrontId: idSchema,
  trigger: triggerSchema,
  templateId: idSchema,
  enabled: z.boolean({ error: 'boolean' }),
  delayHours: z.int({ error: 'surveyDelayHours' }).min(0, { error: 'surveyDelayHours' }).max(720, {
    error: 'surveyDelayHours',
  }),
});
export type SurveyRuleSave = z.output<typeof surveyRuleSaveSchema>;

const periodFields = { from: dateSchema, to: dateSchema };
const periodOrder = (v: { from: string; to: string }) => v.from <= v.to;
/** An optional period (shop-zone days on created_at): either end may be open. */
const openPeriodFields = { from: dateSchema.optional(), to: dateSchema.optional() };
const openPeriodOrder = (v: { from?: string; to?: string }) => !v.from || !v.to || v.from <= v.to;

export const invitationListSchema = z
  .object({
    status: z.enum(invitationStatuses, { error: 'invitationStatus' }).default('to_send'),
    storefrontId: idSchema.optional(),
    trigger: triggerSchema.optional(),
    ...openPeriodFields,
    page: pageSchema.default(1),
    pageSize: pageSizeSchema.default(50),
  })
  .refine(openPeriodOrder, { path: ['to'], error: 'periodOrder' });
export type InvitationListQuery = z.output<typeof invitationListSchema>;
/** The dashboard's cap (ten years and a bit): trends and before/after windows stay a bounded size. */
const periodBounded = (v: { from: string; to: string }) =>
  v.from > v.to || periodDays(v) <= MAX_DASHBOARD_DAYS;

/** Orders completed (status completed) placed from … to, of storefronts whose order rule is on. */
export const orderInvitationsSchema = z
  .object({ ...periodFields, storefrontId: idSchema.optional() })
  .refine(periodOrder, { path: ['to'], error: 'periodOrder' })
  .refine(periodBounded, { path: ['to'], error: 'periodTooLong' });

export const invitationRenderSchema = z.object({
  id: idSchema,
  /** Default: the invitation's language (from its storefront's platform). */
  language: z.enum(languages, { error: 'language' }).optional(),
});

const ids = z
  .array(idSchema, { error: 'required' })
  .min(1, { error: 'required' })
  .max(500, { error: 'tooLong' })
  .refine((v) => new Set(v).size === v.length, { error: 'idRepeated' });

export const markSentSchema = z.object({ ids });

export const invitationExportSchema = z
  .object({
    path: absolutePath,
    lang: z.enum(languages, { error: 'language' }),
    format: z.enum(['xlsx', 'csv'], { error: 'fileType' }).optional(),
    status: z.enum(invitationStatuses, { error: 'invitationStatus' }).default('to_send'),
    storefrontId: idSchema.optional(),
    trigger: triggerSchema.optional(),
    ...openPeriodFields,
  })
  .refine(openPeriodOrder, { path: ['to'], error: 'periodOrder' });
export type InvitationExportInput = z.output<typeof invitationExportSchema>;

/** Answers as shared/domain/surveys.ts SurveyAnswer; the template judges them (shared/logic/survey-answers.ts). */
const answerSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      questionId: codeSchema,
      kind: z.enum(['csat', 'nps', 'dimension']),
      score: z.int({ error: 'scoreRange' }).min(0, { error: 'scoreRange' }).max(10, { error: 'scoreRange' }),
    }),
    z.object({ questionId: codeSchema, kind: z.literal('single_choice'), optionId: codeSchema }),
    z.object({
      questionId: codeSchema,
      kind: z.literal('multiple_choice'),
      optionIds: z.array(codeSchema, { error: 'unknownOption' }).max(20, { error: 'tooLong' }),
    }),
    z.object({
      questionId: codeSchema,
      kind: z.literal('free_text'),
      text: z.string({ error: 'required' }).trim().max(4000, { error: 'tooLong' }),
    }),
  ],
  { error: 'surveyQuestionKind' },
);

/**
 * A response taken by phone or read from the chat. With an invitation, its template, links and agent are the
 * invitation's; otherwise it links to what is given (an order brings its storefront and customer, a ticket
 * its order, customer and assignee).
 */
export const responseRecordSchema = z.object({
  templateId: idSchema,
  invitationId: idSchema.optional(),
  ticketId: idSchema.optional(),
  orderId: idSchema.optional(),
  customerId: idSchema.optional(),
  storefrontId: idSchema.optional(),
  channel: z.enum(['chat', 'phone'], { error: 'surveyChannel' }).default('phone'),
  answeredAt: dateTimeSchema.optional(),
  answers: z.array(answerSchema, { error: 'required' }).max(50, { error: 'tooLong' }),
});
export type ResponseRecordInput = z.output<typeof responseRecordSchema>;

export const responseListSchema = z
  .object({
    ...periodFields,
    storefrontId: idSchema.optional(),
    templateId: idSchema.optional(),
    agentId: idSchema.optional(),
    lowOnly: z.boolean({ error: 'boolean' }).optional(),
    page: pageSchema.default(1),
    pageSize: pageSizeSchema.default(50),
  })
  // Any span: a page of an index range, however long (results, which draw a trend, are capped).
  .refine(periodOrder, { path: ['to'], error: 'periodOrder' });
export type ResponseListQuery = z.output<typeof responseListSchema>;

export const surveyImportInspectSchema = z.object({ templateId: idSchema, path: absolutePath });

const headerCell = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(500, { error: 'tooLong' });

/** File columns → questions, plus the columns that link a row: response id, order id, ticket number, phone, time. */
export const surveyImportMappingSchema = z.object({
  questions: z.record(codeSchema, headerCell, { error: 'required' }),
  responseId: headerCell.optional(),
  orderId: headerCell.optional(),
  ticketNumber: headerCell.optional(),
  phone: headerCell.optional(),
  answeredAt: headerCell.optional(),
});
export type SurveyImportMapping = z.output<typeof surveyImportMappingSchema>;

export const surveyImportSchema = z.object({
  templateId: idSchema,
  path: absolutePath,
  /** The storefront the responses are about; orders named by id are looked up in it. */
  storefrontId: idSchema,
  mapping: surveyImportMappingSchema,
});
export type SurveyImportInput = z.output<typeof surveyImportSchema>;

export const surveyResultsSchema = z
  .object({ ...periodFields, storefrontId: idSchema.optional() })
  .refine(periodOrder, { path: ['to'], error: 'periodOrder' })
  .refine(periodBounded, { path: ['to'], error: 'periodTooLong' });
export type SurveyResultsQuery = z.output<typeof surveyResultsSchema>;

export const improvementSaveSchema = z
  .object({
    id: idSchema.optional(),
    title: text(200),
    ownerId: idSchema.nullable().optional(),
    startDate: dateSchema,
    endDate: dateSchema.nullable().optional(),
    rootCause: z.enum(rootCauses, { error: 'rootCause' }).nullable().optional(),
    status: z.enum(improvementStatuses, { error: 'improvementStatus' }).default('planned'),
    notes: optionalTextSchema(4000).optional(),
  })
  .refine((v) => !v.endDate || v.endDate >= v.startDate, { path: ['endDate'], error: 'improvementDates' })
  .refine(
    (v) =>
      !v.endDate ||
      v.endDate < v.startDate ||
      periodDays({ from: v.startDate, to: v.endDate }) <= MAX_DASHBOARD_DAYS,
    {
      path: ['endDate'],
      error: 'periodTooLong',
    },
  );
export type ImprovementSave = z.output<typeof improvementSaveSchema>;
