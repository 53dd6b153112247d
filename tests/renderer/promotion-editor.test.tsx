import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { setBridgeForTests } from '../../renderer/src/api';
import { PromotionsPage } from '../../renderer/src/features/promotions/PromotionsPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { CampaignCreate } from '../../shared/api/schemas/promotions';
import type { Result } from '../../shared/api/result';
import { fakeBridge } from './fake-bridge';
import { campaign, promotionShop } from './promotion-fixtures';
import { renderUi } from './render';

const slow = { timeout: 4000 };

function setup(create: (input: unknown, n: number) => Result<unknown>) {
  let n = 0;
  const fake = fakeBridge({
    ...promotionShop,
    'catalog.suggestSkus': (input) => ({
      ok: true,
      value: [
        {
          sku: { id: 'sku-mug', code: `MUG-${(input as { code: string }).code}`, name: 'White' },
          productName: 'Mug',
          why: 'containsCode',
        },
      ],
    }),
    'promotions.create': (input) => create(input, ++n),
    'promotions.get': () => ({ ok: true, value: campaign() }),
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <ShopProvider>
      <Routes>
        <Route path="/promotions/*" element={<PromotionsPage />} />
      </Routes>
    </ShopProvider>,
    '/promotions/new',
  );
  return fake;
}

/** A field by its label text (without the required asterisk): label queries stay fast with many comboboxes. */
const field = (label: string | RegExp) => screen.getByLabelText(label, { selector: 'input,textarea' });
const button = (text: string) => screen.getByText(text).closest('button')!;
const type = (label: string | RegExp, value: string) => fireEvent.change(field(label), { target: { value } });
/** Mantine shows a field's error in the element its input's aria-describedby names. */
const errorOf = (label: string | RegExp) => {
  const ids = field(label).getAttribute('aria-describedby') ?? '';
  return ids
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
};

async function pickStorefronts(...names: string[]) {
  fireEvent.click(field(/^Storefronts/));
  // Text lookups, not role queries: those walk every node of this long form and take seconds each in jsdom.
  for (const name of names) fireEvent.click(await screen.findByText(`${name} (CNY)`, {}, slow));
}

const created = (fake: ReturnType<typeof setup>) =>
  fake.calls.filter((c) => c.call === 'promotions.create').map((c) => c.input as CampaignCreate);

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

describe('campaign editor', { timeout: 60_000 }, () => {
  it('refuses a draft without name or storefronts, and a 满减 tier that saves more than its threshold', async () => {
    const fake = setup(() => ({ ok: true, value: campaign() }));
    await screen.findByLabelText(/^Name/, {}, slow);
    type(/^Order value reaches \(1\)/, '300');
    type(/^Save \(1\)/, '400');
    fireEvent.click(button('Create draft'));
    await waitFor(() => expect(errorOf(/^Name/)).toContain('Required'), slow);
    expect(errorOf(/^Storefronts/)).toContain('needs 1 to 50 different storefronts');
    expect(errorOf(/^Save \(1\)/)).toContain('must be above 0 and below its threshold');
    // Text that is not an amount is refused before the schema sees it.
    type(/^Order value reaches \(1\)/, '3OO');
    fireEvent.click(button('Create draft'));
    await waitFor(() => expect(errorOf(/^Order value reaches \(1\)/)).toMatch(/amount/i), slow);
    expect(created(fake)).toEqual([]);
  });

  it('sends exact minor units, every tier and the shop-zone times as UTC instants', async () => {
    const fake = setup(() => ({ ok: true, value: campaign() }));
    await screen.findByLabelText(/^Name/, {}, slow);
    type(/^Name/, '12.12 spend and save');
    await pickStorefronts('Tmall Flagship', 'JD Store');
    type(/^Starts/, '2026-12-10T00:00');
    type(/^Ends/, '2026-12-13T00:00');
    type(/^Order value reaches \(1\)/, '300');
    type(/^Save \(1\)/, '40');
    fireEvent.click(button('Add tier'));
    type(/^Order value reaches \(2\)/, '500.50');
    type(/^Save \(2\)/, '80');
    type(/^Budget/, '2000');
    fireEvent.click(button('Create draft'));
    await waitFor(() => expect(created(fake)).toHaveLength(1), slow);
    expect(created(fake)[0]).toMatchObject({
      name: '12.12 spend and save',
      type: 'tiered',
      terms: {
        type: 'tiered',
        tiers: [
          { thresholdMinor: 30000, offMinor: 4000 },
          { thresholdMinor: 50050, offMinor: 8000 },
        ],
      },
      storefrontIds: ['tm', 'jd'],
      // Asia/Shanghai is UTC+8: midnight of 10 December there is 16:00 UTC on the 9th.
      startAt: '2026-12-09T16:00:00.000Z',
      endAt: '2026-12-12T16:00:00.000Z',
      budgetMinor: 200000,
      spendMinor: 0,
      stacksWith: null,
    });
  });

  it('puts the issues main refuses with on the fields they name', async () => {
    const fake = setup((_input, n) =>
      n === 1
        ? {
            ok: false,
            error: {
              code: 'INVALID_INPUT',
              message: 'invalid',
              issues: [
                { path: 'terms.tiers.0.thresholdMinor', message: 'promotionTiers' },
                { path: 'endAt', message: 'promotionWindow' },
              ],
            },
          }
        : { ok: true, value: campaign() },
    );
    await screen.findByLabelText(/^Name/, {}, slow);
    type(/^Name/, 'Flash');
    await pickStorefronts('JD Store');
    type(/^Order value reaches \(1\)/, '300');
    type(/^Save \(1\)/, '40');
    fireEvent.click(button('Create draft'));
    await waitFor(
      () => expect(errorOf(/^Order value reaches \(1\)/)).toContain('strictly rising thresholds'),
      slow,
    );
    expect(errorOf(/^Ends/)).toContain('must be after the start');
    expect(created(fake)).toHaveLength(1);
  });

  it('shows the terms of each type: a coupon takes face value, minimum spend and quantity', async () => {
    const fake = setup(() => ({ ok: true, value: campaign({ type: 'coupon' }) }));
    await screen.findByLabelText(/^Name/, {}, slow);
    type(/^Name/, 'JD coupon');
    await pickStorefronts('JD Store');
    fireEvent.click(field(/^Type/));
    fireEvent.click(await screen.findByText('Coupon', {}, slow));
    fireEvent.click(screen.getByText('Amount'));
    type(/^Amount off per unit/, '20');
    type(/^Minimum spend/, '199');
    type(/^Coupons issued/, '500');
    fireEvent.click(button('Create draft'));
    await waitFor(() => expect(created(fake)).toHaveLength(1), slow);
    expect(created(fake)[0]!.terms).toEqual({
      type: 'coupon',
      discount: { kind: 'amount', offMinor: 2000 },
      maxOffMinor: null,
      minSpendMinor: 19900,
      quantityIssued: 500,
    });
  });

  it('searches SKUs once per typed text, and a chosen SKU keeps its name after the search moves on', async () => {
    const fake = setup(() => ({ ok: true, value: campaign() }));
    await screen.findByLabelText(/^Name/, {}, slow);
    const skus = () => screen.getByPlaceholderText('Type a SKU code or product name');
    fireEvent.click(skus());
    fireEvent.change(skus(), { target: { value: 'W1' } });
    fireEvent.click(await screen.findByText('MUG-W1 · Mug', {}, slow));
    // Re-renders of the form (typing elsewhere) ask nothing again.
    type(/^Name/, 'Mug week');
    type(/^Budget/, '500');
    await waitFor(() => expect(screen.getByText('MUG-W1 · Mug')).toBeInTheDocument(), slow);
    expect(fake.calls.filter((c) => c.call === 'catalog.suggestSkus').map((c) => c.input)).toEqual([
      { code: 'W1', limit: 20 },
    ]);
  });
});
