import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { setBridgeForTests } from '../../renderer/src/api';
import { RecoveryGate } from '../../renderer/src/features/recovery/RecoveryGate';
import { IntegrityCheckStatus } from '../../renderer/src/features/backup/IntegrityCheckStatus';
import i18n from '../../renderer/src/i18n';
import type { RecoveryStatus } from '../../shared/domain/recovery';
import type { IntegrityStatus } from '../../shared/domain/backup';
import { fakeBridge } from './fake-bridge';
import { renderUi } from './render';

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

const base = { dbFile: '/data/channeldesk.db', problem: null, latestGood: null, canQuit: true } as const;
const upgrading: RecoveryStatus = {
  ...base,
  mode: 'upgrading',
  upgrade: {
    done: 0,
    total: 4,
    from: 7,
    to: 11,
    current: 'daily_rollups',
    startedAt: new Date(Date.now() - 12_000).toISOString(),
  },
};
const normal: RecoveryStatus = { ...base, mode: 'normal' };
const damaged: RecoveryStatus = {
  ...base,
  mode: 'recovery',
  problem: { kind: 'damaged', message: 'failed', details: ['Page 9: btreeInitPage() returns error code 11'] },
};

/** The gate over a stand-in app; `answers` are the statuses recovery.status gives, in turn (the last repeats). */
function gate(answers: RecoveryStatus[]) {
  let call = 0;
  const fake = fakeBridge({
    'recovery.status': () => ({ ok: true, value: answers[Math.min(call++, answers.length - 1)] }),
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <RecoveryGate>
      <p>the app</p>
    </RecoveryGate>,
  );
  return fake;
}

describe('the upgrade screen and the gate', { timeout: 20_000 }, () => {
  it('shows the step of an upgrade, then the app once the file is open', async () => {
    gate([upgrading, normal]);
    expect(await screen.findByRole('heading', { name: 'Upgrading your data' })).toBeTruthy();
    expect(
      screen.getByText('Step 1 of 4: Daily figures for the dashboard (the longest step)', { exact: false }),
    ).toBeTruthy();
    expect(screen.getByText(/version 7 → 11/)).toBeTruthy();
    expect(screen.getByText(/1\d s so far/)).toBeTruthy();
    expect(screen.queryByText('the app')).toBeNull();
    // The gate asks again every second while upgrading.
    expect(await screen.findByText('the app', undefined, { timeout: 3000 })).toBeTruthy();
  });

  it('in Chinese too', async () => {
    await i18n.changeLanguage('zh-CN');
    gate([upgrading]);
    expect(await screen.findByRole('heading', { name: '正在升级您的数据' })).toBeTruthy();
    expect(screen.getByText(/第 1 步，共 4 步：仪表盘每日汇总/)).toBeTruthy();
  });

  it('switches a running app to the recovery screen when the host says the background check found damage', async () => {
    const fake = gate([normal, damaged]);
    expect(await screen.findByText('the app')).toBeTruthy();
    act(() => fake.emit('data:changed', { namespace: 'recovery' }));
    expect(await screen.findByText(/The database file is damaged/)).toBeTruthy();
    expect(screen.queryByText('the app')).toBeNull();
    expect(screen.getByText(/btreeInitPage/)).toBeTruthy();
  });
});

describe('the last full check in Data safety', { timeout: 20_000 }, () => {
  const show = (value: IntegrityStatus | null) => {
    const fake = fakeBridge({ 'backup.integrity': () => ({ ok: true, value }) });
    setBridgeForTests(fake.bridge);
    renderUi(<IntegrityCheckStatus />);
    return fake;
  };

  it('says when the whole file was last checked and how long it took', async () => {
    show({
      running: false,
      last: { ok: true, schemaVersion: 11, problems: [], checkedAt: '2026-12-01T08:00:00.000Z', ms: 46_300 },
    });
    expect(await screen.findByText(/Last full check .*no problems found \(46\.3 s\)/)).toBeTruthy();
  });

  it('shows a running check, and the problems of a failed one after the host says it ended', async () => {
    let answer: IntegrityStatus = { running: true, last: null };
    const fake = fakeBridge({ 'backup.integrity': () => ({ ok: true, value: answer }) });
    setBridgeForTests(fake.bridge);
    renderUi(<IntegrityCheckStatus />);
    expect(await screen.findByText(/Checking the whole database in the background/)).toBeTruthy();
    answer = {
      running: false,
      last: {
        ok: false,
        schemaVersion: 11,
        problems: ['Tree 12 page 40: btreeInitPage() returns error code 11'],
        checkedAt: '2026-12-01T08:00:00.000Z',
        ms: 900,
      },
    };
    act(() => fake.emit('data:changed', { namespace: 'recovery' }));
    await waitFor(() => expect(screen.getByText(/found problems/)).toBeTruthy());
    expect(screen.getByText(/Tree 12 page 40/)).toBeTruthy();
  });

  it('says so when the file was never fully checked', async () => {
    show({ running: false, last: null });
    expect(await screen.findByText(/has not been checked yet/)).toBeTruthy();
  });
});
