import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { backupName } from '../../electron/core/backup/naming';
import { backupInto, startHost, storefrontInput, storefrontNames, valueOf } from '../helpers/host-core';
import { launchChromium } from './helpers/browser';
import { startPreview, type RunningPreview } from './helpers/preview';

let dir: string;
let db: string;
let preview: RunningPreview;
let browser: Browser;
let page: Page;

/** A shop with three storefronts and an automatic backup, then a fourth; then garbage over pages in the middle. */
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-e2e-recovery-'));
  db = path.join(dir, 'shop.db');
  const host = await startHost(db);
  for (const name of ['天猫旗舰店', 'JD 自营', 'Shopify US'])
    valueOf(await host.dispatch('storefronts', 'create', storefrontInput(name)));
  await backupInto(host, backupName('automatic', new Date(Date.now() - 3_600_000)));
  valueOf(await host.dispatch('storefronts', 'create', storefrontInput('Lost in the damage')));
  await host.close();
  const pages = fs.statSync(db).size / 4096;
  const fd = fs.openSync(db, 'r+');
  fs.writeSync(fd, Buffer.alloc(4 * 4096, 0x5a), 0, 4 * 4096, Math.floor(pages / 2) * 4096);
  fs.closeSync(fd);

  preview = await startPreview(db);
  browser = await launchChromium();
  page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(15_000);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the preview started on a damaged database (Chromium)', () => {
  it('shows the recovery screen naming the problem and the latest good backup', async () => {
    await page.goto(preview.url);
    await expect
      .poll(() => page.getByRole('heading', { name: 'ChannelDesk could not open your data' }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/The database file is damaged/);
    await expect.poll(() => page.getByText(/^channeldesk-auto-.*\.db, made /).isVisible()).toBe(true);
    if (process.env.RECOVERY_SCREENSHOTS) {
      await page.screenshot({ path: path.join(process.env.RECOVERY_SCREENSHOTS, 'recovery-en.png') });
      await page.getByText('中文').click();
      await expect
        .poll(() => page.getByRole('heading', { name: 'ChannelDesk 无法打开您的数据' }).isVisible())
        .toBe(true);
      await page.screenshot({ path: path.join(process.env.RECOVERY_SCREENSHOTS, 'recovery-zh.png') });
      await page.getByText('English').click();
    }
  });

  it('restores the backup after the confirmation and opens the shop as it was then', async () => {
    await page.getByRole('button', { name: 'Restore the latest good backup' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect.poll(() => dialog.getByText(/is kept as a “before a restore” copy/).isVisible()).toBe(true);
    if (process.env.RECOVERY_SCREENSHOTS)
      await page.screenshot({ path: path.join(process.env.RECOVERY_SCREENSHOTS, 'restore-confirm-en.png') });
    await dialog.getByRole('button', { name: 'Restore' }).click();
    // The page reloads onto the restored shop: its first screen is the dashboard's navigation.
    await expect.poll(() => page.getByRole('link', { name: 'Storefronts' }).isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Storefronts' }).click();
    await expect.poll(() => page.getByRole('row').count()).toBe(4);
    await expect
      .poll(() => page.getByRole('cell', { name: 'Shopify US', exact: true }).first().isVisible())
      .toBe(true);
    expect(await page.getByRole('cell', { name: 'Lost in the damage' }).count()).toBe(0);
    const kept = fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.startsWith('pre-restore-'));
    expect(kept).toHaveLength(1);
    expect(storefrontNames(db)).toEqual(['JD 自营', 'Shopify US', '天猫旗舰店']);
  });

  it('lists the kept damaged copy in Settings beside the backup', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    const table = page.getByRole('table', { name: 'Backups in the data folder' });
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    await expect.poll(() => table.getByText('Before a restore').isVisible()).toBe(true);
    await expect.poll(() => table.getByText('Automatic').isVisible()).toBe(true);
    if (process.env.RECOVERY_SCREENSHOTS) {
      await page.getByRole('heading', { name: 'Data safety' }).scrollIntoViewIfNeeded();
      await page.screenshot({
        path: path.join(process.env.RECOVERY_SCREENSHOTS, 'data-safety-en.png'),
        fullPage: false,
      });
    }
  });
});
