import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ActionsTab } from './ActionsTab';
import { InvitationsTab } from './InvitationsTab';
import { ResponsesTab } from './ResponsesTab';
import { ResultsTab } from './ResultsTab';
import { TemplatesTab } from './TemplatesTab';

export const surveyTabs = ['results', 'invitations', 'responses', 'templates', 'actions'] as const;
export type SurveyTab = (typeof surveyTabs)[number];

const tabOf = (value: string | null): SurveyTab =>
  (surveyTabs as readonly string[]).includes(value ?? '') ? (value as SurveyTab) : 'results';

/**
 * Satisfaction surveys (PRODUCT.md §8) on one page of tabs, the tab in the URL (?tab=invitations) so a link
 * or a reload opens the same one; each tab keeps its own filters in the URL too.
 */
export function SurveysPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = tabOf(params.get('tab'));
  return (
    <Stack>
      <div>
        <Title order={2}>{t('surveys.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('surveys.subtitle')}
        </Text>
      </div>
      <Tabs value={tab} onChange={(v) => v && setParams({ tab: v })} keepMounted={false} variant="outline">
        <Tabs.List aria-label={t('surveys.title')}>
          {surveyTabs.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`surveys.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="results" pt="md">
          <ResultsTab />
        </Tabs.Panel>
        <Tabs.Panel value="invitations" pt="md">
          <InvitationsTab />
        </Tabs.Panel>
        <Tabs.Panel value="responses" pt="md">
          <ResponsesTab />
        </Tabs.Panel>
        <Tabs.Panel value="templates" pt="md">
          <TemplatesTab />
        </Tabs.Panel>
        <Tabs.Panel value="actions" pt="md">
          <ActionsTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
