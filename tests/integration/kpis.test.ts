import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeKpis } from '../../electron/core/orders/kpis';
import { EXACT_REMAINDER_TERMS } from '../../electron/core/orders/kpi-money';
import type { KpiFigures, KpiReport } from '../../shared/domain/kpis';
import { roundHalfAwayFromZero, sum, type Fraction } from '../../shared/logic/fraction';
import { orderProfit } from '../../shared/logic/order-profit';
import { createStorefront, shopifyFields, tmallFields, value, type TempCore } from '../helpers/catalog-data';
import { insertCustomer, insertOrder, insertSku, readOrderForProfit } from '../helpers/insert-orders';
import { tempCore } from '../helpers/temp-core';

let core: TempCore;
beforeEach(async () => {
  core = await tempCore('channeldesk-kpis');
});
afterEach(() => core.cleanup());

const june = { from: '2024-06-01', to: '2024-06-30' };
const zeroFigures: KpiFigures = {
  orders: 0,
  units: 0,
  grossSalesMinor: 0,
  discountsMinor: 0,
  refundsMinor: 0,
  netSalesMinor: 0,
  shippingIncomeMinor: 0,
  averageOrderValueMinor: null,
  refundRateBp: null,
  cogsMinor: 0,
  unmatchedLines: 0,
  feesMinor: 0,
  shippingCostMinor: 0,
  grossProfitMinor: 0,
  grossMarginBp: null,
  buyers: 0,
  newCustomers: 0,
  repurchaseRateBp: null,
  retentionBp: null,
};

/**
 * 天猫旗舰店 (CNY: 5 %, 家居 4 %, 0.6 % payment, ¥8.00 shipping), Shopify US (USD: 2.9 % + 30¢, $6.50 shipping,
 * at 7.1 from June 1 and 7.2 from June 15), 京东自营 (CNY, no orders). Customers c1…c4; see each order below.
 */
async function shop() {
  const sqlite = core.ctx.sqlite;
  const tmall = await createStorefront(core, tmallFields);
  const shopify = await createStorefront(core, shopifyFields);
  const jd = await createStorefront(core, { ...tmallFields, name: '京东自营', platform: 'jd' });
  await value(core.dispatch('fx', 'add', { currency: 'USD', date: '2024-06-01', rate: '7.1' }));
  await value(core.dispatch('fx', 'add', { currency: 'USD', date: '2024-06-15', rate: '7.2' }));
  const home = insertSku(sqlite, 'H1', '家居');
  const cloth = insertSku(sqlite, 'C1', '服饰');
  const [c1, c2, c3, c4] = ['c1', 'c2', 'c3', 'c4'].map((id) => insertCustomer(sqlite, id));
  const H1 = (quantity: number, unitPriceMinor: number, lineDiscountMinor = 0) => ({
    skuId: home,
    unitCostBaseMinor: 2_000,
    quantity,
    unitPriceMinor,
    lineDiscountMinor,
  });
  const C1 = (quantity: number, unitPriceMinor: number) => ({
    skuId: cloth,
    unitCostBaseMinor: 1_500,
    quantity,
    unitPriceMinor,
  });
  const ids: string[] = [];
  const order = (spec: Parameters<typeof insertOrder>[1]) => {
    const id = insertOrder(sqlite, spec);
    ids.push(id);
    return id;
  };

  // May (previous period): c1 and c3 bought on Tmall.
  order({ storefrontId: tmall.id, placedDate: '2024-05-10', customerId: c1, lines: [C1(1, 3_000)] });
  order({ storefrontId: tmall.id, placedDate: '2024-05-20', customerId: c3, lines: [C1(1, 3_000)] });
  // T1: 2 × ¥50 (家居, −¥5) + ¥30 (服饰), ¥10 coupon, ¥7 platform subsidy, ¥6 shipping charged; paid ¥114.
  order({
    storefrontId: tmall.id,
    placedDate: '2024-06-05',
    customerId: c1,
    lines: [H1(2, 5_000, 500), C1(1, 3_000)],
    orderDiscountMinor: 1_000,
    platformDiscountMinor: 700,
    shippingIncomeMinor: 600,
  });
  // T2: ¥30 fully refunded, actual fees ¥2.00, own shipping ¥5.00.
  order({
    storefrontId: tmall.id,
    placedDate: '2024-06-12',
    status: 'shipped',
    customerId: c1,
    lines: [C1(1, 3_000)],
    refundedMinor: 3_000,
    feesMinor: 200,
    shippingCostMinor: 500,
  });
  // T3: an unmatched ¥20 line and ¥50 家居.
  order({
    storefrontId: tmall.id,
    placedDate: '2024-06-20',
    status: 'completed',
    customerId: c2,
    lines: [{ quantity: 1, unitPriceMinor: 2_000 }, H1(1, 5_000)],
  });
  // Neither counts: cancelled and unpaid.
  order({
    storefrontId: tmall.id,
    placedDate: '2024-06-08',
    status: 'cancelled',
    customerId: c3,
    lines: [H1(9, 9_999)],
  });
  order({
    storefrontId: tmall.id,
    placedDate: '2024-06-09',
    status: 'pending_payment',
    customerId: c3,
    lines: [H1(9, 9_999)],
  });
  // S1 (rate 7.1): 2 × $19.99, $5 shipping charged, fee rule, default shipping.
  order({
    storefrontId: shopify.id,
    placedDate: '2024-06-10',
    currency: 'USD',
    customerId: c4,
    lines: [C1(2, 1_999)],
    shippingIncomeMinor: 500,
  });
  // S2 (rate 7.2): $25 with a $2.50 coupon, actual fees $1.20, own shipping $4.00.
  order({
    storefrontId: shopify.id,
    placedDate: '2024-06-20',
    currency: 'USD',
    status: 'completed',
    customerId: c1,
    lines: [H1(1, 2_500)],
    orderDiscountMinor: 250,
    feesMinor: 120,
    shippingCostMinor: 400,
  });
  // July: outside the period.
  order({ storefrontId: tmall.id, placedDate: '2024-07-01', customerId: c2, lines: [H1(1, 5_000)] });
  return { tmall, shopify, jd, ids };
}

