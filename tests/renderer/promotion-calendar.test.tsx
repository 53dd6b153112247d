import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { setBridgeForTests } from '../../renderer/src/api';
import { PromotionsPage } from '../../renderer/src/features/promotions/PromotionsPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { Campaign } from '../../shared/domain/promotions';
import { fakeBridge } from './fake-bridge';
import { campaign, promotionShop } from './promotion-fixtures';
import { renderUi } from './render';

const slow = { timeout: 6000 };

// jsdom has no PointerEvent; without one, fireEvent.pointer* builds plain Events that carry no clientX.
beforeAll(() => {
  if (!('PointerEvent' in window)) {
    class PointerEventStandIn extends MouseEvent {
      readonly pointerId: number;
      constructor(type: string, init: PointerEventInit = {}) {
        super(type, init);
        this.pointerId = init.pointerId ?? 1;
      }
    }
    Object.assign(window, { PointerEvent: PointerEventStandIn });
  }
});

function setup(accept: boolean) {
  let current: Campaign = campaign({ state: 'scheduled' });
  const fake = fakeBridge({
    ...promotionShop,
    'promotions.list': () => ({ ok: true, value: [current] }),
    'promotions.move': (input) => {
      if (!accept)
        return {
          ok: false,
          error: {
            code: 'CONFLICT',
            key: 'promotionBelowFloor',
            message: 'below floor',
            params: { count: 1, sku: 'MUG-1', price: 1551, floor: 1740, currency: 'CNY' },
          },
        };
      const { startAt, endAt } = input as { startAt: string; endAt: string };
      current = { ...current, startAt, endAt };
      return { ok: true, value: { campaign: current, guardrail: null } };
    },
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <ShopProvider>
      <Routes>
        <Route path="/promotions/*" element={<PromotionsPage />} />
      </Routes>
    </ShopProvider>,
    '/promotions/calendar?month=2026-12',
  );
  return fake;
}

const bars = (label: string) => [...document.querySelectorAll<HTMLElement>(`button[aria-label="${label}"]`)];
const before = '12.12 spend and save, Dec 10, 2026 – Dec 12, 2026';

/** Drags a bar sideways by `dx` pixels; jsdom lays nothing out, so a month column is the 26 px minimum. */
function drag(bar: HTMLElement, dx: number) {
  fireEvent.pointerDown(bar, { clientX: 300, button: 0, pointerId: 1 });
  fireEvent.pointerMove(bar, { clientX: 300 + dx / 2, pointerId: 1 });
  fireEvent.pointerMove(bar, { clientX: 300 + dx, pointerId: 1 });
  fireEvent.pointerUp(bar, { clientX: 300 + dx, pointerId: 1 });
}

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

describe('promotions calendar', { timeout: 60_000 }, () => {
  it('draws the campaign on each of its storefronts and marks the festivals of the month', async () => {
    setup(true);
    await waitFor(() => expect(bars(before)).toHaveLength(2), slow);
    const jdRow = document.querySelector('[role="group"][aria-label="JD Store"]')!;
    expect(jdRow.querySelector(`button[aria-label="${before}"]`)).not.toBeNull();
    // 10 December is the tenth column: left = 9 × 26 px + 1.
    expect(bars(before)[0]!.style.left).toBe('235px');
    expect(screen.getByLabelText('12.12 · Dec 12, 2026')).toBeInTheDocument();
    expect(screen.getByLabelText('Christmas · Dec 25, 2026')).toBeInTheDocument();
  });

  it('moves a dragged campaign by whole days, keeping its times, and redraws it there', async () => {
    const fake = setup(true);
    await waitFor(() => expect(bars(before)).toHaveLength(2), slow);
    drag(bars(before)[0]!, 55); // 2.1 columns → 2 days
    const moved = '12.12 spend and save, Dec 12, 2026 – Dec 14, 2026';
    await waitFor(() => expect(bars(moved)).toHaveLength(2), slow);
    expect(fake.calls.filter((c) => c.call === 'promotions.move').map((c) => c.input)).toEqual([
      { id: 'C1', startAt: '2026-12-11T16:00:00.000Z', endAt: '2026-12-14T16:00:00.000Z' },
    ]);
    expect(bars(moved)[0]!.style.left).toBe('287px');
    expect(await screen.findByText(/moved to Dec 12, 2026 – Dec 14, 2026/, {}, slow)).toBeInTheDocument();
  });

  it('snaps a refused move back and says why; a press without a drag opens the campaign', async () => {
    const fake = setup(false);
    await waitFor(() => expect(bars(before)).toHaveLength(2), slow);
    drag(bars(before)[1]!, -30);
    expect(await screen.findByText(/would sell below their price floor/, {}, slow)).toBeInTheDocument();
    const moves = () => fake.calls.filter((c) => c.call === 'promotions.move').map((c) => c.input);
    expect(moves()).toEqual([
      { id: 'C1', startAt: '2026-12-08T16:00:00.000Z', endAt: '2026-12-11T16:00:00.000Z' },
    ]);
    await waitFor(() => expect(bars(before)[1]!.style.left).toBe('235px'));
    // Under half a column is no move: the campaign's page opens instead (it asks for the campaign).
    drag(bars(before)[0]!, 10);
    await waitFor(() => expect(fake.calls.some((c) => c.call === 'promotions.get')).toBe(true), slow);
    expect(bars(before)).toHaveLength(0);
    expect(moves()).toHaveLength(1);
  });
});
