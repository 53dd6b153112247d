import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { setBridgeForTests } from '../../renderer/src/api';
import { PromotionsPage } from '../../renderer/src/features/promotions/PromotionsPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { Campaign, CampaignTerms } from '../../shared/domain/promotions';
import { fakeBridge } from './fake-bridge';
import { campaign, guardrailFor, promotionShop } from './promotion-fixtures';
import { renderUi } from './render';

const slow = { timeout: 6000 };

const noStackOf = (a: string, b: string) => ({
  kind: 'noStack' as const,
  skuId: 'S2',
  skuCode: 'CUP-2',
  storefrontIds: ['tm'],
  campaignIds: [a, b],
  from: '2026-12-09T16:00:00.000Z',
  to: '2026-12-10T16:00:00.000Z',
  effectivePriceMinor: null,
  floorMinor: null,
});

/** Plays the core's rules for one campaign: activate refuses below floor without a reason; update re-runs the guardrail. */
function setup() {
  let current: Campaign = campaign();
  let version = 0;
  const fake = fakeBridge({
    ...promotionShop,
    'promotions.get': () => ({ ok: true, value: current }),
    'promotions.guardrail': () => ({ ok: true, value: guardrailFor(current) }),
    'promotions.list': () => ({ ok: true, value: [current] }),
    'promotions.conflicts': () => ({
      ok: true,
      value: {
        from: '2026-12-10',
        to: '2026-12-12',
        costsHidden: false,
        conflicts: [
          {
            kind: 'noStack',
            skuId: 'S1',
            skuCode: 'MUG-1',
            storefrontIds: ['jd'],
            campaignIds: ['C1', 'C2'],
            from: '2026-12-09T16:00:00.000Z',
            to: '2026-12-11T16:00:00.000Z',
            effectivePriceMinor: null,
            floorMinor: null,
          },
          // Another pair's conflict: not this campaign's, so not on its page.
          noStackOf('C3', 'C4'),
        ],
        campaigns: [
          { id: 'C1', name: '12.12 spend and save', type: 'tiered', storefrontIds: ['tm', 'jd'] },
          { id: 'C2', name: 'JD store coupon', type: 'coupon', storefrontIds: ['jd'] },
        ],
      },
    }),
    'promotions.update': (input) => {
      const { terms } = input as { terms: CampaignTerms };
      current = { ...current, terms, updatedAt: `2026-12-01T00:00:0${++version}.000Z` };
      return { ok: true, value: { campaign: current, guardrail: guardrailFor(current) } };
    },
    'promotions.activate': (input) => {
      const reason = (input as { overrideReason?: string }).overrideReason;
      const below = guardrailFor(current).belowFloorRows;
      if (below > 0 && reason === undefined)
        return {
          ok: false,
          error: {
            code: 'CONFLICT',
            key: 'promotionBelowFloor',
            message: 'below floor',
            params: { count: below, sku: 'MUG-1', price: 1551, floor: 1740, currency: 'CNY' },
          },
        };
      if (reason !== undefined && reason.trim().length < 3)
        return {
          ok: false,
          error: {
            code: 'INVALID_INPUT',
            message: 'invalid',
            issues: [{ path: 'overrideReason', message: 'promotionOverrideReason' }],
          },
        };
      const overrides = reason
        ? [
            {
              id: 1,
              action: 'activate' as const,
              reason,
              belowFloorRows: below,
              actorId: null,
              at: '2026-12-01T08:00:00.000Z',
            },
          ]
        : [];
      current = {
        ...current,
        state: 'scheduled',
        activatedAt: '2026-12-01T08:00:00.000Z',
        overrides,
        updatedAt: 'x',
      };
      return { ok: true, value: { campaign: current, guardrail: guardrailFor(current) } };
    },
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <ShopProvider>
      <Routes>
        <Route path="/promotions/*" element={<PromotionsPage />} />
      </Routes>
    </ShopProvider>,
    '/promotions/C1',
  );
  return fake;
}

const calls = (fake: ReturnType<typeof setup>, call: string) =>
  fake.calls.filter((c) => c.call === call).map((c) => c.input);
const button = (text: string, scope: HTMLElement = document.body) =>
  within(scope).getByText(text).closest('button')!;
const guardRow = (name: string) => document.querySelector<HTMLElement>(`tr[aria-label="${name}"]`);

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

describe('guardrail on the campaign page', { timeout: 60_000 }, () => {
  it('flags below-floor rows in colour and words, and activates only with a recorded reason', async () => {
    const fake = setup();
    await screen.findByText('2 SKU × storefront rows below the price floor', {}, slow);
    const jdRow = guardRow('MUG-1 on JD Store')!;
    expect(jdRow).toHaveTextContent('Below floor');
    expect(jdRow).toHaveTextContent('CN¥15.51'); // 17.90 less 40/300 of it, rounded down
    expect(jdRow).toHaveTextContent('CN¥17.40');
    expect(jdRow.getAttribute('style') ?? '').toContain('red');
    // The conflicts of this campaign only, naming the other campaign as a link.
    const conflicts = screen.getByRole('list', { name: 'Conflicts' });
    expect(conflicts).toHaveTextContent('Overlaps without combining: the platform applies only one');
    expect(conflicts).toHaveTextContent('MUG-1 · JD Store');
    expect(conflicts).not.toHaveTextContent('CUP-2');
    expect(within(conflicts).getByRole('link', { name: 'JD store coupon' })).toHaveAttribute(
      'href',
      '/promotions/C2',
    );

    fireEvent.click(button('Activate'));
    const dialog = (
      await screen.findByText('Activate below the price floor?', {}, slow)
    ).closest<HTMLElement>('[role="dialog"]')!;
    expect(dialog).toHaveTextContent('2 SKU × storefront rows would sell below their floor');
    // Too short a reason: main's issue shows in the dialog, nothing is activated.
    fireEvent.change(within(dialog).getByLabelText(/^Reason/), { target: { value: 'ok' } });
    fireEvent.click(button('Activate with override', dialog));
    expect(await within(dialog).findByText('must say why (3–500 characters)', {}, slow)).toBeInTheDocument();
    fireEvent.change(within(dialog).getByLabelText(/^Reason/), {
      target: { value: 'Clearance agreed with owner' },
    });
    fireEvent.click(button('Activate with override', dialog));
    await screen.findByText('Scheduled', {}, slow);
    expect(calls(fake, 'promotions.activate')).toEqual([
      { id: 'C1' },
      { id: 'C1', overrideReason: 'ok' },
      { id: 'C1', overrideReason: 'Clearance agreed with owner' },
    ]);
    expect(await screen.findByText(/Clearance agreed with owner/, {}, slow)).toHaveTextContent(
      '2 rows below floor',
    );
  });

  it('clears the warning once the terms are fixed, then activates without an override', async () => {
    const fake = setup();
    await screen.findByText('2 SKU × storefront rows below the price floor', {}, slow);
    // 满300减5 takes 1/60 off: 17.90 → 17.60, above the 17.40 floor.
    fireEvent.change(screen.getByLabelText(/^Save \(1\)/, { selector: 'input' }), { target: { value: '5' } });
    fireEvent.click(button('Save'));
    await screen.findByText('No SKU goes below its price floor.', {}, slow);
    expect(calls(fake, 'promotions.update')[0]).toMatchObject({
      id: 'C1',
      terms: { type: 'tiered', tiers: [{ thresholdMinor: 30000, offMinor: 500 }] },
    });
    expect(guardRow('MUG-1 on JD Store')).toHaveTextContent('OK');
    expect(screen.queryByText('Below floor')).toBeNull();
    fireEvent.click(button('Activate'));
    await screen.findByText('Scheduled', {}, slow);
    await waitFor(() => expect(calls(fake, 'promotions.activate')).toEqual([{ id: 'C1' }]));
    expect(screen.queryByText('Activate below the price floor?')).toBeNull();
  });
});
