import type { OrderStatus, ParsedOrder, ParsedOrderLine } from '../../../shared/domain/orders';
import type { FestivalTag } from './demo-calendar';
import { FLASH_OFF_BP, type DemoCampaign } from './demo-campaigns';
import { platformDiscount, sellerDiscount, shippingFor } from './demo-order-money';
import { usSalesTaxBp } from './demo-people-data';
import { maskName, maskPhone, type DemoPerson } from './demo-people';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface DemoListing {
  skuId: string;
  /** The code the storefront's export names the SKU by (our code, the listing's SKU id or an alias). */
  lineCode: string;
  title: string;
  priceMinor: number;
}

/** A storefront code no SKU claims (a discontinued variant, a gift, a bundle): fills the unmatched queue. */
export interface DemoUnmatched {
  code: string;
  title: string;
  priceMinor: number;
}

export interface DemoStorefront {
  index: number;
  id: string;
  platform: string;
  currency: string;
  market: 'cn' | 'us';
  listings: DemoListing[];
  /** Running sums of the listings' popularity, for picking a listing in O(log n). */
  popularity: Float64Array;
  unmatched: DemoUnmatched[];
  /** Orders numbered so far: the storefront's order ids grow with time, as real ones do. */
  numbered: number;
}

export interface DemoOrderInput {
  sf: DemoStorefront;
  person: DemoPerson;
  firstOrder: boolean;
  placedMs: number;
  nowMs: number;
  festival: FestivalTag | null;
  /** The shop's newest order: someone is still paying for it. */
  newest: boolean;
  /** The demo campaign running on this storefront at this moment (demo-campaigns.ts), if any. */
  campaign?: DemoCampaign | null;
  /** The flash sale's SKUs: during it, most orders start with one of them. */
  flashSkus?: ReadonlySet<string>;
}

export interface DemoSale {
  skuId: string;
  quantity: number;
}

type Rnd = () => number;
const digits = (rnd: Rnd, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(rnd() * 10);
  return s;
};
/** Order ids in each platform's own shape, unique per storefront because the running number is inside. */
function externalId(sf: DemoStorefront, placedMs: number, rnd: Rnd): string {
  const n = ++sf.numbered;
  switch (sf.platform) {
    case 'tmall':
      return `4${String(n).padStart(8, '0')}${digits(rnd, 10)}`;
    case 'jd':
      return `3${String(n).padStart(7, '0')}${digits(rnd, 4)}`;
    case 'pinduoduo':
      return `${new Date(placedMs + 8 * HOUR_MS).toISOString().slice(2, 10).replaceAll('-', '')}-${String(n).padStart(7, '0')}${digits(rnd, 8)}`;
    case 'douyin':
      return `69${String(n).padStart(8, '0')}${digits(rnd, 9)}`;
    default:
      return `#${1000 + n}`;
  }
}

