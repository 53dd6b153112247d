import type { OrderFormat } from '../../../../shared/domain/orders';
import type { FormatPart, ItemsPart, OrdersPart } from './types';
import { amazonOrdersPart } from './amazon';
import { douyinOrdersPart } from './douyin';
import { ebayOrdersPart } from './ebay';
import { etsyItemsPart, etsyOrdersPart } from './etsy';
import { jdOrdersPart } from './jd';
import { pinduoduoOrdersPart } from './pinduoduo';
import { shopifyOrdersPart } from './shopify';
import { taobaoItemsPart, taobaoOrdersPart } from './taobao';
import { woocommerceOrdersPart } from './woocommerce';

/** Every platform file part the importer recognises, most specific first (detection takes the first match). */
export const formatParts: readonly (OrdersPart | ItemsPart)[] = [
  taobaoItemsPart,
  taobaoOrdersPart,
  jdOrdersPart,
  pinduoduoOrdersPart,
  douyinOrdersPart,
  shopifyOrdersPart,
  amazonOrdersPart,
  etsyItemsPart,
  etsyOrdersPart,
  ebayOrdersPart,
  woocommerceOrdersPart,
];

/** The part whose header this is, among all platforms or only `format`'s. */
export function detectPart(headers: string[], format?: OrderFormat): OrdersPart | ItemsPart | null {
  return formatParts.find((p) => (!format || p.format === format) && p.matches(headers)) ?? null;
}

export const isItemsPart = (p: FormatPart): p is ItemsPart => p.part === 'items';
