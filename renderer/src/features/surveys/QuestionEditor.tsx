import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  surveyDimensions,
  surveyQuestionKinds,
  type SurveyDimension,
  type SurveyQuestionKind,
} from '../../../../shared/domain/surveys';
import { translateIssue } from '../../components/notify-error';
import { changeKind, newOption, type OptionDraft, type QuestionDraft } from './template-draft';

interface Props {
  index: number;
  count: number;
  question: QuestionDraft;
  /** Answered questions cannot go or change kind (the API refuses it): the template is archived instead. */
  answered: boolean;
  /** Validation keys by field name within the draft ("questions.2.en"). */
  errors: Record<string, string>;
  onChange(next: QuestionDraft): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

/** One question of the template editor: kind, both texts, required flag, options for choice questions. */
export function QuestionEditor({
  index,
  count,
  question: q,
  answered,
  errors,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const { t } = useTranslation();
  const number = index + 1;
  const field = (name: string) => {
    const key = errors[`questions.${index}.${name}`];
    return key ? translateIssue(key) : undefined;
  };
  const setOption = (j: number, patch: Partial<OptionDraft>) =>
    onChange({ ...q, options: q.options.map((o, k) => (k === j ? { ...o, ...patch } : o)) });
  const choice = q.kind === 'single_choice' || q.kind === 'multiple_choice';

  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="fieldset"
      aria-label={t('surveys.editor.question', { number })}
    >
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Badge variant="light">{t('surveys.editor.question', { number })}</Badge>
          {answered && (
            <Text size="xs" c="dimmed">
              {t('surveys.editor.answered')}
            </Text>
          )}
        </Group>
        <Group gap={4}>
          <ActionIcon
            variant="subtle"
            disabled={index === 0}
            onClick={() => onMove(-1)}
            aria-label={t('surveys.editor.moveUp', { number })}
          >
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
            aria-label={t('surveys.editor.moveDown', { number })}
          >
            <IconArrowDown size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            disabled={answered}
            onClick={onRemove}
            aria-label={t('surveys.editor.remove', { number })}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      </Group>
      <Stack gap="xs">
        <Group grow align="flex-start">
          <Select
            label={t('surveys.editor.kind', { number })}
            data={surveyQuestionKinds.map((k) => ({ value: k, label: t(`surveys.kinds.${k}`) }))}
            value={q.kind}
            disabled={answered}
            allowDeselect={false}
            error={field('kind')}
            onChange={(v) => v && onChange(changeKind(q, v as SurveyQuestionKind))}
          />
          {q.kind === 'dimension' ? (
            <Select
              label={t('surveys.editor.dimension', { number })}
              data={surveyDimensions.map((d) => ({ value: d, label: t(`surveys.dimensions.${d}`) }))}
              value={q.dimension}
              allowDeselect={false}
              onChange={(v) => v && onChange({ ...q, dimension: v as SurveyDimension })}
            />
          ) : (
            <Text size="xs" c="dimmed" pt={28}>
              {t(`surveys.scales.${q.kind}`)}
            </Text>
          )}
        </Group>
        <TextInput
          label={t('surveys.editor.textZh', { number })}
          value={q.zh}
          error={field('zh')}
          onChange={(e) => onChange({ ...q, zh: e.currentTarget.value })}
        />
        <TextInput
          label={t('surveys.editor.textEn', { number })}
          value={q.en}
          error={field('en')}
          onChange={(e) => onChange({ ...q, en: e.currentTarget.value })}
        />
        <Switch
          label={t('surveys.editor.required', { number })}
          checked={q.required}
          onChange={(e) => onChange({ ...q, required: e.currentTarget.checked })}
        />
        {choice && (
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('surveys.editor.options')}
            </Text>
            {field('options') && (
              <Text size="xs" c="red">
                {field('options')}
              </Text>
            )}
            {q.options.map((o, j) => {
              const name = { number, option: j + 1 };
              const optionError = (lang: 'en' | 'zh') => field(`options.${j}.${lang}`);
              return (
                <Group key={o.id} gap="xs" align="flex-start" grow>
                  <TextInput
                    aria-label={t('surveys.editor.optionZh', name)}
                    placeholder={t('surveys.editor.optionZh', name)}
                    value={o.zh}
                    error={optionError('zh')}
                    onChange={(e) => setOption(j, { zh: e.currentTarget.value })}
                  />
                  <TextInput
                    aria-label={t('surveys.editor.optionEn', name)}
                    placeholder={t('surveys.editor.optionEn', name)}
                    value={o.en}
                    error={optionError('en')}
                    onChange={(e) => setOption(j, { en: e.currentTarget.value })}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    maw={28}
                    mt={4}
                    onClick={() => onChange({ ...q, options: q.options.filter((_, k) => k !== j) })}
                    aria-label={t('surveys.editor.removeOption', name)}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                </Group>
              );
            })}
            <Group>
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={<IconPlus size={14} />}
                onClick={() => onChange({ ...q, options: [...q.options, newOption()] })}
              >
                {t('surveys.editor.addOption', { number })}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
