import { afterEach, describe, expect, it } from 'vitest';
import type { FxRate } from '../../shared/domain/fx';
import type { Settings } from '../../shared/domain/settings';
import type { StaffMember } from '../../shared/domain/staff';
import type { Storefront } from '../../shared/domain/storefronts';
import { tempCore } from '../helpers/temp-core';

type TempCore = Awaited<ReturnType<typeof tempCore>>;
let core: TempCore;
afterEach(async () => core?.cleanup());

async function value<T>(promise: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

const auditRows = (c: TempCore): { entity: string; action: string; actor_id: string | null }[] =>
  c.ctx.sqlite.prepare('SELECT entity, action, actor_id FROM audit_log ORDER BY id').all() as never;

describe('settings', () => {
  it('writes first-run defaults from the locale and updates them', async () => {
    core = await tempCore();
    const first = await value<Settings>(core.dispatch('settings', 'get', undefined));
    expect(first).toMatchObject({
      baseCurrency: 'CNY',
      language: 'en',
      actingStaffId: null,
      backupKeepDays: 14,
    });
    const next = await value<Settings>(
      core.dispatch('settings', 'update', {
        baseCurrency: 'usd',
        timezone: 'Europe/Berlin',
        language: 'zh-CN',
      }),
    );
    expect(next).toMatchObject({ baseCurrency: 'USD', timezone: 'Europe/Berlin', language: 'zh-CN' });
    expect(auditRows(core).filter((r) => r.entity === 'settings')).toHaveLength(1);
  });

  it('rejects invalid settings and changes nothing', async () => {
    core = await tempCore();
    const before = await value<Settings>(core.dispatch('settings', 'get', undefined));
    const result = await core.dispatch('settings', 'update', {
      baseCurrency: 'US',
      timezone: 'Nowhere/City',
      backupKeepDays: 0,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await value<Settings>(core.dispatch('settings', 'get', undefined))).toEqual(before);
  });
});

describe('staff and the acting person', () => {
  it('records the acting staff member as actor of later changes and clears it when archived', async () => {
    core = await tempCore();
    const owner = await value<StaffMember>(
      core.dispatch('staff', 'create', { name: '王店长', role: 'owner' }),
    );
    await value(core.dispatch('settings', 'update', { actingStaffId: owner.id }));
    await value<Storefront>(
      core.dispatch('storefronts', 'create', {
        name: 'Tmall',
        platform: 'tmall',
        currency: 'CNY',
        timezone: 'Asia/Shanghai',
        role: 'core',
        feeRules: {
          commissionRateBp: 500,
          paymentFeeRateBp: 60,
          fixedFeeMinor: 0,
          shippingCostMinor: 800,
          categoryCommissions: [],
        },
      }),
    );
    const rows = auditRows(core);
    expect(rows.find((r) => r.entity === 'staff')).toMatchObject({ action: 'create', actor_id: null });
    expect(rows.find((r) => r.entity === 'storefront')).toMatchObject({
      action: 'create',
      actor_id: owner.id,
    });

    await value(core.dispatch('staff', 'archive', { id: owner.id }));
    expect((await value<Settings>(core.dispatch('settings', 'get', undefined))).actingStaffId).toBeNull();
    expect(await value<StaffMember[]>(core.dispatch('staff', 'list', undefined))).toEqual([]);
    const renamed = await value<StaffMember>(
      core.dispatch('staff', 'update', { id: owner.id, patch: { name: 'Wang' } }),
    );
    expect(renamed).toMatchObject({ name: 'Wang', archived: true });
  });

  it('refuses an unknown or archived acting staff member', async () => {
    core = await tempCore();
    expect(await core.dispatch('settings', 'update', { actingStaffId: 'ghost' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const member = await value<StaffMember>(
      core.dispatch('staff', 'create', { name: 'Li', role: 'service' }),
    );
    await value(core.dispatch('staff', 'archive', { id: member.id }));
    expect(await core.dispatch('settings', 'update', { actingStaffId: member.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('fx rates', () => {
  it('adds, corrects, lists and removes rates as exact decimal strings', async () => {
    core = await tempCore();
    const added = await value<FxRate>(
      core.dispatch('fx', 'add', { currency: 'usd', date: '2024-03-01', rate: '7.12' }),
    );
    expect(added).toMatchObject({ currency: 'USD', date: '2024-03-01', rate: '7.12' });
    const corrected = await value<FxRate>(
      core.dispatch('fx', 'add', { currency: 'USD', date: '2024-03-01', rate: 7.1234 }),
    );
    expect(corrected).toMatchObject({ id: added.id, rate: '7.1234' });
    await value(core.dispatch('fx', 'add', { currency: 'EUR', date: '2024-03-01', rate: '7.80' }));
    const usd = await value<FxRate[]>(core.dispatch('fx', 'list', { currency: 'USD' }));
    expect(usd).toEqual([{ id: added.id, currency: 'USD', date: '2024-03-01', rate: '7.1234' }]);
    await value(core.dispatch('fx', 'remove', { id: added.id }));
    expect((await value<FxRate[]>(core.dispatch('fx', 'list', undefined))).map((r) => r.currency)).toEqual([
      'EUR',
    ]);
    expect(
      auditRows(core)
        .filter((r) => r.entity === 'fx_rate')
        .map((r) => r.action),
    ).toEqual(['create', 'update', 'create', 'delete']);
  });

  it('refuses the base currency, impossible dates and bad rates', async () => {
    core = await tempCore();
    for (const input of [
      { currency: 'CNY', date: '2024-03-01', rate: '1' },
      { currency: 'USD', date: '2024-02-30', rate: '7' },
      { currency: 'USD', date: '2024-03-01', rate: '-7' },
      { currency: 'USD', date: '2024-03-01', rate: '0' },
      { currency: 'USD', date: '2024-03-01', rate: '7.1234567' },
      { currency: 'USD', date: '2024-03-01', rate: '1e3' },
    ]) {
      expect(await core.dispatch('fx', 'add', input), JSON.stringify(input)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect(await value<FxRate[]>(core.dispatch('fx', 'list', undefined))).toEqual([]);
  });
});
