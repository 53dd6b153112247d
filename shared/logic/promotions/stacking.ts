import type { CampaignType } from '../../domain/promotions';

/**
 * Which campaign types combine when nothing else is said, modelled on the Tmall/Taobao and JD rules a small
 * shop meets every day (Douyin and Pinduoduo are alike; Shopify-style codes behave like coupons):
 * - unit discounts (percentage, fixed, flash, member price) set one item price: they never stack with each
 *   other — the platform shows the lowest — nor with a multi-buy, which is an item price for a group;
 * - 满减 (tiered) is an order-level shop discount: it stacks with item prices, multi-buys, coupons and gifts,
 *   but two 满减 do not (one shop spend-and-save per order);
 * - a shop coupon stacks with item prices, multi-buys, 满减 and gifts, but one order takes one shop coupon;
 * - a gift changes no price, so it stacks with everything, other gifts included.
 * A campaign may replace its row with its own `stacksWith` list.
 */
const UNIT: readonly CampaignType[] = ['percentage', 'fixed', 'flash', 'member'];
export const DEFAULT_STACKS_WITH: Readonly<Record<CampaignType, readonly CampaignType[]>> = {
  percentage: ['tiered', 'coupon', 'gift'],
  fixed: ['tiered', 'coupon', 'gift'],
  flash: ['tiered', 'coupon', 'gift'],
  member: ['tiered', 'coupon', 'gift'],
  multibuy: ['tiered', 'coupon', 'gift'],
  tiered: [...UNIT, 'multibuy', 'coupon', 'gift'],
  coupon: [...UNIT, 'multibuy', 'tiered', 'gift'],
  gift: [...UNIT, 'multibuy', 'tiered', 'coupon', 'gift'],
};

export interface Stackable {
  type: CampaignType;
  stacksWith: readonly CampaignType[] | null;
}

export const allowedWith = (c: Stackable): readonly CampaignType[] =>
  c.stacksWith ?? DEFAULT_STACKS_WITH[c.type];

/** Two campaigns combine only when each allows the other's type: either one can refuse. */
export const campaignsStack = (a: Stackable, b: Stackable): boolean =>
  allowedWith(a).includes(b.type) && allowedWith(b).includes(a.type);
