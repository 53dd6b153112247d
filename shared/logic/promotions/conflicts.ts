import type { PromotionConflict } from '../../domain/promotions';
import { campaignCovers, type GuardCampaign, type GuardListing } from './coverage';
import { floorMinor } from './effective-price';
import { campaignsStack } from './stacking';
import { byText } from './states';
import { worstMoment, type Window, type WorstMoment } from './worst-moment';

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/** Terms compared across storefronts: key order made canonical so equal terms always read equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => byText(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
const termsKey = (c: GuardCampaign) => canonical({ terms: c.terms, stacksWith: c.stacksWith });

type Memo = Map<string, WorstMoment | null>;

function pairConflicts(
  listing: GuardListing,
  covering: GuardCampaign[],
  window: Window,
  memo: Memo,
): PromotionConflict[] {
  const out: PromotionConflict[] = [];
  for (let i = 0; i < covering.length; i++) {
    for (let j = i + 1; j < covering.length; j++) {
      const [a, b] = [covering[i]!, covering[j]!];
      const from = later(later(a.startAt, b.startAt), window.startAt);
      const to = earlier(earlier(a.endAt, b.endAt), window.endAt);
      if (from >= to || campaignsStack(a, b)) continue;
      out.push(conflict('noStack', listing, [listing.storefrontId], [a.id, b.id], from, to));
    }
  }
  // Overlapping campaigns that stack below the floor (one campaign alone below it was overridden knowingly).
  const key = `${listing.listPriceMinor}|${covering.map((c) => c.id).join('|')}`;
  if (!memo.has(key)) memo.set(key, worstMoment(listing.listPriceMinor, covering, window, { minStack: 2 }));
  const worst = memo.get(key)!;
  if (worst && listing.floorMinor !== null && floorMinor(worst.exact) < listing.floorMinor) {
    const ids = worst.stack.map((c) => c.id);
    out.push({
      ...conflict('belowFloor', listing, [listing.storefrontId], ids, worst.from, worst.to),
      effectivePriceMinor: floorMinor(worst.exact),
      floorMinor: listing.floorMinor,
    });
  }
  return out;
}

function conflict(
  kind: PromotionConflict['kind'],
  listing: GuardListing,
  storefrontIds: string[],
  campaignIds: string[],
  from: string,
  to: string,
): PromotionConflict {
  return {
    kind,
    skuId: listing.skuId,
    skuCode: listing.skuCode,
    storefrontIds,
    campaignIds,
    from,
    to,
    effectivePriceMinor: null,
    floorMinor: null,
  };
}

/**
 * One SKU promoted on several storefronts at once with different terms: the window is cut at every start and
 * end of the campaigns covering the SKU anywhere, and each stretch where two storefronts run different sets
 * of terms is a conflict (consecutive stretches with the same storefronts and campaigns are joined). A
 * storefront where no campaign covers the SKU is left out: not promoting somewhere is a choice, not a clash.
 */
function crossStorefront(
  listings: GuardListing[],
  covering: Map<GuardListing, GuardCampaign[]>,
  window: Window,
): PromotionConflict[] {
  const all = [...new Set(listings.flatMap((l) => covering.get(l)!))];
  const cuts = new Set([window.startAt, window.endAt]);
  for (const c of all)
    for (const t of [c.startAt, c.endAt]) if (t > window.startAt && t < window.endAt) cuts.add(t);
  const sorted = [...cuts].sort();
  const out: PromotionConflict[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [from, to] = [sorted[i]!, sorted[i + 1]!];
    const running = listings
      .map((l) => ({ l, active: covering.get(l)!.filter((c) => c.startAt <= from && c.endAt >= to) }))
      .filter((r) => r.active.length > 0);
    const keys = new Set(running.map((r) => r.active.map(termsKey).sort().join('|')));
    if (keys.size < 2) continue;
    const storefrontIds = running.map((r) => r.l.storefrontId).sort();
    const campaignIds = [...new Set(running.flatMap((r) => r.active.map((c) => c.id)))].sort();
    const last = out[out.length - 1];
    if (
      last &&
      last.to === from &&
      last.storefrontIds.join() === storefrontIds.join() &&
      last.campaignIds.join() === campaignIds.join()
    ) {
      last.to = to;
      continue;
    }
    out.push(conflict('crossStorefront', listings[0]!, storefrontIds, campaignIds, from, to));
  }
  return out;
}

/**
 * PRODUCT.md §6 conflicts among `campaigns` within `window`: per listing, overlapping campaigns that do not
 * stack and stacks below the floor; per SKU, different terms on different storefronts at the same time.
 */
export function findConflicts(
  campaigns: readonly GuardCampaign[],
  listings: readonly GuardListing[],
  window: Window,
): PromotionConflict[] {
  const inWindow = campaigns.filter((c) => c.startAt < window.endAt && window.startAt < c.endAt);
  const covering = new Map<GuardListing, GuardCampaign[]>();
  const bySku = new Map<string, GuardListing[]>();
  const out: PromotionConflict[] = [];
  const memo: Memo = new Map();
  for (const listing of listings) {
    const mine = inWindow.filter((c) => campaignCovers(c, listing));
    if (!mine.length) continue;
    covering.set(listing, mine);
    bySku.set(listing.skuId, [...(bySku.get(listing.skuId) ?? []), listing]);
    out.push(...pairConflicts(listing, mine, window, memo));
  }
  for (const group of bySku.values())
    if (group.length > 1) out.push(...crossStorefront(group, covering, window));
  const order = { belowFloor: 0, noStack: 1, crossStorefront: 2 } as const;
  return out.sort(
    (a, b) =>
      order[a.kind] - order[b.kind] ||
      byText(a.from, b.from) ||
      byText(a.skuCode, b.skuCode) ||
      byText(a.storefrontIds.join(), b.storefrontIds.join()),
  );
}
