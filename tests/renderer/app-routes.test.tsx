import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { AppRoutes } from '../../renderer/src/App';
import { ApiError, setBridgeForTests } from '../../renderer/src/api';
import { notifyError } from '../../renderer/src/components/notify-error';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { Settings } from '../../shared/domain/settings';
import { fakeBridge } from './fake-bridge';
import { renderUi } from './render';

const settings: Settings = {
  baseCurrency: 'CNY',
  timezone: 'Asia/Shanghai',
  language: 'en',
  actingStaffId: null,
  backupKeepDays: 14,
  backupKeepWeeks: 8,
  minMarginBp: 1000,
  priceSpreadAlertBp: 1500,
  slowMoverDays: 90,
};

/** A shop whose saved settings change when settings.update is called, as the real core does. */
function shop(status: { empty: boolean; isDemo: boolean }, at = '/') {
  let saved = { ...settings };
  const fake = fakeBridge({
    'settings.get': () => ({ ok: true, value: saved }),
    'settings.update': (patch) => {
      saved = { ...saved, ...(patch as Partial<Settings>) };
      return { ok: true, value: saved };
    },
    'demo.status': () => ({ ok: true, value: status }),
    'demo.open': () => ({ ok: true, value: { empty: false, isDemo: true } }),
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <ShopProvider>
      <AppRoutes />
    </ShopProvider>,
    at,
  );
  return fake;
}

// Pages load on first visit (renderer/src/lazy-pages.tsx). Under vitest a page's first import also transforms
// its sources, which can outlast findBy's second on a loaded machine: those are loaded once up front, so each
// test still goes through React.lazy and Suspense but waits for rendering, not for the compiler.
beforeAll(async () => {
  await Promise.all([
    import('../../renderer/src/features/storefronts/StorefrontsPage'),
    import('../../renderer/src/features/promotions/PromotionsPage'),
    import('../../renderer/src/features/settings/SettingsPage'),
  ]);
}, 60_000);

beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('en');
});
afterEach(() => setBridgeForTests(undefined));

describe('first run', () => {
  it('offers the demo shop on an empty database and opens it, then shows the storefronts', async () => {
    const { calls } = shop({ empty: true, isDemo: false });
    fireEvent.click(await screen.findByRole('button', { name: 'Open the demo shop' }));
    expect(await screen.findByRole('heading', { name: 'Storefronts', level: 2 })).toBeInTheDocument();
    expect(calls.map((c) => c.call)).toContain('demo.open');
    expect(screen.getByText('Demo shop')).toBeInTheDocument();
  });

  it('remembers "start empty", so an empty real shop is not asked again', async () => {
    shop({ empty: true, isDemo: false });
    fireEvent.click(await screen.findByRole('button', { name: 'Start with an empty shop' }));
    expect(await screen.findByRole('heading', { name: 'Storefronts', level: 2 })).toBeInTheDocument();
    expect(localStorage.getItem('cd.firstRunDismissed')).toBe('1');
  });
});

describe('app layout', () => {
  it('lists every feature area and opens the promotions area on its campaigns', async () => {
    shop({ empty: false, isDemo: false }, '/promotions');
    expect(await screen.findByRole('heading', { name: 'Promotions', level: 2 })).toBeVisible();
    expect(await screen.findByText('No campaigns yet. Plan one with “New campaign”.')).toBeVisible();
    const nav = screen.getByRole('navigation', { name: /Main navigation|主导航/ });
    for (const area of ['Dashboard', 'Orders', 'Customers', 'Catalog', 'Pricing', 'Promotions']) {
      expect(within(nav).getByRole('link', { name: new RegExp(area) })).toBeInTheDocument();
    }
    for (const area of ['After-sales', 'Surveys', 'Reports', 'Storefronts', 'Settings']) {
      expect(within(nav).getByRole('link', { name: new RegExp(area) })).toBeInTheDocument();
    }
  });

  it('switches the language from the header, saves it, and every visible text follows', async () => {
    const { calls } = shop({ empty: false, isDemo: false }, '/storefronts');
    expect(await screen.findByRole('heading', { name: 'Storefronts', level: 2 })).toBeInTheDocument();
    fireEvent.click(within(screen.getByRole('banner')).getByText('中文'));
    expect(await screen.findByRole('heading', { name: '店铺', level: 2 })).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: /Main navigation|主导航/ })).getByRole('link', {
        name: /设置/,
      }),
    ).toBeInTheDocument();
    expect(calls).toContainEqual({ call: 'settings.update', input: { language: 'zh-CN' } });
  });

  it('follows the saved language of the shop when it starts', async () => {
    const fake = fakeBridge({
      'settings.get': () => ({ ok: true, value: { ...settings, language: 'zh-CN' } }),
      'demo.status': () => ({ ok: true, value: { empty: false, isDemo: false } }),
    });
    setBridgeForTests(fake.bridge);
    renderUi(
      <ShopProvider>
        <AppRoutes />
      </ShopProvider>,
      '/settings',
    );
    expect(await screen.findByRole('heading', { name: '设置', level: 2 })).toBeInTheDocument();
  });

  it('says why when the app cannot reach its data', async () => {
    const fake = fakeBridge({
      'settings.get': () => ({ ok: true, value: settings }),
      'demo.status': () => ({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Missing or wrong token', key: 'forbidden' },
      }),
    });
    setBridgeForTests(fake.bridge);
    renderUi(
      <ShopProvider>
        <AppRoutes />
      </ShopProvider>,
    );
    expect(await screen.findByText(/This page is not allowed to use the API/)).toBeInTheDocument();
  });
});

describe('error notification', () => {
  it('shows an ApiError as a notification in the user’s language with its fields', async () => {
    renderUi(<div />);
    await i18n.changeLanguage('zh-CN');
    notifyError(
      new ApiError({
        code: 'CONFLICT',
        message: 'A storefront named "京东" already exists',
        key: 'storefrontNameTaken',
        params: { name: '京东' },
        issues: [{ path: 'name', message: 'nameTaken' }],
      }),
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('数据冲突')).toBeInTheDocument();
    expect(alert).toHaveTextContent('已存在名为“京东”的店铺。');
    expect(alert).toHaveTextContent('名称: 该名称已被使用');
  });
});
