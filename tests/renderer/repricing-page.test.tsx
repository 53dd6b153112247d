import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setBridgeForTests } from '../../renderer/src/api';
import { RepricingPage } from '../../renderer/src/features/pricing/RepricingPage';
import i18n from '../../renderer/src/i18n';
import type { RepricingPreview, RepricingRow } from '../../shared/domain/pricing';
import { fakeBridge } from './fake-bridge';
import { renderUi } from './render';

const row = (over: Partial<RepricingRow>): RepricingRow => ({
  listingId: 'l1',
  skuId: 's1',
  skuCode: 'MUG',
  skuName: 'Mug 350ml',
  storefrontId: 'tm',
  storefrontName: 'Tmall',
  currency: 'CNY',
  oldPriceMinor: 5900,
  newPriceMinor: 6900,
  marginBeforeBp: 2421,
  marginAfterBp: 3453,
  floorMinor: 4647,
  belowFloor: false,
  ...over,
});

const preview: RepricingPreview = {
  rows: [
    row({}),
    row({
      listingId: 'l2',
      skuCode: 'PEN',
      skuName: 'Pen',
      newPriceMinor: 1900,
      floorMinor: 2014,
      belowFloor: true,
    }),
    row({ listingId: 'l3', skuCode: 'CUP', skuName: 'Cup', newPriceMinor: null, skipReason: 'noCost' }),
  ],
  counts: { selected: 3, changed: 2, unchanged: 0, skipped: 1, belowFloor: 1 },
};

function setup() {
  const fake = fakeBridge({
    'storefronts.list': () => ({ ok: true, value: [] }),
    'pricing.previewRepricing': () => ({ ok: true, value: preview }),
    'pricing.applyRepricing': () => ({ ok: true, value: { updated: 2, counts: preview.counts } }),
  });
  setBridgeForTests(fake.bridge);
  renderUi(<RepricingPage />);
  return fake;
}

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

describe('RepricingPage', () => {
  it('previews the diff with below-floor rows marked and skipped rows explained', async () => {
    const { calls } = setup();
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: '家居' } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const mug = (await screen.findByText('MUG')).closest('tr')!;
    expect(mug).toHaveTextContent('CN¥59.00CN¥69.0024.21%34.53%CN¥46.47');
    const pen = screen.getByText('PEN').closest('tr')!;
    expect(pen).toHaveAttribute('data-below-floor', 'true');
    expect(mug).not.toHaveAttribute('data-below-floor');
    expect(screen.getByText('CUP').closest('tr')).toHaveTextContent('No cost');
    expect(screen.getByText('3 selected · 2 change · 0 unchanged · 1 skipped')).toBeInTheDocument();
    // 30 % typed as text reaches the API as 3000 bp.
    expect(calls).toContainEqual({
      call: 'pricing.previewRepricing',
      input: { selection: { category: '家居' }, rule: { kind: 'costPlus', marginBp: 3000 }, ending: null },
    });
  });

  it('asks for an override reason when rows are below the floor, and applies after confirmation', async () => {
    const { calls } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByText('1 new prices are below their floor. Give a reason to sell below it.');
    const apply = screen.getByRole('button', { name: 'Apply' });
    expect(apply).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Reason to sell below the floor'), { target: { value: '清仓' } });
    expect(apply).toBeEnabled();
    fireEvent.click(apply);
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('2 listing prices will change.');
    expect(calls.map((c) => c.call)).not.toContain('pricing.applyRepricing');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    await waitFor(() =>
      expect(calls).toContainEqual({
        call: 'pricing.applyRepricing',
        input: {
          selection: {},
          rule: { kind: 'costPlus', marginBp: 3000 },
          ending: null,
          reason: null,
          overrideReason: '清仓',
        },
      }),
    );
    expect(await screen.findByText('2 prices updated')).toBeInTheDocument();
  });
});
