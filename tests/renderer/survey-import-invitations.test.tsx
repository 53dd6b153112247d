import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { setBridgeForTests } from '../../renderer/src/api';
import { SurveysPage } from '../../renderer/src/features/surveys/SurveysPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { SurveyImportInput } from '../../shared/api/schemas/surveys';
import type { JobInfo } from '../../shared/domain/jobs';
import type { SurveyImportInspection, SurveyImportSummary } from '../../shared/domain/survey-views';
import { fakeBridge } from './fake-bridge';
import { shopAnswers } from './catalog-fixtures';
import { afterSales, invitation } from './survey-fixtures';
import { renderUi } from './render';

const inspection: SurveyImportInspection = {
  headers: ['编号', '订单号', '满意度', '推荐', '意见'],
  headerRow: 2,
  sample: [
    ['R-1', 'TM-2026-0001', '5', '9', '很好'],
    ['R-2', 'TM-2026-0002', '六', '3', ''],
  ],
  suggested: { questions: { csat: '满意度' }, responseId: '编号' },
};

const refused: SurveyImportSummary = {
  written: false,
  inserted: 0,
  unchanged: 0,
  linked: 0,
  followupTickets: 0,
  errors: [
    {
      row: 4,
      column: '满意度',
      key: 'surveyScoreCell',
      params: { min: 1, max: 5, value: '六' },
      message: 'must be a whole number 1–5 (got "六")',
    },
  ],
  warnings: [],
};

const job: JobInfo = {
  id: 'job-s',
  kind: 'importSurveyResponses',
  state: 'running',
  done: 0,
  total: 0,
  startedAt: '2026-12-01T08:00:00.000Z',
  finishedAt: null,
  message: null,
};
const imported: SurveyImportSummary = {
  ...refused,
  written: true,
  inserted: 2,
  linked: 2,
  followupTickets: 1,
  errors: [],
};

function setup(at: string) {
  const fake = fakeBridge({
    ...shopAnswers,
    'surveys.templates': () => ({ ok: true, value: [afterSales] }),
    'surveys.responses': () => ({ ok: true, value: { rows: [], total: 0, page: 1, pageSize: 20 } }),
    'surveys.invitations': () => ({
      ok: true,
      value: { rows: [invitation], total: 1, page: 1, pageSize: 50 },
    }),
    'surveys.markSent': () => ({ ok: true, value: { changed: 1, sentAt: '2026-11-30T02:00:00.000Z' } }),
    'files.choose': () => ({ ok: true, value: { path: '/home/me/answers.xlsx', manual: false } }),
    'surveys.inspectImport': () => ({ ok: true, value: inspection }),
    'surveys.checkImport': () => ({ ok: true, value: refused }),
    'surveys.importResponses': () => ({ ok: true, value: job }),
  });
  setBridgeForTests(fake.bridge);
  renderUi(
    <ShopProvider>
      <Routes>
        <Route path="/surveys" element={<SurveysPage />} />
      </Routes>
    </ShopProvider>,
    at,
  );
  return fake;
}

const inputsOf = (fake: ReturnType<typeof setup>, call: string) =>
  fake.calls.filter((c) => c.call === call).map((c) => c.input as SurveyImportInput);
const slow = { timeout: 10_000 };

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

describe('survey response import and invitations', { timeout: 60_000 }, () => {
  it('maps file columns to questions and link columns, lists problems by row and column, then imports', async () => {
    const fake = setup('/surveys?tab=responses&view=import');
    fireEvent.click(await screen.findByRole('button', { name: 'Choose file…' }, slow));
    const mapping = await screen.findByRole('table', { name: 'Column mapping' }, slow);
    expect(fake.calls.find((c) => c.call === 'surveys.inspectImport')!.input).toEqual({
      templateId: 'tpl-after',
      path: '/home/me/answers.xlsx',
    });
    // The suggested columns are chosen, with their first value beside them.
    const select = (label: string | RegExp) => within(mapping).getAllByLabelText(label)[0]!;
    expect(select(/Column for 1\. How satisfied are you\?/)).toHaveValue('满意度');
    expect(within(mapping).getByRole('row', { name: /How satisfied are you\?/ })).toHaveTextContent('5');
    expect(select('Column for Response id (for re-imports)')).toHaveValue('编号');

    // Map the NPS question and the order id column by hand.
    fireEvent.click(select(/Column for 2\. Would you recommend us\?/));
    fireEvent.click(await screen.findByRole('option', { name: '推荐' }));
    fireEvent.click(select('Column for Order id'));
    fireEvent.click(await screen.findByRole('option', { name: '订单号' }));
    expect(within(mapping).getByRole('row', { name: /Order id/ })).toHaveTextContent('TM-2026-0001');

    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    const problems = await screen.findByRole('table', { name: 'Problems' }, slow);
    expect(within(problems).getByRole('row', { name: /满意度/ })).toHaveTextContent(/4.*满意度.*六/);
    expect(screen.getByText('1 problem: nothing was imported')).toBeInTheDocument();
    const input = {
      templateId: 'tpl-after',
      path: '/home/me/answers.xlsx',
      storefrontId: 'tm',
      mapping: { questions: { csat: '满意度', nps: '推荐' }, responseId: '编号', orderId: '订单号' },
    };
    expect(inputsOf(fake, 'surveys.checkImport')).toEqual([input]);
    expect(inputsOf(fake, 'surveys.importResponses')).toEqual([]);

    // The import is a job: progress and cancel while it runs, then the summary it ends with.
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(inputsOf(fake, 'surveys.importResponses')).toEqual([input]));
    act(() => fake.emit('jobs:progress', { ...job, done: 1, total: 4 }));
    expect(await screen.findByRole('progressbar', { name: 'Importing: 25 %' }, slow)).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Problems' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    await waitFor(() => expect(fake.calls).toContainEqual({ call: 'jobs.cancel', input: { id: 'job-s' } }));
    act(() =>
      fake.emit('jobs:progress', {
        ...job,
        state: 'done',
        done: 4,
        total: 4,
        finishedAt: '2026-12-01T08:00:03.000Z',
        message: JSON.stringify(imported),
      }),
    );
    expect(
      await screen.findByText(/2 new responses, 0 imported before, 2 linked/, {}, slow),
    ).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('says a cancelled import wrote nothing', async () => {
    const fake = setup('/surveys?tab=responses&view=import');
    fireEvent.click(await screen.findByRole('button', { name: 'Choose file…' }, slow));
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }, slow));
    await waitFor(() => expect(inputsOf(fake, 'surveys.importResponses')).toHaveLength(1));
    act(() => fake.emit('jobs:progress', { ...job, state: 'cancelled', finishedAt: job.startedAt }));
    expect(await screen.findByText('Import cancelled: nothing was written.', {}, slow)).toBeInTheDocument();
    expect(fake.calls.find((c) => c.call === 'files.choose')!.input).toMatchObject({
      purpose: 'surveyImport',
    });
  });

  it('marks the selected invitations sent in one call', async () => {
    const fake = setup('/surveys?tab=invitations');
    const mark = await screen.findByRole('button', { name: 'Mark selected sent' }, slow);
    expect(mark).toBeDisabled();
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select invitation #7' }, slow));
    fireEvent.click(screen.getByRole('button', { name: 'Mark 1 sent' }));
    await waitFor(() => expect(fake.calls.some((c) => c.call === 'surveys.markSent')).toBe(true));
    expect(fake.calls.find((c) => c.call === 'surveys.markSent')!.input).toEqual({ ids: ['inv-1'] });
    expect(await screen.findByText('1 invitation marked sent', {}, slow)).toBeInTheDocument();
  });
});
