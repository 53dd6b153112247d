import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { setBridgeForTests } from '../../renderer/src/api';
import { NewProductForm } from '../../renderer/src/features/catalog/NewProductForm';
import { ListingForm } from '../../renderer/src/features/catalog/ListingForm';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { Result } from '../../shared/api/result';
import { fakeBridge } from './fake-bridge';
import { listing, settings, shopAnswers } from './catalog-fixtures';
import { renderUi } from './render';

afterEach(() => setBridgeForTests(undefined));

// Under a loaded test run debounces plus renders can exceed testing-library's 1 s default.
const slow = { timeout: 4000 };

function renderForm(answers: Record<string, (input: unknown) => Result<unknown>> = {}) {
  const fake = fakeBridge({ ...shopAnswers, ...answers });
  setBridgeForTests(fake.bridge);
  const onDone = vi.fn();
  return { fake, onDone };
}

const type = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('NewProductForm', { timeout: 20_000 }, () => {
  it('sends costs in minor units of the base currency, exactly', async () => {
    await i18n.changeLanguage('en');
    const { fake, onDone } = renderForm({
      'catalog.createProduct': () => ({ ok: true, value: { id: 'P1', name: 'Cup', skus: [] } }),
    });
    renderUi(
      <ShopProvider>
        <NewProductForm onDone={onDone} onCancel={() => undefined} />
      </ShopProvider>,
    );
    type(/^Product/, 'Cup');
    type(/^SKU code/, 'CUP-1');
    type(/^SKU name/, 'Black');
    type('Purchase cost', '12.34');
    type('Packaging cost', '0.1');
    type('Inbound freight', '0.2');
    type('Stock on hand', '5');
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled(), slow);
    const sent = fake.calls.find((c) => c.call === 'catalog.createProduct')?.input;
    expect(sent).toMatchObject({
      name: 'Cup',
      skus: [
        {
          code: 'CUP-1',
          name: 'Black',
          stockOnHand: 5,
          reorderPoint: 0,
          priceBand: 'mid',
          cost: { purchaseMinor: 1234, packagingMinor: 10, inboundFreightMinor: 20, otherMinor: 0 },
        },
      ],
    });
  });

  it('shows translated errors and sends nothing when the input is wrong', async () => {
    await i18n.changeLanguage('zh-CN');
    // ShopProvider applies the shop's saved language, so the shop itself speaks Chinese here.
    const { fake, onDone } = renderForm({
      'settings.get': () => ({ ok: true, value: { ...settings, language: 'zh-CN' } }),
    });
    renderUi(
      <ShopProvider>
        <NewProductForm onDone={onDone} onCancel={() => undefined} />
      </ShopProvider>,
    );
    type('采购成本', '1.234');
    type('补货点', '-2');
    fireEvent.click(screen.getByRole('button', { name: '创建' }));
    expect((await screen.findAllByText('必填', {}, slow)).length).toBeGreaterThanOrEqual(3);
    expect(screen.getByText('请输入非负金额，小数位不超过该币种的精度')).toBeInTheDocument();
    expect(screen.getByText('请输入不小于 0 的整数')).toBeInTheDocument();
    expect(fake.calls.some((c) => c.call === 'catalog.createProduct')).toBe(false);
    await i18n.changeLanguage('en');
  });
});

describe('ListingForm', { timeout: 20_000 }, () => {
  it('offers an override reason when the price is below the floor, and resends with it', async () => {
    await i18n.changeLanguage('en');
    let attempts = 0;
    const { fake, onDone } = renderForm({
      'catalog.upsertListing': (input) => {
        attempts += 1;
        if (!(input as { overrideReason?: string }).overrideReason)
          return {
            ok: false,
            error: {
              code: 'CONFLICT',
              key: 'belowFloor',
              message: 'Price 4500 is below the price floor 5000',
              params: { price: 4500, floor: 5000, count: 1 },
            },
          };
        return { ok: true, value: { ...listing, priceMinor: 4500 } };
      },
    });
    renderUi(
      <ShopProvider>
        <ListingForm skuId="S1" listing={listing} onDone={onDone} onCancel={() => undefined} />
      </ShopProvider>,
    );
    await screen.findByDisplayValue('59.00', {}, slow);
    type(/^Price\W*$/, '45');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('The price CN¥45.00 is below the floor CN¥50.00.', {}, slow),
    ).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
    type(/^Reason for overriding the floor/, 'Clearance of old stock');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled(), slow);
    expect(attempts).toBe(2);
    expect(fake.calls.filter((c) => c.call === 'catalog.upsertListing').at(-1)?.input).toMatchObject({
      skuId: 'S1',
      storefrontId: 'tm',
      priceMinor: 4500,
      priceFloorMinor: 5000,
      overrideReason: 'Clearance of old stock',
    });
  });
});
