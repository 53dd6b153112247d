import type { PriceEnding, RepricingRule, RepricingSkip } from '../../domain/pricing';
import { add, fromBasisPoints, mul, ONE, roundHalfAwayFromZero, type Fraction } from '../fraction';
import { applyPriceEnding } from './price-endings';
import { suggestedPrice } from './suggested-price';
import type { PriceSetup } from './setup';

/** What the rule needs about one listing; `setup` is null when the SKU has no cost or no FX rate today. */
export interface RepricingInput {
  currency: string;
  oldPriceMinor: number;
  setup: PriceSetup | null;
  /** Why `setup` is missing, reported as the skip reason of a cost-plus rule. */
  setupMissing?: 'noCost' | 'fxMissing';
  /** For `match`: the same SKU's price on the reference storefront, already in this listing's currency. */
  referencePrice?: Fraction | null;
  /** For `match`: this listing is itself on the reference storefront. */
  isReference?: boolean;
}

export type RepricingOutcome = { ok: true; priceMinor: number } | { ok: false; reason: RepricingSkip };

/**
 * Reference price ± adjustBp, rounded once (half away from zero): ¥100.00 at −500 bp is ¥95.00, at +333 bp
 * ¥103.33. The product stays exact until that one rounding, so a converted USD price is not rounded twice.
 */
export function matchedPrice(reference: Fraction, adjustBp: number): number {
  return Math.max(0, roundHalfAwayFromZero(mul(reference, add(ONE, fromBasisPoints(adjustBp)))));
}

/**
 * The new price of one listing under a rule, then moved up to the ending when one is asked for. The
 * ending always rounds up (applyPriceEnding), so it never takes a cost-plus price below its target margin.
 */
export function repriceOne(
  input: RepricingInput,
  rule: RepricingRule,
  ending: PriceEnding | null,
): RepricingOutcome {
  let price: number;
  switch (rule.kind) {
    case 'keep':
      price = input.oldPriceMinor;
      break;
    case 'costPlus': {
      if (!input.setup) return { ok: false, reason: input.setupMissing ?? 'noCost' };
      const suggested = suggestedPrice(input.setup, rule.marginBp, null, input.currency);
      if (!suggested.ok) return { ok: false, reason: suggested.reason };
      price = suggested.priceMinor;
      break;
    }
    case 'match':
      if (input.isReference) return { ok: false, reason: 'isReference' };
      if (!input.referencePrice) return { ok: false, reason: 'noReference' };
      price = matchedPrice(input.referencePrice, rule.adjustBp);
      break;
  }
  return { ok: true, priceMinor: ending ? applyPriceEnding(price, ending, input.currency) : price };
}
