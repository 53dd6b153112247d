import type { Sqlite } from '../db/connection';
import type { DashboardQuery } from '../../../shared/api/schemas/dashboard';
import { alertKinds, type AlertSeverity, type DashboardAlert } from '../../../shared/domain/dashboard';
import { validOrderStatuses } from '../../../shared/domain/orders';
import { sellsAtALoss } from '../../../shared/logic/dashboard-changes';
import { dayStartUtc } from '../../../shared/logic/dates';
import { addDays } from '../../../shared/logic/metrics';
import { rateOnDay } from '../orders/kpi-queries';
import { readProductProfit } from '../orders/rollups/product-profit';
import { readShop, readStorefronts, stmt } from '../pricing/raw-context';
import { notFound } from '../../../shared/api/result';
import { belowFloorListings } from './below-floor';
import { lowScores, overdueTickets, promotionConflictAlerts } from './service-alerts';
import { nowIso } from '../../../shared/logic/ids';
import { costsHiddenFor, isFxMissing } from './service';

const VALID = `(${validOrderStatuses.map((s) => `'${s}'`).join(', ')})`;

/** Query values of a link to the order list for a period and storefronts (OrdersPage reads them). */
const ordersQuery = (from: string, to: string, storefrontIds: string[]): Record<string, string> => ({
  from,
  to,
  ...(storefrontIds.length ? { storefront: storefrontIds.join(',') } : {}),
});

/**
 * Orders of the period that computeKpis cannot convert: their currency, or their storefront's (fixed fees and
 * default shipping are in it), has no rate on or before the order day. One alert per missing currency,
 * linking to those storefronts' orders between the first and last such day. Grouped by day in SQL first, so
 * a month at a million orders is a few hundred rate look-ups.
 */
function fxMissing(sqlite: Sqlite, q: DashboardQuery, baseCurrency: string): DashboardAlert[] {
  const rows = stmt(
    sqlite,
    `SELECT o.currency AS currency, s.currency AS sfCurrency, o.storefront_id AS sf, o.placed_date AS day,
            count(*) AS n
       FROM orders o JOIN storefronts s ON s.id = o.storefront_id
      WHERE o.placed_date BETWEEN @from AND @to AND o.status IN ${VALID}
        AND (@sf IS NULL OR o.storefront_id = @sf) AND (o.currency <> @base OR s.currency <> @base)
      GROUP BY o.placed_date, o.storefront_id, o.currency`,
  ).all({ from: q.from, to: q.to, sf: q.storefrontId ?? null, base: baseCurrency }) as {
    currency: string;
    sfCurrency: string;
    sf: string;
    day: string;
    n: number;
  }[];
  const missing = new Map<string, { orders: number; from: string; to: string; storefronts: Set<string> }>();
  const known = new Map<string, boolean>();
  const hasRate = (currency: string, day: string): boolean => {
    if (currency === baseCurrency) return true;
    const key = `${currency}|${day}`;
    if (!known.has(key)) known.set(key, rateOnDay(sqlite, currency, day) !== undefined);
    return known.get(key)!;
  };
  for (const r of rows) {
    const currency = !hasRate(r.currency, r.day)
      ? r.currency
      : !hasRate(r.sfCurrency, r.day)
        ? r.sfCurrency
        : null;
    if (currency === null) continue;
    const m = missing.get(currency) ?? { orders: 0, from: r.day, to: r.day, storefronts: new Set<string>() };
    missing.set(currency, m);
    m.orders += r.n;
    if (r.day < m.from) m.from = r.day;
    if (r.day > m.to) m.to = r.day;
    m.storefronts.add(r.sf);
  }
  return [...missing].map(([currency, m]) => ({
    kind: 'fxMissing',
    severity: 'critical',
    count: m.orders,
    params: { currency, from: m.from, to: m.to },
    link: { route: '/orders', query: ordersQuery(m.from, m.to, [...m.storefronts].sort()) },
  }));
}

/** SKUs with a gross profit below zero in the period; skipped while an FX rate is missing (that alert says so). */
function negativeMargin(sqlite: Sqlite, q: DashboardQuery): DashboardAlert[] {
  let losing: number;
  let lossMinor = 0;
  try {
    const rows = readProductProfit(sqlite, q).filter(sellsAtALoss);
    losing = rows.length;
    for (const r of rows) lossMinor += r.grossProfitMinor;
  } catch (err) {
    if (isFxMissing(err)) return [];
    throw err;
  }
  if (!losing) return [];
  return [
    {
      kind: 'negativeMargin',
      severity: 'warning',
      count: losing,
      params: { lossMinor, from: q.from, to: q.to },
      link: {
        route: '/dashboard/products',
        query: {
          from: q.from,
          to: q.to,
          loss: '1',
          ...(q.storefrontId ? { storefront: q.storefrontId } : {}),
        },
      },
    },
  ];
}

