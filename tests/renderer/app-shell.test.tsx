import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { setBridgeForTests, ApiError } from '../../renderer/src/api';
import { errorText } from '../../renderer/src/components/notify-error';
import { FirstRun } from '../../renderer/src/features/demo/FirstRun';
import { StorefrontsPage } from '../../renderer/src/features/storefronts/StorefrontsPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import { fakeBridge } from './fake-bridge';
import { renderUi } from './render';

const settings = {
  baseCurrency: 'CNY',
  timezone: 'Asia/Shanghai',
  language: 'en',
  actingStaffId: null,
  backupKeepDays: 14,
};
const storefront = {
  id: 's1',
  name: '天猫旗舰店',
  platform: 'tmall',
  currency: 'CNY',
  timezone: 'Asia/Shanghai',
  role: 'core',
  archived: false,
  feeRules: {
    commissionRateBp: 500,
    paymentFeeRateBp: 60,
    fixedFeeMinor: 0,
    shippingCostMinor: 800,
    categoryCommissions: [],
  },
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

afterEach(() => setBridgeForTests(undefined));

describe('app shell pieces', () => {
  it('lists storefronts with translated platform, role and fee summary', async () => {
    const { bridge } = fakeBridge({
      'settings.get': () => ({ ok: true, value: settings }),
      'storefronts.list': () => ({ ok: true, value: [storefront] }),
    });
    setBridgeForTests(bridge);
    renderUi(
      <ShopProvider>
        <StorefrontsPage />
      </ShopProvider>,
    );
    expect(await screen.findByRole('cell', { name: '天猫旗舰店' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Tmall' })).toBeInTheDocument();
    expect(screen.getByText(/5 % commission · 0\.6 % payment/)).toBeInTheDocument();
  });

  it('changes the visible language when the shop language changes', async () => {
    const { bridge, calls } = fakeBridge({
      'settings.get': () => ({ ok: true, value: settings }),
      'settings.update': (input) => ({ ok: true, value: { ...settings, ...(input as object) } }),
      'demo.open': () => ({ ok: true, value: { empty: false, isDemo: true } }),
    });
    setBridgeForTests(bridge);
    let done = false;
    renderUi(
      <ShopProvider>
        <FirstRun onDone={() => (done = true)} />
      </ShopProvider>,
    );
    expect(await screen.findByRole('button', { name: 'Open the demo shop' })).toBeInTheDocument();
    fireEvent.click(screen.getByText('中文'));
    expect(await screen.findByRole('button', { name: '打开演示店铺' })).toBeInTheDocument();
    expect(calls).toContainEqual({ call: 'settings.update', input: { language: 'zh-CN' } });
    fireEvent.click(screen.getByRole('button', { name: '打开演示店铺' }));
    await waitFor(() => expect(done).toBe(true));
    expect(calls.map((c) => c.call)).toContain('demo.open');
  });

  it('turns an API error into a message in the user’s language, with its fields', async () => {
    await i18n.changeLanguage('zh-CN');
    const text = errorText(
      new ApiError({
        code: 'INVALID_INPUT',
        message: 'currency must be a 3-letter ISO currency code',
        key: 'invalidInput',
        issues: [{ path: 'currency', message: 'currency' }],
      }),
    );
    expect(text).toEqual({
      title: '请检查输入',
      body: '部分字段无效。\n币种: 请输入 3 位币种代码，如 CNY、USD',
    });
    expect(
      errorText(
        new ApiError({
          code: 'NOT_FOUND',
          message: 'storefront s9 was not found',
          key: 'notFound',
          params: { entity: 'storefront', id: 's9' },
        }),
      ).body,
    ).toBe('未找到店铺 s9。');
    await i18n.changeLanguage('en');
    expect(errorText(new ApiError({ code: 'INTERNAL', message: 'boom', key: 'no-such-key' })).body).toBe(
      'boom',
    );
  });
});
