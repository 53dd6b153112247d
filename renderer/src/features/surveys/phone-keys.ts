/**
 * The phone-interview form's keyboard: the agent reads a question aloud and types the customer's answer as
 * digits, without the mouse. Pure so the key rules are tested once and the form stays a thin shell.
 */
import { surveyScales, type ScoredQuestionKind } from '../../../../shared/domain/surveys';

export interface ScoreKeyState {
  value: number | null;
  /** Digits typed for this question since it was focused; "1" then "0" is NPS 10. */
  typed: string;
}

export const emptyScoreKeys: ScoreKeyState = { value: null, typed: '' };

/**
 * A digit typed on a scored question. NPS runs to 10, so "1" picks 1 and a following "0" turns it into 10
 * (no timer: the same keys always give the same score). A digit outside the scale changes nothing.
 * Backspace clears the answer. Any other key: null (not ours, let it through).
 */
export function scoreKey(kind: ScoredQuestionKind, state: ScoreKeyState, key: string): ScoreKeyState | null {
  if (key === 'Backspace' || key === 'Delete') return emptyScoreKeys;
  if (!/^[0-9]$/.test(key)) return null;
  const { min, max } = surveyScales[kind];
  const joined = Number(state.typed + key);
  if (state.typed !== '' && joined >= min && joined <= max) return { value: joined, typed: '' };
  const digit = Number(key);
  if (digit < min || digit > max) return state;
  // Only a digit that can still grow into a larger score keeps waiting for the next one.
  return { value: digit, typed: digit * 10 <= max && digit > 0 ? key : '' };
}

/** A digit on a choice question: the option with that number (1-based), or null when there is none. */
export function optionIndexOfKey(key: string, options: number): number | null {
  if (!/^[1-9]$/.test(key)) return null;
  const index = Number(key) - 1;
  return index < options ? index : null;
}

/** Toggles one option of a multiple-choice answer, keeping the template's order. */
export function toggleOption(chosen: readonly string[], id: string, order: readonly string[]): string[] {
  const next = chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id];
  return order.filter((o) => next.includes(o));
}
