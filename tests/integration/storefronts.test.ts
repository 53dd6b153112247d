import { afterEach, describe, expect, it } from 'vitest';
import type { Storefront } from '../../shared/domain/storefronts';
import { listAudit } from '../../electron/core/audit/repo';
import { getStorefrontByName } from '../../electron/core/storefronts/service';
import { tempCore } from '../helpers/temp-core';

type TempCore = Awaited<ReturnType<typeof tempCore>>;
let core: TempCore;
afterEach(async () => core?.cleanup());

const jd = {
  name: 'JD 旗舰店',
  platform: 'jd',
  currency: 'cny',
  timezone: 'Asia/Shanghai',
  role: 'core',
  feeRules: {
    commissionRateBp: 800,
    paymentFeeRateBp: 0,
    fixedFeeMinor: 0,
    shippingCostMinor: 1000,
    categoryCommissions: [{ category: '家居', rateBp: 400 }],
  },
};

async function value<T>(promise: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

describe('storefronts', () => {
  it('creates, lists, updates, archives and restores a storefront, with an audit trail', async () => {
    core = await tempCore();
    const created = await value<Storefront>(core.dispatch('storefronts', 'create', jd));
    expect(created).toMatchObject({
      name: 'JD 旗舰店',
      currency: 'CNY',
      archived: false,
      feeRules: jd.feeRules,
    });
    expect(core.events).toContainEqual({ event: 'data:changed', payload: { namespace: 'storefronts' } });

    const updated = await value<Storefront>(
      core.dispatch('storefronts', 'update', {
        id: created.id,
        patch: { name: 'JD 自营', role: 'auxiliary' },
      }),
    );
    expect(updated).toMatchObject({ name: 'JD 自营', role: 'auxiliary', platform: 'jd' });

    await value(core.dispatch('storefronts', 'archive', { id: created.id }));
    expect(await value<Storefront[]>(core.dispatch('storefronts', 'list', undefined))).toEqual([]);
    const all = await value<Storefront[]>(core.dispatch('storefronts', 'list', { includeArchived: true }));
    expect(all.map((s) => [s.name, s.archived])).toEqual([['JD 自营', true]]);
    await value(core.dispatch('storefronts', 'restore', { id: created.id }));

    expect((await getStorefrontByName(core.ctx.db, 'jd 自营')).id).toBe(created.id);
    const audit = await listAudit(core.ctx.db, 'storefront', created.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'archive', 'restore']);
  });

  it('refuses a duplicate name regardless of case and writes nothing', async () => {
    core = await tempCore();
    await value(core.dispatch('storefronts', 'create', { ...jd, name: 'Shop' }));
    const before = core.ctx.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get();
    const result = await core.dispatch('storefronts', 'create', { ...jd, name: ' shop ' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'storefrontNameTaken' } });
    expect(await value<Storefront[]>(core.dispatch('storefronts', 'list', undefined))).toHaveLength(1);
    expect(core.ctx.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(before);
  });

  it('rejects invalid fields naming each one, and an update of an unknown id as NOT_FOUND', async () => {
    core = await tempCore();
    const bad = await core.dispatch('storefronts', 'create', {
      ...jd,
      platform: 'myspace',
      currency: 'YUAN',
      timezone: 'Mars/Olympus',
      feeRules: {
        ...jd.feeRules,
        commissionRateBp: 10_001,
        categoryCommissions: [
          { category: 'a', rateBp: 1 },
          { category: 'a', rateBp: 2 },
        ],
      },
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('INVALID_INPUT');
    expect(bad.error.issues?.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        'platform',
        'currency',
        'timezone',
        'feeRules.commissionRateBp',
        'feeRules.categoryCommissions',
      ]),
    );
    expect(await core.dispatch('storefronts', 'update', { id: 'nope', patch: { name: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(core.ctx.sqlite.prepare('SELECT count(*) AS n FROM storefronts').get()).toEqual({ n: 0 });
  });
});
