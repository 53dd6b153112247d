import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { setBridgeForTests } from '../../renderer/src/api';
import { PricingWorkbenchPage } from '../../renderer/src/features/pricing/PricingWorkbenchPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { WorkbenchQuery } from '../../shared/api/schemas/pricing';
import type { PricingWorkbench } from '../../shared/domain/pricing';
import type { PriceChange } from '../../shared/domain/catalog';
import { fakeBridge } from './fake-bridge';
import { listing, shopAnswers } from './catalog-fixtures';
import { renderUi } from './render';

/** A workbench answer shaped like the core's: fees 5.6 % + 8.00 shipping on a 30.00 unit cost. */
function answer(q: WorkbenchQuery, listingPrice: number): PricingWorkbench {
  const price = q.priceMinor ?? listingPrice;
  const fees = Math.round((price * 560) / 10_000);
  const profit = price - fees - 3000 - 800;
  return {
    listingId: 'L1',
    skuId: 'S1',
    skuCode: 'MUG-1',
    skuName: '350 ml',
    productId: 'P1',
    productName: 'Mug',
    storefrontName: 'Tmall',
    storefrontId: 'tm',
    currency: 'CNY',
    baseCurrency: 'CNY',
    fx: null,
    at: '2026-11-22T00:00:00.000Z',
    costId: 'c1',
    unitCostBaseMinor: 3000,
    unitCostMinor: 3000,
    commissionRateBp: 500,
    commissionSource: 'storefront',
    paymentFeeRateBp: 60,
    fixedFeePerOrderMinor: 0,
    shippingPerOrderMinor: 800,
    unitsPerOrder: 1,
    discountMinor: 0,
    shippingShareMinor: 800,
    fixedFeeShareMinor: 0,
    atPrice: {
      priceMinor: price,
      netPriceMinor: price,
      fees: { commissionMinor: fees, paymentFeeMinor: 0, fixedFeeShareMinor: 0, totalMinor: fees },
      profitMinor: profit,
      marginBp: price === 0 ? null : Math.round((profit * 10_000) / price),
    },
    breakEven: { ok: true, priceMinor: 4025 },
    minMarginBp: 1000,
    computedFloor: { ok: true, priceMinor: 4500 },
    listingFloorMinor: 5000,
    effectiveFloorMinor: 5000,
    belowFloor: price < 5000,
    suggested:
      q.targetMarginBp === undefined
        ? null
        : q.targetMarginBp >= 9000
          ? { targetMarginBp: q.targetMarginBp, ending: null, ok: false, reason: 'targetUnreachable' }
          : {
              targetMarginBp: q.targetMarginBp,
              ending: q.ending ?? null,
              ok: true,
              exactMinor: 5311,
              priceMinor: 5399,
            },
  };
}

function setup(guard = false) {
  let price = listing.priceMinor;
  const history: PriceChange[] = [];
  const fake = fakeBridge({
    ...shopAnswers,
    'pricing.workbench': (input) => ({ ok: true, value: answer(input as WorkbenchQuery, price) }),
    'catalog.priceHistory': () => ({ ok: true, value: [...history] }),
    'catalog.upsertListing': (input) => {
      if (guard && !(input as { overrideReason?: string }).overrideReason)
        return {
          ok: false,
          error: {
            code: 'CONFLICT',
            key: 'belowFloor',
            message: 'below',
            params: { price: 5399, floor: 5500 },
          },
        };
      const next = (input as { priceMinor: number }).priceMinor;
      history.unshift({
        id: 1,
        listingId: 'L1',
        oldPriceMinor: price,
        newPriceMinor: next,
        reason: 'Set in the pricing workbench',
        actorId: null,
        at: '2026-11-22T10:00:00.000Z',
      });
      price = next;
      return { ok: true, value: { ...listing, priceMinor: next } };
    },
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <ShopProvider>
      <PricingWorkbenchPage />
    </ShopProvider>,
    '/pricing?listing=L1',
  );
  return fake;
}

// Under a loaded test run the debounce plus renders can exceed testing-library's 1 s default.
const slow = { timeout: 4000 };

const benchCalls = (fake: ReturnType<typeof setup>) =>
  fake.calls.filter((c) => c.call === 'pricing.workbench').map((c) => c.input as WorkbenchQuery);

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

describe('PricingWorkbenchPage', { timeout: 20_000 }, () => {
  it('shows break-even, floor and margin from the answer of the listing in the address', async () => {
    const fake = setup();
    expect(await screen.findByLabelText('Break-even price', {}, slow)).toHaveTextContent('CN¥40.25');
    expect(benchCalls(fake)[0]).toEqual({ listingId: 'L1' });
    expect(screen.getByLabelText('Price floor')).toHaveTextContent('CN¥50.00');
    expect(screen.getByLabelText('Full unit cost')).toHaveTextContent('CN¥30.00');
    // 59.00 − 3.30 fees − 30.00 − 8.00 = 17.70 profit, 30 % margin.
    expect(screen.getByLabelText('Profit')).toHaveTextContent('CN¥17.70');
    expect(screen.getByLabelText('Margin')).toHaveTextContent('30%');
    // What is being priced is said in words, with a link back to the product.
    expect(screen.getByLabelText('Being priced')).toHaveTextContent('Mug· MUG-1 350 ml · Tmall');
    expect(screen.getByRole('link', { name: 'Mug' })).toHaveAttribute('href', '/catalog/P1');
  });

  it('sends the typed price and updates margin and profit live', async () => {
    const fake = setup();
    await screen.findByLabelText('Profit', {}, slow);
    fireEvent.change(screen.getByLabelText('Price'), { target: { value: '45' } });
    await waitFor(() => expect(screen.getByLabelText('Profit')).toHaveTextContent('CN¥4.48'), slow);
    expect(benchCalls(fake).at(-1)).toMatchObject({ listingId: 'L1', priceMinor: 4500 });
    expect(screen.getByText('Below the price floor')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('suggests a price for a target margin, explains failures in words, and saves it to the listing', async () => {
    const fake = setup();
    await screen.findByLabelText('Profit', {}, slow);
    fireEvent.change(screen.getByLabelText('Target margin (%)'), { target: { value: '95' } });
    expect(await screen.findByText(/lower the target/, {}, slow)).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Target margin (%)'), { target: { value: '25' } });
    expect(await screen.findByText('CN¥53.99', {}, slow)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Use this price' }));
    await waitFor(
      () =>
        expect(fake.calls.find((c) => c.call === 'catalog.upsertListing')?.input).toMatchObject({
          skuId: 'S1',
          storefrontId: 'tm',
          priceMinor: 5399,
          reason: 'Set in the pricing workbench',
        }),
      slow,
    );
    expect(await screen.findByText('CN¥59.00 → CN¥53.99', {}, slow)).toBeInTheDocument();
  });

  it('asks for a reason when the guard refuses a price below the floor, and resends with it', async () => {
    const fake = setup(true);
    await screen.findByLabelText('Profit', {}, slow);
    fireEvent.change(screen.getByLabelText('Target margin (%)'), { target: { value: '25' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Use this price' }, slow));
    expect(
      await screen.findByText('The price CN¥53.99 is below the floor CN¥55.00.', {}, slow),
    ).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Reason for overriding the floor'), {
      target: { value: 'Double 11' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Use this price' }));
    await waitFor(
      () =>
        expect(fake.calls.filter((c) => c.call === 'catalog.upsertListing').at(-1)?.input).toMatchObject({
          priceMinor: 5399,
          reason: 'Set in the pricing workbench',
          overrideReason: 'Double 11',
        }),
      slow,
    );
  });
});
