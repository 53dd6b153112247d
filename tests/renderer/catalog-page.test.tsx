import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { setBridgeForTests } from '../../renderer/src/api';
import { CatalogPage } from '../../renderer/src/features/catalog/CatalogPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { ProductListQuery } from '../../shared/api/schemas/catalog';
import { fakeBridge } from './fake-bridge';
import { productRow, shopAnswers } from './catalog-fixtures';
import { renderUi } from './render';

const total = 50_000;

function setup() {
  const fake = fakeBridge({
    ...shopAnswers,
    'catalog.listProducts': (input) => {
      const q = input as ProductListQuery;
      const first = (q.page - 1) * q.pageSize + 1;
      const rows = Array.from({ length: q.pageSize }, (_, i) => productRow(first + i));
      return { ok: true, value: { rows, total, page: q.page, pageSize: q.pageSize } };
    },
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <ShopProvider>
      <CatalogPage />
    </ShopProvider>,
  );
  return fake;
}

const listCalls = (fake: ReturnType<typeof setup>) =>
  fake.calls.filter((c) => c.call === 'catalog.listProducts').map((c) => c.input as ProductListQuery);

// jsdom has no layout: give the scroll box a height so the virtualizer has a window of rows to render.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});
beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

// Under a loaded test run debounces plus renders can exceed testing-library's 1 s default.
const slow = { timeout: 4000 };

describe('CatalogPage', { timeout: 20_000 }, () => {
  it('renders only the rows in view of the current page, and asks the server for the next page', async () => {
    const fake = setup();
    expect(await screen.findByText('Product 1', {}, slow)).toBeInTheDocument();
    expect(listCalls(fake)[0]).toMatchObject({ page: 1, pageSize: 100 });
    // 100 rows fetched, far fewer in the DOM: the page stays light however big the catalog is.
    const rendered = screen.getAllByRole('row').length - 1;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(50);
    expect(screen.getByText('50,000 products')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: '2' }));
    expect(await screen.findByText('Product 101', {}, slow)).toBeInTheDocument();
    expect(listCalls(fake).at(-1)).toMatchObject({ page: 2, pageSize: 100 });
  });

  it('sends the search and filters to the server, back on page 1', async () => {
    const fake = setup();
    await screen.findByText('Product 1', {}, slow);
    fireEvent.click(screen.getByRole('button', { name: '2' }));
    await screen.findByText('Product 101', {}, slow);
    fireEvent.change(screen.getByLabelText('Search name, SKU code or barcode'), {
      target: { value: ' CUP ' },
    });
    fireEvent.click(screen.getByRole('switch', { name: 'Low stock only' }));
    await waitFor(
      () => expect(listCalls(fake).at(-1)).toMatchObject({ search: 'CUP', lowStock: true, page: 1 }),
      slow,
    );
  });
});
