import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setBridgeForTests } from '../../renderer/src/api';
import { StorefrontsPage } from '../../renderer/src/features/storefronts/StorefrontsPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { Storefront } from '../../shared/domain/storefronts';
import { fakeBridge } from './fake-bridge';
import { renderUi } from './render';

const base: Storefront = {
  id: 'jd',
  name: 'JD Flagship',
  platform: 'jd',
  currency: 'CNY',
  timezone: 'Asia/Shanghai',
  role: 'core',
  archived: false,
  feeRules: {
    commissionRateBp: 800,
    paymentFeeRateBp: 60,
    fixedFeeMinor: 30,
    shippingCostMinor: 1050,
    categoryCommissions: [
      { category: '家居', rateBp: 400 },
      { category: '数码', rateBp: 250 },
    ],
  },
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};
const old: Storefront = { ...base, id: 'old', name: 'Old eBay', platform: 'ebay', archived: true };

/** A storefront list that answers includeArchived and archive like the core does. */
function setup() {
  let rows = [base, old];
  const fake = fakeBridge({
    'storefronts.list': (input) => ({
      ok: true,
      value: rows.filter((s) => (input as { includeArchived?: boolean }).includeArchived || !s.archived),
    }),
    'storefronts.archive': (input) => {
      const id = (input as { id: string }).id;
      rows = rows.map((s) => (s.id === id ? { ...s, archived: true } : s));
      return { ok: true, value: rows.find((s) => s.id === id) };
    },
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <ShopProvider>
      <StorefrontsPage />
    </ShopProvider>,
  );
  return fake;
}

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

describe('StorefrontsPage', () => {
  it('shows fees in the storefront currency and the number of category rates', async () => {
    setup();
    const row = (await screen.findByRole('cell', { name: 'JD Flagship' })).closest('tr')!;
    expect(row).toHaveTextContent(
      '8 % commission · 0.6 % payment · CN¥0.30 per order · shipping CN¥10.50 · 2 category rates',
    );
    expect(within(row).getByText('JD')).toBeInTheDocument();
    expect(screen.queryByText('Old eBay')).not.toBeInTheDocument();
  });

  it('shows archived storefronts only when asked', async () => {
    setup();
    await screen.findByRole('cell', { name: 'JD Flagship' });
    fireEvent.click(screen.getByRole('switch', { name: 'Show archived' }));
    const row = (await screen.findByRole('cell', { name: 'Old eBay' })).closest('tr')!;
    expect(within(row).getByText('Archived')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Restore Old eBay' })).toBeInTheDocument();
  });

  it('archives only after the person confirms', async () => {
    const { calls } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Archive JD Flagship' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Archive “JD Flagship”?');
    expect(calls.map((c) => c.call)).not.toContain('storefronts.archive');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive' }));
    await waitFor(() => expect(calls).toContainEqual({ call: 'storefronts.archive', input: { id: 'jd' } }));
    expect(await screen.findByText('No storefronts yet. Add the first channel you sell on.')).toBeVisible();
  });

  it('opens the edit form with percentages and major units', async () => {
    setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit JD Flagship' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('Commission (%)')).toHaveValue('8');
    expect(within(dialog).getByLabelText('Payment fee (%)')).toHaveValue('0.6');
    expect(within(dialog).getByLabelText('Fixed fee per order')).toHaveValue('0.30');
    expect(within(dialog).getByLabelText('Default shipping cost per order')).toHaveValue('10.50');
    expect(within(dialog).getByLabelText('Category 2')).toHaveValue('数码');
    expect(within(dialog).getByLabelText('Commission (%) 2')).toHaveValue('2.5');
  });
});
