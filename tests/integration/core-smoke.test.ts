import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/temp-core';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('core wiring', () => {
  it('creates a storefront through the dispatcher and backs the database up in a worker job', async () => {
    const core = await tempCore();
    cleanup = core.cleanup;
    const created = await core.dispatch('storefronts', 'create', {
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
        categoryCommissions: [],
      },
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.value).toMatchObject({ name: 'JD 旗舰店', currency: 'CNY', archived: false });

    const job = await core.dispatch('backup', 'start', undefined);
    expect(job.ok).toBe(true);
    if (!job.ok) return;
    const ended = await core.ctx.jobs.wait((job.value as { id: string }).id);
    expect({ state: ended.state, message: ended.message }).toEqual({
      state: 'done',
      message: expect.stringMatching(/\.db$/),
    });
    expect(ended.state).toBe('done');
    expect(fs.existsSync(ended.message!)).toBe(true);
    expect(core.events.some((e) => e.event === 'jobs:progress')).toBe(true);
  });
});
