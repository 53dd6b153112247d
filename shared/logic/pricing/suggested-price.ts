import type { PriceEnding, PriceFailure } from '../../domain/pricing';
import { ceil } from '../fraction';
import { exactPriceForMargin, feesTakeEverything } from './break-even';
import { applyPriceEnding } from './price-endings';
import type { PriceSetup } from './setup';

export type SuggestedPrice =
  { ok: true; exactMinor: number; priceMinor: number } | { ok: false; reason: PriceFailure };

/**
 * Cost-plus suggestion for a target margin (margin = profit ÷ net price). The exact solution is rounded UP,
 * so the margin at the suggested price is never below the target; an ending then moves it up to the next
 * price with that ending. `exactMinor` is the rounded-up price before the ending.
 */
export function suggestedPrice(
  setup: PriceSetup,
  targetMarginBp: number,
  ending: PriceEnding | null,
  currency: string,
): SuggestedPrice {
  const exact = exactPriceForMargin(setup, targetMarginBp);
  if (!exact) return { ok: false, reason: feesTakeEverything(setup) ? 'feesTooHigh' : 'targetUnreachable' };
  const exactMinor = ceil(exact);
  return {
    ok: true,
    exactMinor,
    priceMinor: ending ? applyPriceEnding(exactMinor, ending, currency) : exactMinor,
  };
}
