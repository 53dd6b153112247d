import type { Kysely } from 'kysely';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_catalog';
import * as m0003 from './0003_competitor_prices';
import * as m0004 from './0004_catalog_search';
import * as m0005 from './0005_stock_cover';
import * as m0006 from './0006_orders';
import * as m0007 from './0007_customer_stats';
import * as m0008 from './0008_daily_rollups';
import * as m0009 from './0009_tickets';
import * as m0010 from './0010_surveys';
import * as m0011 from './0011_promotions';
import * as m0012 from './0012_rollup_marks';
import * as m0013 from './0013_dashboard_month_rollups';
import * as m0014 from './0014_sales_from_order_lines';

export interface Migration {
  /** The schema version this migration produces (PRAGMA user_version after it). */
  version: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

/**
 * Listed statically (no file-system provider): the app is bundled. Append only; never edit a released
 * migration — add a new one and a fixture under tests/fixtures/schema/ for the version it leaves behind.
 */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'foundation', up: m0001.up },
  { version: 2, name: 'catalog', up: m0002.up },
  { version: 3, name: 'competitor_prices', up: m0003.up },
  { version: 4, name: 'catalog_search', up: m0004.up },
  { version: 5, name: 'stock_cover', up: m0005.up },
  { version: 6, name: 'orders', up: m0006.up },
  { version: 7, name: 'customer_stats', up: m0007.up },
  { version: 8, name: 'daily_rollups', up: m0008.up },
  { version: 9, name: 'tickets', up: m0009.up },
  { version: 10, name: 'surveys', up: m0010.up },
  { version: 11, name: 'promotions', up: m0011.up },
  { version: 12, name: 'rollup_marks', up: m0012.up },
  { version: 13, name: 'dashboard_month_rollups', up: m0013.up },
  { version: 14, name: 'sales_from_order_lines', up: m0014.up },
];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]!.version;
