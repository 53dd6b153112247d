import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setBridgeForTests } from '../../renderer/src/api';
import { CustomersPage } from '../../renderer/src/features/customers/CustomersPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { CustomerListQuery, CustomerSegmentInput } from '../../shared/api/schemas/customers';
import { fakeBridge } from './fake-bridge';
import { settings, shopAnswers } from './catalog-fixtures';
import { customerRow } from './customer-fixtures';
import { renderUi } from './render';

const total = 300_000;

function setup(extra: Parameters<typeof fakeBridge>[0] = {}) {
  const fake = fakeBridge({
    ...shopAnswers,
    'customers.list': (input) => {
      const q = input as CustomerListQuery;
      const first = (q.page - 1) * q.pageSize + 1;
      const rows = Array.from({ length: q.pageSize }, (_, i) =>
        customerRow(first + i, first + i === 2 ? { tier: 'at_risk', rfm: null, unconvertedOrders: 1 } : {}),
      );
      return { ok: true, value: { rows, total, page: q.page, pageSize: q.pageSize, baseCurrency: 'CNY' } };
    },
    ...extra,
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <ShopProvider>
      <CustomersPage />
    </ShopProvider>,
  );
  return fake;
}

const listCalls = (fake: ReturnType<typeof setup>) =>
  fake.calls.filter((c) => c.call === 'customers.list').map((c) => c.input as CustomerListQuery);

const slow = { timeout: 4000 };
beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

describe('CustomersPage', { timeout: 20_000 }, () => {
  it('shows a server page of customers with their tier, RFM and money in the base currency', async () => {
    const fake = setup();
    const link = await screen.findByRole('link', { name: 'Customer 1' }, slow);
    expect(link).toHaveAttribute('href', '/customers/C1');
    expect(listCalls(fake)[0]).toMatchObject({ page: 1, pageSize: 50, sort: 'monetary', direction: 'desc' });
    const table = screen.getByRole('table', { name: 'Customers' });
    const first = within(table).getAllByRole('row')[1]!;
    expect(within(first).getByText('High value')).toBeInTheDocument();
    expect(within(first).getByText('R5 F4 M4')).toBeInTheDocument();
    expect(within(first).getByText('CN¥1,234.56')).toBeInTheDocument();
    const second = within(table).getAllByRole('row')[2]!;
    expect(within(second).getByText('At risk')).toBeInTheDocument();
    expect(within(second).getByText('—')).toBeInTheDocument();
    // Money left out for want of an exchange rate is marked.
    expect(within(second).getByText('CN¥1,234.56 *')).toBeInTheDocument();
    expect(screen.getByText('300,000 customers')).toBeInTheDocument();
  });

  it('filters by tier chip and search, each starting again at page 1', async () => {
    const fake = setup();
    await screen.findByText('Customer 1', {}, slow);
    fireEvent.click(screen.getByRole('button', { name: '2' }));
    await waitFor(() => expect(listCalls(fake).at(-1)).toMatchObject({ page: 2 }));
    fireEvent.click(screen.getByRole('radio', { name: 'At risk' }));
    await waitFor(() => expect(listCalls(fake).at(-1)).toMatchObject({ tier: 'at_risk', page: 1 }));
    fireEvent.change(screen.getByLabelText('Name, phone or e-mail (the beginning)'), {
      target: { value: '138' },
    });
    await waitFor(
      () => expect(listCalls(fake).at(-1)).toMatchObject({ search: '138', tier: 'at_risk' }),
      slow,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'All' }));
    await waitFor(() => {
      const last = listCalls(fake).at(-1)!;
      expect(last.tier).toBeUndefined();
      expect(last.search).toBe('138');
    });
  });

  it('exports the segment the list shows, asking for a path where there is no dialog', async () => {
    const fake = setup({
      'files.choose': () => ({ ok: true, value: { path: null, manual: true } }),
      'customers.exportSegment': (input) => ({
        ok: true,
        value: { path: (input as CustomerSegmentInput).path, rows: 42 },
      }),
    });
    await screen.findByText('Customer 1', {}, slow);
    fireEvent.click(screen.getByRole('radio', { name: 'Lost' }));
    await waitFor(() => expect(listCalls(fake).at(-1)).toMatchObject({ tier: 'lost' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export segment' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'This segment to CSV…' }));
    const path = await screen.findByLabelText(/Full path/, {}, slow);
    expect(fake.calls.find((c) => c.call === 'files.choose')?.input).toMatchObject({
      purpose: 'customerExport',
    });
    fireEvent.change(path, { target: { value: '/tmp/lost.csv' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('42 customers written to /tmp/lost.csv', {}, slow)).toBeInTheDocument();
    expect(fake.calls.find((c) => c.call === 'customers.exportSegment')?.input).toEqual({
      tier: 'lost',
      path: '/tmp/lost.csv',
      lang: 'en',
      format: 'csv',
    });
  });

  it('speaks Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    setup({ 'settings.get': () => ({ ok: true, value: { ...settings, language: 'zh-CN' } }) });
    expect(await screen.findByRole('heading', { name: '客户' }, slow)).toBeInTheDocument();
    expect((await screen.findAllByText('高价值', {}, slow)).length).toBeGreaterThan(1);
    expect(screen.getByText('共 300,000 位客户')).toBeInTheDocument();
  });
});
