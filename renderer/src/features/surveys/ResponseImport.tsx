import { useState } from 'react';
import { Alert, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SurveyImportMapping } from '../../../../shared/api/schemas/surveys';
import type {
  SurveyImportInspection,
  SurveyImportSummary,
  SurveyTemplateView,
} from '../../../../shared/domain/survey-views';
import { api } from '../../api';
import { JobRunProgress } from '../../components/JobRunProgress';
import { notifyError } from '../../components/notify-error';
import { useJobRun } from '../../hooks/use-job-run';
import { useShop } from '../../shop-context';
import { usePickedPath } from '../backup/use-picked-path';
import { ImportSummaryView } from './ImportSummaryView';
import { SurveyMappingTable } from './SurveyMappingTable';
import { localized } from './survey-format';

/**
 * A form tool's export (csv/xlsx) in three steps: pick the survey and the file, map its columns to the
 * questions and to the columns that link a row (response id, order id, ticket number, phone, time), then
 * check (a plain call) and import (the importSurveyResponses job, with progress and cancel). All or nothing:
 * any problem is listed by row and column and nothing is written; a cancelled import writes nothing either.
 */
export function ResponseImport({ templates }: { templates: SurveyTemplateView[] }) {
  const { t, i18n } = useTranslation();
  const { storefronts } = useShop();
  // Until the person picks one, the first active survey (the list may arrive after this screen opens).
  const [chosen, setTemplateId] = useState<string | null>(null);
  const templateId = chosen ?? templates[0]?.id ?? null;
  const [path, setPath] = useState<string | null>(null);
  const [inspection, setInspection] = useState<SurveyImportInspection | null>(null);
  const [mapping, setMapping] = useState<SurveyImportMapping>({ questions: {} });
  const [storefrontId, setStorefrontId] = useState<string | null>(null);
  const [checked, setChecked] = useState<SurveyImportSummary | null>(null);
  const [busy, setBusy] = useState<'inspect' | 'check' | 'import' | null>(null);
  const importJob = useJobRun<SurveyImportSummary>('importSurveyResponses');
  const { running } = importJob;
  // The job's summary once it is done; until an import is started, the check's.
  const summary = importJob.job ? importJob.result : checked;
  const setSummary = (s: SurveyImportSummary | null) => {
    importJob.clear();
    setChecked(s);
  };
  const template = templates.find((tpl) => tpl.id === templateId) ?? null;
  // The responses are about one storefront (its orders are where order ids are looked up).
  const storefront = storefrontId ?? storefronts[0]?.id ?? null;

  const inspect = async (file: string) => {
    if (!templateId) return;
    setBusy('inspect');
    setSummary(null);
    try {
      const found = await api.surveys.inspectImport({ templateId, path: file });
      setPath(file);
      setInspection(found);
      setMapping({ ...found.suggested, questions: { ...found.suggested.questions } });
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  };
  const picker = usePickedPath({
    purpose: 'surveyImport',
    title: t('surveyEntry.import.pathTitle'),
    onPicked: (p) => void inspect(p),
  });

  const run = async (dryRun: boolean) => {
    if (!templateId || !path || !storefront) return;
    setBusy(dryRun ? 'check' : 'import');
    const input = { templateId, path, mapping, storefrontId: storefront };
    try {
      if (dryRun) setSummary(await api.surveys.checkImport(input));
      else {
        setChecked(null);
        await importJob.start(() => api.surveys.importResponses(input));
      }
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack>
      <Paper withBorder radius="md" p="md">
        <Title order={4} mb="xs">
          {t('surveyEntry.import.step1')}
        </Title>
        <Group align="flex-end">
          <Select
            label={t('surveyEntry.responses.template')}
            data={templates.map((tpl) => ({ value: tpl.id, label: localized(tpl.name, i18n.language) }))}
            value={templateId}
            allowDeselect={false}
            onChange={(v) => {
              setTemplateId(v);
              setInspection(null);
              setSummary(null);
            }}
            w={300}
          />
          <Button
            leftSection={<IconFileImport size={16} />}
            disabled={!templateId}
            loading={busy === 'inspect'}
            onClick={() => void picker.pick('survey-responses.xlsx')}
          >
            {t('surveyEntry.import.chooseFile')}
          </Button>
          {path && (
            <Text size="sm" c="dimmed" ff="monospace">
              {path}
            </Text>
          )}
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          {t('surveyEntry.import.hint')}
        </Text>
      </Paper>
      {inspection && template && (
        <Paper withBorder radius="md" p="md">
          <Title order={4} mb="xs">
            {t('surveyEntry.import.step2')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('surveyEntry.import.headerRow', {
              row: inspection.headerRow,
              columns: inspection.headers.length,
            })}
          </Text>
          <SurveyMappingTable
            template={template}
            inspection={inspection}
            mapping={mapping}
            onChange={setMapping}
          />
          <Group align="flex-end" mt="md">
            <Select
              label={t('surveyEntry.import.storefront')}
              description={t('surveyEntry.import.storefrontHint')}
              data={storefronts.map((s) => ({ value: s.id, label: s.name }))}
              value={storefront}
              allowDeselect={false}
              required
              onChange={setStorefrontId}
              w={260}
            />
            <Button
              variant="default"
              loading={busy === 'check'}
              disabled={!!busy || running || !storefront}
              onClick={() => void run(true)}
            >
              {t('surveyEntry.import.check')}
            </Button>
            <Button
              loading={busy === 'import' || running}
              disabled={!!busy || running || !storefront}
              onClick={() => void run(false)}
            >
              {t('surveyEntry.import.run')}
            </Button>
          </Group>
        </Paper>
      )}
      {running && (
        <Alert color="blue" title={t('surveyEntry.import.progress', { percent: importJob.progress })}>
          <JobRunProgress
            run={importJob}
            label={t('surveyEntry.import.progress', { percent: importJob.progress })}
            text={t('surveyEntry.import.running')}
            cancelLabel={t('surveyEntry.import.cancel')}
            gap="xs"
          />
        </Alert>
      )}
      {importJob.cancelled && <Alert color="gray">{t('surveyEntry.import.cancelled')}</Alert>}
      {importJob.error !== null && (
        <Alert color="red">{t('surveyEntry.import.failed', { message: importJob.error })}</Alert>
      )}
      {summary && <ImportSummaryView summary={summary} />}
      {picker.prompt}
    </Stack>
  );
}
