import fs from 'node:fs';
import type { Namespace } from '../../shared/api/channels';

/**
 * The scan of tests/integration/service-role-no-costs.test.ts (PRODUCT.md §10): which keys count as a cost
 * figure, the few that look like one but are not (with why), and the calls of the money features that write.
 */
// purchaseMinor/inboundFreightMinor: parts of a SKU cost row (SkuCost), whose key names do not say "cost".
export const COST_KEY = /cost|profit|margin|floor|fee|cogs|breakEven|^purchaseMinor$|^inboundFreightMinor$/i;
/** Keys that match COST_KEY but, with the value shown, carry no cost figure, and why. */
export const NOT_A_FIGURE: Record<string, (v: unknown) => boolean> = {
  // The flag that tells the renderer figures are hidden (true for the agent): it is the absence of costs.
  costsHidden: (v) => v === true,
  // The order page's profit for the agent is only { available: false, hidden: true } and its currencies.
  profit: (v) => {
    const p = v as { available?: unknown; hidden?: unknown };
    return p.available === false && p.hidden === true && !Object.values(p).some((x) => typeof x === 'number');
  },
  // The guardrail's counts are a constant 0 when costsHidden (promotions/guard.ts), not counted from floors.
  belowFloorRows: (v) => v === 0,
  withoutFloor: (v) => v === 0,
  // A campaign's discount given away (a sales figure, like an order's discounts); it holds a gift's cost only
  // for gift campaigns, and this shop's campaign is a tiered one.
  discountCostMinor: (v) => typeof v === 'number',
  actualCostMinor: (v) => typeof v === 'number',
};

/** Whether a value holds a figure: a number, or a boolean comparison (belowFloor), anywhere inside it. */
const holdsFigure = (v: unknown): boolean =>
  typeof v === 'number' ||
  typeof v === 'boolean' ||
  (v !== null && typeof v === 'object' && Object.values(v).some(holdsFigure));

/** Calls of these features that are not reads (they write), so the scan leaves them to their own tests. */
export const WRITES = new Set(
  [
    'orders:saveView orders:deleteView customers:merge customers:split reports:saveSchedule',
    'catalog:createProduct catalog:updateProduct catalog:upsertSku catalog:setCost catalog:upsertListing',
    'catalog:addAlias catalog:removeAlias catalog:adjustStock catalog:importProducts',
    'pricing:applyRepricing pricing:addCompetitorPrice',
    'promotions:create promotions:update promotions:activate promotions:cancel promotions:move',
    'tickets:create tickets:update tickets:link tickets:transition tickets:assign tickets:reply tickets:note',
    'tickets:setTags tickets:setRootCause tickets:merge tickets:bulkAssign tickets:bulkClose tickets:refund',
    'tickets:setGoodsReturned tickets:restock tickets:reship tickets:saveSetup tickets:saveCannedReply',
    // renderCannedReply needs a saved reply; its text holds order ids and names, not money figures.
    'tickets:archiveCannedReply tickets:renderCannedReply tickets:importFile',
  ].flatMap((line) => line.split(' ')),
);
export const FEATURES: Namespace[] = [
  'dashboard',
  'kpis',
  'orders',
  'customers',
  'catalog',
  'pricing',
  'promotions',
  'reports',
  'tickets',
];

/** Paths of cost-like keys holding a figure anywhere in an answer. */
export function leaks(node: unknown, at = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((x, i) => leaks(x, `${at}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, v]) => {
    const here = `${at}.${key}`;
    const figure = COST_KEY.test(key) && !NOT_A_FIGURE[key]?.(v) && holdsFigure(v);
    return [...(figure ? [here] : []), ...leaks(v, here)];
  });
}

/** The header row of a csv file the call wrote, split into cells. */
export const csvHeader = (file: string): string[] =>
  fs
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)[0]!
    .split(',');
