import { isCalendarDate } from '../../../shared/api/schemas/common';
import type { KpiFigures, KpiReport } from '../../../shared/domain/kpis';
import type { Storefront } from '../../../shared/domain/storefronts';
import { currencyMinorDigits, unscaleInteger } from '../../../shared/logic/decimal';
import { optionalString, parseCommand, requireString } from '../args';
import { rejected, usageError } from '../errors';
import { call, requireExistingDb, withCore } from '../open-core';
import { createOutput, formatTable } from '../output';

type Kind = 'count' | 'money' | 'ratio';

/** METRICS.md names in the order of its tables; the JSON keys and the rows of the human table. */
const figures: [name: string, key: keyof KpiFigures, kind: Kind, label: string][] = [
  ['orders', 'orders', 'count', 'Orders'],
  ['units', 'units', 'count', 'Units'],
  ['gross_sales', 'grossSalesMinor', 'money', 'Gross sales'],
  ['discounts', 'discountsMinor', 'money', 'Discounts'],
  ['refunds', 'refundsMinor', 'money', 'Refunds'],
  ['net_sales', 'netSalesMinor', 'money', 'Net sales'],
  ['shipping_income', 'shippingIncomeMinor', 'money', 'Shipping income'],
  ['average_order_value', 'averageOrderValueMinor', 'money', 'Average order value'],
  ['refund_rate', 'refundRateBp', 'ratio', 'Refund rate'],
  ['cogs', 'cogsMinor', 'money', 'COGS'],
  ['unmatched_lines', 'unmatchedLines', 'count', 'Unmatched lines'],
  ['fees', 'feesMinor', 'money', 'Fees'],
  ['shipping_cost', 'shippingCostMinor', 'money', 'Shipping cost'],
  ['gross_profit', 'grossProfitMinor', 'money', 'Gross profit'],
  ['gross_margin', 'grossMarginBp', 'ratio', 'Gross margin'],
  ['buyers', 'buyers', 'count', 'Buyers'],
  ['new_customers', 'newCustomers', 'count', 'New customers'],
  ['repurchase_rate', 'repurchaseRateBp', 'ratio', 'Repurchase rate'],
  ['retention', 'retentionBp', 'ratio', 'Retention'],
];

/**
 * ARCHITECTURE.md machine shape: money as numbers of base-currency major units (the figure is already rounded
 * to minor units, so the decimal text is exact), ratios as numbers with 4 decimals, or null.
 */
function jsonFigures(f: KpiFigures, digits: number): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [name, key, kind] of figures) {
    const value = f[key];
    if (value === null) out[name] = null;
    else if (kind === 'money') out[name] = Number(unscaleInteger(value, digits));
    else if (kind === 'ratio') out[name] = Number(unscaleInteger(value, 4));
    else out[name] = value;
  }
  return out;
}

function humanCell(value: number | null, kind: Kind, digits: number): string {
  if (value === null) return '—';
  if (kind === 'money') return unscaleInteger(value, digits);
  if (kind === 'ratio') return `${unscaleInteger(value, 2)} %`;
  return String(value);
}

function humanReport(report: KpiReport, digits: number): string {
  const columns = [
    ...report.storefronts.map((s) => ({ title: s.name, f: s as KpiFigures })),
    { title: 'Total', f: report.total },
  ];
  const rows = figures.map(([, key, kind, label]) => [
    label,
    ...columns.map((c) => humanCell(c.f[key], kind, digits)),
  ]);
  const title =
    `KPIs ${report.from} to ${report.to}, money in ${report.baseCurrency} ` +
    `(retention against ${report.previous.from} to ${report.previous.to})`;
  return `${title}\n\n${formatTable(['Figure', ...columns.map((c) => `>${c.title}`)], rows)}`;
}

function requireDate(value: string, option: string): string {
  if (!isCalendarDate(value)) throw usageError(`--${option} must be a real date YYYY-MM-DD, got "${value}"`);
  return value;
}

/** `kpis --from YYYY-MM-DD --to YYYY-MM-DD [--storefront NAME]`: METRICS.md figures of valid orders in the period. */
export async function kpisCommand(args: string[]): Promise<void> {
  const cmd = parseCommand(args, {
    from: { type: 'string' },
    to: { type: 'string' },
    storefront: { type: 'string' },
  });
  const from = requireDate(requireString(cmd, 'from'), 'from');
  const to = requireDate(requireString(cmd, 'to'), 'to');
  if (from > to) throw usageError(`--from ${from} is after --to ${to}`);
  const name = optionalString(cmd, 'storefront');
  const out = createOutput(cmd.json);
  requireExistingDb(cmd.dbFile);

  const report = await withCore(cmd.dbFile, async (core) => {
    let storefrontId: string | undefined;
    if (name !== undefined) {
      const all = await call<Storefront[]>(core, 'storefronts', 'list', { includeArchived: true });
      const found = all.find((s) => s.name.trim().toLowerCase() === name.trim().toLowerCase());
      if (!found) {
        const known = all.map((s) => s.name).join(', ') || 'none yet';
        throw rejected(`No storefront named "${name}" (storefronts: ${known})`, {
          code: 'NOT_FOUND',
          message: `No storefront named "${name}"`,
          key: 'notFound',
          params: { entity: 'storefront', id: name },
        });
      }
      storefrontId = found.id;
    }
    return call<KpiReport>(core, 'kpis', 'compute', { from, to, ...(storefrontId && { storefrontId }) });
  });
  const digits = currencyMinorDigits(report.baseCurrency);
  out.result(
    {
      currency: report.baseCurrency,
      from: report.from,
      to: report.to,
      storefronts: report.storefronts.map((s) => ({ name: s.name, ...jsonFigures(s, digits) })),
      total: jsonFigures(report.total, digits),
    },
    () => humanReport(report, digits),
  );
}
