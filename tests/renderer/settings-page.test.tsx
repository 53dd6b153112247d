import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setBridgeForTests } from '../../renderer/src/api';
import { SettingsPage } from '../../renderer/src/features/settings/SettingsPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { BackupFile } from '../../shared/domain/backup';
import type { JobInfo } from '../../shared/domain/jobs';
import type { Settings } from '../../shared/domain/settings';
import type { StaffMember } from '../../shared/domain/staff';
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
const li: StaffMember = { id: 'st1', name: '李运营', role: 'operator', archived: false, createdAt: '' };
const job: JobInfo = {
  id: 'b1',
  kind: 'backup',
  state: 'running',
  done: 0,
  total: 10,
  startedAt: '2026-11-22T08:00:00.000Z',
  finishedAt: null,
  message: null,
};
const file: BackupFile = {
  name: 'channeldesk-2026-11-22.db',
  path: '/data/backups/channeldesk-2026-11-22.db',
  sizeBytes: 172_032,
  createdAt: '2026-11-22T08:00:05.000Z',
  kind: 'manual',
};

function setup() {
  let backups: BackupFile[] = [];
  const fake = fakeBridge({
    'settings.get': () => ({ ok: true, value: settings }),
    'settings.update': (patch) => ({ ok: true, value: { ...settings, ...(patch as object) } }),
    'staff.list': () => ({ ok: true, value: [li] }),
    'staff.update': () => ({ ok: true, value: li }),
    'fx.add': () => ({ ok: true, value: { id: 'fx1', currency: 'USD', date: '2026-11-01', rate: '7.12' } }),
    'backup.start': () => ({ ok: true, value: job }),
    'backup.list': () => ({ ok: true, value: backups }),
    'backup.restore': (input) => ({
      ok: true,
      value: {
        restoredFrom: (input as { path: string }).path,
        preRestoreBackup: '/data/backups/pre-restore-2026-11-23T08-00-00-000Z.db',
        schemaVersion: 8,
      },
    }),
    'backup.check': () => ({
      ok: true,
      value: { ok: false, schemaVersion: 2, problems: ['page 7 is corrupt'] },
    }),
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <ShopProvider>
      <SettingsPage />
    </ShopProvider>,
  );
  return { ...fake, addBackup: () => (backups = [file]) };
}

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

describe('SettingsPage', () => {
  it('refuses a bad base currency with a translated message, and saves a good one', async () => {
    const { calls } = setup();
    const currency = await screen.findByRole('combobox', { name: 'Base currency' });
    const shop = within(screen.getByRole('region', { name: 'Shop' }));
    fireEvent.change(currency, { target: { value: 'US' } });
    fireEvent.click(shop.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('A 3-letter currency code such as CNY or USD')).toBeInTheDocument();
    expect(calls.map((c) => c.call)).not.toContain('settings.update');
    fireEvent.change(currency, { target: { value: 'usd' } });
    fireEvent.click(shop.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(calls).toContainEqual({
        call: 'settings.update',
        input: { baseCurrency: 'USD', timezone: 'Asia/Shanghai', language: 'en' },
      }),
    );
  });

  it('saves the pricing and stock rules exactly, refusing bad numbers on their fields', async () => {
    const { calls } = setup();
    const rules = within(await screen.findByRole('region', { name: 'Pricing and stock rules' }));
    expect(rules.getByLabelText(/Minimum margin/)).toHaveValue('10');
    fireEvent.change(rules.getByLabelText(/Slow mover above/), { target: { value: '0' } });
    fireEvent.change(rules.getByLabelText(/Flag price spreads above/), { target: { value: 'x' } });
    fireEvent.click(rules.getByRole('button', { name: 'Save' }));
    expect(await rules.findByText('A whole number of days from 1 to 3650')).toBeInTheDocument();
    expect(rules.getByText('A percentage of 0 or more with at most 2 decimals')).toBeInTheDocument();
    expect(calls.map((c) => c.call)).not.toContain('settings.update');
    fireEvent.change(rules.getByLabelText(/Minimum margin/), { target: { value: '7.5' } });
    fireEvent.change(rules.getByLabelText(/Flag price spreads above/), { target: { value: '20' } });
    fireEvent.change(rules.getByLabelText(/Slow mover above/), { target: { value: '60' } });
    fireEvent.click(rules.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(calls).toContainEqual({
        call: 'settings.update',
        input: { minMarginBp: 750, priceSpreadAlertBp: 2000, slowMoverDays: 60 },
      }),
    );
  });

  it('renames a staff member in place', async () => {
    const { calls } = setup();
    const name = await screen.findByRole('textbox', { name: 'Name 李运营' });
    fireEvent.change(name, { target: { value: '李小运' } });
    fireEvent.blur(name);
    await waitFor(() =>
      expect(calls).toContainEqual({ call: 'staff.update', input: { id: 'st1', patch: { name: '李小运' } } }),
    );
  });

  it('adds an exchange rate as exact text', async () => {
    const { calls } = setup();
    const section = (await screen.findByRole('heading', { name: 'Exchange rates' })).closest(
      'div',
    )!.parentElement!;
    fireEvent.change(within(section).getByRole('textbox', { name: 'Rate' }), { target: { value: '7.12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add rate' }));
    await waitFor(() => expect(calls.map((c) => c.call)).toContain('fx.add'));
    expect(calls.find((c) => c.call === 'fx.add')?.input).toMatchObject({ currency: 'USD', rate: '7.12' });
  });

  it('backs up with progress, lists the new file when the job is done, and reports check problems', async () => {
    const fake = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Back up now' }));
    // Progress that overtakes the answer of backup.start still counts.
    act(() => fake.emit('jobs:progress', { ...job, done: 5 }));
    await waitFor(() => expect(fake.calls.map((c) => c.call)).toContain('backup.start'));
    expect(await screen.findByRole('progressbar', { name: 'Backup' })).toHaveAttribute('aria-valuenow', '50');

    fake.addBackup();
    act(() => fake.emit('jobs:progress', { ...job, state: 'done', done: 10 }));
    const table = await screen.findByRole('table', { name: 'Backups in the data folder' });
    expect(within(table).getByText('channeldesk-2026-11-22.db')).toBeInTheDocument();
    expect(within(table).getByText('168 KB')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar', { name: 'Backup' })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Check integrity' }));
    expect(await screen.findByText('page 7 is corrupt')).toBeInTheDocument();
    expect(screen.getByText('The check found problems:')).toBeInTheDocument();
  });

  it('saves how many daily and weekly backups to keep, refusing numbers out of range', async () => {
    const { calls } = setup();
    const section = within(await screen.findByRole('region', { name: 'Data safety' }));
    expect(await section.findByLabelText('Keep one a day for (days)')).toHaveValue('14');
    expect(section.getByLabelText('and one a week for (weeks)')).toHaveValue('8');
    fireEvent.change(section.getByLabelText('Keep one a day for (days)'), { target: { value: '0' } });
    fireEvent.change(section.getByLabelText('and one a week for (weeks)'), { target: { value: '600' } });
    fireEvent.click(section.getByRole('button', { name: 'Save' }));
    expect(await section.findByText('Between 1 and 3650 days')).toBeInTheDocument();
    expect(section.getByText('Between 0 and 520 weeks')).toBeInTheDocument();
    expect(calls.map((c) => c.call)).not.toContain('settings.update');
    fireEvent.change(section.getByLabelText('Keep one a day for (days)'), { target: { value: '7' } });
    fireEvent.change(section.getByLabelText('and one a week for (weeks)'), { target: { value: '0' } });
    fireEvent.click(section.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(calls).toContainEqual({
        call: 'settings.update',
        input: { backupKeepDays: 7, backupKeepWeeks: 0 },
      }),
    );
  });

  it('lists each backup with its kind and restores one only after the confirmation', async () => {
    const fake = setup();
    fake.addBackup();
    act(() => fake.emit('jobs:progress', { ...job, state: 'done', done: 10 }));
    const table = await screen.findByRole('table', { name: 'Backups in the data folder' });
    expect(within(table).getByText('Manual')).toBeInTheDocument();
    fireEvent.click(within(table).getByRole('button', { name: 'Restore channeldesk-2026-11-22.db' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(within(dialog).getByText('/data/backups/channeldesk-2026-11-22.db')).toBeInTheDocument();
    expect(
      within(dialog).getByText(/Changes made after this backup will not be in the restored data/),
    ).toBeInTheDocument();
    expect(fake.calls.map((c) => c.call)).not.toContain('backup.restore');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await waitFor(() =>
      expect(fake.calls).toContainEqual({ call: 'backup.restore', input: { path: file.path } }),
    );
    expect(await screen.findByText(/Restored from channeldesk-2026-11-22\.db/)).toBeInTheDocument();
  });

  it('saves a backup to a typed path where the preview has no dialog', async () => {
    const fake = setup();
    (fake.bridge.files.choose as unknown as { mockResolvedValue(v: unknown): void }).mockResolvedValue({
      ok: true,
      value: { path: null, manual: true },
    });
    (fake.bridge.backup.saveTo as unknown as { mockResolvedValue(v: unknown): void }).mockResolvedValue({
      ok: true,
      value: job,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Save a backup to a file…' }));
    const prompt = await screen.findByRole('dialog', { name: 'Where should the backup go?' });
    fireEvent.change(within(prompt).getByRole('textbox', { name: /File path/ }), {
      target: { value: '/mnt/usb/shop.db' },
    });
    fireEvent.click(within(prompt).getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(fake.bridge.backup.saveTo).toHaveBeenCalledWith({ path: '/mnt/usb/shop.db' }));
    expect(await screen.findByText('Backup started: /mnt/usb/shop.db')).toBeInTheDocument();
  });
});
