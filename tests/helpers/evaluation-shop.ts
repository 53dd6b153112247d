import type { ParsedOrder } from '../../shared/domain/orders';
import { refreshAttribution } from '../../electron/core/promotions/attribution';
import { costOf, createProduct, createStorefront, value, type TempCore } from './catalog-data';
import { orderLine, parsedOrder, writeOrders } from './order-builders';

/**
 * A small CNY shop whose campaign figures are worked out by hand in promotions-evaluation.test.ts:
 * one Tmall storefront (5 % commission, no payment or fixed fee, ¥8.00 default shipping per order), red and
 * blue mugs at ¥50.00 costing ¥30.00, a gift tote costing ¥10.00. Orders are placed at 10:00 Shanghai time.
 *
 * Baseline days (Mar 8–10):  B1 Mar 8  1 red            B2 Mar 10 1 red            B3 Mar 9 1 blue
 * Campaign days (Mar 11–13): D1 Mar 11 2 red −¥10       D2 Mar 12 3 red −¥10 (both 满100减10)
 *                            D3 Mar 13 1 red (below 满100, no discount)
 *                            D4 Mar 12 1 red + 1 blue −¥10 (the red line's share: ¥5)
 *                            D5 Mar 13 2 red, cancelled
 */
export interface EvaluationShop {
  storefrontId: string;
  redId: string;
  blueId: string;
  giftId: string;
}

const at = (day: string, year = 2024) => `${year}-03-${day}T02:00:00.000Z`;
const red = (quantity: number) =>
  orderLine({ sku: 'MUG-RED', title: '马克杯 红', quantity, unitPriceMinor: 5000 });
const blue = (quantity: number) =>
  orderLine({ sku: 'MUG-BLUE', title: '马克杯 蓝', quantity, unitPriceMinor: 5000 });

/** The orders above; `year` places them in March of another year (for a campaign still ahead of today). */
export function handWorkedOrders(codes: { d1?: string[]; d2?: string[] } = {}, year = 2024): ParsedOrder[] {
  const on = (day: string) => at(day, year);
  return [
    parsedOrder({ externalId: 'B1', placedAt: on('08'), lines: [red(1)] }),
    parsedOrder({ externalId: 'B2', placedAt: on('10'), lines: [red(1)] }),
    parsedOrder({ externalId: 'B3', placedAt: on('09'), lines: [blue(1)] }),
    parsedOrder({
      externalId: 'D1',
      placedAt: on('11'),
      lines: [red(2)],
      orderDiscountMinor: 1000,
      promotionCodes: codes.d1 ?? [],
    }),
    parsedOrder({
      externalId: 'D2',
      placedAt: on('12'),
      lines: [red(3)],
      orderDiscountMinor: 1000,
      promotionCodes: codes.d2 ?? [],
    }),
    parsedOrder({ externalId: 'D3', placedAt: on('13'), lines: [red(1)] }),
    parsedOrder({ externalId: 'D4', placedAt: on('12'), lines: [red(1), blue(1)], orderDiscountMinor: 1000 }),
    parsedOrder({ externalId: 'D5', placedAt: on('13'), lines: [red(2)], status: 'cancelled' }),
  ];
}

/** An order of one red mug with the gift (price 0) beside it. */
export const giftOrder = (externalId: string, day: string): ParsedOrder =>
  parsedOrder({
    externalId,
    placedAt: at(day),
    lines: [red(1), orderLine({ sku: 'GIFT-TOTE', title: '帆布袋', quantity: 1, unitPriceMinor: 0 })],
  });

export async function evaluationShop(core: TempCore): Promise<EvaluationShop> {
  await value(core.dispatch('settings', 'update', { baseCurrency: 'CNY', timezone: 'Asia/Shanghai' }));
  const sf = await createStorefront(core, {
    name: '天猫店',
    platform: 'tmall',
    currency: 'CNY',
    timezone: 'Asia/Shanghai',
    role: 'core',
    feeRules: {
      commissionRateBp: 500,
      paymentFeeRateBp: 0,
      fixedFeeMinor: 0,
      shippingCostMinor: 800,
      categoryCommissions: [],
    },
  });
  const mug = await createProduct(core, {
    name: '马克杯',
    category: '家居',
    skus: [
      { code: 'MUG-RED', name: '红', cost: costOf(3000) },
      { code: 'MUG-BLUE', name: '蓝', cost: costOf(3000) },
    ],
  });
  const gift = await createProduct(core, {
    name: '帆布袋',
    category: '赠品',
    skus: [{ code: 'GIFT-TOTE', name: '米色', cost: costOf(1000) }],
  });
  const bySku = (code: string) => mug.skus.find((s) => s.code === code)!.id;
  return {
    storefrontId: sf.id,
    redId: bySku('MUG-RED'),
    blueId: bySku('MUG-BLUE'),
    giftId: gift.skus[0]!.id,
  };
}

/** Writes orders as an import would, then attributes them (the import does that before its COMMIT). */
export function writeAndAttribute(core: TempCore, storefrontId: string, orders: ParsedOrder[]): void {
  writeOrders(core, storefrontId, orders);
  refreshAttribution(core.ctx.sqlite);
}

/** March 11 00:00 → March 14 00:00 Shanghai time: the campaign days Mar 11–13. */
export const campaignWindow = { startAt: '2024-03-10T16:00:00.000Z', endAt: '2024-03-13T16:00:00.000Z' };
