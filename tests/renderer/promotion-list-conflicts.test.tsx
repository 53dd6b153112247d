import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { setBridgeForTests } from '../../renderer/src/api';
import { PromotionsPage } from '../../renderer/src/features/promotions/PromotionsPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import { fakeBridge } from './fake-bridge';
import { campaign, promotionShop } from './promotion-fixtures';
import { renderUi } from './render';

const slow = { timeout: 6000 };

function setup(path: string) {
  const fake = fakeBridge({
    ...promotionShop,
    'promotions.list': () => ({
      ok: true,
      value: [
        campaign({ id: 'C1', name: '12.12 满300减40', state: 'scheduled' }),
        campaign({ id: 'C2', name: '12.12 second 满减', state: 'scheduled' }),
        campaign({ id: 'C3', name: 'JD coupon', state: 'scheduled' }),
      ],
    }),
    'promotions.conflicts': () => ({
      ok: true,
      value: {
        from: '2026-11-30T16:00:00.000Z',
        to: '2026-12-31T16:00:00.000Z',
        costsHidden: false,
        conflicts: [],
        campaigns: [
          { id: 'C1', name: '12.12 满300减40', type: 'tiered', storefrontIds: ['tm'] },
          { id: 'C2', name: '12.12 second 满减', type: 'tiered', storefrontIds: ['tm'] },
        ],
      },
    }),
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <ShopProvider>
      <Routes>
        <Route path="/promotions/*" element={<PromotionsPage />} />
      </Routes>
    </ShopProvider>,
    path,
  );
  return fake;
}

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

describe('the campaign list opened from the dashboard', { timeout: 30_000 }, () => {
  it("shows only the period's campaigns in conflict, and every campaign again on request", async () => {
    const fake = setup('/promotions?conflicts=1&from=2026-12-01&to=2026-12-31');
    expect(await screen.findByText('12.12 满300减40', {}, slow)).toBeInTheDocument();
    expect(screen.getByText('12.12 second 满减')).toBeInTheDocument();
    expect(screen.queryByText('JD coupon')).toBeNull();
    expect(screen.getByTestId('campaign-period').textContent).toContain('Campaigns in conflict between');
    expect(fake.calls.find((c) => c.call === 'promotions.list')!.input).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(fake.calls.find((c) => c.call === 'promotions.conflicts')!.input).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Show all campaigns' }));
    expect(await screen.findByText('JD coupon', {}, slow)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('campaign-period')).toBeNull());
  });
});
