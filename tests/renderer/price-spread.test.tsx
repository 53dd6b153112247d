import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setBridgeForTests } from '../../renderer/src/api';
import { CompetitorPrices } from '../../renderer/src/features/pricing/CompetitorPrices';
import { PriceSpreadPage } from '../../renderer/src/features/pricing/PriceSpreadPage';
import i18n from '../../renderer/src/i18n';
import { ShopProvider } from '../../renderer/src/shop-context';
import type { Sku } from '../../shared/domain/catalog';
import type { CompetitorPrices as Competitors, PriceSpreadReport } from '../../shared/domain/pricing';
import { shopAnswers } from './catalog-fixtures';
import { fakeBridge } from './fake-bridge';
import { renderUi } from './render';

const report: PriceSpreadReport = {
  baseCurrency: 'CNY',
  thresholdBp: 1500,
  flaggedCount: 1,
  missingFx: ['EUR'],
  rows: [
    {
      skuId: 's1',
      skuCode: 'MUG',
      skuName: 'Mug 350ml',
      minBaseMinor: 5900,
      maxBaseMinor: 7900,
      spreadBp: 3390,
      flagged: true,
      listings: [
        {
          listingId: 'l1',
          storefrontId: 'tm',
          storefrontName: 'Tmall',
          currency: 'CNY',
          priceMinor: 5900,
          priceBaseMinor: 5900,
        },
        {
          listingId: 'l2',
          storefrontId: 'jd',
          storefrontName: 'JD',
          currency: 'CNY',
          priceMinor: 7900,
          priceBaseMinor: 7900,
        },
      ],
    },
    {
      skuId: 's2',
      skuCode: 'PEN',
      skuName: 'Pen',
      minBaseMinor: 1000,
      maxBaseMinor: 1050,
      spreadBp: 500,
      flagged: false,
      listings: [
        {
          listingId: 'l3',
          storefrontId: 'tm',
          storefrontName: 'Tmall',
          currency: 'CNY',
          priceMinor: 1000,
          priceBaseMinor: 1000,
        },
        {
          listingId: 'l4',
          storefrontId: 'jd',
          storefrontName: 'JD',
          currency: 'CNY',
          priceMinor: 1050,
          priceBaseMinor: 1050,
        },
      ],
    },
  ],
};

const sku: Sku = {
  id: 's1',
  productId: 'p1',
  code: 'MUG',
  name: 'Mug 350ml',
  barcode: null,
  weightG: null,
  stockOnHand: 10,
  reorderPoint: 2,
  priceBand: 'mid',
  archived: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const competitors: Competitors = {
  skuId: 's1',
  own: [{ listingId: 'l1', storefrontId: 'tm', storefrontName: 'Tmall', currency: 'CNY', priceMinor: 5000 }],
  competitors: [
    {
      id: 'c1',
      skuId: 's1',
      competitor: 'MugWorld',
      platform: 'Taobao',
      priceMinor: 4500,
      currency: 'CNY',
      observedOn: '2026-11-20',
      url: null,
      note: 'Double 11 price',
      createdAt: '2026-11-20T02:00:00.000Z',
      actorId: null,
    },
  ],
};

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

describe('PriceSpreadPage', () => {
  it('lists spreads with the flagged count, missing FX rates and a threshold the person types', async () => {
    const fake = fakeBridge({ 'pricing.priceSpread': () => ({ ok: true, value: report }) });
    setBridgeForTests(fake.bridge);
    renderUi(<PriceSpreadPage />);
    expect(await screen.findByText('1 of 2 SKUs above 15%')).toBeInTheDocument();
    expect(screen.getByText(/No FX rate today for EUR/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Price spread across storefronts' });
    const mug = within(table).getByRole('row', { name: /MUG/ });
    expect(within(mug).getByText('Flagged')).toBeInTheDocument();
    expect(within(mug).getByText('33.9%')).toBeInTheDocument();

    fireEvent.click(screen.getByLabelText('Flagged only'));
    await waitFor(() => expect(within(table).queryByText('PEN')).not.toBeInTheDocument());

    fireEvent.change(screen.getByLabelText('Flag above (%)'), { target: { value: '30' } });
    await waitFor(() =>
      expect(fake.calls.filter((c) => c.call === 'pricing.priceSpread').at(-1)?.input).toEqual({
        thresholdBp: 3000,
      }),
    );
    fireEvent.change(screen.getByLabelText('Flag above (%)'), { target: { value: 'abc' } });
    expect(await screen.findByText('A percentage of 0 or more with at most 2 decimals')).toBeInTheDocument();
  });
});

describe('CompetitorPrices', () => {
  it('shows own and competitor prices side by side and logs a new one exactly', async () => {
    const fake = fakeBridge({
      ...shopAnswers,
      'pricing.competitorPrices': () => ({ ok: true, value: competitors }),
      'pricing.addCompetitorPrice': (input) => ({
        ok: true,
        value: { ...competitors.competitors[0], ...(input as object) },
      }),
    });
    setBridgeForTests(fake.bridge);
    renderUi(
      <ShopProvider>
        <CompetitorPrices sku={sku} />
      </ShopProvider>,
    );
    const table = await screen.findByRole('table', { name: 'Competitor prices' });
    const row = within(table).getByRole('row', { name: /MugWorld/ });
    expect(within(row).getByText('-10%')).toBeInTheDocument();
    expect(screen.getByText(/Own price · Tmall/)).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Log a competitor price' });
    fireEvent.click(within(form).getByRole('button', { name: 'Log a competitor price' }));
    expect(fake.calls.some((c) => c.call === 'pricing.addCompetitorPrice')).toBe(false);
    expect(
      await within(form).findByText('A non-negative amount with at most the currency’s decimals'),
    ).toBeInTheDocument();

    fireEvent.change(within(form).getByLabelText(/Competitor/), { target: { value: 'CupCo' } });
    fireEvent.change(within(form).getByLabelText(/Platform or shop/), { target: { value: 'JD' } });
    fireEvent.change(within(form).getByLabelText(/^Price/), { target: { value: '48.5' } });
    fireEvent.change(within(form).getByLabelText('Seen on'), { target: { value: '2026-11-30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Log a competitor price' }));
    await waitFor(() =>
      expect(fake.calls.find((c) => c.call === 'pricing.addCompetitorPrice')?.input).toEqual({
        skuId: 's1',
        competitor: 'CupCo',
        platform: 'JD',
        priceMinor: 4850,
        currency: 'CNY',
        observedOn: '2026-11-30',
        url: undefined,
        note: undefined,
      }),
    );
  });
});
