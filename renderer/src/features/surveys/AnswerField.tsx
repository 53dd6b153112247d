import type { KeyboardEvent } from 'react';
import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { surveyScales, type SurveyQuestion } from '../../../../shared/domain/surveys';
import type { AnswerDraft } from './phone-answers';
import { optionIndexOfKey, scoreKey, toggleOption } from './phone-keys';
import { localized } from './survey-format';

interface Props {
  number: number;
  question: SurveyQuestion;
  answer: AnswerDraft;
  /** A translated problem ("is required"), shown under the question. */
  error: string | undefined;
  active: boolean;
  /** Called with the element that takes the keys, so the form can move the focus to it. */
  focusRef(element: HTMLElement | null): void;
  onChange(next: AnswerDraft): void;
  onFocus(): void;
  /** Enter: the next question (or the save button after the last). */
  onNext(): void;
}

/**
 * One question of the phone interview. Scores and choices are a focusable group that takes digits (1–5,
 * 0–10 with "1""0" for 10, option numbers); Enter moves on; Backspace clears. The mouse works too.
 */
export function AnswerField({
  number,
  question: q,
  answer,
  error,
  active,
  focusRef,
  onChange,
  onFocus,
  onNext,
}: Props) {
  const { t, i18n } = useTranslation();
  const label = `${number}. ${localized(q.text, i18n.language)}`;
  const scale = q.kind === 'csat' || q.kind === 'nps' || q.kind === 'dimension' ? surveyScales[q.kind] : null;
  const options = q.kind === 'single_choice' || q.kind === 'multiple_choice' ? q.options : [];
  const errorId = `answer-error-${q.id}`;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      onNext();
      return;
    }
    if (scale && (q.kind === 'csat' || q.kind === 'nps' || q.kind === 'dimension')) {
      const next = scoreKey(q.kind, { value: answer.score, typed: answer.typed }, e.key);
      if (next) {
        e.preventDefault();
        onChange({ ...answer, score: next.value, typed: next.typed });
      }
      return;
    }
    if (e.key === 'Backspace' || e.key === 'Delete') {
      e.preventDefault();
      onChange({ ...answer, optionIds: [] });
      return;
    }
    const index = optionIndexOfKey(e.key, options.length);
    if (index === null) return;
    e.preventDefault();
    pick(options[index]!.id);
  };

  const pick = (id: string) =>
    onChange({
      ...answer,
      optionIds:
        q.kind === 'multiple_choice'
          ? toggleOption(
              answer.optionIds,
              id,
              options.map((o) => o.id),
            )
          : [id],
    });

  const buttons = scale
    ? Array.from({ length: scale.max - scale.min + 1 }, (_, k) => {
        const value = scale.min + k;
        return {
          key: String(value),
          text: String(value),
          on: answer.score === value,
          click: () => onChange({ ...answer, score: value, typed: '' }),
        };
      })
    : options.map((o, j) => ({
        key: o.id,
        text: `${j + 1}. ${localized(o.label, i18n.language)}`,
        on: answer.optionIds.includes(o.id),
        click: () => pick(o.id),
      }));

  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      bg={active ? 'blue.0' : undefined}
      style={{ borderColor: error ? 'var(--mantine-color-red-6)' : undefined }}
    >
      <Stack gap={6}>
        <Text size="sm" fw={600} id={`answer-label-${q.id}`}>
          {label}
          {q.required && (
            <Text span c="red" title={t('surveyEntry.phone.requiredMark')}>
              {' '}
              *
            </Text>
          )}
        </Text>
        {q.kind === 'free_text' ? (
          <Textarea
            ref={focusRef}
            aria-labelledby={`answer-label-${q.id}`}
            aria-describedby={error ? errorId : undefined}
            aria-invalid={!!error}
            rows={2}
            value={answer.text}
            onFocus={onFocus}
            onChange={(e) => onChange({ ...answer, text: e.currentTarget.value })}
            onKeyDown={(e) => {
              // Enter moves on; Shift+Enter is a new line within the answer.
              if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey) {
                e.preventDefault();
                onNext();
              }
            }}
          />
        ) : (
          <Group
            ref={focusRef}
            gap={6}
            tabIndex={0}
            role={q.kind === 'multiple_choice' ? 'group' : 'radiogroup'}
            aria-labelledby={`answer-label-${q.id}`}
            aria-describedby={error ? errorId : undefined}
            aria-invalid={!!error}
            onFocus={onFocus}
            onKeyDown={onKeyDown}
            p={4}
            style={{ outlineOffset: 2, borderRadius: 6 }}
          >
            {buttons.map((b) => (
              <Button
                key={b.key}
                size="compact-md"
                tabIndex={-1}
                role={q.kind === 'multiple_choice' ? 'checkbox' : 'radio'}
                aria-checked={b.on}
                variant={b.on ? 'filled' : 'default'}
                onClick={b.click}
                miw={scale ? 40 : undefined}
              >
                {b.text}
              </Button>
            ))}
          </Group>
        )}
        {error && (
          <Text size="xs" c="red" id={errorId}>
            {error}
          </Text>
        )}
        {active && (
          <Text size="xs" c="dimmed">
            {t(`surveyEntry.phone.keys.${q.kind}`)}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
