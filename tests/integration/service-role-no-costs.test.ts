import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels, type Namespace } from '../../shared/api/channels';
import { COST_KEY, csvHeader, FEATURES, leaks, WRITES } from '../helpers/cost-leaks';
import { costOf, count, value, type TempCore } from '../helpers/catalog-data';
import type { Campaign } from '../../shared/domain/promotions';
import type { StaffMember } from '../../shared/domain/staff';
import { manjian } from '../helpers/campaign-plan-shop';
import { orderShop, type OrderShop } from '../helpers/order-shop';
import { newTicket } from '../helpers/ticket-shop';
import { runCli } from '../helpers/run-cli';
import { tempCore } from '../helpers/temp-core';
import { costRoleErrorEn, costRoleErrorZh } from '../../shared/api/schemas/cost-visibility-texts';

/**
 * PRODUCT.md §10: the service role sees no costs or profit anywhere. Every read call of the features that carry
 * money is made as that role, and its answer scanned for cost-like keys holding a value; the owner's answers
 * must hold some (so the scan can fail), and the files an agent may export carry no such column.
 */
type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; key?: string } };

let core: TempCore;
let shop: OrderShop;
let ids: { campaign: string; ticket: string; customer: string; listing: string };
let dir: string;

const actAs = async (name: string, role: StaffMember['role']) => {
  const member = await value<StaffMember>(core.dispatch('staff', 'create', { name, role }));
  await value(core.dispatch('settings', 'update', { actingStaffId: member.id }));
};

beforeEach(async () => {
  core = await tempCore('channeldesk-service-costs');
  dir = core.dir;
  shop = await orderShop(core);
  const mugRed = shop.mug.skus.find((s) => s.code === 'MUG-RED')!;
  const listing = await value<{ id: string }>(
    core.dispatch('catalog', 'upsertListing', {
      skuId: mugRed.id,
      storefrontId: shop.tmall.id,
      priceMinor: 5000,
      priceFloorMinor: 4000,
    }),
  );
  const campaign = await value<Campaign>(
    core.dispatch('promotions', 'create', manjian([shop.tmall.id], { scope: { skuIds: [mugRed.id] } })),
  );
  const orderId = shop.ids.get('3301000000000001')!;
  const ticket = newTicket(core, { storefrontId: shop.tmall.id, orderId }, '2024-03-11T02:00:00.000Z');
  const customer = core.ctx.sqlite
    .prepare('SELECT customer_id FROM orders WHERE id = ?')
    .pluck()
    .get(orderId);
  ids = { campaign: campaign.id, ticket, customer: String(customer), listing: listing.id };
});
afterEach(() => core.cleanup());

const period = { from: '2024-03-01', to: '2024-03-31' };
const csv = (name: string) => path.join(dir, name);

/** Every read call that can carry money, with a valid input (files go to the temp folder as csv). */
function readCalls(): Record<string, () => unknown> {
  const mugRed = shop.mug.skus.find((s) => s.code === 'MUG-RED')!;
  return {
    'dashboard:overview': () => period,
    'dashboard:rankings': () => period,
    'dashboard:alerts': () => period,
    'dashboard:products': () => period,
    'dashboard:belowFloor': () => ({}),
    'kpis:compute': () => period,
    'orders:list': () => ({ filters: {}, page: 1, pageSize: 50 }),
    'orders:get': () => ({ id: shop.ids.get('3301000000000001') }),
    'orders:export': () => ({ path: csv('orders.csv'), lang: 'en', format: 'csv', filters: {} }),
    'orders:views': () => ({}),
    'customers:list': () => ({ page: 1, pageSize: 50 }),
    'customers:get': () => ({ id: ids.customer }),
    'customers:exportSegment': () => ({ path: csv('customers.csv'), lang: 'en', format: 'csv' }),
    'catalog:listProducts': () => ({ page: 1, pageSize: 50 }),
    'catalog:getProduct': () => ({ id: shop.mug.id }),
    'catalog:costHistory': () => ({ skuId: mugRed.id }),
    'catalog:priceHistory': () => ({ listingId: ids.listing }),
    'catalog:resolveSku': () => ({ storefrontId: shop.tmall.id, code: 'MUG-RED' }),
    'catalog:suggestSkus': () => ({ code: 'MUG' }),
    'catalog:stockMovements': () => ({ skuId: mugRed.id }),
    'catalog:exportProducts': () => ({ path: csv('catalog.csv'), lang: 'en', format: 'csv' }),
    'catalog:productTemplate': () => ({ path: csv('template.csv'), lang: 'en', format: 'csv' }),
    'pricing:workbench': () => ({ skuId: mugRed.id, storefrontId: shop.tmall.id, priceMinor: 5000 }),
    'pricing:previewRepricing': () => ({ selection: {}, rule: { kind: 'costPlus', marginBp: 3000 } }),
    'pricing:priceSpread': () => ({}),
    'pricing:competitorPrices': () => ({ skuId: mugRed.id }),
    'promotions:list': () => ({}),
    'promotions:get': () => ({ id: ids.campaign }),
    'promotions:guardrail': () => ({ id: ids.campaign }),
    'promotions:conflicts': () => ({ from: '2027-11-01', to: '2027-11-30' }),
    'promotions:evaluate': () => ({ id: ids.campaign }),
    'promotions:compare': () => ({ ids: [ids.campaign] }),
    'promotions:attribution': () => ({ id: ids.campaign, rule: 'code', page: 1, pageSize: 50 }),
    'reports:monthly': () => ({ month: '2024-03', path: path.join(dir, 'report.xlsx'), lang: 'en' }),
    'reports:schedule': () => ({}),
    'tickets:list': () => ({}),
    'tickets:get': () => ({ id: ids.ticket }),
    'tickets:lookup': () => ({ query: '13800138000' }),
    'tickets:stats': () => period,
    'tickets:setup': () => ({}),
    'tickets:cannedReplies': () => ({}),
  };
}

