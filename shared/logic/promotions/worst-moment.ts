import { compare, type Fraction } from '../fraction';
import { campaignsStack } from './stacking';
import { worstUnitPrice } from './effective-price';
import type { GuardCampaign } from './coverage';

export interface Window {
  startAt: string;
  endAt: string;
}

export interface WorstMoment {
  exact: Fraction;
  basketUnits: number;
  /** The campaigns that stack there (the one the question is about first). */
  stack: GuardCampaign[];
  from: string;
  to: string;
}

/** Maximal sets of pairwise stacking campaigns that contain all of `base` (Bron–Kerbosch, small inputs). */
function maximalStacks(base: GuardCampaign[], candidates: GuardCampaign[]): GuardCampaign[][] {
  const out: GuardCampaign[][] = [];
  const grow = (r: GuardCampaign[], p: GuardCampaign[], x: GuardCampaign[]) => {
    if (!p.length && !x.length) {
      out.push(r);
      return;
    }
    const rest = [...p];
    for (const v of p) {
      const fits = (c: GuardCampaign) => c !== v && campaignsStack(c, v);
      grow([...r, v], rest.filter(fits), x.filter(fits));
      rest.splice(rest.indexOf(v), 1);
      x = [...x, v];
    }
  };
  const p = candidates.filter((c) => !base.includes(c) && base.every((b) => campaignsStack(b, c)));
  grow(base, p, []);
  return out;
}

/**
 * The worst moment of `window` for one listing among the campaigns that cover it: the window is cut at every
 * start and end, and at each stretch every maximal set of campaigns that stack with each other (and include
 * `mustInclude` when given) is priced; the lowest price wins. Campaigns that do not stack are alternatives —
 * the platform applies one of them — so they are priced apart, never added. Null when no stretch has a set of
 * at least `minStack` campaigns.
 */
export function worstMoment(
  listPriceMinor: number,
  covering: readonly GuardCampaign[],
  window: Window,
  options: { mustInclude?: GuardCampaign; minStack?: number } = {},
): WorstMoment | null {
  const inWindow = covering.filter((c) => c.startAt < window.endAt && window.startAt < c.endAt);
  const cuts = new Set([window.startAt, window.endAt]);
  for (const c of inWindow) {
    if (c.startAt > window.startAt && c.startAt < window.endAt) cuts.add(c.startAt);
    if (c.endAt > window.startAt && c.endAt < window.endAt) cuts.add(c.endAt);
  }
  const sorted = [...cuts].sort();
  const priced = new Map<string, WorstMoment>();
  let worst: WorstMoment | null = null;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [from, to] = [sorted[i]!, sorted[i + 1]!];
    const active = inWindow.filter((c) => c.startAt <= from && c.endAt >= to);
    const base = options.mustInclude ? [options.mustInclude] : [];
    if (options.mustInclude && !active.includes(options.mustInclude)) continue;
    const stacks = base.length ? maximalStacks(base, active) : maximalStacks([], active);
    for (const stack of stacks) {
      if (stack.length < (options.minStack ?? 1)) continue;
      const key = stack.map((c) => c.id).join('\u0000');
      if (priced.has(key)) continue;
      const price = worstUnitPrice(listPriceMinor, stack);
      const moment: WorstMoment = {
        ...price,
        stack,
        from: stack.reduce((m, c) => (c.startAt > m ? c.startAt : m), window.startAt),
        to: stack.reduce((m, c) => (c.endAt < m ? c.endAt : m), window.endAt),
      };
      priced.set(key, moment);
      if (!worst || compare(moment.exact, worst.exact) < 0) worst = moment;
    }
  }
  return worst;
}
