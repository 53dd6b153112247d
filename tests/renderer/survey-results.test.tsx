import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { setBridgeForTests } from '../../renderer/src/api';
import { SurveysPage } from '../../renderer/src/features/surveys/SurveysPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { ImprovementSave, SurveyResultsQuery } from '../../shared/api/schemas/surveys';
import type { ImprovementActionView, SurveyResults } from '../../shared/domain/survey-views';
import type { Language } from '../../shared/domain/settings';
import { localDate } from '../../shared/logic/dates';
import { presetPeriod } from '../../shared/logic/period-presets';
import { fakeBridge } from './fake-bridge';
import { settings, shopAnswers } from './catalog-fixtures';
import { figures, resultsFor } from './survey-fixtures';
import { renderUi } from './render';

const action: ImprovementActionView = {
  id: 'act-1',
  title: 'Pack mugs in double boxes',
  ownerId: 'st-1',
  ownerName: 'Wang Fang',
  startDate: '2026-11-01',
  endDate: null,
  rootCause: 'logistics',
  status: 'in_progress',
  notes: null,
  createdAt: '2026-11-01T02:00:00.000Z',
  updatedAt: '2026-11-01T02:00:00.000Z',
  before: { from: '2026-10-03', to: '2026-10-31', responses: 10, csat: 6000, nps: -1000 },
  after: { from: '2026-11-01', to: '2026-11-29', responses: 8, csat: 8750, nps: 2500 },
  csatChangePoints: 2750,
  npsChangePoints: 3500,
  rootCauseTickets: { before: 9, after: 3 },
};

function setup(
  at: string,
  options: { language?: Language; results?: (q: SurveyResultsQuery) => SurveyResults } = {},
) {
  const fake = fakeBridge({
    ...shopAnswers,
    'settings.get': () => ({ ok: true, value: { ...settings, language: options.language ?? 'en' } }),
    'staff.list': () => ({
      ok: true,
      value: [
        {
          id: 'st-1',
          name: 'Wang Fang',
          role: 'service',
          archived: false,
          createdAt: '2026-01-01T00:00:00.000Z',
        },
      ],
    }),
    'surveys.results': (input) => ({
      ok: true,
      value: (options.results ?? resultsFor)(input as SurveyResultsQuery),
    }),
    'surveys.improvementActions': () => ({ ok: true, value: [action] }),
    'surveys.saveImprovementAction': (input) => ({
      ok: true,
      value: { ...action, ...(input as ImprovementSave) },
    }),
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

const slow = { timeout: 10_000 };
const today = () => localDate(new Date().toISOString(), 'Asia/Shanghai');

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

describe('survey results', { timeout: 40_000 }, () => {
  it('shows CSAT, NPS, response rate and dimensions of this month, "—" where nothing was counted, and the breakdowns', async () => {
    const fake = setup('/surveys');
    expect(await screen.findByTestId('survey-figure-csat', {}, slow)).toHaveTextContent('87.5');
    expect(fake.calls.find((c) => c.call === 'surveys.results')!.input).toEqual(
      presetPeriod('thisMonth', today()),
    );
    expect(screen.getByTestId('survey-figure-nps')).toHaveTextContent('25');
    expect(screen.getByTestId('survey-figure-responseRate')).toHaveTextContent('40%');
    expect(screen.getByTestId('survey-figure-speed')).toHaveTextContent('4.25');
    expect(screen.getByTestId('survey-figure-resolution')).toHaveTextContent('—');
    // The previous period had no responses: no change, never 0 or NaN.
    expect(screen.getByTestId('survey-card-csat')).toHaveTextContent('previous period: —');
    expect(screen.getByTestId('survey-card-nps')).toHaveTextContent(
      '4 promoters · 2 passives · 2 detractors',
    );
    expect(screen.getByTestId('survey-card-responseRate')).toHaveTextContent('8 responses of 20 sent');
    expect(screen.getByRole('img', { name: 'CSAT and NPS per day' })).toBeInTheDocument();

    const agents = screen.getByRole('table', { name: 'By agent' });
    expect(within(agents).getByRole('row', { name: /Wang Fang/ })).toHaveTextContent('87.5');
    // A group with one CSAT answer of 1–3 scores 0, not "—"; its empty NPS stays "—".
    const unassigned = within(agents).getByRole('row', { name: /Unassigned/ });
    expect(within(unassigned).getAllByRole('cell')[4]).toHaveTextContent(/^0$/);
    expect(within(unassigned).getAllByRole('cell')[5]).toHaveTextContent('—');
    expect(screen.getByRole('table', { name: 'By ticket type' })).toHaveTextContent('Return');
    expect(screen.getByRole('table', { name: 'By storefront' })).toHaveTextContent('Tmall Flagship');
  });

  it('shows the change against the previous period in points, in Chinese when the shop speaks it', async () => {
    setup('/surveys?preset=lastMonth', {
      language: 'zh-CN',
      results: (q) => ({
        ...resultsFor(q),
        previous: figures({ csatResponses: 10, csat: 8100, npsResponses: 10, nps: 3000 }),
        changes: {
          csatPoints: 650,
          npsPoints: -500,
          responseRateBp: null,
          dimensions: { attitude: null, speed: null, resolution: null },
        },
      }),
    });
    const csat = await screen.findByTestId('survey-card-csat', {}, slow);
    await waitFor(() => expect(csat).toHaveTextContent('满意度 CSAT'));
    expect(csat).toHaveTextContent('+6.5 分，上期 81');
    expect(screen.getByTestId('survey-card-nps')).toHaveTextContent('−5 分，上期 30');
    expect(screen.getByRole('table', { name: '按客服' })).toBeInTheDocument();
  });

  it('lists improvement actions with before/after scores and saves a new one', async () => {
    const fake = setup('/surveys?tab=actions');
    const row = await screen.findByRole('row', { name: /Pack mugs in double boxes/ }, slow);
    expect(row).toHaveTextContent('CSAT 60 · NPS -10 (10 responses)');
    expect(row).toHaveTextContent('CSAT 87.5 · NPS 25 (8 responses)');
    expect(row).toHaveTextContent('CSAT +27.5 · NPS +35');
    expect(row).toHaveTextContent('tickets: 9 before → 3 after');

    fireEvent.click(screen.getByRole('button', { name: 'New action' }));
    const dialog = await screen.findByRole('dialog', {}, slow);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save action' }));
    expect(await within(dialog).findByText('Required')).toBeInTheDocument();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'What' }), {
      target: { value: 'Call every detractor within a day' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save action' }));
    await waitFor(() =>
      expect(fake.calls.some((c) => c.call === 'surveys.saveImprovementAction')).toBe(true),
    );
    expect(fake.calls.find((c) => c.call === 'surveys.saveImprovementAction')!.input).toEqual({
      title: 'Call every detractor within a day',
      ownerId: null,
      startDate: today(),
      endDate: null,
      rootCause: null,
      status: 'planned',
      notes: null,
    });
  });
});
