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
import { DEFAULT_DEMO_SEED, DEMO_USD_RATE, writeDemoCatalog } from './demo-catalog';

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
];

export async function demoStatus(db: Kysely<Database>): Promise<DemoStatus> {
  const count = await db
    .selectFrom('storefronts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const settings = await readSettingRows(db);
  return { empty: Number(count.n) === 0, isDemo: settings.get('demo') === true };
}

/**
 * Fills an empty database with the demo shop. Refuses a database that already holds a shop, so a click on
 * "Open the demo shop" can never mix invented data into real data. All or nothing.
 */
export async function openDemoShop(
  db: Kysely<Database>,
  sqlite: BetterSqlite3.Database,
  seed = DEFAULT_DEMO_SEED,
): Promise<DemoStatus> {
  await inTransaction(db, async (trx) => {
    const status = await demoStatus(trx);
    if (!status.empty) {
      throw new AppError('CONFLICT', 'The demo shop can only be created in an empty database', {
        key: 'demoNotEmpty',
      });
    }
    await writeSettingRows(trx, { baseCurrency: 'CNY', timezone: 'Asia/Shanghai', demo: true });
    for (const member of demoStaff) await createStaff(trx, member);
    for (const storefront of demoStorefronts) await createStorefront(trx, storefront);
    await addFxRate(trx, { currency: 'USD', date: '2025-01-01', rate: DEMO_USD_RATE });
    // Same connection as trx: the raw statements run inside this all-or-nothing transaction.
    const storefronts = await trx.selectFrom('storefronts').select(['id', 'platform', 'currency']).execute();
    writeDemoCatalog(sqlite, storefronts, seed);
  });
  return demoStatus(db);
}
