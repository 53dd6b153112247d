import { baseToForeign } from '../fx';
import type { Fraction } from '../fraction';

export interface CostParts {
  purchaseMinor: number;
  packagingMinor: number;
  inboundFreightMinor: number;
  otherMinor: number;
}

/** METRICS.md full unit cost: purchase + packaging + inbound freight + other, in base-currency minor units. */
export const fullUnitCostMinor = (parts: CostParts): number =>
  parts.purchaseMinor + parts.packagingMinor + parts.inboundFreightMinor + parts.otherMinor;

/**
 * The full unit cost in the storefront's currency, exact. `rate` (base units per storefront unit) is needed
 * only when the currencies differ.
 */
export function unitCostIn(
  parts: CostParts,
  baseCurrency: string,
  currency: string,
  rate: string | null,
): Fraction {
  if (baseCurrency !== currency && rate === null) {
    throw new RangeError(`converting ${baseCurrency} to ${currency} needs an FX rate`);
  }
  return baseToForeign(fullUnitCostMinor(parts), baseCurrency, currency, rate ?? '1');
}