function belowFloor(sqlite: Sqlite, q: DashboardQuery): DashboardAlert[] {
  const n = belowFloorListings(sqlite, q.storefrontId).length;
  if (!n) return [];
  return [
    {
      kind: 'belowFloor',
      severity: 'warning',
      count: n,
      params: {},
      link: {
        route: '/dashboard/below-floor',
        query: q.storefrontId ? { storefront: q.storefrontId } : {},
      },
    },
  ];
}

/**
 * Live SKUs of live products at or below their reorder point — the catalog's own low-stock filter, so the link
 * lists the same products. Stock is shared by every storefront: the storefront filter does not apply.
 */
function lowStock(sqlite: Sqlite): DashboardAlert[] {
  const r = stmt(
    sqlite,
    `SELECT count(*) AS skus, count(DISTINCT s.product_id) AS products,
            coalesce(sum(s.stock_on_hand <= 0), 0) AS out
       FROM skus s JOIN products p ON p.id = s.product_id
      WHERE s.archived = 0 AND p.archived = 0 AND s.stock_on_hand <= s.reorder_point`,
  ).get() as { skus: number; products: number; out: number };
  if (!r.skus) return [];
  return [
    {
      kind: 'lowStock',
      severity: r.out > 0 ? 'critical' : 'warning',
      count: r.skus,
      params: { products: r.products, outOfStock: r.out },
      link: { route: '/catalog', query: { lowStock: '1' } },
    },
  ];
}

/**
 * Imports made in the period whose files (same sha-256 over the same bytes) had been imported before, on this
 * or another storefront. Re-importing on one storefront never duplicates orders, but the same file on two
 * storefronts counts every order twice — either way the owner should look.
 */
function duplicateImports(sqlite: Sqlite, q: DashboardQuery, timezone: string): DashboardAlert[] {
  const utc = (day: string) => dayStartUtc(day, timezone);
  const r = stmt(
    sqlite,
    `SELECT count(*) AS n, count(DISTINCT i.checksum) AS files FROM imports i
      WHERE i.at >= @start AND i.at < @end AND (@sf IS NULL OR i.storefront_id = @sf)
        AND EXISTS (SELECT 1 FROM imports e WHERE e.checksum = i.checksum AND e.id <> i.id AND e.at <= i.at)`,
  ).get({ start: utc(q.from), end: utc(addDays(q.to, 1)), sf: q.storefrontId ?? null }) as {
    n: number;
    files: number;
  };
  if (!r.n) return [];
  return [
    {
      kind: 'duplicateImport',
      severity: 'info',
      count: r.n,
      params: { files: r.files },
      link: { route: '/orders/import', query: { repeated: '1' } },
    },
  ];
}

const severityOrder: Record<AlertSeverity, number> = { critical: 0, warning: 1, info: 2 };

/**
 * What needs the owner's attention for a period (and storefront), most severe first: FX gaps, loss-making SKUs,
 * below-floor listings, low stock, repeated imports, promotion conflicts, overdue tickets and low survey scores
 * still to follow up.
 * Costs and profit stay hidden from the service role: no margin or floor alerts for them.
 */
export function dashboardAlerts(sqlite: Sqlite, q: DashboardQuery): DashboardAlert[] {
  const { baseCurrency, timezone } = readShop(sqlite);
  if (q.storefrontId !== undefined && !readStorefronts(sqlite).has(q.storefrontId)) {
    throw notFound('storefront', q.storefrontId);
  }
  const hidden = costsHiddenFor(sqlite);
  const alerts = [
    ...fxMissing(sqlite, q, baseCurrency),
    ...(hidden ? [] : negativeMargin(sqlite, q)),
    ...(hidden ? [] : belowFloor(sqlite, q)),
    ...lowStock(sqlite),
    ...duplicateImports(sqlite, q, timezone),
    ...promotionConflictAlerts(sqlite, q, nowIso(), hidden),
    ...overdueTickets(sqlite, q, nowIso()),
    ...lowScores(sqlite, q),
  ];
  return alerts.sort(
    (a, b) =>
      severityOrder[a.severity] - severityOrder[b.severity] ||
      alertKinds.indexOf(a.kind) - alertKinds.indexOf(b.kind),
  );
}
