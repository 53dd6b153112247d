import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { setBridgeForTests } from '../../renderer/src/api';
import { SurveysPage } from '../../renderer/src/features/surveys/SurveysPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { Result } from '../../shared/api/result';
import type { ResponseRecordInput } from '../../shared/api/schemas/surveys';
import { fakeBridge } from './fake-bridge';
import { shopAnswers } from './catalog-fixtures';
import { afterSales, invitation, responseOf } from './survey-fixtures';
import { renderUi } from './render';

/** The surveys page opened from a link or a reload: everything it shows comes from the URL. */
function setup(at: string, invitationAnswer?: () => Result<unknown>) {
  const fake = fakeBridge({
    ...shopAnswers,
    'surveys.templates': () => ({ ok: true, value: [afterSales] }),
    'surveys.invitation': invitationAnswer ?? (() => ({ ok: true, value: invitation })),
    'surveys.invitations': () => ({
      ok: true,
      value: { rows: [invitation], total: 1, page: 1, pageSize: 50 },
    }),
    'surveys.responses': () => ({ ok: true, value: { rows: [], total: 0, page: 1, pageSize: 20 } }),
    'surveys.recordResponse': (input) => ({
      ok: true,
      value: responseOf((input as ResponseRecordInput).answers),
    }),
    'files.choose': () => ({ ok: true, value: { path: '/home/me/sheet.xlsx', manual: false } }),
    'surveys.exportInvitations': () => ({ ok: true, value: { path: '/home/me/sheet.xlsx', rows: 1 } }),
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
  fake.calls.filter((c) => c.call === call).map((c) => c.input);
const key = (k: string) => fireEvent.keyDown(document.activeElement!, { key: k });
const slow = { timeout: 4000 };

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

describe('survey pages from the URL', { timeout: 60_000 }, () => {
  it('reads the invitation of ?invitation= and records the response against it', async () => {
    const fake = setup('/surveys?tab=responses&invitation=inv-1');
    const context = await screen.findByRole('region', { name: 'Calling about' }, slow);
    expect(context).toHaveTextContent('#7');
    expect(context).toHaveTextContent('TM-2026-0001');
    expect(context).toHaveTextContent('13800001234');
    expect(inputsOf(fake, 'surveys.invitation')).toEqual([{ id: 'inv-1' }]);
    // The invitation decides the survey: no survey picker.
    expect(screen.queryAllByLabelText('Survey')).toHaveLength(0);
    const csat = await screen.findByRole('radiogroup', { name: /How satisfied/ }, slow);
    await waitFor(() => expect(document.activeElement).toBe(csat));
    key('4');
    key('Enter');
    key('9');
    fireEvent.click(screen.getByRole('button', { name: 'Save response' }));
    await waitFor(() => expect(inputsOf(fake, 'surveys.recordResponse')).toHaveLength(1));
    expect(inputsOf(fake, 'surveys.recordResponse')[0]).toMatchObject({
      templateId: 'tpl-after',
      invitationId: 'inv-1',
    });
  });

  it('says so when the invitation does not exist, and falls back to choosing the survey', async () => {
    setup('/surveys?tab=responses&invitation=gone', () => ({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'survey_invitation gone not found' },
    }));
    expect(await screen.findByText(/This invitation does not exist/, {}, slow)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Calling about' })).not.toBeInTheDocument();
    expect((await screen.findAllByLabelText('Survey', {}, slow))[0]).toHaveValue('After-sales survey');
  });

  it('shows a link’s low scores of a period and storefront, as the dashboard alert sends', async () => {
    const fake = setup('/surveys?tab=responses&low=1&from=2026-11-01&to=2026-11-30&storefront=tm');
    expect(
      await screen.findByRole('region', { name: 'Responses from 2026-11-01 to 2026-11-30' }, slow),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(inputsOf(fake, 'surveys.responses')).toContainEqual({
        from: '2026-11-01',
        to: '2026-11-30',
        lowOnly: true,
        storefrontId: 'tm',
        page: 1,
        pageSize: 20,
      }),
    );
    const low = screen.getByRole('switch', { name: 'Low scores only' });
    expect(low).toBeChecked();
    fireEvent.click(low);
    await waitFor(() =>
      expect(inputsOf(fake, 'surveys.responses').at(-1)).toEqual({
        from: '2026-11-01',
        to: '2026-11-30',
        storefrontId: 'tm',
        page: 1,
        pageSize: 20,
      }),
    );
  });

  it('filters invitations by the created period of the URL and exports that sheet', async () => {
    const fake = setup('/surveys?tab=invitations&from=2026-11-01&to=2026-11-15');
    await waitFor(() =>
      expect(inputsOf(fake, 'surveys.invitations')).toContainEqual({
        status: 'to_send',
        from: '2026-11-01',
        to: '2026-11-15',
        page: 1,
        pageSize: 50,
      }),
    );
    expect(await screen.findByRole('button', { name: 'Created' }, slow)).toHaveTextContent(
      '2026-11-01 – 2026-11-15',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export sheet' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Invitation sheet (xlsx)' }, slow));
    await waitFor(() => expect(inputsOf(fake, 'surveys.exportInvitations')).toHaveLength(1));
    expect(inputsOf(fake, 'files.choose')[0]).toMatchObject({ purpose: 'surveyExport' });
    expect(inputsOf(fake, 'surveys.exportInvitations')[0]).toMatchObject({
      status: 'to_send',
      from: '2026-11-01',
      to: '2026-11-15',
      format: 'xlsx',
      path: '/home/me/sheet.xlsx',
    });
  });
});
