import { afterEach, describe, expect, it } from 'vitest';
import type { DemoStatus } from '../../shared/domain/demo';
import type { Storefront } from '../../shared/domain/storefronts';
import { demoStorefronts } from '../../electron/core/demo/service';
import { tempCore } from '../helpers/temp-core';

type TempCore = Awaited<ReturnType<typeof tempCore>>;
let core: TempCore;
afterEach(async () => core?.cleanup());

describe('demo shop', () => {
  it('fills an empty database once and reports itself as the demo', async () => {
    core = await tempCore();
    expect(await core.dispatch('demo', 'status', undefined)).toEqual({
      ok: true,
      value: { empty: true, isDemo: false },
    });
    const opened = await core.dispatch('demo', 'open', undefined);
    expect(opened).toEqual({ ok: true, value: { empty: false, isDemo: true } satisfies DemoStatus });
    const list = await core.dispatch('storefronts', 'list', undefined);
    expect(list.ok && (list.value as Storefront[]).map((s) => s.name).sort()).toEqual(
      demoStorefronts.map((s) => s.name).sort(),
    );
    expect(core.ctx.sqlite.prepare('SELECT count(*) AS n FROM staff').get()).toEqual({ n: 3 });
    expect(core.events).toContainEqual({ event: 'data:changed', payload: { namespace: 'storefronts' } });
  });

  it('refuses a database that already holds a shop and adds nothing to it', async () => {
    core = await tempCore();
    await core.dispatch('storefronts', 'create', {
      name: 'My real shop',
      platform: 'website',
      currency: 'CNY',
      timezone: 'Asia/Shanghai',
      role: 'core',
      feeRules: {
        commissionRateBp: 0,
        paymentFeeRateBp: 0,
        fixedFeeMinor: 0,
        shippingCostMinor: 0,
        categoryCommissions: [],
      },
    });
    const counts = (): unknown =>
      core.ctx.sqlite
        .prepare(
          'SELECT (SELECT count(*) FROM storefronts) s, (SELECT count(*) FROM staff) t, (SELECT count(*) FROM settings) k',
        )
        .get();
    const before = counts();
    expect(await core.dispatch('demo', 'open', undefined)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'demoNotEmpty' },
    });
    expect(counts()).toEqual(before);
    expect(await core.dispatch('demo', 'status', undefined)).toEqual({
      ok: true,
      value: { empty: false, isDemo: false },
    });
  });
});
