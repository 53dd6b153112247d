import type BetterSqlite3 from 'better-sqlite3';
import { inTransaction } from '../db/transaction';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { DemoStatus } from '../../../shared/domain/demo';
import type { StorefrontFields } from '../../../shared/api/schemas/storefronts';
import { AppError } from '../../../shared/api/result';
import { readSettingRows, writeSettingRows } from '../settings/repo';
import { createStorefront } from '../storefronts/service';
import { createStaff } from '../staff/service';
import { addFxRate } from '../fx/service';
import { DEFAULT_DEMO_SEED, mulberry32, writeDemoCatalog } from './demo-catalog';
import { demoUsdRates } from './demo-fx';
import {
  DEFAULT_DEMO_ORDERS,
  DEMO_ORDERS_PER_TRANSACTION,
  writeDemoOrders,
  type DemoOrderCounts,
} from './demo-orders';
import { demoWindow } from './demo-plan';
import { refreshCustomerStats } from '../customers/stats';
import { createStagedDemo } from './demo-staging';
import { writeDemoTickets, type DemoTicketCounts } from './demo-tickets';
import { writeDemoSurveys } from './demo-surveys';

const noCommissions: StorefrontFields['feeRules']['categoryCommissions'] = [];

/**
 * The demo shop's storefronts, with fee rules close to each platform's usual terms for a small seller
 * (commission and payment fee in basis points, amounts in minor units).
 */
export const demoStorefronts: StorefrontFields[] = [
  {
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
  },
  {
    name: '京东自营店',
    platform: 'jd',
    currency: 'CNY',
    timezone: 'Asia/Shanghai',
    role: 'core',
    feeRules: {
      commissionRateBp: 800,
      paymentFeeRateBp: 0,
      fixedFeeMinor: 0,
      shippingCostMinor: 1000,
      categoryCommissions: noCommissions,
    },
  },
  {
    name: '拼多多店',
    platform: 'pinduoduo',
    currency: 'CNY',
    timezone: 'Asia/Shanghai',
    role: 'auxiliary',
    feeRules: {
      commissionRateBp: 60,
      paymentFeeRateBp: 0,
      fixedFeeMinor: 0,
      shippingCostMinor: 450,
      categoryCommissions: noCommissions,
    },
  },
  {
    name: '抖音小店',
    platform: 'douyin',
    currency: 'CNY',
    timezone: 'Asia/Shanghai',
    role: 'auxiliary',
    feeRules: {
      commissionRateBp: 500,
      paymentFeeRateBp: 0,
      fixedFeeMinor: 0,
      shippingCostMinor: 600,
      categoryCommissions: noCommissions,
    },
  },
  {
    name: 'Shopify Global',
    platform: 'shopify',
    currency: 'USD',
    timezone: 'America/Los_Angeles',
    role: 'pilot',
    feeRules: {
      commissionRateBp: 0,
      paymentFeeRateBp: 290,
      fixedFeeMinor: 30,
      shippingCostMinor: 650,
      categoryCommissions: noCommissions,
    },
  },
];

const demoStaff = [
  { name: '王店长', role: 'owner' as const },
  { name: '李运营', role: 'operator' as const },
  { name: '张客服', role: 'service' as const },
  // The after-sales desk (demo-tickets.ts) shares its queue among three agents.
  { name: '刘客服', role: 'service' as const },
  { name: '陈客服', role: 'service' as const },
];

