import { z } from 'zod';
import {
  pendingReasons,
  rootCauses,
  ticketPriorities,
  ticketStates,
  ticketTypes,
  weekdays,
} from '../../domain/tickets';
import { ticketQueues } from '../../domain/ticket-views';
import { languages } from '../../domain/settings';
import { dateSchema, idSchema, minorUnitsSchema, pageSchema, pageSizeSchema } from './common';

const unique = (ids: string[]): boolean => new Set(ids).size === ids.length;
const ids = (max: number) =>
  z
    .array(idSchema, { error: 'required' })
    .min(1, { error: 'required' })
    .max(max, { error: 'tooLong' })
    .refine(unique, { error: 'idRepeated' });

const text = (max: number) =>
  z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' });
const optionalText = (max: number) =>
  z
    .string({ error: 'tooLong' })
    .trim()
    .max(max, { error: 'tooLong' })
    .nullable()
    .optional()
    .transform((v) => (v ? v : v === undefined ? undefined : null));

const typeSchema = z.enum(ticketTypes, { error: 'ticketType' });
const prioritySchema = z.enum(ticketPriorities, { error: 'ticketPriority' });
const tagSchema = z
  .string({ error: 'ticketTag' })
  .trim()
  .min(1, { error: 'ticketTag' })
  .max(40, { error: 'ticketTag' })
  .regex(/^[^\p{Cc},]+$/u, { error: 'ticketTag' });

/** Order lines a ticket is about: the order's line number and how many of that line. */
export const ticketLinesSchema = z
  .array(
    z.object({
      lineNo: z.int({ error: 'count' }).min(1, { error: 'count' }).max(100_000, { error: 'count' }),
      quantity: z.int({ error: 'ticketQuantity' }).min(1, { error: 'ticketQuantity' }).max(1_000_000, {
        error: 'ticketQuantity',
      }),
    }),
    { error: 'required' },
  )
  .max(500, { error: 'tooLong' })
  .refine((lines) => new Set(lines.map((l) => l.lineNo)).size === lines.length, {
    error: 'ticketLineRepeated',
  });

export const ticketIdSchema = z.object({ id: idSchema });

/**
 * By hand (storefront required) or from an order (storefront and customer come from the order). Lines need
 * the order. The customer can be given alone (found by phone or name through `tickets.lookup`).
 */
export const ticketCreateSchema = z
  .object({
    storefrontId: idSchema.optional(),
    orderId: idSchema.optional(),
    customerId: idSchema.optional(),
    type: typeSchema,
    priority: prioritySchema.default('normal'),
    subject: text(200),
    description: optionalText(4000),
    lines: ticketLinesSchema.optional(),
    assigneeId: idSchema.nullable().optional(),
    externalRef: optionalText(64),
    tags: z.array(tagSchema, { error: 'ticketTag' }).max(20, { error: 'tooLong' }).optional(),
  })
  .refine((v) => v.storefrontId !== undefined || v.orderId !== undefined, {
    path: ['storefrontId'],
    error: 'ticketStorefrontOrOrder',
  })
  .refine((v) => !v.lines?.length || v.orderId !== undefined, {
    path: ['lines'],
    error: 'ticketLinesNeedOrder',
  });
export type TicketCreate = z.output<typeof ticketCreateSchema>;

/** Order external id (exact or prefix), buyer phone (exact) or buyer / customer name (prefix). */
export const ticketLookupSchema = z.object({
  query: text(100),
  storefrontId: idSchema.optional(),
});

export const ticketUpdateSchema = z.object({
  id: idSchema,
  type: typeSchema.optional(),
  priority: prioritySchema.optional(),
  subject: text(200).optional(),
  description: optionalText(4000),
});
export type TicketUpdate = z.output<typeof ticketUpdateSchema>;

/** Links (or re-links) a ticket to an order of its storefront, with the lines it is about. */
export const ticketLinkSchema = z.object({
  id: idSchema,
  orderId: idSchema,
  lines: ticketLinesSchema.optional(),
});

export const ticketTransitionSchema = z
  .object({
    id: idSchema,
    to: z.enum(ticketStates, { error: 'ticketState' }),
    pendingReason: z.enum(pendingReasons, { error: 'pendingReason' }).optional(),
  })
  .refine((v) => v.to !== 'pending' || v.pendingReason !== undefined, {
    path: ['pendingReason'],
    error: 'pendingReason',
  })
  .refine((v) => v.to !== 'merged', { path: ['to'], error: 'ticketMergeByMerge' });
export type TicketTransition = z.output<typeof ticketTransitionSchema>;

export const ticketAssignSchema = z.object({ id: idSchema, assigneeId: idSchema.nullable() });

export const ticketMessageSchema = z.object({
  id: idSchema,
  body: text(8000),
  /** The canned reply the text was made from, recorded on the event. */
  cannedReplyId: idSchema.optional(),
});

export const ticketTagsSchema = z.object({
  id: idSchema,
  tags: z.array(tagSchema, { error: 'ticketTag' }).max(20, { error: 'tooLong' }),
});

export const ticketRootCauseSchema = z.object({
  id: idSchema,
  rootCause: z.enum(rootCauses, { error: 'rootCause' }).nullable(),
});

export const ticketMergeSchema = z
  .object({ targetId: idSchema, sourceIds: ids(50) })
  .refine((v) => !v.sourceIds.includes(v.targetId), { path: ['sourceIds'], error: 'mergeIntoItself' });

export const ticketBulkAssignSchema = z.object({ ids: ids(500), assigneeId: idSchema.nullable() });
export const ticketBulkCloseSchema = z.object({ ids: ids(500) });

