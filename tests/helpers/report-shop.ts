import ExcelJS from 'exceljs';
import type { JobInfo } from '../../shared/domain/jobs';
import type { MonthlyReportResult } from '../../shared/domain/reports';
import type { TempCore } from './catalog-data';
import { value } from './catalog-data';
import { orderLine, parsedOrder, writeOrders } from './order-builders';
import { orderShop, type OrderShop } from './order-shop';

/**
 * The order shop (orders in 2024-01…03, a CNY Tmall and a USD Shopify storefront) plus what a monthly report of
 * March 2024 needs to compare with: a valid February order and one in March 2023, and March buyers whose names
 * a spreadsheet would run as formulas ("+86…", "@x", besides the shop's =HYPERLINK(…) buyer).
 */
export async function reportShop(core: TempCore): Promise<OrderShop> {
  const shop = await orderShop(core);
  await value(core.dispatch('fx', 'add', { currency: 'USD', date: '2023-01-01', rate: '6.9' }));
  writeOrders(core, shop.tmall.id, [
    parsedOrder({
      externalId: '0033010000000009',
      placedAt: '2024-03-15T06:00:00.000Z',
      status: 'completed',
      customer: { name: '+86 139 0000 0000', phone: '+8613900000000' },
      lines: [orderLine({ sku: 'MUG-RED', title: '陶瓷马克杯 红色', quantity: 1, unitPriceMinor: 5000 })],
    }),
    parsedOrder({
      externalId: '3301000000000010',
      placedAt: '2024-03-16T06:00:00.000Z',
      status: 'paid',
      customer: { name: '@x', phone: '13600136000' },
      lines: [
        orderLine({
          sku: 'MUG-BLUE',
          title: '陶瓷马克杯 蓝色',
          quantity: 3,
          unitPriceMinor: 4500,
          lineDiscountMinor: 500,
        }),
        orderLine({ sku: 'LAMP-1', title: 'Desk lamp', quantity: 1, unitPriceMinor: 15000 }),
      ],
    }),
    parsedOrder({
      externalId: '3301000000000011',
      placedAt: '2024-02-20T06:00:00.000Z',
      status: 'completed',
      customer: { name: '二月买家', phone: '13500135000' },
      lines: [orderLine({ sku: 'MUG-RED', title: '陶瓷马克杯 红色', quantity: 4, unitPriceMinor: 5000 })],
    }),
    parsedOrder({
      externalId: '3301000000000012',
      placedAt: '2023-03-20T06:00:00.000Z',
      status: 'completed',
      customer: { name: '去年买家', phone: '13400134000' },
      lines: [orderLine({ sku: 'LAMP-1', title: 'Desk lamp', quantity: 1, unitPriceMinor: 12000 })],
    }),
  ]);
  return shop;
}

/** Starts the report job through the API and waits for its end. */
export async function runReportJob(
  core: TempCore,
  input: { month: string; path: string; lang: 'en' | 'zh-CN' },
): Promise<{ job: JobInfo; result: MonthlyReportResult | null }> {
  const started = await value<JobInfo>(core.dispatch('reports', 'monthly', input));
  const job = await core.ctx.jobs.wait(started.id);
  return {
    job,
    result: job.state === 'done' && job.message ? (JSON.parse(job.message) as MonthlyReportResult) : null,
  };
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
