import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { setBridgeForTests } from '../../renderer/src/api';
import { ProductDetailPage } from '../../renderer/src/features/catalog/ProductDetailPage';
import { CustomerDetailPage } from '../../renderer/src/features/customers/CustomerDetailPage';
import { CustomersPage } from '../../renderer/src/features/customers/CustomersPage';
import { PricingPage } from '../../renderer/src/features/pricing/PricingPage';
import { ReportsPage } from '../../renderer/src/features/reports/ReportsPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { ProductDetail } from '../../shared/domain/catalog';
import type { StaffMember } from '../../shared/domain/staff';
import { fakeBridge } from './fake-bridge';
import { listing, settings, shopAnswers } from './catalog-fixtures';
import { customerDetail, customerRow } from './customer-fixtures';
import { renderUi } from './render';

/**
 * PRODUCT.md §10 on screen: core answers the service role with null costs/profit or FORBIDDEN; the screens
 * drop those columns and figures and say why, while the owner still sees them.
 */
const agent: StaffMember = {
  id: 'st-service',
  name: '张客服',
  role: 'service',
  archived: false,
  createdAt: '2026-01-01T00:00:00.000Z',
};
const owner: StaffMember = { ...agent, id: 'st-owner', name: '老板', role: 'owner' };

const cost = {
  id: 'c1',
  skuId: 'S1',
  effectiveFrom: '2026-11-01T00:00:00.000Z',
  purchaseMinor: 2500,
  packagingMinor: 150,
  inboundFreightMinor: 200,
  otherMinor: 150,
  totalMinor: 3000,
  note: null,
  createdBy: null,
  createdAt: '2026-11-01T00:00:00.000Z',
};
const product = (hidden: boolean): ProductDetail => ({
  id: 'P1',
  name: 'Thermos cup',
  category: '家居',
  brand: 'Acme',
  archived: false,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...(hidden && { costsHidden: true as const }),
  skus: [
    {
      id: 'S1',
      productId: 'P1',
      code: 'CUP-1',
      name: 'Black',
      barcode: null,
      weightG: null,
      stockOnHand: 3,
      reorderPoint: 10,
      priceBand: 'mid',
      archived: false,
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
      currentCost: hidden ? null : cost,
      cover: { soldInWindow: 12, daysOfCover: 7, slowMover: false },
      listings: [{ ...listing, priceFloorMinor: hidden ? null : 4000 }],
      aliases: [],
    },
  ],
});

/** Renders `ui` with `who` acting; core's answers are what it gives that role. */
function show(who: StaffMember, ui: ReactNode, at = '/') {
  const hidden = who.role === 'service';
  const fake = fakeBridge({
    ...shopAnswers,
    'settings.get': () => ({ ok: true, value: { ...settings, actingStaffId: who.id } }),
    'staff.list': () => ({ ok: true, value: [owner, agent] }),
    'customers.list': () => ({
      ok: true,
      value: {
        rows: [customerRow(1, hidden ? { grossProfitMinor: null } : {})],
        total: 1,
        page: 1,
        pageSize: 50,
        baseCurrency: 'CNY',
      },
    }),
    'customers.get': () => ({
      ok: true,
      value: customerDetail(hidden ? { grossProfitMinor: null } : {}),
    }),
    'catalog.getProduct': () => ({ ok: true, value: product(hidden) }),
    'catalog.costHistory': () => ({ ok: true, value: [cost] }),
    'catalog.stockMovements': () => ({ ok: true, value: { rows: [], total: 0, page: 1, pageSize: 20 } }),
    'reports.schedule': () => ({
      ok: true,
      value: { enabled: false, folder: null, lang: 'en', lastWrittenMonth: null },
    }),
  });
  setBridgeForTests(fake.bridge);
  renderUi(<ShopProvider>{ui}</ShopProvider>, at);
  return fake;
}

const slow = { timeout: 4000 };
beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

describe('screens for the service role (no costs or profit)', { timeout: 20_000 }, () => {
  it('customer list: the gross profit column is there for the owner and gone for the agent', async () => {
    show(owner, <CustomersPage />);
    const table = await screen.findByRole('table', { name: 'Customers' }, slow);
    await within(table).findByText('CN¥456.00', {}, slow);
    expect(within(table).getByRole('columnheader', { name: 'Gross profit' })).toBeInTheDocument();
  });

  it('customer list for the agent: spend stays, no profit column', async () => {
    show(agent, <CustomersPage />);
    const table = await screen.findByRole('table', { name: 'Customers' }, slow);
    await within(table).findByText('CN¥1,234.56', {}, slow);
    expect(within(table).queryByRole('columnheader', { name: 'Gross profit' })).toBeNull();
    expect(within(table).getAllByRole('columnheader').length).toBeGreaterThan(5);
  });

  it('customer page: no gross profit figure for the agent, the owner sees it', async () => {
    const routes = (
      <Routes>
        <Route path="/customers/:customerId" element={<CustomerDetailPage />} />
      </Routes>
    );
    show(agent, routes, '/customers/C1');
    await screen.findByText('CN¥1,234.56', {}, slow);
    expect(screen.queryByText('Gross profit')).toBeNull();
    expect(screen.getByText('Spent')).toBeInTheDocument();
  });

  it('SKU panel: the agent gets no cost section, no floor column, no cost history call', async () => {
    const fake = show(
      agent,
      <Routes>
        <Route path="/catalog/:productId" element={<ProductDetailPage />} />
      </Routes>,
      '/catalog/P1',
    );
    await screen.findByText('CUP-1', {}, slow);
    await screen.findByRole('table', { name: 'Storefront listings CUP-1' }, slow);
    expect(screen.queryByRole('table', { name: 'Cost history' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'New cost' })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Price floor (optional)' })).toBeNull();
    expect(fake.calls.some((c) => c.call === 'catalog.costHistory')).toBe(false);
  });

  it('SKU panel: the owner sees cost history and the floor column', async () => {
    show(
      owner,
      <Routes>
        <Route path="/catalog/:productId" element={<ProductDetailPage />} />
      </Routes>,
      '/catalog/P1',
    );
    expect(await screen.findByRole('table', { name: 'Cost history' }, slow)).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Price floor (optional)' })).toBeInTheDocument();
  });

  it('pricing says the workbench is not for the service role and calls nothing', async () => {
    const fake = show(agent, <PricingPage />, '/pricing');
    expect(
      await screen.findByText(/Pricing works from costs, fees and floors/, {}, slow),
    ).toBeInTheDocument();
    expect(fake.calls.some((c) => c.call === 'pricing.workbench')).toBe(false);
  });

  it('the Reports page shows the refusal instead of the monthly report card', async () => {
    show(agent, <ReportsPage />);
    expect(
      await screen.findByText(/The monthly report is full of costs and profit/, {}, slow),
    ).toBeInTheDocument();
  });
});
