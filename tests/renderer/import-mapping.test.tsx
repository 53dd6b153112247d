import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setBridgeForTests } from '../../renderer/src/api';
import { ImportForm } from '../../renderer/src/features/imports/ImportForm';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { FileInspection } from '../../shared/domain/import-inspection';
import type { JobInfo } from '../../shared/domain/jobs';
import type { OrderImportSummary } from '../../shared/domain/orders';
import { fakeBridge } from './fake-bridge';
import { settings, shopAnswers } from './catalog-fixtures';
import { renderUi } from './render';

const FILE = '/home/me/erp-may.csv';
const headers = ['Order No', 'Date', 'Item code', 'Qty', 'Price', 'Buyer', 'Mobile', 'Status', 'Channel', ''];

const inspection: FileInspection = {
  headers,
  headerRow: 1,
  sample: [
    ['G-1001', '2024-05-02 14:30', 'MUG-RED', '2', '45.00', 'Anna Li', '13812345678', 'Dispatched', 'web'],
  ],
  detected: null,
  saved: null,
  suggested: {
    externalId: 'Order No',
    placedAt: 'Date',
    sku: 'Item code',
    quantity: 'Qty',
    unitPrice: 'Price',
    buyerId: 'Buyer',
    phone: 'Mobile',
    status: 'Status',
  },
  statusHeader: 'Status',
  distinctStatuses: ['Dispatched', 'Awaiting payment'],
  recognisedStatuses: { 'Awaiting payment': 'pending_payment' },
};

const job = (over: Partial<JobInfo>): JobInfo => ({
  id: 'j1',
  kind: 'importOrders',
  state: 'running',
  done: 0,
  total: 0,
  startedAt: '2026-12-01T00:00:00.000Z',
  finishedAt: null,
  message: null,
  ...over,
});

const summary = (over: Partial<OrderImportSummary>): OrderImportSummary => ({
  importId: null,
  format: null,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  lines: 0,
  unmatchedSkus: [],
  warnings: [],
  errors: [],
  ...over,
});

const slow = { timeout: 4000 };

