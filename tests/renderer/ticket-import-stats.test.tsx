import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setBridgeForTests } from '../../renderer/src/api';
import { AgentStatsPage } from '../../renderer/src/features/tickets/AgentStatsPage';
import { TicketImportPage } from '../../renderer/src/features/tickets/TicketImportPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { JobInfo } from '../../shared/domain/jobs';
import type { TicketImportSummary, TicketStats } from '../../shared/domain/ticket-views';
import { fakeBridge } from './fake-bridge';
import { settings, shopAnswers } from './catalog-fixtures';
import { renderUi } from './render';

const slow = { timeout: 4000 };
const job: JobInfo = {
  id: 'job-t',
  kind: 'importTickets',
  state: 'running',
  done: 0,
  total: 0,
  startedAt: '2026-12-01T08:00:00.000Z',
  finishedAt: null,
  message: null,
};

function renderImport(language: 'en' | 'zh-CN') {
  const fake = fakeBridge({
    ...shopAnswers,
    'settings.get': () => ({ ok: true, value: { ...settings, language } }),
    'files.choose': () => ({ ok: true, value: { path: null, manual: true } }),
    'tickets.importFile': () => ({ ok: true, value: job }),
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <ShopProvider>
      <TicketImportPage />
    </ShopProvider>,
  );
  return fake;
}

async function startImport(fake: ReturnType<typeof renderImport>, names: Record<string, string>) {
  fireEvent.click(
    await screen.findByRole('combobox', { name: new RegExp(`^${names.storefront}\\W*$`) }, slow),
  );
  fireEvent.click(await screen.findByRole('option', { name: /Tmall Flagship/ }, slow));
  fireEvent.click(screen.getByRole('button', { name: names.choose }));
  const dialog = await screen.findByRole('dialog', { name: names.pathTitle });
  fireEvent.change(within(dialog).getByRole('textbox', { name: new RegExp(`^${names.path}`) }), {
    target: { value: '/home/me/售后.xlsx' },
  });
  fireEvent.click(within(dialog).getByRole('button', { name: names.use }));
  fireEvent.click(await screen.findByRole('button', { name: names.start }));
  await waitFor(() =>
    expect(fake.calls).toContainEqual({
      call: 'tickets.importFile',
      input: { storefrontId: 'tm', path: '/home/me/售后.xlsx' },
    }),
  );
}

afterEach(() => setBridgeForTests(undefined));

describe('Ticket import page', () => {
  it('runs the import job with progress, then lists row problems in Chinese with nothing written', async () => {
    await i18n.changeLanguage('zh-CN');
    const fake = renderImport('zh-CN');
    await startImport(fake, {
      storefront: '店铺',
      choose: '选择文件…',
      pathTitle: '文件路径',
      path: '文件路径',
      use: '使用此文件',
      start: '导入',
    });
    act(() => fake.emit('jobs:progress', { ...job, done: 1, total: 4 }));
    expect(await screen.findByRole('progressbar', { name: '正在导入… 25 %' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '取消导入' }));
    await waitFor(() => expect(fake.calls).toContainEqual({ call: 'jobs.cancel', input: { id: 'job-t' } }));
    const summary: TicketImportSummary = {
      inserted: 0,
      updated: 0,
      unchanged: 0,
      errors: [
        {
          row: 3,
          column: '退款金额',
          key: 'ticketAmount',
          params: { value: '十二' },
          message: 'must be an amount',
        },
      ],
      warnings: [],
    };
    act(() => fake.emit('jobs:progress', { ...job, state: 'done', message: JSON.stringify(summary) }));
    expect(await screen.findByText('未导入任何数据：文件中有 1 个问题需要修正。')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '问题' });
    expect(within(table).getByText('退款金额')).toBeInTheDocument();
    expect(within(table).getByText('3')).toBeInTheDocument();
    expect(within(table).getByText(/十二/)).toBeInTheDocument();
    await i18n.changeLanguage('en');
  });

  it('shows the counts and the unknown-order warnings of an import that went in', async () => {
    await i18n.changeLanguage('en');
    const fake = renderImport('en');
    await startImport(fake, {
      storefront: 'Storefront',
      choose: 'Choose file…',
      pathTitle: 'Path of the file',
      path: 'File path',
      use: 'Use this file',
      start: 'Import',
    });
    const summary: TicketImportSummary = {
      inserted: 5,
      updated: 2,
      unchanged: 1,
      errors: [],
      warnings: [
        { row: 4, column: '订单号', key: 'ticketOrderUnknown', params: { value: 'TM-404' }, message: '' },
      ],
    };
    act(() => fake.emit('jobs:progress', { ...job, state: 'done', message: JSON.stringify(summary) }));
    expect(await screen.findByText('5 new, 2 updated, 1 unchanged tickets.')).toBeInTheDocument();
    const warnings = screen.getByRole('table', { name: 'Warnings (imported anyway)' });
    expect(
      within(warnings).getByText(
        'names order TM-404, which is not imported for this storefront: the ticket has no order',
      ),
    ).toBeInTheDocument();
  });
});

describe('Agent statistics page', () => {
  it('shows working-time medians, SLA met % and "—" where there is nothing to divide by', async () => {
    await i18n.changeLanguage('en');
    const stats: TicketStats = {
      from: '2026-11-01',
      to: '2026-11-30',
      agents: [
        {
          assigneeId: 's1',
          assigneeName: '张客服',
          handled: 12,
          medianFirstResponseMs: 5_400_000,
          medianResolutionMs: 2_700_000,
          slaMetBp: 8333,
          csat: null,
        },
        {
          assigneeId: null,
          assigneeName: null,
          handled: 1,
          medianFirstResponseMs: null,
          medianResolutionMs: 600_000,
          slaMetBp: null,
          csat: null,
        },
      ],
      total: {
        assigneeId: null,
        assigneeName: null,
        handled: 13,
        medianFirstResponseMs: 5_400_000,
        medianResolutionMs: 1_800_000,
        slaMetBp: 8333,
        csat: 75,
      },
    };
    const fake = fakeBridge({ ...shopAnswers, 'tickets.stats': () => ({ ok: true, value: stats }) });
    setBridgeForTests(fake.bridge);
    renderUi(
      <ShopProvider>
        <AgentStatsPage />
      </ShopProvider>,
      '/tickets/stats?preset=custom&from=2026-11-01&to=2026-11-30',
    );
    const table = await screen.findByRole('table', { name: 'Agent statistics' }, slow);
    expect(fake.calls).toContainEqual({
      call: 'tickets.stats',
      input: { from: '2026-11-01', to: '2026-11-30' },
    });
    const cells = (name: string) =>
      within(within(table).getByText(name).closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells('张客服')).toEqual(['张客服', '12', '1 h 30 min', '45 min', '83.3%', '—']);
    expect(cells('Unassigned')).toEqual(['Unassigned', '1', '—', '10 min', '—', '—']);
    expect(cells('All agents')).toEqual(['All agents', '13', '1 h 30 min', '30 min', '83.3%', '75%']);
  });
});
