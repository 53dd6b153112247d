import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { setBridgeForTests } from '../../renderer/src/api';
import { JobProgress } from '../../renderer/src/components/JobProgress';
import i18n from '../../renderer/src/i18n';
import type { JobInfo } from '../../shared/domain/jobs';
import { fakeBridge } from './fake-bridge';
import { renderUi } from './render';

const running: JobInfo = {
  id: 'job-1',
  kind: 'backup',
  state: 'running',
  done: 1,
  total: 4,
  startedAt: '2026-11-22T08:00:00.000Z',
  finishedAt: null,
  message: null,
};

afterEach(() => setBridgeForTests(undefined));

describe('JobProgress', () => {
  it('shows a running job from jobs:progress with its progress and cancels it', async () => {
    await i18n.changeLanguage('en');
    const fake = fakeBridge({
      'jobs.cancel': (input) => ({
        ok: true,
        value: { ...running, ...(input as object), state: 'cancelled' },
      }),
    });
    setBridgeForTests(fake.bridge);
    renderUi(<JobProgress />);
    await waitFor(() => expect(fake.calls.map((c) => c.call)).toContain('jobs.list'));

    act(() => fake.emit('jobs:progress', running));
    expect(await screen.findByRole('progressbar', { name: 'Background work' })).toHaveAttribute(
      'aria-valuenow',
      '25',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Background work' }));
    expect(await screen.findByText('Backup: 25 %')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(fake.calls).toContainEqual({ call: 'jobs.cancel', input: { id: 'job-1' } }));

    act(() => fake.emit('jobs:progress', { ...running, state: 'done', done: 4 }));
    expect(await screen.findByText('Backup finished')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar', { name: 'Background work' })).not.toBeInTheDocument();
  });

  it('says a refused import was refused, not finished', async () => {
    await i18n.changeLanguage('en');
    const fake = fakeBridge();
    setBridgeForTests(fake.bridge);
    renderUi(<JobProgress />);
    await waitFor(() => expect(fake.calls.map((c) => c.call)).toContain('jobs.list'));
    const summary = { inserted: 0, updated: 0, unchanged: 0, errors: [{}, {}], warnings: [] };
    act(() =>
      fake.emit('jobs:progress', {
        ...running,
        id: 'job-2',
        kind: 'importProducts',
        state: 'done',
        message: JSON.stringify(summary),
      }),
    );
    expect(
      await screen.findByText('Product import: the file has 2 problems; nothing was written'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Product import finished')).not.toBeInTheDocument();
  });
});
