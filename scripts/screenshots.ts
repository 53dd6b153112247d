// `npm run screenshots`: regenerates the README's screenshots from the real app (preview + Debian's Chromium)
// on a fresh demo shop, so they never drift from what the app shows. Run after `npm run build`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/helpers/browser';
import { startPreview } from '../tests/e2e/helpers/preview';
import { promotionScreenshots } from './screenshots-promotions';

const out = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const preview = await startPreview();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 800 }, locale: 'en-US' });
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'Open the demo shop' }).waitFor();
  await page.screenshot({ path: path.join(out, 'first-run-en.png') });
  await page.getByRole('button', { name: 'Open the demo shop' }).click();
  await page.goto(`${preview.url}#/storefronts`);
  await page.getByRole('cell', { name: '京东自营店', exact: true }).waitFor();
  await page.waitForTimeout(4000); // let the success toast fade
  await page.screenshot({ path: path.join(out, 'storefronts-en.png') });
  await page.getByRole('button', { name: 'Edit 天猫旗舰店' }).click();
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(out, 'storefront-form-en.png') });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.goto(`${preview.url}#/catalog`);
  await page.getByText(/\d+ products/).waitFor();
  await page.screenshot({ path: path.join(out, 'catalog-en.png') });
  await page.getByRole('textbox', { name: 'Search name, SKU code or barcode' }).fill('保温杯');
  await page
    .getByRole('row', { name: /保温杯/ })
    .first()
    .click();
  await page.getByRole('link', { name: 'Open in pricing workbench' }).first().click();
  await page.getByRole('textbox', { name: 'Target margin (%)' }).fill('30');
  await page.getByRole('button', { name: 'Use this price' }).waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(out, 'workbench-en.png') });
  await page.getByRole('banner').first().getByText('中文', { exact: true }).click();
  await page.getByRole('tab', { name: '批量调价' }).click();
  await page.getByRole('textbox', { name: '类目', exact: true }).fill('厨房');
  await page.getByRole('button', { name: '预览' }).click();
  await page.getByRole('table').first().waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(out, 'repricing-zh.png') });
  await page.goto(`${preview.url}#/storefronts`);
  await page.getByRole('heading', { name: '店铺', level: 2 }).waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(out, 'storefronts-zh.png') });
  await page.setViewportSize({ width: 1360, height: 1320 });
  await page.goto(`${preview.url}#/settings`);
  await page.getByRole('heading', { name: '设置', level: 2 }).waitFor();
  await page.getByRole('button', { name: '立即备份' }).click();
  await page.getByRole('table', { name: '数据文件夹中的备份' }).waitFor();
  await page.waitForTimeout(4000);
  await page.screenshot({ path: path.join(out, 'settings-zh.png') });
  await page.setViewportSize({ width: 1360, height: 900 });
  await page.goto(`${preview.url}#/orders`);
  const orderRows = page.getByRole('table', { name: '订单' }).getByRole('row');
  await orderRows.nth(5).waitFor();
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(out, 'orders-zh.png') });
  await orderRows.nth(1).click();
  await page.getByRole('heading', { level: 2 }).waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(out, 'order-detail-zh.png'), fullPage: true });
  await page.goto(`${preview.url}#/customers`);
  await page.getByRole('heading', { name: '客户', level: 2 }).waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(out, 'customers-zh.png') });
  await page.goto(`${preview.url}#/orders/import`);
  await page.getByRole('heading', { name: '导入订单与费用', level: 2 }).waitFor();
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(out, 'import-zh.png'), fullPage: true });
  // Last month: a whole month of the demo shop (this month may have just begun).
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${preview.url}#/dashboard?preset=lastMonth`);
  await page.getByRole('heading', { name: '经营看板', level: 2 }).waitFor();
  await page.getByTestId('figure-netSalesMinor').waitFor();
  await page.getByRole('list', { name: '提醒' }).getByRole('listitem').first().waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(out, 'dashboard-zh.png'), fullPage: true });
  await page.goto(`${preview.url}#/tickets?queue=overdue`);
  await page.getByRole('heading', { name: '售后工单', level: 2 }).waitFor();
  await page.getByRole('table').first().getByRole('row').nth(1).waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(out, 'tickets-zh.png') });
  await page.getByRole('table').first().getByRole('row').nth(1).getByRole('link').first().click();
  await page.getByRole('heading', { name: 'SLA', exact: true }).waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(out, 'ticket-detail-zh.png'), fullPage: true });
  await page.goto(`${preview.url}#/surveys?tab=results&preset=lastMonth`);
  await page.getByRole('heading', { name: '满意度调查', level: 2 }).waitFor();
  await page.waitForTimeout(2000);
  await page.screenshot({ path: path.join(out, 'surveys-zh.png'), fullPage: true });
  await promotionScreenshots(page, preview, out, 'zh');
  process.stdout.write(`screenshots written to ${out}\n`);
} finally {
  await browser.close();
  await preview.stop();
}
