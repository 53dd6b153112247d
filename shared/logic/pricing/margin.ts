import type { FiguresAtPrice } from '../../domain/pricing';
import { compare, div, frac, mul, roundHalfAwayFromZero, sub, sum, ZERO, type Fraction } from '../fraction';
import { exactFeesAt, feesAt, netPrice, perUnitShare } from './fees';
import type { PriceSetup } from './setup';

/** Profit per unit at a price, exact: net price − fees − unit cost − shipping share (METRICS.md gross profit). */
export function exactProfitAt(setup: PriceSetup, priceMinor: number): Fraction {
  const net = frac(netPrice(setup, priceMinor));
  const fees = exactFeesAt(setup, priceMinor).total;
  const shippingShare = perUnitShare(setup.shippingPerOrderMinor, setup.unitsPerOrder);
  return sub(net, sum(fees, setup.unitCost, shippingShare));
}

/** Profit and margin (profit ÷ net price) at a price; each figure rounded once, half away from zero. */
export function figuresAt(setup: PriceSetup, priceMinor: number): FiguresAtPrice {
  const net = netPrice(setup, priceMinor);
  const profit = exactProfitAt(setup, priceMinor);
  const marginBp =
    compare(frac(net), ZERO) === 0 ? null : roundHalfAwayFromZero(mul(div(profit, frac(net)), frac(10_000)));
  return {
    priceMinor,
    netPriceMinor: net,
    fees: feesAt(setup, priceMinor),
    profitMinor: roundHalfAwayFromZero(profit),
    marginBp,
  };
}
