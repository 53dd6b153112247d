import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AppError } from '../../../shared/api/result';
import { workbench } from './service';

/** The text kept in price_history when a price goes below its floor on purpose. */
export const overrideNote = (reason: string, overrideReason: string): string =>
  `${reason} — below floor: ${overrideReason}`;

export function belowFloorError(
  priceMinor: number,
  floorMinor: number,
  currency: string,
  count = 1,
): AppError {
  const what = count === 1 ? `Price ${priceMinor}` : `${count} new prices (first: ${priceMinor})`;
  return new AppError(
    'CONFLICT',
    `${what} is below the price floor ${floorMinor} (${currency} minor units); give an override reason to sell below it`,
    {
      key: 'belowFloor',
      // Minor units plus the currency, so the renderer can format both as money.
      params: { price: priceMinor, floor: floorMinor, currency, count },
      issues: [{ path: 'overrideReason', message: 'belowFloor' }],
    },
  );
}

/**
 * The floor a new price of this SKU on this storefront must respect: the listing's own floor, else the
 * workbench's computed one (break-even + minimum margin at today's cost and FX rate). Null when neither can be
 * known (no cost in force, no FX rate): there is nothing to guard, and refusing would block every first listing.
 */
export async function floorFor(
  trx: Kysely<Database>,
  skuId: string,
  storefrontId: string,
  listingFloorMinor: number | null,
): Promise<{ floorMinor: number | null; currency: string }> {
  const { currency } = await trx
    .selectFrom('storefronts')
    .select('currency')
    .where('id', '=', storefrontId)
    .executeTakeFirstOrThrow();
  if (listingFloorMinor !== null) return { floorMinor: listingFloorMinor, currency };
  try {
    const bench = await workbench(trx, { skuId, storefrontId });
    return { floorMinor: bench.computedFloor.ok ? bench.computedFloor.priceMinor : null, currency };
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return { floorMinor: null, currency };
    throw err;
  }
}

/**
 * Refuses a price below the floor unless an override reason is given. Returns the reason text to keep in
 * price_history (the plain reason, or the reason with the override note).
 */
export async function guardPrice(
  trx: Kysely<Database>,
  change: {
    skuId: string;
    storefrontId: string;
    priceMinor: number;
    listingFloorMinor: number | null;
    reason: string;
    overrideReason: string | null | undefined;
  },
): Promise<{ reason: string; floorMinor: number | null; overridden: boolean }> {
  const { floorMinor, currency } = await floorFor(
    trx,
    change.skuId,
    change.storefrontId,
    change.listingFloorMinor,
  );
  if (floorMinor === null || change.priceMinor >= floorMinor) {
    return { reason: change.reason, floorMinor, overridden: false };
  }
  if (!change.overrideReason) throw belowFloorError(change.priceMinor, floorMinor, currency);
  return { reason: overrideNote(change.reason, change.overrideReason), floorMinor, overridden: true };
}
