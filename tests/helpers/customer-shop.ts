import type { CustomerDetail, CustomerList } from '../../shared/domain/customers';
import type { Storefront } from '../../shared/domain/storefronts';
import { refreshCustomerStats } from '../../electron/core/customers/stats';
import { costOf, createProduct, createStorefront, value, type TempCore } from './catalog-data';
import { parsedOrder, writeOrders, type ParsedOrderOverrides } from './order-builders';
import { tempCore } from './temp-core';

export interface CustomerShop {
  core: TempCore;
  /** 天猫 (tmall, CNY): 5 % commission, 家居 4 %, 0.6 % payment fee, ¥8.00 shipping per order. */
  tmall: Storefront;
  /** Shopify (USD): 2.9 % payment fee + 30¢, $6.50 shipping per order. */
  shopify: Storefront;
  /** JD (CNY): no fees, no shipping cost, so figures there are plain sums. */
  jd: Storefront;
}

/**
 * A CNY shop in Asia/Shanghai with three storefronts, SKUs MUG (家居, cost ¥20.00) and PEN (no category,
 * cost ¥5.00), and USD rates 7.0 from 2024-01-02 and 7.2 from 2024-06-01.
 */
export async function customerShop(name = 'customers'): Promise<CustomerShop> {
  const core = await tempCore(name);
  await value(core.dispatch('settings', 'update', { baseCurrency: 'CNY', timezone: 'Asia/Shanghai' }));
  const fees = { fixedFeeMinor: 0, categoryCommissions: [] };
  const tmall = await createStorefront(core, {
    name: '天猫旗舰店',
    platform: 'tmall',
    currency: 'CNY',
    timezone: 'Asia/Shanghai',
    role: 'core',
    feeRules: {
      commissionRateBp: 500,
      paymentFeeRateBp: 60,
      fixedFeeMinor: 0,
      shippingCostMinor: 800,
      categoryCommissions: [{ category: '家居', rateBp: 400 }],
    },
  });
  const shopify = await createStorefront(core, {
    name: 'Shopify US',
    platform: 'shopify',
    currency: 'USD',
    timezone: 'America/New_York',
    role: 'pilot',
    feeRules: {
      ...fees,
      commissionRateBp: 0,
      paymentFeeRateBp: 290,
      fixedFeeMinor: 30,
      shippingCostMinor: 650,
    },
  });
  const jd = await createStorefront(core, {
    name: '京东自营',
    platform: 'jd',
    currency: 'CNY',
    timezone: 'Asia/Shanghai',
    role: 'core',
    feeRules: { ...fees, commissionRateBp: 0, paymentFeeRateBp: 0, shippingCostMinor: 0 },
  });
  await createProduct(core, {
    name: '马克杯',
    category: '家居',
    skus: [{ code: 'MUG', name: '白色', stockOnHand: 1000, cost: costOf(2000) }],
  });
  await createProduct(core, {
    name: 'Pen',
    skus: [{ code: 'PEN', name: 'Blue', stockOnHand: 1000, cost: costOf(500) }],
  });
  await value(core.dispatch('fx', 'add', { currency: 'USD', date: '2024-01-02', rate: '7.0' }));
  await value(core.dispatch('fx', 'add', { currency: 'USD', date: '2024-06-01', rate: '7.2' }));
  return { core, tmall, shopify, jd };
}

/**
 * Writes orders through the OrderWriter and refreshes the figures of the customers it touched, exactly as
 * the import pipeline does at the end of an import. Returns the orders' ids by external id.
 */
export function importOrders(
  core: TempCore,
  storefrontId: string,
  orders: ParsedOrderOverrides[],
): Map<string, string> {
  const { ids } = writeOrders(core, storefrontId, orders.map(parsedOrder));
  const touched = core.ctx.sqlite
    .prepare('SELECT DISTINCT customer_id AS id FROM orders WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify([...ids.values()])) as { id: string }[];
  refreshCustomerStats(
    core.ctx.sqlite,
    touched.map((t) => t.id),
  );
  return ids;
}

export const customerOf = (core: TempCore, orderId: string): string =>
  (
    core.ctx.sqlite.prepare('SELECT customer_id FROM orders WHERE id = ?').get(orderId) as {
      customer_id: string;
    }
  ).customer_id;

export const listCustomers = (core: TempCore, query: object = {}) =>
  value<CustomerList>(core.dispatch('customers', 'list', { page: 1, pageSize: 50, ...query }));

export const getCustomer = (core: TempCore, id: string, query: object = {}) =>
  value<CustomerDetail>(core.dispatch('customers', 'get', { id, ...query }));

/** An instant `days` days before now, at the same time of day. */
export const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString();
