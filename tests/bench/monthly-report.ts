/**
 * Monthly report at 100,000 order lines in one month (ARCHITECTURE.md: ≤ 2 × a raw exceljs streaming write of
 * the same rows): the whole report (three months of KPIs, two charts, seven sheets, the Orders sheet streamed
 * from SQLite) against exceljs' WorkbookWriter writing the same 100,000 rows of the Orders sheet's columns as
 * plain values already in memory. `tsx tests/bench/monthly-report.ts` runs it alone; index.ts calls it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { createCore } from '../../electron/core/app';
import { writeMonthlyReport } from '../../electron/core/reports/monthly/write-monthly-report';
import type { Storefront } from '../../shared/domain/storefronts';
import { insertOrder, insertSku } from '../helpers/insert-orders';

const LINES = Number(process.env.BENCH_REPORT_LINES ?? 100_000);
const MONTH = '2024-03';

export interface ReportBench {
  lines: number;
  oursMs: number;
  baselineMs: number;
}

async function ok<T>(answer: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

/** The Orders sheet's 15 columns as plain values: what the raw baseline writes. */
const PLAIN_ROWS_SQL = `
  SELECT s.name, o.external_id, o.placed_at, o.status, o.buyer_name, o.buyer_phone, coalesce(k.code, l.sku_code),
         l.title, l.quantity, l.unit_price_minor / 100.0, l.line_discount_minor / 100.0,
         (l.quantity * l.unit_price_minor - l.line_discount_minor) / 100.0, o.currency,
         CASE WHEN o.refunded_minor > 0 THEN 'Yes' ELSE '' END, CASE WHEN o.after_sales THEN 'Yes' ELSE '' END
    FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN storefronts s ON s.id = o.storefront_id
    LEFT JOIN skus k ON k.id = l.sku_id
   WHERE o.placed_date BETWEEN ? AND ? ORDER BY o.placed_at, o.rowid, l.line_no`;

async function rawStreamingWrite(file: string, header: string[], rows: unknown[][]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: false,
    useStyles: true,
  });
  const ws = wb.addWorksheet('Orders');
  ws.addRow(header).commit();
  for (const row of rows) ws.addRow(row).commit();
  ws.commit();
  await wb.commit();
}

export async function benchMonthlyReport(): Promise<ReportBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-bench-report-'));
  const core = await createCore({ dbFile: path.join(dir, 'bench.db'), locale: 'en-US', emit: () => {} });
  try {
    await ok(core.dispatch('settings', 'update', { baseCurrency: 'CNY', timezone: 'Asia/Shanghai' }));
    const storefronts: Storefront[] = [];
    for (const [i, platform] of ['tmall', 'jd', 'pinduoduo', 'douyin', 'taobao'].entries()) {
      storefronts.push(
        await ok<Storefront>(
          core.dispatch('storefronts', 'create', {
            name: `Shop ${i + 1} ${platform}`,
            platform,
            currency: 'CNY',
            timezone: 'Asia/Shanghai',
            role: 'core',
            feeRules: {
              commissionRateBp: 500,
              paymentFeeRateBp: 60,
              fixedFeeMinor: 0,
              shippingCostMinor: 800,
              categoryCommissions: [],
            },
          }),
        ),
      );
    }
    const sqlite = core.ctx.sqlite;
    const skus = Array.from({ length: 200 }, (_, i) => insertSku(sqlite, `SKU-${i}`, null));
    // Two lines an order, spread over the month and the storefronts; a few refunds and cancellations.
    sqlite.transaction(() => {
      for (let i = 0; i < LINES / 2; i++) {
        insertOrder(sqlite, {
          storefrontId: storefronts[i % storefronts.length]!.id,
          placedDate: `${MONTH}-${String((i % 31) + 1).padStart(2, '0')}`,
          status: i % 50 === 0 ? 'cancelled' : 'completed',
          refundedMinor: i % 40 === 0 ? 1000 : 0,
          lines: [0, 1].map((k) => ({
            quantity: 1 + ((i + k) % 3),
            unitPriceMinor: 1990 + ((i * 7 + k) % 50) * 100,
            lineDiscountMinor: k === 0 ? 100 : 0,
            skuId: skus[(i * 3 + k) % skus.length]!,
            unitCostBaseMinor: 900,
          })),
        });
      }
      sqlite.exec(
        `UPDATE orders SET buyer_name = 'Buyer ' || seq, buyer_phone = '138' || printf('%08d', seq)`,
      );
    })();
    sqlite.exec('ANALYZE');

    const oursFile = path.join(dir, 'ours.xlsx');
    const started = performance.now();
    const result = await writeMonthlyReport(sqlite, MONTH, 'en', oursFile);
    const oursMs = performance.now() - started;
    if (result.orderLines !== LINES) throw new Error(`report wrote ${result.orderLines} lines, not ${LINES}`);

    const rows = sqlite.prepare(PLAIN_ROWS_SQL).raw().all(`${MONTH}-01`, `${MONTH}-31`) as unknown[][];
    const header = Array.from({ length: 15 }, (_, i) => `Column ${i + 1}`);
    const baseStarted = performance.now();
    await rawStreamingWrite(path.join(dir, 'baseline.xlsx'), header, rows);
    const baselineMs = performance.now() - baseStarted;
    return { lines: rows.length, oursMs, baselineMs };
  } finally {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function printReportBench(r: ReportBench): void {
  const ratio = r.oursMs / r.baselineMs;
  console.log(
    `\nmonthly report ${r.lines} order lines   ours ${(r.oursMs / 1000).toFixed(2)} s   ` +
      `raw exceljs streaming write ${(r.baselineMs / 1000).toFixed(2)} s   ratio ${ratio.toFixed(2)} (target ≤2)   ` +
      `${ratio <= 2 ? 'pass' : 'FAIL'}`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  printReportBench(await benchMonthlyReport());
}
