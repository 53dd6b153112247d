import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { setBridgeForTests } from '../../renderer/src/api';
import { SurveysPage } from '../../renderer/src/features/surveys/SurveysPage';
import { ShopProvider } from '../../renderer/src/shop-context';
import i18n from '../../renderer/src/i18n';
import type { SurveyTemplateSave } from '../../shared/api/schemas/surveys';
import type { SurveyTemplateView } from '../../shared/domain/survey-views';
import { fakeBridge } from './fake-bridge';
import { shopAnswers } from './catalog-fixtures';
import { afterSales } from './survey-fixtures';
import { renderUi } from './render';

function setup(at: string, refuse = false) {
  const fake = fakeBridge({
    ...shopAnswers,
    'surveys.templates': () => ({ ok: true, value: [afterSales] }),
    'surveys.rules': () => ({ ok: true, value: [] }),
    'surveys.saveTemplate': (input) =>
      refuse
        ? {
            ok: false,
            error: {
              code: 'INVALID_INPUT',
              message: 'invalid',
              issues: [{ path: 'questions.1.text.zh-CN', message: 'tooLong' }],
            },
          }
        : {
            ok: true,
            value: { ...afterSales, ...(input as SurveyTemplateSave), id: 'tpl-new' } as SurveyTemplateView,
          },
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

const saved = (fake: ReturnType<typeof setup>) =>
  fake.calls.filter((c) => c.call === 'surveys.saveTemplate').map((c) => c.input as SurveyTemplateSave);
const type = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });
const slow = { timeout: 4000 };

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => setBridgeForTests(undefined));

describe('survey template editor', { timeout: 60_000 }, () => {
  it('refuses a template with a side missing, naming the fields, then saves both languages in the chosen order', async () => {
    const fake = setup('/surveys?tab=templates&edit=new');
    const save = await screen.findByRole('button', { name: 'Save template' }, slow);
    type('Name (English)', 'Delivery survey');
    type(/Question 1 \(English\)/, 'How satisfied are you with the delivery?');
    fireEvent.click(save);
    expect(await screen.findByText('4 fields need attention (marked in red).')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name (Chinese)' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /Question 1 \(Chinese\)/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByRole('textbox', { name: /Question 1 \(English\)/ })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(saved(fake)).toHaveLength(0);

    type('Name (Chinese)', '配送满意度');
    type('Invitation text (Chinese)', '{customer_name} 您好');
    type('Invitation text (English)', 'Hello {customer_name}');
    type(/Question 1 \(Chinese\)/, '您对配送满意吗？');
    // A single-choice question with its two options, then moved above the CSAT question.
    fireEvent.click(screen.getByRole('button', { name: 'Add a question' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Single choice' }));
    type(/Question 2 \(Chinese\)/, '快递员准时吗？');
    type(/Question 2 \(English\)/, 'Was the courier on time?');
    type('Option 1 of question 2 (Chinese)', '准时');
    type('Option 1 of question 2 (English)', 'On time');
    type('Option 2 of question 2 (Chinese)', '迟到');
    type('Option 2 of question 2 (English)', 'Late');
    fireEvent.click(screen.getByRole('button', { name: 'Move question 2 up' }));
    expect(screen.getByRole('textbox', { name: /Question 1 \(English\)/ })).toHaveValue(
      'Was the courier on time?',
    );

    // The preview reads as the customer would, in either language.
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(preview).toHaveTextContent('1. Was the courier on time?');
    expect(preview).toHaveTextContent('2. How satisfied are you with the delivery? *');
    fireEvent.click(within(preview).getByText('中文'));
    await waitFor(() => expect(preview).toHaveTextContent('1. 快递员准时吗？'));
    expect(preview).toHaveTextContent('○ 2. 迟到');

    fireEvent.click(save);
    await waitFor(() => expect(saved(fake)).toHaveLength(1));
    const input = saved(fake)[0]!;
    expect(input.id).toBeUndefined();
    expect(input.name).toEqual({ en: 'Delivery survey', 'zh-CN': '配送满意度' });
    expect(input.intro).toEqual({ en: 'Hello {customer_name}', 'zh-CN': '{customer_name} 您好' });
    expect(input.questions.map((q) => q.kind)).toEqual(['single_choice', 'csat']);
    expect(input.questions[0]).toMatchObject({
      required: false,
      text: { en: 'Was the courier on time?', 'zh-CN': '快递员准时吗？' },
      options: [{ label: { en: 'On time', 'zh-CN': '准时' } }, { label: { en: 'Late', 'zh-CN': '迟到' } }],
    });
    expect(input.questions[1]).toMatchObject({ kind: 'csat', required: true });
    // Back on the list once saved.
    expect(await screen.findByText('New template', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save template' })).not.toBeInTheDocument();
  });

  it('keeps answered questions (no remove, no kind change) and shows the API’s problem on the question it names', async () => {
    const fake = setup('/surveys?tab=templates', true);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit After-sales survey' }, slow));
    expect(await screen.findByRole('textbox', { name: 'Name (English)' })).toHaveValue('After-sales survey');
    expect(screen.getByRole('button', { name: 'Remove question 1' })).toBeDisabled();
    expect(screen.getAllByLabelText('Kind of question 2')[0]).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Remove question 3' })).toBeEnabled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove question 3' }));
    expect(screen.getAllByRole('group', { name: /^Question \d$/ })).toHaveLength(4);

    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(saved(fake)).toHaveLength(1));
    expect(saved(fake)[0]!.id).toBe('tpl-after');
    expect(saved(fake)[0]!.questions.map((q) => q.id)).toEqual(['csat', 'nps', 'channel', 'words']);
    expect(await screen.findByText('The template was not saved')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Question 2 (Chinese)' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });
});
