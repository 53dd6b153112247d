import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setBridgeForTests } from '../../renderer/src/api';
import { CatalogFiles } from '../../renderer/src/features/catalog/CatalogFiles';
import i18n from '../../renderer/src/i18n';
import type { ImportSummary } from '../../shared/domain/catalog';
import type { JobInfo } from '../../shared/domain/jobs';
import { fakeBridge } from './fake-bridge';
import { renderUi } from './render';

const job = (over: Partial<JobInfo>): JobInfo => ({
  id: 'j1',
  kind: 'importProducts',
  state: 'running',
  done: 0,
  total: 0,
  startedAt: '2026-12-01T00:00:00.000Z',
  finishedAt: null,
  message: null,
  ...over,
});

const rejected: ImportSummary = {
  inserted: 0,
  updated: 0,
  unchanged: 0,
  errors: [{ row: 3, column: '采购成本（元）', message: 'must be a number', key: 'notANumber' }],
  warnings: [],
};

beforeEach(() => i18n.changeLanguage('zh-CN'));
afterEach(() => setBridgeForTests(undefined));

async function choose(item: RegExp) {
  fireEvent.click(screen.getByRole('button', { name: '导入 / 导出' }));
  fireEvent.click(await screen.findByRole('menuitem', { name: item }));
}

describe('CatalogFiles', () => {
  it('imports the file picked in the native dialog and shows its problems in the person’s language', async () => {
    const fake = fakeBridge({
      'files.choose': () => ({ ok: true, value: { path: '/home/me/p.csv', manual: false } }),
      'catalog.importProducts': () => ({ ok: true, value: job({}) }),
    });
    setBridgeForTests(fake.bridge);
    renderUi(<CatalogFiles />);
    await choose(/从 xlsx 或 csv 导入商品/);
    await waitFor(() =>
      expect(fake.calls.find((c) => c.call === 'catalog.importProducts')?.input).toEqual({
        path: '/home/me/p.csv',
      }),
    );
    expect(fake.calls.find((c) => c.call === 'files.choose')?.input).toEqual({
      purpose: 'catalogImport',
      defaultName: '',
    });
    fake.emit('jobs:progress', job({ state: 'done', message: JSON.stringify(rejected) }));
    const result = await screen.findByRole('dialog', { name: '商品导入' });
    expect(within(result).getByText(/发现 1 个问题/)).toBeInTheDocument();
    const row = within(result).getByRole('row', { name: /采购成本/ });
    expect(within(row).getByText('请输入数字')).toBeInTheDocument();
  });

  it('does nothing when the dialog is cancelled, and exports to the picked path in the UI language', async () => {
    let answer: string | null = null;
    const fake = fakeBridge({
      'files.choose': () => ({ ok: true, value: { path: answer, manual: false } }),
      'catalog.exportProducts': (input) => ({
        ok: true,
        value: { path: (input as { path: string }).path, rows: 12 },
      }),
    });
    setBridgeForTests(fake.bridge);
    renderUi(<CatalogFiles />);
    await choose(/导出全部商品为 CSV/);
    await waitFor(() => expect(fake.calls.filter((c) => c.call === 'files.choose')).toHaveLength(1));
    expect(fake.calls.some((c) => c.call === 'catalog.exportProducts')).toBe(false);

    answer = '/home/me/out.csv';
    await choose(/导出全部商品为 CSV/);
    expect(await screen.findByText('已写入 12 行：/home/me/out.csv')).toBeInTheDocument();
    expect(fake.calls.find((c) => c.call === 'catalog.exportProducts')?.input).toEqual({
      path: '/home/me/out.csv',
      lang: 'zh-CN',
      format: 'csv',
    });
  });
});
