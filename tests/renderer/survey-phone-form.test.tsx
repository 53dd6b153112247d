import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { setBridgeForTests } from '../../renderer/src/api';
import { SurveysPage } from '../../renderer/src/features/surveys/SurveysPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { ResponseRecordInput } from '../../shared/api/schemas/surveys';
import { fakeBridge } from './fake-bridge';
import { shopAnswers } from './catalog-fixtures';
import { afterSales, invitation, responseOf } from './survey-fixtures';
import { renderUi } from './render';

function setup(at: string, low = false) {
  const fake = fakeBridge({
    ...shopAnswers,
    'surveys.templates': () => ({ ok: true, value: [afterSales] }),
    'surveys.invitations': () => ({
      ok: true,
      value: { rows: [invitation], total: 1, page: 1, pageSize: 50 },
    }),
    'surveys.responses': () => ({ ok: true, value: { rows: [], total: 0, page: 1, pageSize: 20 } }),
    'surveys.recordResponse': (input) => ({
      ok: true,
      value: responseOf((input as ResponseRecordInput).answers, low),
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

const recorded = (fake: ReturnType<typeof setup>) =>
  fake.calls.filter((c) => c.call === 'surveys.recordResponse').map((c) => c.input as ResponseRecordInput);
const key = (k: string, init: Partial<KeyboardEventInit> = {}) =>
  fireEvent.keyDown(document.activeElement!, { key: k, ...init });
const group = (name: string) => screen.getByRole('radiogroup', { name: new RegExp(name) });
const slow = { timeout: 4000 };

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

describe('phone interview form', { timeout: 60_000 }, () => {
  it('is answered from the keyboard: digits choose, "1" "0" is NPS 10, Enter moves on, and the invitation is shown', async () => {
    const fake = setup('/surveys?tab=invitations');
    fireEvent.click(await screen.findByRole('button', { name: 'Phone interview for #7' }, slow));
    const context = await screen.findByRole('region', { name: 'Calling about' }, slow);
    expect(context).toHaveTextContent('#7');
    expect(context).toHaveTextContent('TM-2026-0001');
    expect(context).toHaveTextContent('Li Lei');
    expect(context).toHaveTextContent('13800001234');
    expect(context).toHaveTextContent('Wang Fang');

    // The first question has the focus as soon as the form opens.
    await waitFor(() => expect(document.activeElement).toBe(group('How satisfied')));
    key('4');
    expect(within(group('How satisfied')).getByRole('radio', { name: '4' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    key('7'); // beyond 1–5: ignored
    expect(within(group('How satisfied')).getByRole('radio', { name: '4' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    key('Enter');
    expect(document.activeElement).toBe(group('Would you recommend'));
    key('1');
    key('0');
    expect(within(group('Would you recommend')).getByRole('radio', { name: '10' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    key('Enter');
    key('5');
    key('Enter');
    const choices = screen.getByRole('group', { name: /Where did you hear/ });
    expect(document.activeElement).toBe(choices);
    key('1');
    key('3');
    key('3');
    key('3');
    expect(within(choices).getByRole('checkbox', { name: '1. A friend' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(within(choices).getByRole('checkbox', { name: '3. Search' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    key('Enter');
    const words = screen.getByRole('textbox', { name: /Anything else/ });
    expect(document.activeElement).toBe(words);
    fireEvent.change(words, { target: { value: '  Quick refund, thanks  ' } });
    key('Enter');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save response' }));
    fireEvent.click(document.activeElement!);

    await waitFor(() => expect(recorded(fake)).toHaveLength(1));
    expect(recorded(fake)[0]).toEqual({
      templateId: 'tpl-after',
      invitationId: 'inv-1',
      channel: 'phone',
      answers: [
        { questionId: 'csat', kind: 'csat', score: 4 },
        { questionId: 'nps', kind: 'nps', score: 10 },
        { questionId: 'speed', kind: 'dimension', score: 5 },
        { questionId: 'channel', kind: 'multiple_choice', optionIds: ['friend', 'search'] },
        { questionId: 'words', kind: 'free_text', text: 'Quick refund, thanks' },
      ],
    });
    expect(await screen.findByText('CSAT 4 · NPS 10')).toBeInTheDocument();
  });

  it('names each unanswered required question and sends nothing; a low score links its follow-up ticket', async () => {
    const fake = setup('/surveys?tab=responses', true);
    await waitFor(() => expect(document.activeElement).toBe(group('How satisfied')), slow);
    key('Enter', { ctrlKey: true });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Question 1 “How satisfied are you?”: Required');
    expect(alert).toHaveTextContent('Question 2 “Would you recommend us?”: Required');
    expect(alert).not.toHaveTextContent('Question 3');
    expect(recorded(fake)).toHaveLength(0);
    expect(group('How satisfied')).toHaveAttribute('aria-invalid', 'true');
    expect(document.activeElement).toBe(group('How satisfied'));

    key('1');
    expect(group('How satisfied')).toHaveAttribute('aria-invalid', 'false');
    key('Enter');
    key('3');
    key('Backspace'); // clears: still unanswered
    key('Enter', { ctrlKey: true });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Question 2 “Would you recommend us?”: Required',
    );
    expect(recorded(fake)).toHaveLength(0);
    fireEvent.click(within(group('Would you recommend')).getByRole('radio', { name: '0' }));
    key('Enter', { ctrlKey: true });

    await waitFor(() => expect(recorded(fake)).toHaveLength(1));
    expect(recorded(fake)[0]!.answers).toEqual([
      { questionId: 'csat', kind: 'csat', score: 1 },
      { questionId: 'nps', kind: 'nps', score: 0 },
    ]);
    expect(recorded(fake)[0]!.invitationId).toBeUndefined();
    expect(await screen.findByRole('link', { name: '#9' })).toHaveAttribute('href', '/tickets/tk-9');
  });
});