const byName = (report: KpiReport, name: string) => report.storefronts.find((s) => s.name === name)!;

describe('computeKpis', () => {
  it('computes every figure per storefront and in total by the METRICS.md definitions', async () => {
    const { tmall, shopify, jd } = await shop();
    const report = computeKpis(core.ctx.sqlite, june);
    expect(report.baseCurrency).toBe('CNY');
    expect(report.previous).toEqual({ from: '2024-05-02', to: '2024-05-31' });
    expect(report.storefronts.map((s) => s.name)).toEqual(['Shopify US', '京东自营', '天猫旗舰店']);

    // Tmall: T1 + T2 + T3. Gross 13000 + 3000 + 7000 = 23000; discounts 500 + 1000 = 1500 (not the ¥7 subsidy);
    // refunds 3000; net 18500. AOV (23000 − 1500) ÷ 3 = 7166.67 → 7167; refund rate 3000 ÷ 21500 = 0.1395.
    // COGS 2×2000 + 1500 | 1500 | 2000 (+ 0 unmatched) = 9000.
    // Fees: T1 rule = commission (4 % × (9500 − 760) + 5 % × (3000 − 240) = 487.6) + 0.6 % × 11400 (68.4) = 556;
    // T2 actual 200; T3 rule = 5 % × 2000 + 4 % × 5000 (300) + 0.6 % × 7000 (42) = 342. Σ 1098.
    // Shipping cost 800 (default) + 500 (own) + 800 = 2100. Profit 18500 + 600 − 9000 − 1098 − 2100 = 6902.
    expect(byName(report, '天猫旗舰店')).toEqual({
      storefrontId: tmall.id,
      name: '天猫旗舰店',
      orders: 3,
      units: 6,
      grossSalesMinor: 23_000,
      discountsMinor: 1_500,
      refundsMinor: 3_000,
      netSalesMinor: 18_500,
      shippingIncomeMinor: 600,
      averageOrderValueMinor: 7_167,
      refundRateBp: 1_395,
      cogsMinor: 9_000,
      unmatchedLines: 1,
      feesMinor: 1_098,
      shippingCostMinor: 2_100,
      grossProfitMinor: 6_902,
      grossMarginBp: 3_731, // 6902 ÷ 18500 = 0.37308
      buyers: 2, // c1 (twice), c2
      newCustomers: 1, // c2; c1 bought in May
      repurchaseRateBp: 5_000,
      retentionBp: 5_000, // May: c1, c3; c1 came back
    });

    // Shopify at 7.1 (S1) and 7.2 (S2): gross 3998 × 7.1 + 2500 × 7.2 = 28385.8 + 18000 = 46385.8 → 46386;
    // discounts 250 × 7.2 = 1800; net 44585.8 → 44586; shipping income 500 × 7.1 = 3550; AOV 44585.8 ÷ 2 → 22293.
    // Fees: S1 rule (2.9 % × 4498 = 130.442 + 30) × 7.1 = 1139.1382; S2 actual 120 × 7.2 = 864; Σ 2003.1382 → 2003.
    // Shipping 650 × 7.1 + 400 × 7.2 = 4615 + 2880 = 7495. COGS 3000 + 2000.
    // Profit 44585.8 + 3550 − 5000 − 2003.1382 − 7495 = 33637.6618 → 33638; margin 0.75445.
    expect(byName(report, 'Shopify US')).toEqual({
      storefrontId: shopify.id,
      name: 'Shopify US',
      orders: 2,
      units: 3,
      grossSalesMinor: 46_386,
      discountsMinor: 1_800,
      refundsMinor: 0,
      netSalesMinor: 44_586,
      shippingIncomeMinor: 3_550,
      averageOrderValueMinor: 22_293,
      refundRateBp: 0,
      cogsMinor: 5_000,
      unmatchedLines: 0,
      feesMinor: 2_003,
      shippingCostMinor: 7_495,
      grossProfitMinor: 33_638,
      grossMarginBp: 7_544,
      buyers: 2,
      newCustomers: 1, // c4
      repurchaseRateBp: 0,
      retentionBp: null, // nobody bought on Shopify in May
    });

    expect(byName(report, '京东自营')).toEqual({ storefrontId: jd.id, name: '京东自营', ...zeroFigures });

    // Total: gross 23000 + 46385.8 = 69385.8; net 63085.8; AOV (69385.8 − 3300) ÷ 5 = 13217.16;
    // refund rate 3000 ÷ 66085.8 = 0.0454; profit 6902 + 33637.6618 = 40539.6618 → 40540; margin ÷ 63085.8 = 0.6426.
    // Customers once each: c1 (3 orders), c2, c4; new c2 and c4; May had c1 and c3, c1 came back.
    expect(report.total).toEqual({
      orders: 5,
      units: 9,
      grossSalesMinor: 69_386,
      discountsMinor: 3_300,
      refundsMinor: 3_000,
      netSalesMinor: 63_086,
      shippingIncomeMinor: 4_150,
      averageOrderValueMinor: 13_217,
      refundRateBp: 454,
      cogsMinor: 14_000,
      unmatchedLines: 1,
      feesMinor: 3_101,
      shippingCostMinor: 9_595,
      grossProfitMinor: 40_540,
      grossMarginBp: 6_426,
      buyers: 3,
      newCustomers: 2,
      repurchaseRateBp: 3_333,
      retentionBp: 5_000,
    });
  });

  it('agrees with orderProfit summed exactly over the valid orders', async () => {
    const { ids } = await shop();
    const sqlite = core.ctx.sqlite;
    const storefronts = await value<{ id: string; currency: string; feeRules: never }[]>(
      core.dispatch('storefronts', 'list', undefined),
    );
    const rates: Record<string, string> = { '2024-06-10': '7.1', '2024-06-20': '7.2' };
    const profits: Fraction[] = [];
    for (const id of ids) {
      const { order, placedDate, storefrontId } = readOrderForProfit(sqlite, id);
      const status = (sqlite.prepare('SELECT status FROM orders WHERE id = ?').get(id) as { status: string })
        .status;
      if (!placedDate.startsWith('2024-06') || ['cancelled', 'pending_payment'].includes(status)) continue;
      const sf = storefronts.find((s) => s.id === storefrontId)!;
      const p = orderProfit(order, sf, { baseCurrency: 'CNY', rates: { USD: rates[placedDate] ?? '0' } });
      profits.push(p.grossProfit.base);
    }
    expect(profits).toHaveLength(5);
    expect(computeKpis(sqlite, june).total.grossProfitMinor).toBe(roundHalfAwayFromZero(sum(...profits)));
  });

  it('filters one storefront, and its total is that storefront', async () => {
    const { shopify } = await shop();
    const report = computeKpis(core.ctx.sqlite, { ...june, storefrontId: shopify.id });
    expect(report.storefronts.map((s) => s.name)).toEqual(['Shopify US']);
    const { storefrontId, name, ...figures } = report.storefronts[0]!;
    expect({ storefrontId, name }).toEqual({ storefrontId: shopify.id, name: 'Shopify US' });
    expect(report.total).toEqual(figures);
    expect(report.total.feesMinor).toBe(2_003);
  });

  it('rounds once at the end: two 1.5-fen fees are 3 fen, not 2 + 2', async () => {
    const sf = await createStorefront(core, {
      ...tmallFields,
      feeRules: {
        ...tmallFields.feeRules,
        commissionRateBp: 0,
        shippingCostMinor: 0,
        categoryCommissions: [],
      },
    });
    // Paid ¥2.50 at 0.6 % = 1.5 fen, twice.
    for (const placedDate of ['2024-06-03', '2024-06-04'])
      insertOrder(core.ctx.sqlite, {
        storefrontId: sf.id,
        placedDate,
        lines: [{ quantity: 1, unitPriceMinor: 250 }],
      });
    const report = computeKpis(core.ctx.sqlite, june);
    expect(report.total.feesMinor).toBe(3);
    expect(report.total.grossProfitMinor).toBe(500 - 3);
  });

  it('splits order discounts pro rata across category rates, exactly, for many different order totals', async () => {
    const sf = await createStorefront(core, tmallFields);
    const home = insertSku(core.ctx.sqlite, 'H1', '家居');
    const sqlite = core.ctx.sqlite;
    // One order: ¥33.33 家居 (4 %) + ¥10.00 unmatched (5 %), ¥1.00 coupon, paid ¥42.33.
    // N = 4333 and S = 400 × 3333 + 500 × 1000 = 1833200 (basis points × fen).
    const single = insertOrder(sqlite, {
      storefrontId: sf.id,
      placedDate: '2024-06-02',
      lines: [
        { skuId: home, unitCostBaseMinor: 0, quantity: 1, unitPriceMinor: 3_333 },
        { quantity: 1, unitPriceMinor: 1_000 },
      ],
      orderDiscountMinor: 100,
    });
    // Commission = 1833200 × (4333 − 100) ÷ 4333 ÷ 10000 = 179.0891… fen; + 25.398 = 204.487… → 204.
    expect(computeKpis(sqlite, june).total.feesMinor).toBe(204);

    // Many more with different totals: more remainder terms than are summed exactly.
    const ids = [single];
    for (let i = 1; i <= EXACT_REMAINDER_TERMS + 16; i++) {
      ids.push(
        insertOrder(sqlite, {
          storefrontId: sf.id,
          placedDate: `2024-06-${String(1 + (i % 28)).padStart(2, '0')}`,
          lines: [
            { skuId: home, unitCostBaseMinor: 0, quantity: 1, unitPriceMinor: 1_000 + 7 * i },
            { quantity: 2, unitPriceMinor: 501 + i },
          ],
          orderDiscountMinor: 97 + i,
        }),
      );
    }
    const exact = sum(
      ...ids.map((id) => {
        const { order } = readOrderForProfit(sqlite, id);
        return orderProfit(order, sf, { baseCurrency: 'CNY', rates: {} }).fees.base;
      }),
    );
    expect(computeKpis(sqlite, june).total.feesMinor).toBe(roundHalfAwayFromZero(exact));
  });

  it('refuses an order date without an FX rate, naming the currency and date', async () => {
    const { shopify } = await shop();
    insertOrder(core.ctx.sqlite, {
      storefrontId: shopify.id,
      placedDate: '2024-05-30',
      currency: 'USD',
      lines: [{ quantity: 1, unitPriceMinor: 100 }],
    });
    const result = await core.dispatch('kpis', 'compute', { from: '2024-05-01', to: '2024-06-30' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        key: 'fxRateMissing',
        params: { currency: 'USD', date: '2024-05-30' },
        issues: [{ path: 'currency', message: 'fxMissing' }],
      },
    });
    expect(!result.ok && result.error.message).toMatch(/USD.*2024-05-30/);
  });

  it('answers through the API, refusing unknown storefronts and reversed periods', async () => {
    await shop();
    const ok = await value<KpiReport>(core.dispatch('kpis', 'compute', june));
    expect(ok.total.orders).toBe(5);
    expect(await core.dispatch('kpis', 'compute', { ...june, storefrontId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', key: 'notFound' },
    });
    expect(await core.dispatch('kpis', 'compute', { from: '2024-06-30', to: '2024-06-01' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'to', message: 'periodOrder' }] },
    });
  });
});