function pickListing(sf: DemoStorefront, rnd: Rnd): DemoListing {
  const { popularity } = sf;
  const target = rnd() * popularity[popularity.length - 1]!;
  let lo = 0;
  let hi = popularity.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (popularity[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return sf.listings[lo]!;
}

function quantityFor(priceMinor: number, rnd: Rnd): number {
  const r = rnd();
  if (priceMinor < 3000) return r < 0.55 ? 1 : r < 0.85 ? 2 : r < 0.95 ? 3 : 4 + Math.floor(rnd() * 2);
  return r < 0.8 ? 1 : r < 0.97 ? 2 : 3;
}

function buildLines(
  sf: DemoStorefront,
  rnd: Rnd,
  flash: ReadonlySet<string> | null,
): { lines: ParsedOrderLine[]; sales: DemoSale[] } {
  const r = rnd();
  const count = Math.min(sf.listings.length, r < 0.78 ? 1 : r < 0.95 ? 2 : 3);
  const chosen: DemoListing[] = [];
  // The live stream sells its flash SKUs: seven orders in ten start with one of them.
  if (flash && rnd() < 0.7) {
    const offered = sf.listings.filter((l) => flash.has(l.skuId));
    if (offered.length) chosen.push(offered[Math.floor(rnd() * offered.length)]!);
  }
  for (let tries = 0; chosen.length < count && tries < count * 4; tries++) {
    const listing = pickListing(sf, rnd);
    if (!chosen.includes(listing)) chosen.push(listing);
  }
  const lines: ParsedOrderLine[] = [];
  const sales: DemoSale[] = [];
  for (const listing of chosen) {
    const quantity = quantityFor(listing.priceMinor, rnd);
    // The flash price is the seller's discount on the line (the listing price stays what it is).
    const flashOff = flash?.has(listing.skuId)
      ? Math.round((listing.priceMinor * quantity * FLASH_OFF_BP) / 10_000)
      : 0;
    lines.push({
      sku: listing.lineCode,
      title: listing.title,
      quantity,
      unitPriceMinor: listing.priceMinor,
      lineDiscountMinor: flashOff,
      externalLineId: null,
    });
    sales.push({ skuId: listing.skuId, quantity });
  }
  if (sf.unmatched.length && rnd() < 0.006) {
    const u = sf.unmatched[Math.floor(rnd() * sf.unmatched.length)]!;
    lines.push({
      sku: u.code,
      title: u.title,
      quantity: 1,
      unitPriceMinor: u.priceMinor,
      lineDiscountMinor: 0,
      externalLineId: null,
    });
  }
  return { lines, sales };
}

/** Status by age: unpaid orders close after three days; the rest ship within days and complete by two weeks. */
function statusFor(input: DemoOrderInput, rnd: Rnd): OrderStatus {
  const age = input.nowMs - input.placedMs;
  const r = rnd();
  if (input.newest) return 'pending_payment';
  if (age < DAY_MS) {
    if (r < 0.15) return 'pending_payment';
    if (r < 0.18) return 'cancelled';
  } else if (age < 3 * DAY_MS) {
    if (r < 0.05) return 'pending_payment';
    if (r < 0.09) return 'cancelled';
  } else if (r < 0.032) return 'cancelled';
  const s = rnd();
  if (age < 6 * HOUR_MS) return 'paid';
  if (age < DAY_MS) return s < 0.4 ? 'paid' : 'shipped';
  if (age < 3 * DAY_MS) return s < 0.1 ? 'paid' : 'shipped';
  if (age < 12 * DAY_MS) return s < 0.6 ? 'shipped' : 'completed';
  return 'completed';
}

const cnNotes = ['请尽快发货', '送人的，不要放价格单', '周末送货', '麻烦包装好一点', '发顺丰可以吗'];
const usNotes = ['Gift - please leave out the invoice', 'Leave at the front door', 'Please ship together'];
/** Share of orders with a buyer's note (买家留言). */
const NOTE_SHARE = 0.04;

/** One demo order as a platform export would describe it, plus the stock it takes when valid. */
export function buildDemoOrder(input: DemoOrderInput, rnd: Rnd): { order: ParsedOrder; sales: DemoSale[] } {
  const { sf, person, placedMs } = input;
  const flash = input.campaign?.kind === 'douyinFlash' ? (input.flashSkus ?? null) : null;
  const { lines, sales } = buildLines(sf, rnd, flash);
  const listed = lines.reduce((sum, l) => sum + l.unitPriceMinor * l.quantity, 0);
  const flashOff = lines.reduce((sum, l) => sum + l.lineDiscountMinor, 0);
  // What the other discounts see: goods at their flash prices (listed = gross before any discount).
  const gross = listed - flashOff;
  const seller = sellerDiscount(input, gross, rnd);
  const sellerAmount = Math.min(seller.amount, Math.floor(gross * 0.4));
  let orderDiscount = sellerAmount;
  if (sf.platform === 'douyin' && sellerAmount > 0) {
    // Douyin states the seller's share per sub-order (商家实际承担优惠金额): spread it over the lines.
    let left = sellerAmount;
    lines.forEach((line, i) => {
      const share =
        i === lines.length - 1
          ? left
          : Math.floor(
              (sellerAmount * (line.unitPriceMinor * line.quantity - line.lineDiscountMinor)) / gross,
            );
      line.lineDiscountMinor += share;
      left -= share;
    });
    orderDiscount = 0;
  }
  const platform = platformDiscount(input, gross - sellerAmount, rnd);
  const payable = gross - sellerAmount - platform;
  const shipping = shippingFor(input, payable, rnd);
  const tax = sf.market === 'us' ? Math.round((payable * (usSalesTaxBp[person.province] ?? 0)) / 10000) : 0;
  const status = statusFor(input, rnd);
  const paid = status !== 'pending_payment' && status !== 'cancelled';
  const age = input.nowMs - placedMs;
  let refunded = 0;
  if (paid && age > 3 * DAY_MS && rnd() < 0.05) {
    const merchandise = gross - sellerAmount;
    // Partial: one line of several, or part of the price (damaged box, 价保 price protection); else everything.
    if (rnd() < 0.55) {
      refunded =
        lines.length > 1
          ? lines[0]!.unitPriceMinor * lines[0]!.quantity - lines[0]!.lineDiscountMinor
          : Math.round((merchandise * (0.2 + rnd() * 0.4)) / 100) * 100;
      refunded = Math.min(refunded, merchandise);
    } else refunded = merchandise;
  }
  const masked = (sf.platform === 'pinduoduo' && rnd() < 0.75) || (sf.platform === 'douyin' && rnd() < 0.9);
  const phone = person.phone && masked ? maskPhone(person.phone) : person.phone;
  const name = sf.platform === 'douyin' && masked ? maskName(person.name) : person.name;
  const placedAt = new Date(placedMs).toISOString();
  const paidAt = paid
    ? sf.platform === 'pinduoduo'
      ? placedAt
      : new Date(placedMs + 5_000 + Math.floor(rnd() * 600_000)).toISOString()
    : null;
  const noteRoll = rnd();
  const notes = sf.market === 'cn' ? cnNotes : usNotes;
  const order: ParsedOrder = {
    externalId: externalId(sf, placedMs, rnd),
    placedAt,
    paidAt,
    status,
    afterSales: refunded > 0,
    currency: sf.currency,
    customer: {
      name,
      phone,
      email: person.email,
      buyerId: sf.platform === 'tmall' ? person.taobaoNick : sf.platform === 'jd' ? person.jdAccount : null,
    },
    address: {
      name,
      phone,
      address: sf.platform === 'douyin' && masked ? `${person.province}${person.city}***` : person.address,
      city: person.city,
      province: person.province,
      zip: person.zip,
      country: person.country,
    },
    lines,
    orderDiscountMinor: orderDiscount,
    platformDiscountMinor: platform,
    shippingIncomeMinor: shipping,
    taxMinor: tax,
    totalPaidMinor: payable + shipping + tax,
    refundedMinor: refunded,
    feesMinor: null,
    source: sf.market === 'us' ? (rnd() < 0.92 ? 'web' : 'shop') : null,
    promotionCodes: seller.code && sellerAmount > 0 ? [seller.code] : [],
    note: noteRoll < NOTE_SHARE ? notes[Math.floor((noteRoll / NOTE_SHARE) * notes.length)]! : null,
    row: sf.numbered,
  };
  return { order, sales: paid ? sales : [] };
}
