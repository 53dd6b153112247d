/**
 * Days of cover and slow movers (PRODUCT.md §2): how long today's stock lasts at the recent rate of sales,
 * and which SKUs hold stock that is not selling. Pure, so the catalog list, the product page and later the
 * dashboard's alerts all flag the same SKUs.
 */

/** Sales are measured over this many days back from today. */
export const COVER_WINDOW_DAYS = 30;
/** The shop's slow-mover threshold when the `slowMoverDays` setting was never saved. */
export const DEFAULT_SLOW_MOVER_DAYS = 90;

export interface StockCover {
  /** Units sold in the window, net of returns (never below 0). */
  soldInWindow: number;
  /** Whole days today's stock lasts at the window's daily rate; null when nothing sold (no rate to divide by). */
  daysOfCover: number | null;
  /** Holds stock and sells too slowly: cover above the threshold, or no sale at all in the window. */
  slowMover: boolean;
}

/**
 * `historyDays`: how many days of sales the shop has recorded at all (days since its first sale). Below the
 * window no SKU is called slow: a shop that has not imported its orders yet has no slow movers, only no data.
 */
export function stockCover(
  stockOnHand: number,
  netSold: number,
  historyDays: number,
  slowMoverDays: number,
  windowDays = COVER_WINDOW_DAYS,
): StockCover {
  const sold = Math.max(0, netSold);
  // stock ÷ (sold ÷ window) in integers: floor(stock × window ÷ sold), no float division.
  const daysOfCover = sold > 0 ? Math.floor((Math.max(0, stockOnHand) * windowDays) / sold) : null;
  const enoughHistory = historyDays >= windowDays;
  const slowMover = enoughHistory && stockOnHand > 0 && (daysOfCover === null || daysOfCover > slowMoverDays);
  return { soldInWindow: sold, daysOfCover, slowMover };
}
