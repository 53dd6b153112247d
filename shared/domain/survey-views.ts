/**
 * What the surveys calls answer (shared/api/surveys-contract.ts). Scores are rounded once, at the end, in
 * hundredths of a point (CSAT 87.5 → 8750, NPS −33⅓ → −3333, dimension 4.25 → 425); shares of one in basis
 * points (response rate 0.375 → 3750). null means "—": a zero denominator (METRICS.md Comparisons).
 */
import type { Language } from './settings';
import type { RootCause, TicketType } from './tickets';
import type {
  LocalizedText,
  SurveyAnswer,
  SurveyChannel,
  SurveyDimension,
  SurveyQuestion,
  SurveyTemplate,
  SurveyTrigger,
} from './surveys';

export interface SurveyTemplateView extends SurveyTemplate {
  /** Opening text of the invitation, with placeholders ({customer_name}, {order_id}, {ticket_number}, {storefront}). */
  intro: LocalizedText;
  updatedAt: string;
  responses: number;
  /** Questions with at least one answer: they cannot be removed (archive the template instead). */
  answeredQuestionIds: string[];
}

export interface SurveyRule {
  storefrontId: string;
  storefrontName: string;
  trigger: SurveyTrigger;
  /** null: no rule saved yet (no invitations for this storefront and trigger). */
  templateId: string | null;
  enabled: boolean;
  /** Hours after the ticket closed / the order completed before the invitation is due to be sent. */
  delayHours: number;
}

export const invitationStatuses = ['to_send', 'waiting', 'sent', 'answered', 'all'] as const;
/** to_send: due and not sent; waiting: not due yet; sent: sent, no response yet; answered: has a response. */
export type InvitationStatus = (typeof invitationStatuses)[number];

export interface SurveyInvitationRow {
  id: string;
  templateId: string;
  templateName: LocalizedText;
  trigger: SurveyTrigger;
  storefrontId: string;
  storefrontName: string;
  ticketId: string | null;
  ticketNumber: number | null;
  orderId: string | null;
  orderExternalId: string | null;
  customerId: string | null;
  customerName: string | null;
  /** Buyer phone of the order, for a phone interview. */
  phone: string | null;
  agentId: string | null;
  agentName: string | null;
  language: Language;
  createdAt: string;
  sendAfter: string;
  sentAt: string | null;
  responseId: string | null;
}

export interface SurveyInvitationPage {
  rows: SurveyInvitationRow[];
  total: number;
  page: number;
  pageSize: number;
}

export interface RenderedInvitation {
  invitationId: string;
  language: Language;
  /** Ready to paste into the platform chat: intro with placeholders filled, then every question numbered. */
  text: string;
  /** Placeholders the intro names that this invitation cannot fill (left visible in the text). */
  unknownPlaceholders: string[];
}

export interface InvitationBatchResult {
  created: number;
  /** Orders or tickets that already had an invitation. */
  skipped: number;
}

export interface MarkSentResult {
  /** Invitations that were not sent before. */
  changed: number;
  sentAt: string;
}

export interface InvitationExportResult {
  path: string;
  rows: number;
}

export interface SurveyResponseView {
  id: string;
  templateId: string;
  templateName: LocalizedText;
  invitationId: string | null;
  storefrontId: string | null;
  storefrontName: string | null;
  ticketId: string | null;
  ticketNumber: number | null;
  ticketType: TicketType | null;
  orderId: string | null;
  orderExternalId: string | null;
  customerId: string | null;
  customerName: string | null;
  agentId: string | null;
  agentName: string | null;
  channel: SurveyChannel;
  answeredAt: string;
  /** Shop-zone day of answeredAt: the day results count it on. */
  answeredDate: string;
  csat: number | null;
  nps: number | null;
  low: boolean;
  /** The complaint ticket a low score opened (PRODUCT.md §8). */
  followupTicketId: string | null;
  followupTicketNumber: number | null;
  answers: SurveyAnswer[];
  questions: SurveyQuestion[];
}

export interface SurveyResponsePage {
  rows: SurveyResponseView[];
  total: number;
  page: number;
  pageSize: number;
}

export interface SurveyImportInspection {
  headers: string[];
  headerRow: number;
  /** The first data rows (at most 5), cells as text. */
  sample: string[][];
  /** Columns pre-filled from their names: question id → header, and the id/phone/order/time columns. */
  suggested: SurveyImportMappingView;
}

export interface SurveyImportMappingView {
  questions: Record<string, string>;
  responseId?: string;
  orderId?: string;
  ticketNumber?: string;
  phone?: string;
  answeredAt?: string;
}

export interface SurveyImportMessage {
  /** 1-based row in the file as a spreadsheet shows it; 0 for the file as a whole. */
  row: number;
  column: string;
  key: string;
  params?: Record<string, string | number>;
  message: string;
}

export interface SurveyImportSummary {
  /** True when nothing was written because it was a check, or because of errors. */
  written: boolean;
  inserted: number;
  /** Rows whose response id (or, without one, identical content) was imported before. */
  unchanged: number;
  linked: number;
  followupTickets: number;
  errors: SurveyImportMessage[];
  warnings: SurveyImportMessage[];
}

/** One group's figures. */
export interface SurveyFigures {
  responses: number;
  invitationsSent: number;
  /** Invitations sent in the period that have a response ÷ invitations sent in the period, bp; null with none sent. */
  responseRateBp: number | null;
  csatResponses: number;
  /** CSAT 0–100 in hundredths. */
  csat: number | null;
  npsResponses: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** NPS −100…100 in hundredths. */
  nps: number | null;
  /** Mean 1–5 rating in hundredths. */
  dimensions: Record<SurveyDimension, number | null>;
  lowScoreResponses: number;
}

/** Score changes are points (CSAT 80 → 86 is +600 hundredths), the response rate's in basis points. */
export interface SurveyFigureChanges {
  csatPoints: number | null;
  npsPoints: number | null;
  responseRateBp: number | null;
  dimensions: Record<SurveyDimension, number | null>;
}

export interface SurveyGroupRow extends SurveyFigures {
  /** Storefront id, staff id, or ticket type; null: responses without one (no ticket / unassigned). */
  key: string | null;
  label: string | null;
}

export interface SurveyTrendPoint {
  /** First day of the bucket (shop zone). */
  date: string;
  responses: number;
  csat: number | null;
  nps: number | null;
}

export interface SurveyResults {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  storefrontId: string | null;
  current: SurveyFigures;
  previous: SurveyFigures;
  changes: SurveyFigureChanges;
  byStorefront: SurveyGroupRow[];
  byAgent: SurveyGroupRow[];
  byTicketType: SurveyGroupRow[];
  /** Daily for periods up to 62 days, else weekly (Monday buckets). */
  bucket: 'day' | 'week';
  trend: SurveyTrendPoint[];
  previousTrend: SurveyTrendPoint[];
}

export const improvementStatuses = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type ImprovementStatus = (typeof improvementStatuses)[number];

export interface ScoreWindow {
  from: string;
  to: string;
  responses: number;
  csat: number | null;
  nps: number | null;
}

export interface ImprovementActionView {
  id: string;
  title: string;
  ownerId: string | null;
  ownerName: string | null;
  startDate: string;
  endDate: string | null;
  rootCause: RootCause | null;
  status: ImprovementStatus;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  /** The equal-length stretch before startDate. */
  before: ScoreWindow;
  /** startDate to endDate (or today). */
  after: ScoreWindow;
  csatChangePoints: number | null;
  npsChangePoints: number | null;
  /** Tickets created with this root cause in the before and after windows. */
  rootCauseTickets: { before: number; after: number } | null;
}