function setup(answers: Parameters<typeof fakeBridge>[0] = {}) {
  let jobs = 0;
  const fake = fakeBridge({
    ...shopAnswers,
    'files.choose': () => ({ ok: true, value: { path: FILE, manual: false } }),
    'imports.importOrders': () => ({ ok: true, value: job({ id: `j${++jobs}` }) }),
    'imports.history': () => ({ ok: true, value: { rows: [], total: 0, page: 1, pageSize: 20 } }),
    'imports.inspectFile': (input) => {
      const statusHeader = (input as { statusHeader?: string }).statusHeader;
      return statusHeader === 'Channel'
        ? {
            ok: true,
            value: { ...inspection, statusHeader, distinctStatuses: ['web', 'shop'], recognisedStatuses: {} },
          }
        : { ok: true, value: inspection };
    },
    'imports.saveMapping': (input) => ({ ok: true, value: (input as { settings: unknown }).settings }),
    ...answers,
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <ShopProvider>
      <ImportForm />
    </ShopProvider>,
    '/orders/import',
  );
  return fake;
}

const calls = (fake: ReturnType<typeof setup>, call: string) =>
  fake.calls.filter((c) => c.call === call).map((c) => c.input);

/**
 * The combobox of a field, by its aria-label or its label's text. Plain DOM lookups: role queries over the
 * two dozen Selects of the mapping table (each with its hidden option list) take seconds in jsdom.
 */
function comboboxOf(scope: HTMLElement, name: string): HTMLInputElement {
  const inputs = [...scope.querySelectorAll<HTMLInputElement>('input[role="combobox"]')];
  const byAria = inputs.find((i) => i.getAttribute('aria-label') === name);
  if (byAria) return byAria;
  const label = [...scope.querySelectorAll('label')].find(
    (l) => l.textContent?.replace(/\s*\*$/, '') === name,
  );
  const byLabel = label && inputs.find((i) => i.id === label.htmlFor);
  if (!byLabel) throw new Error(`no combobox named ${name}`);
  return byLabel;
}

/** The modal by its title text. */
const dialogTitled = async (title: string) =>
  (await screen.findByText(title, {}, slow)).closest<HTMLElement>('[role="dialog"]')!;

/** A button by its exact text, without a role query (see comboboxOf). */
const buttonOf = (scope: HTMLElement, text: string) => within(scope).getByText(text).closest('button')!;

const rowOf = (scope: HTMLElement, name: string) => comboboxOf(scope, name).closest('tr')!;

async function pick(name: string, option: string, scope: HTMLElement = document.body) {
  const input = await waitFor(() => comboboxOf(scope, name), slow);
  fireEvent.click(input);
  const choice = await waitFor(() => {
    const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
    const found = [...(list?.querySelectorAll('[role="option"]') ?? [])].find(
      (o) => o.textContent?.trim() === option,
    );
    if (!found) throw new Error(`no option ${option} for ${name}`);
    return found;
  }, slow);
  fireEvent.click(choice);
}

async function chooseShopAndFile() {
  await pick('Storefront', 'Tmall Flagship (Tmall)');
  fireEvent.click(screen.getByRole('button', { name: 'Add file' }));
  await screen.findByText(FILE, {}, slow);
}

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

describe('column mapping in the import form', { timeout: 30_000 }, () => {
  it('offers the mapping for a refused unknown file, asks for the unknown status, saves, then imports as generic', async () => {
    const fake = setup();
    await chooseShopAndFile();
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(calls(fake, 'imports.importOrders')).toEqual([
        { storefrontId: 'tm', files: [FILE], format: 'auto' },
      ]),
    );
    act(() =>
      fake.emit(
        'jobs:progress',
        job({
          id: 'j1',
          state: 'done',
          message: JSON.stringify(
            summary({
              errors: [{ file: 'erp-may.csv', row: 0, column: '', key: 'orderFormatUnknown', message: '' }],
            }),
          ),
        }),
      ),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Map the columns of this file' }, slow));

    const dialog = await dialogTitled('Map the columns of erp-may.csv');
    expect(calls(fake, 'imports.inspectFile')).toEqual([{ storefrontId: 'tm', path: FILE }]);
    // Pre-filled from the suggestion, with the file's first value beside each field.
    // The title shows while the file's head is still being read: wait for the editor, not the title.
    const orderId = await waitFor(() => comboboxOf(dialog, 'Order id'), slow);
    expect(orderId).toHaveValue('Order No');
    expect(orderId).toBeRequired();
    expect(rowOf(dialog, 'Order date')).toHaveTextContent('2024-05-02 14:30');
    expect(comboboxOf(dialog, 'Buyer id')).toHaveValue('Buyer');
    expect(comboboxOf(dialog, 'Customer name')).toHaveValue('');
    // "Awaiting payment" is known; "Dispatched" is not, and saving waits for it.
    expect(comboboxOf(dialog, 'Status for “Awaiting payment”')).toHaveValue('Pending payment');
    const save = buttonOf(dialog, 'Save and import');
    expect(save).toBeDisabled();
    await pick('Status for “Dispatched”', 'Shipped', dialog);
    expect(save).toBeEnabled();

    // The person moves Buyer from buyer id to customer name and says dates are day first.
    fireEvent.click(dialog.querySelector('[aria-label="Clear Buyer id"]')!);
    await pick('Customer name', 'Buyer', dialog);
    fireEvent.click(dialog.querySelector('input[role="switch"]')!);
    fireEvent.click(save);

    await waitFor(() => expect(calls(fake, 'imports.saveMapping')).toHaveLength(1));
    expect(calls(fake, 'imports.saveMapping')[0]).toEqual({
      storefrontId: 'tm',
      headers,
      settings: {
        mapping: {
          externalId: 'Order No',
          placedAt: 'Date',
          status: 'Status',
          sku: 'Item code',
          quantity: 'Qty',
          unitPrice: 'Price',
          customerName: 'Buyer',
          phone: 'Mobile',
        },
        statusValues: { Dispatched: 'shipped' },
        dayFirst: true,
      },
    });
    await waitFor(() =>
      expect(calls(fake, 'imports.importOrders').at(-1)).toEqual({
        storefrontId: 'tm',
        files: [FILE],
        format: 'generic',
      }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: /Map the columns/ })).not.toBeInTheDocument(),
    );
    expect(comboboxOf(document.body, 'File format')).toHaveValue('Other file (map columns)');
  });

  it('marks missing required fields, reads another status column, and uses the default status without one', async () => {
    await i18n.changeLanguage('zh-CN');
    const fake = setup({
      'settings.get': () => ({ ok: true, value: { ...settings, language: 'zh-CN' } }),
      'imports.inspectFile': (input) => {
        const statusHeader = (input as { statusHeader?: string }).statusHeader;
        if (statusHeader === 'Channel')
          return {
            ok: true,
            value: { ...inspection, statusHeader, distinctStatuses: ['web', 'shop'], recognisedStatuses: {} },
          };
        return {
          ok: true,
          value: { ...inspection, suggested: { externalId: 'Order No', status: 'Status' } },
        };
      },
    });
    await pick('店铺', 'Tmall Flagship (天猫)');
    fireEvent.click(screen.getByRole('button', { name: '添加文件' }));
    await screen.findByText(FILE, {}, slow);
    await pick('文件格式', '其他文件（设置列对应）');
    fireEvent.click(await screen.findByRole('button', { name: '设置列对应' }, slow));
    const dialog = await dialogTitled('设置 erp-may.csv 的列对应');
    await waitFor(() => comboboxOf(dialog, '订单号'), slow);

    // No date and no price column: both marked, saving refused.
    const dateRow = rowOf(dialog, '下单时间');
    expect(dateRow).toHaveTextContent('需要指定对应的列：导入时不能缺少这一项');
    expect(rowOf(dialog, '单价')).toHaveTextContent('需要为单价或商品小计指定对应的列');
    expect(buttonOf(dialog, '保存并导入')).toBeDisabled();
    await pick('下单时间', 'Date', dialog);
    await pick('商品小计（单价 × 数量）', 'Price', dialog);
    expect(dateRow).not.toHaveTextContent('需要指定');

    // Status from the Channel column: its values are read from the file and must each be mapped.
    await pick('订单状态', 'Channel', dialog);
    await waitFor(() =>
      expect(calls(fake, 'imports.inspectFile').at(-1)).toEqual({
        storefrontId: 'tm',
        path: FILE,
        statusHeader: 'Channel',
      }),
    );
    await waitFor(() => comboboxOf(dialog, '“web”对应的状态'), slow);
    await pick('“web”对应的状态', '已完成', dialog);
    await pick('“shop”对应的状态', '已发货', dialog);

    // Without a status column every order gets the default status instead.
    fireEvent.click(dialog.querySelector('[aria-label="清除“订单状态”"]')!);
    await pick('所有订单的状态（无状态列时）', '已完成', dialog);
    fireEvent.click(buttonOf(dialog, '保存并导入'));
    await waitFor(() => expect(calls(fake, 'imports.saveMapping')).toHaveLength(1));
    expect(calls(fake, 'imports.saveMapping')[0]).toEqual({
      storefrontId: 'tm',
      headers,
      settings: {
        mapping: { externalId: 'Order No', placedAt: 'Date', lineTotal: 'Price' },
        defaultStatus: 'completed',
        dayFirst: false,
      },
    });
  });

  it('puts the server’s field issues on their fields and does not import', async () => {
    const fake = setup({
      'imports.saveMapping': () => ({
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: 'settings.mapping.placedAt must be one of the columns',
          key: 'invalidInput',
          issues: [{ path: 'settings.mapping.placedAt', message: 'mappingHeaderUnknown' }],
        },
      }),
    });
    await chooseShopAndFile();
    await pick('File format', 'Other file (map columns)');
    fireEvent.click(await screen.findByRole('button', { name: 'Map columns' }, slow));
    const dialog = await dialogTitled('Map the columns of erp-may.csv');
    await pick('Status for “Dispatched”', 'Cancelled', dialog);
    fireEvent.click(buttonOf(dialog, 'Save and import'));
    await waitFor(() =>
      expect(rowOf(dialog, 'Order date')).toHaveTextContent(
        "must be one of the columns of the file's header row",
      ),
    );
    expect(calls(fake, 'imports.importOrders')).toEqual([]);
  });
});
