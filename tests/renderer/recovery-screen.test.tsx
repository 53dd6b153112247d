import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setBridgeForTests } from '../../renderer/src/api';
import { RecoveryGate } from '../../renderer/src/features/recovery/RecoveryGate';
import { RecoveryScreen } from '../../renderer/src/features/recovery/RecoveryScreen';
import i18n from '../../renderer/src/i18n';
import type { RecoveryStatus } from '../../shared/domain/recovery';
import type { RestoreSummary } from '../../shared/domain/backup';
import { fakeBridge } from './fake-bridge';
import { renderUi } from './render';

const slow = { timeout: 4000 };
beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

const damaged: RecoveryStatus = {
  mode: 'recovery',
  dbFile: '/data/channeldesk.db',
  problem: {
    kind: 'damaged',
    message: '/data/channeldesk.db failed the integrity_check: Page 7: btreeInitPage() returns error code 11',
    details: ['Page 7: btreeInitPage() returns error code 11', 'row 12 missing from index orders_placed'],
  },
  latestGood: {
    name: 'channeldesk-auto-2026-11-21T08-00-00-000Z.db',
    path: '/data/backups/channeldesk-auto-2026-11-21T08-00-00-000Z.db',
    sizeBytes: 1_048_576,
    createdAt: '2026-11-21T08:00:00.000Z',
    kind: 'automatic',
  },
  canQuit: true,
};
const summary: RestoreSummary = {
  restoredFrom: damaged.latestGood!.path,
  preRestoreBackup: '/data/backups/pre-restore-2026-11-22T09-00-00-000Z.db',
  schemaVersion: 8,
};

function setup(status: RecoveryStatus, extra: Parameters<typeof fakeBridge>[0] = {}) {
  const fake = fakeBridge({
    'recovery.status': () => ({ ok: true, value: status }),
    'backup.restore': () => ({ ok: true, value: summary }),
    'recovery.quit': () => ({ ok: true, value: { quitting: true } }),
    ...extra,
  });
  setBridgeForTests(fake.bridge);
  const onRestored = vi.fn();
  renderUi(<RecoveryScreen status={status} onRestored={onRestored} />);
  return { ...fake, onRestored };
}

describe('RecoveryScreen', { timeout: 20_000 }, () => {
  it('names the problem and restores the latest good backup after saying what it will do', async () => {
    const { calls, onRestored } = setup(damaged);
    expect(screen.getByRole('heading', { name: 'ChannelDesk could not open your data' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/The database file is damaged/);
    expect(screen.getByText('/data/channeldesk.db')).toBeInTheDocument();
    expect(screen.getByText(/row 12 missing from index orders_placed/)).toBeInTheDocument();
    expect(screen.getByText(/channeldesk-auto-2026-11-21T08-00-00-000Z\.db, made/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Restore the latest good backup' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(within(dialog).getByText(damaged.latestGood!.path)).toBeInTheDocument();
    expect(
      within(dialog).getByText(/current database is kept as a “before a restore” copy/),
    ).toBeInTheDocument();
    expect(calls.map((c) => c.call)).not.toContain('backup.restore');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(onRestored).toHaveBeenCalledWith(summary));
    expect(calls).toContainEqual({ call: 'backup.restore', input: { path: damaged.latestGood!.path } });
    expect(
      await screen.findByText(/The previous database was kept in \/data\/backups\/pre-restore-/),
    ).toBeInTheDocument();
  });

  it('restores another file typed in the preview, and shows a refusal without going on', async () => {
    const { calls, onRestored } = setup(
      { ...damaged, latestGood: null },
      {
        'files.choose': () => ({ ok: true, value: { path: null, manual: true } }),
        'backup.restore': () => ({
          ok: false,
          error: {
            code: 'INVALID_INPUT',
            message: 'x',
            key: 'backupInvalid',
            params: { file: '/mnt/usb/old.db', reason: 'the integrity check failed' },
          },
        }),
      },
    );
    expect(screen.getByText(/No good backup was found in the data folder/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Restore the latest good backup' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Choose another backup file…' }));
    const prompt = await screen.findByRole('dialog', { name: 'Which backup should be restored?' });
    fireEvent.change(within(prompt).getByRole('textbox', { name: /File path/ }), {
      target: { value: '/mnt/usb/old.db' },
    });
    fireEvent.click(within(prompt).getByRole('button', { name: 'Continue' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect(
      await screen.findByText('This file cannot be restored: the integrity check failed', {}, slow),
    ).toBeInTheDocument();
    expect(calls).toContainEqual({ call: 'backup.restore', input: { path: '/mnt/usb/old.db' } });
    expect(onRestored).not.toHaveBeenCalled();
  });

  it('a database from a newer ChannelDesk: update, never restore over it; quit ends the app', async () => {
    const { calls } = setup({
      ...damaged,
      problem: { kind: 'tooNew', message: 'newer', details: [], found: 12, known: 8 },
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This database was made by a newer ChannelDesk (schema version 12; this version knows up to 8). Update ChannelDesk to open it. It was left untouched.',
    );
    expect(screen.getByText('Install the newest ChannelDesk, then open it again.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Restore/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Choose another backup/ })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Quit ChannelDesk' }));
    expect(await screen.findByText('ChannelDesk has closed. You can close this window.')).toBeInTheDocument();
    expect(calls.map((c) => c.call)).toEqual(['recovery.quit']);
  });

  it('speaks Chinese too', async () => {
    await i18n.changeLanguage('zh-CN');
    setup(damaged);
    expect(screen.getByRole('heading', { name: 'ChannelDesk 无法打开您的数据' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/数据库文件已损坏/);
    expect(screen.getByRole('button', { name: '恢复最新的完好备份' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '选择其他备份文件…' })).toBeInTheDocument();
    // The language switch works without the shop's settings (they are in the file that cannot be opened).
    fireEvent.click(screen.getByText('English'));
    expect(
      await screen.findByRole('heading', { name: 'ChannelDesk could not open your data' }),
    ).toBeInTheDocument();
  });
});

describe('RecoveryGate', () => {
  it('shows the recovery screen instead of the app when the core is in recovery', async () => {
    const fake = fakeBridge({ 'recovery.status': () => ({ ok: true, value: damaged }) });
    setBridgeForTests(fake.bridge);
    renderUi(
      <RecoveryGate>
        <p>the app</p>
      </RecoveryGate>,
    );
    expect(
      await screen.findByRole('heading', { name: 'ChannelDesk could not open your data' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('the app')).not.toBeInTheDocument();
    // Nothing else was asked of a core that refuses everything else.
    expect(fake.calls.map((c) => c.call)).toEqual(['recovery.status']);
  });

  it('shows the app when the database opened normally', async () => {
    const fake = fakeBridge({
      'recovery.status': () => ({ ok: true, value: { ...damaged, mode: 'normal', problem: null } }),
    });
    setBridgeForTests(fake.bridge);
    renderUi(
      <RecoveryGate>
        <p>the app</p>
      </RecoveryGate>,
    );
    expect(await screen.findByText('the app')).toBeInTheDocument();
  });
});
