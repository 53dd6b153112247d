import type { PriceOutcome } from '../../domain/pricing';
import { ceil } from '../fraction';
import { exactPriceForMargin, feesTakeEverything } from './break-even';
import type { PriceSetup } from './setup';

/** The shop's minimum margin when the `minMarginBp` setting was never saved: 5 %. */
export const DEFAULT_MIN_MARGIN_BP = 500;

/**
 * Price floor = break-even + the shop's minimum margin, read as "the lowest price whose margin (profit ÷ net
 * price) reaches minMarginBp". With a minimum of 0 it is exactly the break-even price. Rounded up like
 * break-even, never given an ending: a floor is a limit, not a shelf price.
 */
export function priceFloor(setup: PriceSetup, minMarginBp: number): PriceOutcome {
  const exact = exactPriceForMargin(setup, minMarginBp);
  if (exact) return { ok: true, priceMinor: ceil(exact) };
  return { ok: false, reason: feesTakeEverything(setup) ? 'feesTooHigh' : 'targetUnreachable' };
}

/** A listing's own floor wins over the computed one; null when neither exists (fees take everything). */
export function effectiveFloor(listingFloorMinor: number | null, computed: PriceOutcome): number | null {
  if (listingFloorMinor !== null) return listingFloorMinor;
  return computed.ok ? computed.priceMinor : null;
}

export const isBelowFloor = (priceMinor: number, floorMinor: number | null): boolean | null =>
  floorMinor === null ? null : priceMinor < floorMinor;
