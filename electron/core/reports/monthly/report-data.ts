import type { Sqlite } from '../../db/connection';
import type { KpiReport } from '../../../../shared/domain/kpis';
import type { Language } from '../../../../shared/domain/settings';
import { monthPeriod, shiftMonth } from '../../../../shared/logic/months';
import { computeKpis } from '../../orders/kpis';
import { readDailySeries, type DailyPoint } from '../../orders/rollups/daily-series';
import { readProductProfit, type ProductProfitRow } from '../../orders/rollups/product-profit';
import { readShop, stmt } from '../../pricing/raw-context';
import { localDateTimeFormatter } from '../xlsx-writer/local-time';

export interface StorefrontInfo {
  platform: string;
  currency: string;
}

/** Everything the report shows except the order lines, which are streamed from the database sheet by sheet. */
export interface MonthlyReportData {
  lang: Language;
  month: string;
  period: { from: string; to: string };
  previousMonth: string;
  lastYearMonth: string;
  /** computeKpis of the month, the previous month and the same month a year earlier: `channeldesk kpis` to the cent. */
  current: KpiReport;
  previous: KpiReport;
  lastYear: KpiReport;
  daily: DailyPoint[];
  products: ProductProfitRow[];
  storefronts: Map<string, StorefrontInfo>;
  shopName: string;
  timezone: string;
  /** Wall-clock time in the shop's zone, 'YYYY-MM-DD HH:mm:ss'. */
  generatedAt: string;
}

export function readMonthlyReportData(
  sqlite: Sqlite,
  month: string,
  lang: Language,
  now = new Date(),
): MonthlyReportData {
  const shop = readShop(sqlite);
  const period = monthPeriod(month);
  const previousMonth = shiftMonth(month, -1);
  const lastYearMonth = shiftMonth(month, -12);
  const storefronts = new Map(
    (
      stmt(sqlite, 'SELECT id, platform, currency FROM storefronts').all() as {
        id: string;
        platform: string;
        currency: string;
      }[]
    ).map((s) => [s.id, { platform: s.platform, currency: s.currency }]),
  );
  // The shop's name when one is set (a later Settings field); otherwise the app's name heads the report.
  const shopName = shop.raw.get('shopName');
  return {
    lang,
    month,
    period,
    previousMonth,
    lastYearMonth,
    current: computeKpis(sqlite, period),
    previous: computeKpis(sqlite, monthPeriod(previousMonth)),
    lastYear: computeKpis(sqlite, monthPeriod(lastYearMonth)),
    daily: readDailySeries(sqlite, period),
    products: readProductProfit(sqlite, period),
    storefronts,
    shopName: typeof shopName === 'string' && shopName.trim() ? shopName.trim() : 'ChannelDesk',
    timezone: shop.timezone,
    generatedAt: localDateTimeFormatter(shop.timezone)(now.toISOString()),
  };
}
