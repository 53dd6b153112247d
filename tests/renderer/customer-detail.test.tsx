import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { setBridgeForTests } from '../../renderer/src/api';
import { CustomerDetailPage } from '../../renderer/src/features/customers/CustomerDetailPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { CustomerListQuery } from '../../shared/api/schemas/customers';
import { fakeBridge } from './fake-bridge';
import { shopAnswers } from './catalog-fixtures';
import { customerDetail, customerRow } from './customer-fixtures';
import { renderUi } from './render';

const slow = { timeout: 4000 };
beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

function setup(extra: Parameters<typeof fakeBridge>[0] = {}) {
  const fake = fakeBridge({
    ...shopAnswers,
    'customers.get': (input) => ({ ok: true, value: customerDetail({ id: (input as { id: string }).id }) }),
    ...extra,
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <ShopProvider>
      <Routes>
        <Route path="/customers/:customerId" element={<CustomerDetailPage />} />
      </Routes>
    </ShopProvider>,
    '/customers/C1',
  );
  return fake;
}

describe('CustomerDetailPage', { timeout: 20_000 }, () => {
  it('shows identities, lifetime figures, RFM and the orders of every storefront linking to them', async () => {
    const fake = setup();
    expect(await screen.findByRole('heading', { name: '张三' }, slow)).toBeInTheDocument();
    expect(fake.calls.find((c) => c.call === 'customers.get')?.input).toEqual({
      id: 'C1',
      page: 1,
      pageSize: 50,
    });
    expect(screen.getByText('taobao:zhangsan88')).toBeInTheDocument();
    expect(screen.getByText('Buyer id')).toBeInTheDocument();
    expect(screen.getByText('CN¥1,234.56')).toBeInTheDocument();
    expect(screen.getByText('every 159.5 days')).toBeInTheDocument();
    expect(screen.getByText('High value')).toBeInTheDocument();
    expect(screen.getByText('5 / 5')).toBeInTheDocument();
    const orders = screen.getByRole('table', { name: 'Orders on every storefront' });
    const rows = within(orders).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]!.textContent)).toEqual([
      'Tmall Flagship',
      'Shopify US',
    ]);
    expect(within(rows[1]!).getByRole('link', { name: '#1001' })).toHaveAttribute('href', '/orders/O1');
    expect(within(rows[1]!).getByText('$2.00')).toBeInTheDocument();
  });

  it('merges customers chosen by search into this one', async () => {
    const fake = setup({
      'customers.list': (input) => {
        const q = input as CustomerListQuery;
        const rows = [customerRow(1), customerRow(7, { name: 'San Z', rfm: null, tier: 'lost' })];
        return { ok: true, value: { rows, total: 2, page: 1, pageSize: q.pageSize, baseCurrency: 'CNY' } };
      },
      'customers.merge': () => ({
        ok: true,
        value: { customer: customerDetail(), mergedIds: ['C7'], ordersMoved: 3, identitiesMoved: 1 },
      }),
    });
    await screen.findByRole('heading', { name: '张三' }, slow);
    fireEvent.click(screen.getByRole('button', { name: 'Merge…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Merge other customers into 张三' });
    const confirm = within(dialog).getByRole('button', { name: 'Merge 0' });
    expect(confirm).toBeDisabled();
    fireEvent.change(within(dialog).getByLabelText('Find customers by name, phone or e-mail'), {
      target: { value: 'San' },
    });
    // The customer itself is never offered.
    const other = await within(dialog).findByRole('checkbox', { name: /^San Z/ }, slow);
    expect(within(dialog).queryByRole('checkbox', { name: /^Customer 1/ })).toBeNull();
    fireEvent.click(other);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Merge 1' }));
    expect(await screen.findByText('1 merged: 3 orders moved here', {}, slow)).toBeInTheDocument();
    expect(fake.calls.find((c) => c.call === 'customers.merge')?.input).toEqual({
      targetId: 'C1',
      sourceIds: ['C7'],
    });
    await waitFor(() =>
      expect(fake.calls.filter((c) => c.call === 'customers.get').length).toBeGreaterThan(1),
    );
  });

  it('splits chosen orders off, never all of them', async () => {
    const fake = setup({
      'customers.split': () => ({
        ok: true,
        value: { customer: customerDetail({ id: 'C9' }), fromId: 'C1', ordersMoved: 1, identitiesMoved: 0 },
      }),
    });
    await screen.findByRole('heading', { name: '张三' }, slow);
    fireEvent.click(screen.getByRole('button', { name: 'Split…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move orders to a new customer' });
    const boxes = within(dialog).getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    fireEvent.click(boxes[0]!);
    fireEvent.click(boxes[1]!);
    expect(within(dialog).getByRole('button', { name: 'Split off 2 orders' })).toBeDisabled();
    fireEvent.click(boxes[0]!);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Split off 1 orders' }));
    expect(await screen.findByText('1 orders moved to a new customer', {}, slow)).toBeInTheDocument();
    expect(fake.calls.find((c) => c.call === 'customers.split')?.input).toEqual({
      customerId: 'C1',
      orderIds: ['O1'],
    });
    await waitFor(() => expect(fake.calls.some((c) => (c.input as { id?: string })?.id === 'C9')).toBe(true));
  });
});
