import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startDueReport, startScheduledReport } from '../../electron/core/reports/handlers';
import type { JobInfo } from '../../shared/domain/jobs';
import type { ReportSchedule } from '../../shared/domain/reports';
import { createStorefront, tmallFields, value } from '../helpers/catalog-data';
import { insertOrder, insertSku } from '../helpers/insert-orders';
import { readWorkbook, reportShop } from '../helpers/report-shop';
import { tempCore } from '../helpers/temp-core';

type TempCore = Awaited<ReturnType<typeof tempCore>>;
let core: TempCore;
afterEach(async () => core?.cleanup());

const aprilStart = new Date('2024-04-01T01:00:00Z'); // 09:00 on April 1 in Shanghai

describe('scheduled monthly report', () => {
  it('is off by default and refuses to turn on without a folder that exists', async () => {
    core = await tempCore('report-schedule');
    expect(await value<ReportSchedule>(core.dispatch('reports', 'schedule', undefined))).toEqual({
      enabled: false,
      folder: null,
      lang: 'en',
      lastWrittenMonth: null,
    });
    expect(startDueReport(core.ctx, aprilStart)).toBeNull();
    for (const folder of [null, path.join(core.dir, 'nowhere')]) {
      expect(
        await core.dispatch('reports', 'saveSchedule', { enabled: true, folder, lang: 'en' }),
      ).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect((await value<ReportSchedule>(core.dispatch('reports', 'schedule', undefined))).enabled).toBe(
      false,
    );
  });

  it('writes last month into the folder on the first start of a month, once', async () => {
    core = await tempCore('report-schedule');
    await reportShop(core);
    const folder = path.join(core.dir, 'reports');
    fs.mkdirSync(folder);
    expect(
      await value<ReportSchedule>(
        core.dispatch('reports', 'saveSchedule', { enabled: true, folder, lang: 'zh-CN' }),
      ),
    ).toEqual({ enabled: true, folder, lang: 'zh-CN', lastWrittenMonth: null });

    // A service agent's start leaves it due (the report holds costs and profit); they cannot change it either.
    const agent = await value<{ id: string }>(
      core.dispatch('staff', 'create', { name: '张客服', role: 'service' }),
    );
    const owner = (await value<{ actingStaffId: string | null }>(core.dispatch('settings', 'get', undefined)))
      .actingStaffId;
    await value(core.dispatch('settings', 'update', { actingStaffId: agent.id }));
    expect(startDueReport(core.ctx, aprilStart)).toBeNull();
    expect(
      await core.dispatch('reports', 'saveSchedule', { enabled: false, folder, lang: 'zh-CN' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(fs.readdirSync(folder)).toEqual([]);
    await value(core.dispatch('settings', 'update', { actingStaffId: owner }));

    const job = startDueReport(core.ctx, aprilStart)!;
    expect(job).toMatchObject({ kind: 'monthlyReport', state: 'running' });
    const ended = await core.ctx.jobs.wait(job.id);
    expect(ended.state).toBe('done');
    const file = path.join(folder, 'channeldesk-report-2024-03-zh-CN.xlsx');
    expect(fs.readdirSync(folder)).toEqual(['channeldesk-report-2024-03-zh-CN.xlsx']);
    const wb = await readWorkbook(file);
    expect(wb.worksheets[0]!.name).toBe('汇总');
    expect(wb.getWorksheet('订单明细')!.rowCount).toBe(1 + 9);
    expect(
      (await value<ReportSchedule>(core.dispatch('reports', 'schedule', undefined))).lastWrittenMonth,
    ).toBe('2024-03');
    // A second start the same month (the app's or the preview's own call) writes nothing.
    expect(startDueReport(core.ctx, new Date('2024-04-20T01:00:00Z'))).toBeNull();
    // The hosts' wrapper: no open shop (the recovery screen) → nothing to start.
    expect(startScheduledReport(null)).toBeNull();
  }, 60_000);
});

describe('monthly report job', () => {
  it('cancelled midway leaves neither the file nor its .partial', async () => {
    core = await tempCore('report-cancel');
    const sf = await createStorefront(core, tmallFields);
    const sku = insertSku(core.ctx.sqlite, 'BULK', null);
    // 60,000 lines in one month: long enough for a cancel to arrive while the Orders sheet is written.
    core.ctx.sqlite.transaction(() => {
      for (let i = 0; i < 20_000; i++) {
        insertOrder(core.ctx.sqlite, {
          storefrontId: sf.id,
          placedDate: `2024-03-${String((i % 28) + 1).padStart(2, '0')}`,
          lines: [1, 2, 3].map((q) => ({
            quantity: q,
            unitPriceMinor: 1000,
            skuId: sku,
            unitCostBaseMinor: 400,
          })),
        });
      }
    })();
    const file = path.join(core.dir, 'big.xlsx');
    const started = await value<JobInfo>(
      core.dispatch('reports', 'monthly', { month: '2024-03', path: file, lang: 'en' }),
    );
    await new Promise<void>((resolve) => {
      const stop = core.ctx.jobs.onUpdate((job) => {
        if (job.id === started.id && job.done > 0) {
          stop();
          resolve();
        }
      });
    });
    expect(core.ctx.jobs.get(started.id)).toMatchObject({ state: 'running', total: 60_000 });
    core.ctx.jobs.cancel(started.id);
    expect((await core.ctx.jobs.wait(started.id)).state).toBe('cancelled');
    expect(fs.readdirSync(core.dir).filter((f) => f.startsWith('big'))).toEqual([]);
  }, 120_000);
});
