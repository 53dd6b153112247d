import { useState } from 'react';
import { Badge, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/settings';
import { surveyScales } from '../../../../shared/domain/surveys';
import { languageOf } from './survey-format';
import type { TemplateDraft } from './template-draft';

const scaleOf = (kind: string) =>
  kind === 'csat' || kind === 'nps' || kind === 'dimension' ? surveyScales[kind] : null;

/**
 * The survey as the customer reads it, in either language whatever the interface speaks: the shop writes
 * both, and a missing side shows here before any customer sees it.
 */
export function TemplatePreview({ draft }: { draft: TemplateDraft }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>(languageOf(i18n.language));
  const zh = language === 'zh-CN';
  const missing = (
    <Text span c="red">
      {t('surveys.preview.missing')}
    </Text>
  );
  const say = (en: string, zhText: string) => (zh ? zhText : en).trim() || missing;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('surveys.preview.title')}>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('surveys.preview.title')}</Title>
        <SegmentedControl
          size="xs"
          value={language}
          onChange={(v) => setLanguage(v as Language)}
          data={[
            { value: 'zh-CN', label: '中文' },
            { value: 'en', label: 'English' },
          ]}
          aria-label={t('surveys.preview.language')}
        />
      </Group>
      <Stack gap="sm" lang={language}>
        <Text fw={700}>{say(draft.nameEn, draft.nameZh)}</Text>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {say(draft.introEn, draft.introZh)}
        </Text>
        {draft.questions.map((q, i) => {
          const scale = scaleOf(q.kind);
          return (
            <Stack key={q.id} gap={4}>
              <Text size="sm" fw={500}>
                {i + 1}. {say(q.en, q.zh)}
                {q.required && (
                  <Text span c="red">
                    {' '}
                    *
                  </Text>
                )}
              </Text>
              {scale && (
                <Group gap={4}>
                  {Array.from({ length: scale.max - scale.min + 1 }, (_, k) => (
                    <Badge key={k} variant="outline" color="gray" radius="sm">
                      {scale.min + k}
                    </Badge>
                  ))}
                </Group>
              )}
              {(q.kind === 'single_choice' || q.kind === 'multiple_choice') &&
                q.options.map((o, j) => (
                  <Text key={o.id} size="sm" pl="md">
                    {q.kind === 'single_choice' ? '○' : '□'} {j + 1}. {say(o.en, o.zh)}
                  </Text>
                ))}
              {q.kind === 'free_text' && (
                <Text size="sm" c="dimmed" pl="md">
                  ____________________
                </Text>
              )}
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}
