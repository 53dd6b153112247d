/**
 * METRICS.md Service survey figures, exact: CSAT, NPS, dimension scores and response rate as Fractions on the
 * scale METRICS.md defines them (CSAT 0–100, NPS −100…100, dimension 1–5, response rate a share of one).
 * Callers round once, at the end (toHundredths / toBasisPoints). A zero denominator gives null — "—".
 * Tallies are plain counts so SQL can produce them (COUNT … FILTER) as easily as the functions here.
 */
import {
  surveyDimensions,
  surveyScales,
  type ScoredQuestionKind,
  type SurveyAnswer,
  type SurveyDimension,
  type SurveyResponse,
  type SurveyTemplate,
} from '../domain/surveys';
import { frac, mul, roundHalfAwayFromZero, sub, type Fraction } from './fraction';
import { ratio } from './metrics';

/** Answers to the CSAT question and how many scored 4 or 5. */
export interface CsatTally {
  responses: number;
  satisfied: number;
}

/** Answers to the NPS question: promoters 9–10, passives 7–8, detractors 0–6. */
export interface NpsTally {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
}

/** Ratings of one dimension and their sum. */
export interface MeanTally {
  responses: number;
  total: number;
}

/** Refuses a score outside its kind's scale: bad data must be stopped where it enters, not averaged. */
export function checkScore(kind: ScoredQuestionKind, score: number): void {
  const { min, max } = surveyScales[kind];
  if (!Number.isInteger(score) || score < min || score > max)
    throw new RangeError(`a ${kind} score is a whole number ${min}–${max}: ${score}`);
}

export function tallyCsat(scores: Iterable<number>): CsatTally {
  const t: CsatTally = { responses: 0, satisfied: 0 };
  for (const s of scores) {
    checkScore('csat', s);
    t.responses++;
    if (s >= 4) t.satisfied++;
  }
  return t;
}

export function tallyNps(scores: Iterable<number>): NpsTally {
  const t: NpsTally = { responses: 0, promoters: 0, passives: 0, detractors: 0 };
  for (const s of scores) {
    checkScore('nps', s);
    t.responses++;
    if (s >= 9) t.promoters++;
    else if (s >= 7) t.passives++;
    else t.detractors++;
  }
  return t;
}

export function tallyRatings(scores: Iterable<number>): MeanTally {
  const t: MeanTally = { responses: 0, total: 0 };
  for (const s of scores) {
    checkScore('dimension', s);
    t.responses++;
    t.total += s;
  }
  return t;
}

const HUNDRED = frac(100);

/** CSAT = responses scoring 4–5 ÷ responses × 100. */
export const csatScore = (t: CsatTally): Fraction | null => {
  const share = ratio(t.satisfied, t.responses);
  return share && mul(share, HUNDRED);
};

/** NPS = % promoters − % detractors, −100 (all detractors) … 100 (all promoters). */
export const npsScore = (t: NpsTally): Fraction | null => {
  const share = ratio(t.promoters - t.detractors, t.responses);
  return share && mul(share, HUNDRED);
};

/** dimension score = mean of the dimension's 1–5 ratings. */
export const meanScore = (t: MeanTally): Fraction | null => ratio(t.total, t.responses);

/** response_rate = survey responses ÷ survey invitations sent, a share of one. */
export const responseRate = (responses: number, invitationsSent: number): Fraction | null =>
  ratio(responses, invitationsSent);

/** A score change between periods in points (CSAT 80 → 86 is +6); relative change of NPS means nothing. */
export const pointsChange = (current: Fraction | null, previous: Fraction | null): Fraction | null =>
  current === null || previous === null ? null : sub(current, previous);

/** CSAT 87.5 → 8750, NPS −33⅓ → −3333, dimension 4.25 → 425: hundredths of a point, rounded once. */
export const toHundredths = (f: Fraction | null): number | null =>
  f === null ? null : roundHalfAwayFromZero(mul(f, HUNDRED));

/** A share of one in basis points: response rate 0.375 → 3750. */
export const toBasisPoints = (f: Fraction | null): number | null =>
  f === null ? null : roundHalfAwayFromZero(mul(f, frac(10_000)));

/** PRODUCT.md §8 low score: CSAT ≤ 2 or NPS ≤ 6. Dimension ratings alone never open a follow-up. */
export function isLowScore(kind: ScoredQuestionKind, score: number): boolean {
  checkScore(kind, score);
  return (kind === 'csat' && score <= 2) || (kind === 'nps' && score <= 6);
}

/** The answers of a response that make it open a follow-up ticket (none: no follow-up). */
export const lowScoreAnswers = (response: Pick<SurveyResponse, 'answers'>): SurveyAnswer[] =>
  response.answers.filter(
    (a) => (a.kind === 'csat' || a.kind === 'nps') && 'score' in a && isLowScore(a.kind, a.score),
  );

export interface SurveyScores {
  responses: number;
  invitationsSent: number;
  /** Null when no invitation was sent. */
  responseRate: Fraction | null;
  csat: CsatTally & { score: Fraction | null };
  nps: NpsTally & { score: Fraction | null };
  dimensions: Record<SurveyDimension, MeanTally & { score: Fraction | null }>;
  /** Responses with a low CSAT or NPS answer. */
  lowScoreResponses: number;
}

/**
 * Every figure of a set of responses (one period, storefront, agent or ticket type). Dimension answers are
 * placed by their question in `templates`; every CSAT or NPS answer counts, whichever template asked it.
 */
export function scoreResponses(
  templates: readonly SurveyTemplate[],
  responses: readonly SurveyResponse[],
  invitationsSent: number,
): SurveyScores {
  const dimensionOf = new Map<string, SurveyDimension>();
  for (const t of templates)
    for (const q of t.questions) if (q.kind === 'dimension') dimensionOf.set(q.id, q.dimension);

  const csat: number[] = [];
  const nps: number[] = [];
  const ratings = new Map<SurveyDimension, number[]>(surveyDimensions.map((d) => [d, []]));
  let lowScoreResponses = 0;
  for (const r of responses) {
    for (const a of r.answers) {
      if (!('score' in a)) continue;
      if (a.kind === 'csat') csat.push(a.score);
      else if (a.kind === 'nps') nps.push(a.score);
      else {
        const dimension = dimensionOf.get(a.questionId);
        if (!dimension) throw new RangeError(`response ${r.id}: ${a.questionId} is no dimension question`);
        ratings.get(dimension)!.push(a.score);
      }
    }
    if (lowScoreAnswers(r).length > 0) lowScoreResponses++;
  }

  const csatTally = tallyCsat(csat);
  const npsTally = tallyNps(nps);
  const dimensions = Object.fromEntries(
    surveyDimensions.map((d) => {
      const t = tallyRatings(ratings.get(d)!);
      return [d, { ...t, score: meanScore(t) }];
    }),
  ) as SurveyScores['dimensions'];
  return {
    responses: responses.length,
    invitationsSent,
    responseRate: responseRate(responses.length, invitationsSent),
    csat: { ...csatTally, score: csatScore(csatTally) },
    nps: { ...npsTally, score: npsScore(npsTally) },
    dimensions,
    lowScoreResponses,
  };
}
