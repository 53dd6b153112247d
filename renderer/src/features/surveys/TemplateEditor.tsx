import { useState } from 'react';
import { Alert, Button, Grid, Group, Menu, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { IconChevronDown, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SurveyTemplateView } from '../../../../shared/domain/survey-views';
import { surveyQuestionKinds } from '../../../../shared/domain/surveys';
import { api, ApiError } from '../../api';
import { errorText, notifySuccess, translateIssue } from '../../components/notify-error';
import { QuestionEditor } from './QuestionEditor';
import { localized } from './survey-format';
import { TemplatePreview } from './TemplatePreview';
import {
  checkDraft,
  draftOf,
  emptyDraft,
  moveQuestion,
  newQuestion,
  saveInputOf,
  type TemplateDraft,
} from './template-draft';

/** An API issue path (questions.2.text.zh-CN, name.en) as the draft's field name (questions.2.zh, nameEn). */
export function draftFieldOf(path: string): string {
  return path
    .replace(/^(name|intro)\.en$/, (_, f: string) => `${f}En`)
    .replace(/^(name|intro)\.zh-CN$/, (_, f: string) => `${f}Zh`)
    .replace(/\.text\.en$/, '.en')
    .replace(/\.text\.zh-CN$/, '.zh')
    .replace(/\.label\.en$/, '.en')
    .replace(/\.label\.zh-CN$/, '.zh');
}

interface Props {
  template: SurveyTemplateView | null;
  onDone(saved: SurveyTemplateView | null): void;
}

/** Creates or edits a bilingual template; the preview beside it shows either language as customers read it. */
export function TemplateEditor({ template, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<TemplateDraft>(() => (template ? draftOf(template) : emptyDraft()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const answered = new Set(template?.answeredQuestionIds ?? []);
  const set = (patch: Partial<TemplateDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const error = (field: string) => (errors[field] ? translateIssue(errors[field]) : undefined);

  const save = async () => {
    const problems = checkDraft(draft);
    setErrors(Object.fromEntries(problems.map((p) => [p.field, p.key])));
    setFailure(problems.length ? t('surveys.editor.fixProblems', { count: problems.length }) : null);
    if (problems.length) return;
    setSaving(true);
    try {
      const saved = await api.surveys.saveTemplate(saveInputOf(draft));
      notifySuccess(t('surveys.editor.saved', { name: localized(saved.name, i18n.language) }));
      onDone(saved);
    } catch (err) {
      if (err instanceof ApiError)
        setErrors(Object.fromEntries(err.issues.map((i) => [draftFieldOf(i.path), i.message])));
      setFailure(errorText(err).body);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Grid>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack>
          <Group justify="space-between">
            <Title order={3}>{template ? t('surveys.editor.editTitle') : t('surveys.editor.newTitle')}</Title>
            <Group gap="xs">
              <Button variant="default" onClick={() => onDone(null)}>
                {t('common.cancel')}
              </Button>
              <Button onClick={() => void save()} loading={saving}>
                {t('surveys.editor.save')}
              </Button>
            </Group>
          </Group>
          {failure && (
            <Alert color="red" style={{ whiteSpace: 'pre-line' }} title={t('surveys.editor.notSaved')}>
              {failure}
            </Alert>
          )}
          <Paper withBorder radius="md" p="sm">
            <Stack gap="xs">
              <Group grow align="flex-start">
                <TextInput
                  label={t('surveys.editor.nameZh')}
                  value={draft.nameZh}
                  error={error('nameZh')}
                  onChange={(e) => set({ nameZh: e.currentTarget.value })}
                />
                <TextInput
                  label={t('surveys.editor.nameEn')}
                  value={draft.nameEn}
                  error={error('nameEn')}
                  onChange={(e) => set({ nameEn: e.currentTarget.value })}
                />
              </Group>
              <Textarea
                label={t('surveys.editor.introZh')}
                description={t('surveys.editor.introHint')}
                rows={2}
                value={draft.introZh}
                error={error('introZh')}
                onChange={(e) => set({ introZh: e.currentTarget.value })}
              />
              <Textarea
                label={t('surveys.editor.introEn')}
                rows={2}
                value={draft.introEn}
                error={error('introEn')}
                onChange={(e) => set({ introEn: e.currentTarget.value })}
              />
            </Stack>
          </Paper>
          {error('questions') && (
            <Alert color="red" variant="light">
              {t('surveys.editor.questionsField')} {error('questions')}
            </Alert>
          )}
          {draft.questions.map((q, i) => (
            <QuestionEditor
              key={q.id}
              index={i}
              count={draft.questions.length}
              question={q}
              answered={answered.has(q.id)}
              errors={errors}
              onChange={(next) => set({ questions: draft.questions.map((x, k) => (k === i ? next : x)) })}
              onMove={(by) => set({ questions: moveQuestion(draft.questions, i, by) })}
              onRemove={() => set({ questions: draft.questions.filter((_, k) => k !== i) })}
            />
          ))}
          <Menu position="bottom-start">
            <Menu.Target>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} />}
                rightSection={<IconChevronDown size={14} />}
                w="fit-content"
              >
                {t('surveys.editor.addQuestion')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {surveyQuestionKinds.map((kind) => (
                <Menu.Item
                  key={kind}
                  onClick={() => set({ questions: [...draft.questions, newQuestion(kind)] })}
                >
                  {t(`surveys.kinds.${kind}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <TemplatePreview draft={draft} />
      </Grid.Col>
    </Grid>
  );
}
