/** Pure pricing formulas of PRODUCT.md §3 and METRICS.md: money in minor units, rates in basis points. */
export type { PriceSetup } from './setup';
export { fullUnitCostMinor, unitCostIn, type CostParts } from './unit-cost';
export { commissionRateFor, exactFeesAt, feesAt, netPrice, perUnitShare, type ExactFees } from './fees';
export { breakEvenPrice, exactPriceForMargin, feesTakeEverything, perUnitFixedCosts } from './break-even';
export { exactProfitAt, figuresAt } from './margin';
export { suggestedPrice, type SuggestedPrice } from './suggested-price';
export { DEFAULT_MIN_MARGIN_BP, effectiveFloor, isBelowFloor, priceFloor } from './price-floor';
export { applyPriceEnding } from './price-endings';
export { DEFAULT_PRICE_SPREAD_ALERT_BP, isSpreadFlagged, spreadBp } from './price-spread';
export { matchedPrice, repriceOne, type RepricingInput, type RepricingOutcome } from './repricing-rules';
