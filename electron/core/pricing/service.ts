import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { PricingWorkbench } from '../../../shared/domain/pricing';
import type { WorkbenchQuery } from '../../../shared/api/schemas/pricing';
import { AppError } from '../../../shared/api/result';
import { nowIso } from '../../../shared/logic/ids';
import { localDate } from '../../../shared/logic/dates';
import { roundHalfAwayFromZero } from '../../../shared/logic/fraction';
import {
  breakEvenPrice,
  commissionRateFor,
  effectiveFloor,
  figuresAt,
  isBelowFloor,
  perUnitShare,
  priceFloor,
  suggestedPrice,
  unitCostIn,
  type PriceSetup,
} from '../../../shared/logic/pricing';
import { costAt } from '../catalog/costs';
import { findListing, requireListing, requireProduct, requireSku } from '../catalog/repo';
import { rateOn } from '../fx/service';
import { getSettings } from '../settings/service';
import { getStorefront } from '../storefronts/service';

/** The listing (if any), SKU and storefront the query is about. */
async function subject(db: Kysely<Database>, query: WorkbenchQuery) {
  if (query.listingId) {
    const listing = await requireListing(db, query.listingId);
    return { listing, skuId: listing.skuId, storefrontId: listing.storefrontId };
  }
  const skuId = query.skuId!;
  const storefrontId = query.storefrontId!;
  await requireSku(db, skuId);
  await getStorefront(db, storefrontId);
  return { listing: await findListing(db, skuId, storefrontId), skuId, storefrontId };
}

/**
 * The pricing workbench for a SKU on a storefront: its full unit cost at `at` converted at that day's FX
 * rate, the storefront's fee rules (with the category override), and the pure formulas of
 * shared/logic/pricing on top. Reads only; nothing is written.
 */
export async function workbench(db: Kysely<Database>, query: WorkbenchQuery): Promise<PricingWorkbench> {
  const { listing, skuId, storefrontId } = await subject(db, query);
  const sku = await requireSku(db, skuId);
  const product = await requireProduct(db, sku.productId);
  const storefront = await getStorefront(db, storefrontId);
  const settings = await getSettings(db);
  const at = query.at ?? nowIso();

  const cost = await costAt(db, skuId, at);
  if (!cost) {
    throw new AppError('NOT_FOUND', `SKU ${sku.code} has no cost in force at ${at}`, {
      key: 'noCostAt',
      params: { code: sku.code, at },
    });
  }
  let fx: PricingWorkbench['fx'] = null;
  if (storefront.currency !== settings.baseCurrency) {
    const date = localDate(at, settings.timezone);
    const rate = await rateOn(db, storefront.currency, date);
    if (!rate) {
      throw new AppError('NOT_FOUND', `No ${storefront.currency} FX rate on or before ${date}`, {
        key: 'fxRateMissing',
        params: { currency: storefront.currency, date },
      });
    }
    fx = { rate: rate.rate, date: rate.date };
  }

  const rules = storefront.feeRules;
  const commission = commissionRateFor(rules, product.category);
  const unitsPerOrder = query.unitsPerOrder ?? 1;
  const setup: PriceSetup = {
    unitCost: unitCostIn(cost, settings.baseCurrency, storefront.currency, fx?.rate ?? null),
    commissionRateBp: commission.rateBp,
    paymentFeeRateBp: rules.paymentFeeRateBp,
    fixedFeePerOrderMinor: rules.fixedFeeMinor,
    shippingPerOrderMinor: rules.shippingCostMinor,
    unitsPerOrder,
    discountMinor: query.discountMinor ?? 0,
  };

  const price = query.priceMinor ?? listing?.priceMinor ?? null;
  const computedFloor = priceFloor(setup, settings.minMarginBp);
  const listingFloorMinor = listing?.priceFloorMinor ?? null;
  const floorMinor = effectiveFloor(listingFloorMinor, computedFloor);
  const ending = query.ending ?? null;

  return {
    listingId: listing?.id ?? null,
    skuId,
    skuCode: sku.code,
    skuName: sku.name,
    productId: product.id,
    productName: product.name,
    storefrontName: storefront.name,
    storefrontId,
    currency: storefront.currency,
    baseCurrency: settings.baseCurrency,
    fx,
    at,
    costId: cost.id,
    unitCostBaseMinor: cost.totalMinor,
    unitCostMinor: roundHalfAwayFromZero(setup.unitCost),
    commissionRateBp: commission.rateBp,
    commissionSource: commission.source,
    paymentFeeRateBp: rules.paymentFeeRateBp,
    fixedFeePerOrderMinor: rules.fixedFeeMinor,
    shippingPerOrderMinor: rules.shippingCostMinor,
    unitsPerOrder,
    discountMinor: setup.discountMinor,
    shippingShareMinor: roundHalfAwayFromZero(perUnitShare(rules.shippingCostMinor, unitsPerOrder)),
    fixedFeeShareMinor: roundHalfAwayFromZero(perUnitShare(rules.fixedFeeMinor, unitsPerOrder)),
    atPrice: price === null ? null : figuresAt(setup, price),
    breakEven: breakEvenPrice(setup),
    minMarginBp: settings.minMarginBp,
    computedFloor,
    listingFloorMinor,
    effectiveFloorMinor: floorMinor,
    belowFloor: price === null ? null : isBelowFloor(price, floorMinor),
    suggested:
      query.targetMarginBp === undefined
        ? null
        : {
            targetMarginBp: query.targetMarginBp,
            ending,
            ...suggestedPrice(setup, query.targetMarginBp, ending, storefront.currency),
          },
  };
}