/** A refund given for this ticket, added to the order's refunds (order currency, minor units). */
export const ticketRefundSchema = z.object({
  id: idSchema,
  amountMinor: minorUnitsSchema.refine((v) => v > 0, { error: 'ticketRefundPositive' }),
});

export const ticketGoodsReturnedSchema = z.object({
  id: idSchema,
  returned: z.boolean({ error: 'boolean' }),
});

/** Returned goods received: the ticket's lines (or those given) go back into stock. */
export const ticketRestockSchema = z.object({ id: idSchema, lines: ticketLinesSchema.optional() });

/** A free replacement sent: the lines (default the ticket's) leave stock, recorded as a zero-price shipment. */
export const ticketReshipSchema = z.object({
  id: idSchema,
  lines: ticketLinesSchema.optional(),
  trackingNo: optionalText(64),
});

export const ticketListSchema = z.object({
  queue: z.enum(ticketQueues, { error: 'ticketQueue' }).default('open'),
  storefrontIds: z.array(idSchema, { error: 'id' }).max(50, { error: 'tooLong' }).optional(),
  types: z.array(typeSchema, { error: 'ticketType' }).max(20, { error: 'tooLong' }).optional(),
  priorities: z.array(prioritySchema, { error: 'ticketPriority' }).max(10, { error: 'tooLong' }).optional(),
  states: z
    .array(z.enum(ticketStates, { error: 'ticketState' }), { error: 'ticketState' })
    .max(10, { error: 'tooLong' })
    .optional(),
  tag: tagSchema.optional(),
  assigneeId: idSchema.optional(),
  orderId: idSchema.optional(),
  customerId: idSchema.optional(),
  /** #number or 售后单号, order id, customer or buyer name (prefix), phone (exact). */
  search: z.string({ error: 'tooLong' }).trim().max(100, { error: 'tooLong' }).optional(),
  page: pageSchema.default(1),
  pageSize: pageSizeSchema.default(50),
});
export type TicketListQuery = z.output<typeof ticketListSchema>;

export const ticketStatsSchema = z
  .object({ from: dateSchema, to: dateSchema })
  .refine((v) => v.from <= v.to, { path: ['to'], error: 'periodOrder' });

const clockSchema = z.string({ error: 'time' }).regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'time' });
const intervalsSchema = z
  .array(z.object({ start: clockSchema, end: clockSchema }), { error: 'time' })
  .max(6, { error: 'tooLong' });

/** checkCalendar (shared/logic/working-calendar-check.ts) judges the rest and names the field. */
export const shopCalendarSchema = z.object({
  timeZone: z
    .string({ error: 'timezone' })
    .trim()
    .min(1, { error: 'timezone' })
    .max(64, { error: 'timezone' }),
  week: z.object(
    Object.fromEntries(weekdays.map((d) => [d, intervalsSchema])) as Record<
      (typeof weekdays)[number],
      typeof intervalsSchema
    >,
    { error: 'required' },
  ),
  holidays: z.array(dateSchema, { error: 'date' }).max(1000, { error: 'tooLong' }),
  extraWorkdays: z
    .array(z.object({ date: dateSchema, worksLike: z.enum(weekdays, { error: 'weekday' }) }), {
      error: 'date',
    })
    .max(200, { error: 'tooLong' }),
});

const minutesSchema = z
  .int({ error: 'slaMinutes' })
  .min(0, { error: 'slaMinutes' })
  .max(525_600, { error: 'slaMinutes' })
  .nullable();

export const ticketSetupSchema = z.object({
  calendar: shopCalendarSchema.optional(),
  dueSoon: z
    .discriminatedUnion(
      'kind',
      [
        z.object({
          kind: z.literal('share'),
          bp: z.int({ error: 'rateBp' }).min(1, { error: 'rateBp' }).max(10_000, { error: 'rateBp' }),
        }),
        z.object({
          kind: z.literal('minutes'),
          minutes: z.int({ error: 'slaMinutes' }).min(1, { error: 'slaMinutes' }).max(525_600, {
            error: 'slaMinutes',
          }),
        }),
      ],
      { error: 'dueSoonRule' },
    )
    .optional(),
  pendingTooLongHours: z
    .int({ error: 'pendingHours' })
    .min(1, { error: 'pendingHours' })
    .max(8760, { error: 'pendingHours' })
    .optional(),
  /** Replaces every rule: a type × priority left out has no SLA. */
  rules: z
    .array(
      z.object({
        type: typeSchema,
        priority: prioritySchema,
        firstResponseMinutes: minutesSchema,
        resolutionMinutes: minutesSchema,
      }),
      { error: 'required' },
    )
    .max(ticketTypes.length * ticketPriorities.length, { error: 'tooLong' })
    .refine((rules) => new Set(rules.map((r) => `${r.type}/${r.priority}`)).size === rules.length, {
      error: 'slaRuleRepeated',
    })
    .optional(),
});
export type TicketSetupPatch = z.output<typeof ticketSetupSchema>;

export const cannedReplySaveSchema = z.object({
  /** Absent: a new reply. */
  id: idSchema.optional(),
  title: text(80),
  bodyZh: text(4000),
  bodyEn: text(4000),
});

export const cannedReplyRenderSchema = z.object({
  id: idSchema,
  ticketId: idSchema,
  language: z.enum(languages, { error: 'language' }),
});

export const ticketImportSchema = z.object({
  storefrontId: idSchema,
  path: z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(1000, { error: 'tooLong' })
    .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), { error: 'absolutePath' }),
});
