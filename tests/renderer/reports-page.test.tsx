import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setBridgeForTests } from '../../renderer/src/api';
import { MonthlyReportCard } from '../../renderer/src/features/reports/MonthlyReportCard';
import { ReportsPage } from '../../renderer/src/features/reports/ReportsPage';
import i18n from '../../renderer/src/i18n';
import type { JobInfo } from '../../shared/domain/jobs';
import type { ReportSchedule } from '../../shared/domain/reports';
import { fakeBridge } from './fake-bridge';
import { renderUi } from './render';

const job: JobInfo = {
  id: 'job-7',
  kind: 'monthlyReport',
  state: 'running',
  done: 0,
  total: 0,
  startedAt: '2026-12-01T08:00:00.000Z',
  finishedAt: null,
  message: null,
};

const schedule: ReportSchedule = { enabled: false, folder: null, lang: 'en', lastWrittenMonth: null };

afterEach(() => setBridgeForTests(undefined));

describe('Reports page', () => {
  it('writes last month by default to the typed path, follows the job and shows the file', async () => {
    await i18n.changeLanguage('en');
    const fake = fakeBridge({
      'files.choose': () => ({ ok: true, value: { path: null, manual: true } }),
      'reports.monthly': () => ({ ok: true, value: job }),
      'reports.schedule': () => ({ ok: true, value: schedule }),
    });
    setBridgeForTests(fake.bridge);
    renderUi(<MonthlyReportCard today="2026-12-15" />);
    expect(screen.getByRole('combobox', { name: 'Month' })).toHaveValue('2026-11');
    fireEvent.click(screen.getByRole('radio', { name: '中文' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save report…' }));
    await waitFor(() =>
      expect(fake.calls).toContainEqual({
        call: 'files.choose',
        input: { purpose: 'reportExport', defaultName: 'channeldesk-report-2026-11-zh-CN.xlsx' },
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Where should the report go?' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Full path' }), {
      target: { value: '/home/me/november.xlsx' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Write the report' }));
    await waitFor(() =>
      expect(fake.calls).toContainEqual({
        call: 'reports.monthly',
        input: { month: '2026-11', lang: 'zh-CN', path: '/home/me/november.xlsx' },
      }),
    );

    act(() => fake.emit('jobs:progress', { ...job, done: 300, total: 1200 }));
    expect(await screen.findByRole('progressbar', { name: 'Writing the report: 25 %' })).toBeInTheDocument();
    const message = JSON.stringify({
      file: '/home/me/november.xlsx',
      month: '2026-11',
      sheets: ['汇总', '订单明细'],
      orderLines: 1200,
    });
    act(() => fake.emit('jobs:progress', { ...job, state: 'done', done: 1200, total: 1200, message }));
    expect(await screen.findByText('Report written: /home/me/november.xlsx')).toBeInTheDocument();
    expect(screen.getByText('1200 order lines on sheets 汇总, 订单明细')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('says so when the job failed', async () => {
    await i18n.changeLanguage('en');
    const fake = fakeBridge({
      'files.choose': () => ({ ok: true, value: { path: '/picked/r.xlsx', manual: false } }),
      'reports.monthly': () => ({ ok: true, value: job }),
    });
    setBridgeForTests(fake.bridge);
    renderUi(<MonthlyReportCard today="2026-12-15" />);
    fireEvent.click(screen.getByRole('button', { name: 'Save report…' }));
    await waitFor(() => expect(fake.calls.map((c) => c.call)).toContain('reports.monthly'));
    act(() =>
      fake.emit('jobs:progress', {
        ...job,
        state: 'failed',
        message: 'No FX rate for USD on or before 2026-11-02',
      }),
    );
    expect(
      await screen.findByText('The report could not be written: No FX rate for USD on or before 2026-11-02'),
    ).toBeInTheDocument();
  });

  it('turns the scheduled export on with a typed folder, in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    const fake = fakeBridge({
      'files.choose': () => ({ ok: true, value: { path: null, manual: true } }),
      'reports.schedule': () => ({ ok: true, value: { ...schedule, lastWrittenMonth: '2026-10' } }),
      'reports.saveSchedule': (input) => ({
        ok: true,
        value: { ...(input as object), lastWrittenMonth: '2026-10' },
      }),
    });
    setBridgeForTests(fake.bridge);
    renderUi(<ReportsPage />);
    expect(await screen.findByText('最近写入：2026-10 的报表')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('switch', { name: '每月第一次启动时写入上月报表' }));
    expect(screen.getByRole('button', { name: '保存' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: '选择文件夹…' }));
    const dialog = await screen.findByRole('dialog', { name: '报表保存到哪个文件夹？' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: '文件夹' }), {
      target: { value: '/home/me/reports' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: '使用此文件夹' }));
    expect(await screen.findByTestId('schedule-folder')).toHaveTextContent('/home/me/reports');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() =>
      expect(fake.calls).toContainEqual({
        call: 'reports.saveSchedule',
        input: { enabled: true, folder: '/home/me/reports', lang: 'en' },
      }),
    );
    expect(await screen.findByText('定时导出已保存')).toBeInTheDocument();
  });
});