export async function demoStatus(db: Kysely<Database>): Promise<DemoStatus> {
  const count = await db
    .selectFrom('storefronts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const settings = await readSettingRows(db);
  return { empty: Number(count.n) === 0, isDemo: settings.get('demo') === true };
}

async function refuseUnlessEmpty(db: Kysely<Database>): Promise<void> {
  if (!(await demoStatus(db)).empty) {
    throw new AppError('CONFLICT', 'The demo shop can only be created in an empty database', {
      key: 'demoNotEmpty',
    });
  }
}

export interface DemoOptions {
  seed?: number;
  /** Orders to generate (DEFAULT_DEMO_ORDERS when omitted; 0 gives a shop without orders). */
  orders?: number;
  /** The moment the demo is created: its 18 months of orders end here. */
  now?: Date;
  onProgress?: (done: number, total: number) => void;
  /** False: no after-sales tickets (a test comparing the order figures with and without them). */
  tickets?: boolean;
  /** Set by createStagedDemo for the staging file it writes into (demo-staging.ts). */
  staged?: boolean;
}

export interface DemoShop {
  status: DemoStatus;
  orders: DemoOrderCounts;
  tickets: DemoTicketCounts | null;
}

const DEMO_TIMEZONE = 'Asia/Shanghai';
const DAY_MS = 86_400_000;

/**
 * Fills an empty database with the demo shop. Refuses a database that already holds a shop, so a click on
 * "Open the demo shop" can never mix invented data into real data. Up to DEMO_ORDERS_PER_TRANSACTION orders
 * (the first-run demo included) the whole shop is ONE transaction: a crash or kill leaves the database empty,
 * so the demo can simply be opened again — a catalog committed without its orders would make the database
 * "not empty" and the demo impossible to retry. Bigger shops (`demo --orders 1000000`) write their orders in
 * batched transactions after the shop (a million orders in one would grow the WAL file to the size of the
 * database) — into a staging file copied in as one transaction at the end (demo-staging.ts), so a killed run
 * leaves the database empty, never some of the batches.
 */
export async function createDemoShop(
  db: Kysely<Database>,
  sqlite: BetterSqlite3.Database,
  options: DemoOptions = {},
): Promise<DemoShop> {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const now = options.now ?? new Date();
  const window = demoWindow(now, DEMO_TIMEZONE);
  const since = new Date(window.dayStartMs(window.firstDay) - DAY_MS).toISOString();
  // Halfway through: the older half of the orders keeps the older costs (cost at order time).
  const costChangeAt = new Date(
    window.dayStartMs(window.firstDay + Math.floor((window.lastDay - window.firstDay) / 2)),
  ).toISOString();
  const count = options.orders ?? DEFAULT_DEMO_ORDERS;
  if (count > DEMO_ORDERS_PER_TRANSACTION && !options.staged) {
    await refuseUnlessEmpty(db);
    const shop = await createStagedDemo(db, sqlite, (staging) =>
      createDemoShop(staging.db, staging.sqlite, { ...options, staged: true }),
    );
    return { ...shop, status: await demoStatus(db) };
  }
  const writeOrders = (): DemoOrderCounts => {
    const written = writeDemoOrders(sqlite, {
      count,
      seed,
      now,
      shopTimezone: DEMO_TIMEZONE,
      onProgress: options.onProgress,
    });
    // As an import does after writing: the customer list's stored figures and RFM tiers, for every customer.
    refreshCustomerStats(sqlite, 'all', { at: now.toISOString() });
    return written;
  };
  const writeTickets = (): DemoTicketCounts | null => {
    if (options.tickets === false) return null;
    const written = writeDemoTickets(sqlite, { seed, now, shopTimezone: DEMO_TIMEZONE });
    // Surveys answer the closed tickets and completed orders (demo-surveys.ts), low scores open follow-ups.
    writeDemoSurveys(sqlite, { seed, now, shopTimezone: DEMO_TIMEZONE });
    return written;
  };
  let orders: DemoOrderCounts | undefined;
  let tickets: DemoTicketCounts | null = null;
  await inTransaction(db, async (trx) => {
    await refuseUnlessEmpty(trx);
    await writeSettingRows(trx, { baseCurrency: 'CNY', timezone: DEMO_TIMEZONE, demo: true });
    for (const member of demoStaff) await createStaff(trx, member);
    for (const storefront of demoStorefronts) await createStorefront(trx, storefront);
    for (const rate of demoUsdRates(window.months, mulberry32(seed ^ 0xf0f0))) {
      await addFxRate(trx, { currency: 'USD', ...rate });
    }
    // Same connection as trx: the raw statements run inside this all-or-nothing transaction.
    const storefronts = await trx.selectFrom('storefronts').select(['id', 'platform', 'currency']).execute();
    writeDemoCatalog(sqlite, storefronts, seed, { since, costChangeAt });
    if (count <= DEMO_ORDERS_PER_TRANSACTION) {
      orders = writeOrders();
      tickets = writeTickets();
    }
  });
  if (!orders) {
    orders = writeOrders();
    // Tickets point at orders: after the batches, in a transaction of their own.
    tickets = sqlite.transaction(writeTickets)();
  }
  return { status: await demoStatus(db), orders, tickets };
}

/** The first-run demo shop (the API's `demo:open`): default seed and order count. */
export async function openDemoShop(
  db: Kysely<Database>,
  sqlite: BetterSqlite3.Database,
  options: DemoOptions = {},
): Promise<DemoStatus> {
  return (await createDemoShop(db, sqlite, options)).status;
}
