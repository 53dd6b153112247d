/** What each demo order is charged and given: seller discounts, platform-funded discounts and shipping. */
import type { FestivalTag } from './demo-calendar';
import { JD_COUPON } from './demo-campaigns';
import type { DemoOrderInput } from './demo-order-shape';
import { remoteProvinces } from './demo-people-data';

type Rnd = () => number;
const yuan = (rnd: Rnd, from: number, to: number): number =>
  (from + Math.floor(rnd() * (to - from + 1))) * 100;

/** 满减 tiers (spend, save) in minor units: the big festivals give more than the smaller ones. */
const bigTiers = [
  [30000, 4000],
  [20000, 2500],
  [10000, 1000],
] as const;
const smallTiers = [
  [19900, 2000],
  [9900, 800],
] as const;
/** Everyday store coupons (店铺券): spend, save. */
const coupons = [
  [19900, 1500],
  [9900, 500],
  [0, 300],
] as const;
const usCodes: Partial<Record<FestivalTag, [string, number]>> = {
  BFCM: ['BFCM25', 2500],
  PRIMEDAY: ['SUMMER20', 2000],
  HOLIDAY: ['HOLIDAY15', 1500],
};

/** The seller's own discount on goods worth `goods`: 满减 on festival days, a store coupon now and then. */
export function sellerDiscount(
  input: DemoOrderInput,
  goods: number,
  rnd: Rnd,
): { amount: number; code: string | null } {
  const { festival, sf, firstOrder } = input;
  if (sf.market === 'us') {
    const festive = festival ? usCodes[festival] : undefined;
    if (festive && rnd() < 0.7) return { amount: Math.round((goods * festive[1]) / 10000), code: festive[0] };
    if (firstOrder && rnd() < 0.4) return { amount: Math.round(goods / 10), code: 'WELCOME10' };
    return { amount: 0, code: null };
  }
  if (input.campaign?.kind === 'jdCoupon') {
    // The September store coupon replaces the everyday ones; JD's export names no coupon code.
    const used = rnd() < 0.6 && goods >= JD_COUPON.minSpendMinor;
    return { amount: used ? JD_COUPON.offMinor : 0, code: null };
  }
  if (festival) {
    const tiers = festival === '618' || festival === '双11' ? bigTiers : smallTiers;
    const tier = tiers.find(([spend]) => goods >= spend);
    if (tier && rnd() < 0.85)
      return { amount: tier[1], code: `${festival}满${tier[0] / 100}减${tier[1] / 100}` };
  }
  if (rnd() < 0.15) {
    const coupon = coupons.find(([spend]) => goods >= spend)!;
    return { amount: coupon[1], code: `店铺券满${coupon[0] / 100}减${coupon[1] / 100}` };
  }
  return { amount: 0, code: null };
}

/** Platform-funded discounts (平台优惠, 多多支付立减, 达人优惠): the buyer pays less, the seller is paid in full. */
export function platformDiscount(input: DemoOrderInput, goods: number, rnd: Rnd): number {
  const { sf, festival } = input;
  let amount = 0;
  if (sf.platform === 'pinduoduo') {
    if (rnd() < 0.45) amount += yuan(rnd, 1, 8);
    if (rnd() < 0.25) amount += 50 + Math.floor(rnd() * 4) * 50;
  } else if (sf.platform === 'douyin') {
    if (rnd() < 0.35) amount += yuan(rnd, 2, 10);
    if (rnd() < 0.15) amount += yuan(rnd, 1, 5);
  } else if (sf.platform === 'tmall' && festival && rnd() < 0.25) {
    amount += yuan(rnd, 5, 20);
  } else if (sf.platform === 'jd' && rnd() < 0.1) {
    amount += yuan(rnd, 1, 5);
  }
  return Math.min(amount, Math.floor(goods * 0.2));
}

export function shippingFor(input: DemoOrderInput, payable: number, rnd: Rnd): number {
  const { sf, person } = input;
  if (sf.market === 'us') return payable >= 4900 ? (rnd() < 0.1 ? 1299 : 0) : rnd() < 0.15 ? 1299 : 599;
  if (remoteProvinces.has(person.province) && sf.platform !== 'pinduoduo') return yuan(rnd, 10, 20);
  if (sf.platform === 'jd' && payable < 5900 && rnd() < 0.4) return 600;
  if (sf.platform === 'tmall' && rnd() < 0.02) return 500;
  return 0;
}
