import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Core } from '../../electron/core/app';
import { importProductsFile, type ImportSummary } from '../../electron/core/catalog/import/run-import';

export const catalogFixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/catalog/${name}`, import.meta.url));

const feeRules = {
  commissionRateBp: 0,
  paymentFeeRateBp: 0,
  fixedFeeMinor: 0,
  shippingCostMinor: 0,
  categoryCommissions: [],
};

/** The two storefronts the fixtures name in their price@ columns. */
export async function addFixtureStorefronts(core: Core): Promise<void> {
  for (const [name, platform, currency] of [
    ['天猫旗舰店', 'tmall', 'CNY'],
    ['Shopify Global', 'shopify', 'USD'],
  ] as const) {
    const r = await core.dispatch('storefronts', 'create', {
      name,
      platform,
      currency,
      timezone: 'Asia/Shanghai',
      role: 'core',
      feeRules,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  }
}

/** Imports in-process on the core's own connection (the job does the same on its worker's connection). */
export async function importFile(core: Core, file: string): Promise<ImportSummary> {
  return importProductsFile(core.ctx.sqlite, path.resolve(file), {
    progress: () => undefined,
    cancelled: false,
  });
}

type Plain = { row: number; column: string; message: string };
/** Errors and warnings as the CLI contract prints them; `key`/`params` are checked where they matter. */
export async function importFilePlain(
  core: Core,
  file: string,
): Promise<Omit<ImportSummary, 'errors' | 'warnings'> & { errors: Plain[]; warnings: Plain[] }> {
  const summary = await importFile(core, file);
  const plain = ({ row, column, message }: Plain) => ({ row, column, message });
  return { ...summary, errors: summary.errors.map(plain), warnings: summary.warnings.map(plain) };
}

/** Row counts of every table an import writes, to prove a refused file wrote nothing. */
export function tableCounts(core: Core): Record<string, number> {
  const tables = [
    'products',
    'skus',
    'sku_costs',
    'listings',
    'price_history',
    'stock_movements',
    'audit_log',
  ];
  return Object.fromEntries(
    tables.map((t) => [
      t,
      (core.ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
    ]),
  );
}
