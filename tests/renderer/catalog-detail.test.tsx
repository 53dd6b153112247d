import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { setBridgeForTests } from '../../renderer/src/api';
import { ProductDetailPage } from '../../renderer/src/features/catalog/ProductDetailPage';
import { UnmatchedSkusPage } from '../../renderer/src/features/catalog/UnmatchedSkusPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { ProductDetail, SkuCost } from '../../shared/domain/catalog';
import { fakeBridge } from './fake-bridge';
import { listing, shopAnswers } from './catalog-fixtures';
import { renderUi } from './render';

const cost: SkuCost = {
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
const product: ProductDetail = {
  id: 'P1',
  name: 'Thermos cup',
  category: '家居',
  brand: 'Acme',
  archived: false,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
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
      currentCost: cost,
      cover: { soldInWindow: 12, daysOfCover: 7, slowMover: false },
      listings: [listing],
      aliases: [],
    },
  ],
};

const slow = { timeout: 4000 };
beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

describe('ProductDetailPage', { timeout: 20_000 }, () => {
  it('shows the SKU cost, stock and listings, and records a receipt', async () => {
    const fake = fakeBridge({
      ...shopAnswers,
      'catalog.getProduct': () => ({ ok: true, value: product }),
      'catalog.costHistory': () => ({ ok: true, value: [cost] }),
      'catalog.stockMovements': () => ({ ok: true, value: { rows: [], total: 0, page: 1, pageSize: 20 } }),
      'catalog.adjustStock': () => ({ ok: true, value: {} }),
    });
    setBridgeForTests(fake.bridge);
    renderUi(
      <ShopProvider>
        <Routes>
          <Route path="/catalog/:productId" element={<ProductDetailPage />} />
        </Routes>
      </ShopProvider>,
      '/catalog/P1',
    );
    expect(await screen.findByRole('heading', { name: 'Thermos cup' }, slow)).toBeInTheDocument();
    expect(screen.getByText('Low stock')).toBeInTheDocument();
    const listings = await screen.findByRole('table', { name: 'Storefront listings CUP-1' }, slow);
    expect(await within(listings).findByText('Tmall Flagship', {}, slow)).toBeInTheDocument();
    expect(within(listings).getByRole('link', { name: 'Open in pricing workbench' })).toHaveAttribute(
      'href',
      '/pricing?listing=L1',
    );
    fireEvent.change(screen.getByLabelText('Quantity (+/−)'), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Adjust stock' }));
    await waitFor(
      () =>
        expect(fake.calls.find((c) => c.call === 'catalog.adjustStock')?.input).toEqual({
          skuId: 'S1',
          kind: 'receipt',
          quantity: 12,
          reason: null,
          ref: null,
        }),
      slow,
    );
  });
});

describe('UnmatchedSkusPage', { timeout: 20_000 }, () => {
  it('looks a storefront code up with resolveSku', async () => {
    const fake = fakeBridge({
      ...shopAnswers,
      'catalog.listProducts': () => ({ ok: true, value: { rows: [], total: 0, page: 1, pageSize: 20 } }),
      'catalog.resolveSku': () => ({ ok: true, value: null }),
      'catalog.suggestSkus': () => ({
        ok: true,
        value: [{ sku: product.skus[0]!, productName: 'Mug', why: 'containsCode' }],
      }),
      'catalog.addAlias': (input) => ({ ok: true, value: input }),
    });
    setBridgeForTests(fake.bridge);
    renderUi(
      <ShopProvider>
        <UnmatchedSkusPage />
      </ShopProvider>,
    );
    fireEvent.click(await screen.findByRole('combobox', { name: /^Storefront\W*$/ }, slow));
    fireEvent.click(await screen.findByRole('option', { name: 'Tmall Flagship' }, slow));
    fireEvent.change(screen.getByLabelText(/^Storefront code/), { target: { value: 'TM-9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Look up' }));
    expect(await screen.findByText('No SKU matches this code.', {}, slow)).toBeInTheDocument();
    expect(fake.calls.find((c) => c.call === 'catalog.resolveSku')?.input).toEqual({
      storefrontId: 'tm',
      code: 'TM-9',
    });
    // A code that matched nothing comes with candidates, each linkable in one click.
    const suggestions = await screen.findByRole('table', { name: 'Suggestions' }, slow);
    const row = within(suggestions).getByRole('row', { name: /CUP-1/ });
    expect(within(row).getByText('It contains our code')).toBeInTheDocument();
    fireEvent.click(within(row).getByRole('button', { name: 'Link to this SKU' }));
    await waitFor(() =>
      expect(fake.calls.find((c) => c.call === 'catalog.addAlias')?.input).toEqual({
        storefrontId: 'tm',
        alias: 'TM-9',
        skuId: 'S1',
      }),
    );
  });
});
