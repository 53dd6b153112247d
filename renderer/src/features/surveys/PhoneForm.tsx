import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Kbd, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyResponseView, SurveyTemplateView } from '../../../../shared/domain/survey-views';
import { checkSurveyAnswers } from '../../../../shared/logic/survey-answers';
import { api } from '../../api';
import { errorText, notifySuccess, translateIssue } from '../../components/notify-error';
import { AnswerField } from './AnswerField';
import { answersOf, emptyAnswer, type AnswerDraft } from './phone-answers';
import { localized } from './survey-format';

interface Props {
  template: SurveyTemplateView;
  /** The invitation being answered; without one the response links to nothing. */
  invitationId: string | null;
  onRecorded(response: SurveyResponseView): void;
}

/**
 * The phone interview: the agent reads each question and types the answer. Digits choose, Enter moves on
 * (after the last question to the save button), Ctrl+Enter saves from anywhere. Problems are checked with
 * the same rules as the API and named by question before anything is sent.
 */
export function PhoneForm({ template, invitationId, onRecorded }: Props) {
  const { t, i18n } = useTranslation();
  const questions = template.questions;
  const [drafts, setDrafts] = useState<Record<string, AnswerDraft>>({});
  const [active, setActive] = useState(0);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const fields = useRef<(HTMLElement | null)[]>([]);
  const saveButton = useRef<HTMLButtonElement>(null);
  const numberOf = new Map(questions.map((q, i) => [q.id, i + 1]));

  const focus = (index: number) => {
    if (index >= questions.length) saveButton.current?.focus();
    else fields.current[index]?.focus();
  };

  // Keyboard-first: the first question takes digits as soon as the form opens.
  useEffect(() => {
    fields.current[0]?.focus();
  }, []);

  const save = async () => {
    const answers = answersOf(questions, drafts);
    const found = checkSurveyAnswers(template, answers);
    const byQuestion = Object.fromEntries(found.map((p) => [p.questionId, translateIssue(p.key)]));
    setProblems(byQuestion);
    if (found.length) {
      setFailure(t('surveyEntry.phone.fix', { count: found.length }));
      focus(questions.findIndex((q) => byQuestion[q.id]));
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      const response = await api.surveys.recordResponse({
        templateId: template.id,
        ...(invitationId ? { invitationId } : {}),
        channel: 'phone',
        // The input schema's arrays are mutable; the domain's answers are read-only.
        answers: answers.map((a) =>
          a.kind === 'multiple_choice' ? { ...a, optionIds: [...a.optionIds] } : a,
        ),
      });
      notifySuccess(t('surveyEntry.phone.recorded'));
      setDrafts({});
      setActive(0);
      onRecorded(response);
    } catch (err) {
      setFailure(errorText(err).body);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="form"
      aria-label={t('surveyEntry.phone.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{localized(template.name, i18n.language)}</Title>
          <Text size="xs" c="dimmed">
            <Kbd>0</Kbd>–<Kbd>9</Kbd> {t('surveyEntry.phone.hintDigits')} · <Kbd>Enter</Kbd>{' '}
            {t('surveyEntry.phone.hintEnter')} · <Kbd>Ctrl</Kbd>+<Kbd>Enter</Kbd>{' '}
            {t('surveyEntry.phone.hintSave')}
          </Text>
        </Group>
        {failure && (
          <Alert color="red" title={t('surveyEntry.phone.notSaved')} style={{ whiteSpace: 'pre-line' }}>
            {failure}
            {Object.keys(problems).length > 0 && (
              <List size="sm" mt={4}>
                {Object.entries(problems).map(([id, message]) => {
                  const q = questions.find((x) => x.id === id);
                  return (
                    <List.Item key={id}>
                      {t('surveyEntry.phone.problem', {
                        number: numberOf.get(id) ?? '?',
                        question: q ? localized(q.text, i18n.language) : id,
                        message,
                      })}
                    </List.Item>
                  );
                })}
              </List>
            )}
          </Alert>
        )}
        {questions.map((q, i) => (
          <AnswerField
            key={q.id}
            number={i + 1}
            question={q}
            answer={drafts[q.id] ?? emptyAnswer}
            error={problems[q.id]}
            active={active === i}
            focusRef={(el) => {
              fields.current[i] = el;
            }}
            onFocus={() => setActive(i)}
            onChange={(next) => {
              setDrafts((d) => ({ ...d, [q.id]: next }));
              if (problems[q.id]) setProblems(({ [q.id]: _, ...rest }) => rest);
            }}
            onNext={() => focus(i + 1)}
          />
        ))}
        <Group justify="flex-end">
          <Button type="submit" ref={saveButton} loading={saving}>
            {t('surveyEntry.phone.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