/** Each read call's answer: the cost-like paths it returned, its error code, and the file header it wrote. */
async function scan(skip: ReadonlySet<string> = new Set()) {
  const out: Record<string, { leaks: string[]; code?: string; key?: string; header?: string[] }> = {};
  for (const [channel, input] of Object.entries(readCalls())) {
    if (skip.has(channel)) continue;
    const [ns, method] = channel.split(':') as [Namespace, string];
    const answer = (await core.dispatch(ns, method as never, input() as never)) as Answer;
    if (!answer.ok) {
      const { code, key } = answer.error;
      out[channel] = { leaks: [], code, key };
      continue;
    }
    const file = (input() as { path?: string }).path;
    const header = file?.endsWith('.csv') ? csvHeader(file) : undefined;
    out[channel] = { leaks: leaks(answer.value), ...(header && { header }) };
  }
  return out;
}

describe('the service role sees no costs or profit anywhere (PRODUCT.md §10)', () => {
  it('knows every call of the money-carrying features as a read or a write', () => {
    const reads = Object.keys(readCalls());
    const all = FEATURES.flatMap((ns) => channels[ns].map((m) => `${ns}:${m}`));
    expect(all.filter((c) => !reads.includes(c) && !WRITES.has(c))).toEqual([]);
    expect([...reads, ...WRITES].filter((c) => !all.includes(c))).toEqual([]);
  });

  it('answers every read without a cost, fee, margin, floor or profit value, or refuses it FORBIDDEN', async () => {
    await actAs('张客服', 'service');
    const agent = await scan();
    // One list over every call, so a failure names all of them at once.
    const found = Object.entries(agent).flatMap(([channel, r]) => [
      ...r.leaks.map((p) => `${channel} ${p}`),
      ...(r.code && r.code !== 'FORBIDDEN' ? [`${channel} answered ${r.code}`] : []),
      ...(r.header ?? []).filter((h) => COST_KEY.test(h)).map((h) => `${channel} column ${h}`),
    ]);
    expect(found).toEqual([]);
    const refused = Object.entries(agent)
      .filter(([, r]) => r.code)
      .map(([c, r]) => `${c} ${r.key}`);
    expect(refused.sort()).toEqual([
      'catalog:costHistory costRoleCatalog',
      'kpis:compute costRoleKpis',
      'pricing:previewRepricing costRolePricing',
      'pricing:workbench costRolePricing',
      'reports:monthly costRoleReport',
    ]);
    // What an agent needs is still there: customers' spend and the catalog's prices.
    const customers = await value<{ rows: { monetaryMinor: number; grossProfitMinor: number | null }[] }>(
      core.dispatch('customers', 'list', { page: 1, pageSize: 50 }),
    );
    expect(customers.rows.length).toBeGreaterThan(0);
    expect(customers.rows.every((c) => c.grossProfitMinor === null && c.monetaryMinor >= 0)).toBe(true);
    expect(agent['catalog:exportProducts']!.header).toContain('price@' + shop.tmall.name);
    expect(agent['customers:exportSegment']!.header).toContain('Spent (CNY)');
  });

  it('shows the owner the same calls with their costs, so the scan above can fail', async () => {
    await actAs('老板', 'owner');
    // The monthly report as a job is covered by report-monthly tests; here it would only start a worker.
    const owner = await scan(new Set(['reports:monthly']));
    const leaking = Object.entries(owner)
      .filter(([, r]) => r.leaks.length > 0 || r.header?.some((h) => COST_KEY.test(h)))
      .map(([c]) => c);
    expect(leaking).toEqual(
      expect.arrayContaining([
        'dashboard:overview',
        'dashboard:rankings',
        'kpis:compute',
        'orders:get',
        'customers:list',
        'customers:get',
        'customers:exportSegment',
        'catalog:getProduct',
        'catalog:exportProducts',
        'catalog:productTemplate',
        'pricing:workbench',
        'pricing:previewRepricing',
      ]),
    );
    expect(Object.values(owner).filter((r) => r.code)).toEqual([]);
  });

  it('refuses cost writes, the catalog import and repricing FORBIDDEN in both languages, changing nothing', async () => {
    await actAs('张客服', 'service');
    const mugRed = shop.mug.skus.find((s) => s.code === 'MUG-RED')!;
    const costRows = count(core, 'sku_costs');
    const file = csv('import.csv');
    fs.writeFileSync(file, 'Product name,SKU code\n杯,MUG-NEW\n');
    const calls: [Namespace, string, unknown, string][] = [
      [
        'catalog',
        'setCost',
        { skuId: mugRed.id, ...costOf(1000, '2024-05-01T00:00:00Z') },
        'costRoleCatalog',
      ],
      ['catalog', 'importProducts', { path: file }, 'costRoleCatalog'],
      [
        'catalog',
        'createProduct',
        { name: '新品', skus: [{ code: 'NEW-1', name: 'n', cost: costOf(1000) }] },
        'costRoleCatalog',
      ],
      [
        'catalog',
        'upsertSku',
        { productId: shop.mug.id, id: mugRed.id, code: 'MUG-RED', name: '红色 350ml', cost: costOf(2000) },
        'costRoleCatalog',
      ],
      [
        'pricing',
        'applyRepricing',
        { selection: {}, rule: { kind: 'costPlus', marginBp: 3000 }, reason: 'x' },
        'costRolePricing',
      ],
    ];
    for (const [ns, method, input, key] of calls) {
      const answer = (await core.dispatch(ns, method as never, input as never)) as Answer;
      expect({ method, answer }).toMatchObject({
        method,
        answer: { ok: false, error: { code: 'FORBIDDEN', key } },
      });
    }
    expect(count(core, 'sku_costs')).toBe(costRows);
    expect(count(core, 'products')).toBe(2);
    // A price change by the agent keeps the floor it never sees, even when its form sends none.
    const changed = await value<{ priceMinor: number; priceFloorMinor: number | null }>(
      core.dispatch('catalog', 'upsertListing', {
        skuId: mugRed.id,
        storefrontId: shop.tmall.id,
        priceMinor: 5200,
        priceFloorMinor: null,
      }),
    );
    expect(changed).toMatchObject({ priceMinor: 5200, priceFloorMinor: null });
    const floor = core.ctx.sqlite.prepare('SELECT price_floor_minor FROM listings WHERE id = ?').pluck();
    expect(floor.get(ids.listing)).toBe(4000);
    // Below the floor it is refused like anyone, but the answer does not name the floor.
    const below = (await core.dispatch('catalog', 'upsertListing', {
      skuId: mugRed.id,
      storefrontId: shop.tmall.id,
      priceMinor: 3900,
    })) as Answer;
    expect(below).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'belowFloor' } });
    expect(JSON.stringify(below)).not.toMatch(/4000|floor"/);
    for (const key of Object.keys(costRoleErrorEn) as (keyof typeof costRoleErrorEn)[]) {
      expect(costRoleErrorZh[key]).toMatch(/客服/);
      expect(costRoleErrorEn[key]).toMatch(/service role/);
    }
  });
});

describe('channeldesk report monthly with the service role acting', { timeout: 120_000 }, () => {
  it('refuses the report, names the reason and writes no file', async () => {
    const out = path.join(dir, 'report.xlsx');
    await actAs('张客服', 'service');
    const run = await runCli(path.join(dir, 'default-data'), [
      'report',
      'monthly',
      '--db',
      path.join(dir, 'shop.db'),
      '--month',
      '2024-03',
      '--out',
      out,
    ]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(costRoleErrorEn.costRoleReport);
    expect(fs.existsSync(out)).toBe(false);
  });
});
