import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { api, setBridgeForTests } from '../../renderer/src/api';
import { JobRunProgress } from '../../renderer/src/components/JobRunProgress';
import { useJobRun } from '../../renderer/src/hooks/use-job-run';
import i18n from '../../renderer/src/i18n';
import type { Result } from '../../shared/api/result';
import { fakeBridge } from './fake-bridge';
import { startedJob } from './job-fixtures';
import { renderUi } from './render';

const job = startedJob('job-r', 'monthlyReport');

/** A screen that starts one job the way the real ones do, and says everything the hook knows. */
function Harness() {
  const run = useJobRun<{ file: string }>('monthlyReport');
  return (
    <div>
      <button
        onClick={() =>
          void run.start(() => api.reports.monthly({ month: '2026-11', lang: 'en', path: '/r.xlsx' }))
        }
      >
        Start
      </button>
      <JobRunProgress run={run} label={`Working ${run.progress} %`} cancelLabel="Stop" />
      <p>state: {run.job ? run.job.state : 'none'}</p>
      {run.result && <p>written to {run.result.file}</p>}
      {run.error !== null && <p>error: {run.error}</p>}
      {run.cancelled && <p>stopped</p>}
    </div>
  );
}

function setUp(monthly: (input: unknown) => Result<unknown> = () => ({ ok: true, value: job })) {
  const fake = fakeBridge({
    'reports.monthly': monthly,
    'jobs.cancel': () => ({ ok: true, value: { ...job, state: 'cancelled' } }),
  });
  setBridgeForTests(fake.bridge);
  renderUi(<Harness />);
  return fake;
}

const start = async (fake: ReturnType<typeof fakeBridge>) => {
  fireEvent.click(screen.getByRole('button', { name: 'Start' }));
  await waitFor(() => expect(fake.calls.map((c) => c.call)).toContain('reports.monthly'));
};

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

describe('useJobRun', () => {
  it('starts the job, shows its progress, then its parsed result', async () => {
    const fake = setUp();
    expect(screen.getByText('state: none')).toBeInTheDocument();
    await start(fake);
    expect(fake.calls).toContainEqual({
      call: 'reports.monthly',
      input: { month: '2026-11', lang: 'en', path: '/r.xlsx' },
    });
    expect(await screen.findByText('state: running')).toBeInTheDocument();

    act(() => fake.emit('jobs:progress', { ...job, done: 3, total: 4 }));
    expect(await screen.findByRole('progressbar', { name: 'Working 75 %' })).toHaveAttribute(
      'aria-valuenow',
      '75',
    );
    // Another report job (started elsewhere) ending does not end this one.
    act(() => fake.emit('jobs:progress', { ...job, id: 'job-other', state: 'done', done: 1, total: 1 }));
    expect(screen.getByText('state: running')).toBeInTheDocument();
    const message = JSON.stringify({ file: '/r.xlsx' });
    act(() => fake.emit('jobs:progress', { ...job, state: 'done', done: 4, total: 4, message }));
    expect(await screen.findByText('written to /r.xlsx')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stop' })).not.toBeInTheDocument();
  });

  it('cancels the running job by its id and then says it was cancelled', async () => {
    const fake = setUp();
    await start(fake);
    act(() => fake.emit('jobs:progress', { ...job, done: 1, total: 4 }));
    fireEvent.click(await screen.findByRole('button', { name: 'Stop' }));
    await waitFor(() => expect(fake.calls).toContainEqual({ call: 'jobs.cancel', input: { id: 'job-r' } }));

    act(() => fake.emit('jobs:progress', { ...job, state: 'cancelled', done: 1, total: 4 }));
    expect(await screen.findByText('stopped')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByText(/written to/)).not.toBeInTheDocument();
  });

  it('shows the error of a failed job and no result', async () => {
    const fake = setUp();
    await start(fake);
    act(() =>
      fake.emit('jobs:progress', { ...job, state: 'failed', message: 'No FX rate for USD on 2026-11-02' }),
    );
    expect(await screen.findByText('error: No FX rate for USD on 2026-11-02')).toBeInTheDocument();
    expect(screen.queryByText(/written to/)).not.toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('keeps the end of a job that finished before its starting call answered', async () => {
    const fake: ReturnType<typeof fakeBridge> = setUp(() => {
      // main finishes a small job and pushes its last event before the start call's answer arrives
      fake.emit('jobs:progress', {
        ...job,
        state: 'done',
        message: JSON.stringify({ file: '/early.xlsx' }),
      });
      return { ok: true, value: job };
    });
    await start(fake);
    expect(await screen.findByText('written to /early.xlsx')).toBeInTheDocument();
    expect(screen.getByText('state: done')).toBeInTheDocument();
  });

  it('ignores events of other jobs, and a refused start leaves no job and says why', async () => {
    const fake = setUp(() => ({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Only the owner can write the report' },
    }));
    await start(fake);
    expect(await screen.findByText('Only the owner can write the report')).toBeInTheDocument();
    act(() => fake.emit('jobs:progress', { ...job, id: 'someone-elses', done: 1, total: 2 }));
    act(() => fake.emit('jobs:progress', { ...job, kind: 'backup', done: 1, total: 2 }));
    expect(screen.getByText('state: none')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
