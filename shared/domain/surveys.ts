/**
 * Satisfaction surveys (PRODUCT.md §8): templates of questions in both languages, invitations and the
 * responses recorded against them. Scores are integers on each kind's scale (surveyScales).
 */
import type { Language } from './settings';

export const surveyQuestionKinds = [
  'csat',
  'nps',
  'dimension',
  'single_choice',
  'multiple_choice',
  'free_text',
] as const;
export type SurveyQuestionKind = (typeof surveyQuestionKinds)[number];

/** The three dimension ratings of PRODUCT.md §8: service attitude, speed, problem resolution. */
export const surveyDimensions = ['attitude', 'speed', 'resolution'] as const;
export type SurveyDimension = (typeof surveyDimensions)[number];

/** Question kinds answered with a whole-number score. */
export const scoredQuestionKinds = ['csat', 'nps', 'dimension'] as const;
export type ScoredQuestionKind = (typeof scoredQuestionKinds)[number];

/** METRICS.md scales, both ends included: CSAT 1–5, NPS 0–10, dimension ratings 1–5. */
export const surveyScales: Readonly<Record<ScoredQuestionKind, { min: number; max: number }>> = {
  csat: { min: 1, max: 5 },
  nps: { min: 0, max: 10 },
  dimension: { min: 1, max: 5 },
};

/** Every text a customer reads exists in both interface languages. */
export type LocalizedText = Readonly<Record<Language, string>>;

export interface SurveyOption {
  id: string;
  label: LocalizedText;
}

export interface QuestionBase {
  id: string;
  text: LocalizedText;
  required: boolean;
}

export type SurveyQuestion =
  | (QuestionBase & { kind: 'csat' | 'nps' | 'free_text' })
  | (QuestionBase & { kind: 'dimension'; dimension: SurveyDimension })
  | (QuestionBase & { kind: 'single_choice' | 'multiple_choice'; options: readonly SurveyOption[] });

export interface SurveyTemplate {
  id: string;
  name: LocalizedText;
  questions: readonly SurveyQuestion[];
  archived: boolean;
  createdAt: string;
}

/** What creates an invitation (rules per storefront). */
export const surveyTriggers = ['ticket_closed', 'order_completed'] as const;
export type SurveyTrigger = (typeof surveyTriggers)[number];

/** How a response reached the app. */
export const surveyChannels = ['chat', 'phone', 'import'] as const;
export type SurveyChannel = (typeof surveyChannels)[number];

export interface SurveyInvitation {
  id: string;
  templateId: string;
  trigger: SurveyTrigger;
  storefrontId: string | null;
  ticketId: string | null;
  orderId: string | null;
  customerId: string | null;
  createdAt: string;
  /** When the text was copied into the platform chat or the sheet printed; response_rate counts sent ones. */
  sentAt: string | null;
}

export type SurveyAnswer =
  | { questionId: string; kind: ScoredQuestionKind; score: number }
  | { questionId: string; kind: 'single_choice'; optionId: string }
  | { questionId: string; kind: 'multiple_choice'; optionIds: readonly string[] }
  | { questionId: string; kind: 'free_text'; text: string };

export interface SurveyResponse {
  id: string;
  templateId: string;
  invitationId: string | null;
  ticketId: string | null;
  orderId: string | null;
  customerId: string | null;
  storefrontId: string | null;
  channel: SurveyChannel;
  answeredAt: string;
  /** Only the questions answered; a skipped optional question has no answer. */
  answers: readonly SurveyAnswer[];
}
