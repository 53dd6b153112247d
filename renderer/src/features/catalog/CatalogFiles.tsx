import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Menu, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconChevronDown, IconFileSpreadsheet } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ImportMessage, ImportSummary } from '../../../../shared/domain/catalog';
import type { FilePurpose } from '../../../../shared/domain/files';
import type { JobInfo } from '../../../../shared/domain/jobs';
import { api, onEvent } from '../../api';
import { notifyError, notifySuccess, translateIssue } from '../../components/notify-error';
import { useCostsHidden } from '../../components/use-costs-hidden';

interface Action {
  purpose: FilePurpose;
  format?: 'xlsx' | 'csv';
  defaultName: string;
}

type Outcome = { summary: ImportSummary } | { failed: string };

function MessagesTable({ rows, label }: { rows: ImportMessage[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Table fz="sm" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={70}>{t('catalogFiles.row')}</Table.Th>
          <Table.Th w={160}>{t('catalogFiles.column')}</Table.Th>
          <Table.Th>{t('catalogFiles.problem')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((m, i) => (
          <Table.Tr key={i}>
            <Table.Td>{m.row || t('common.none')}</Table.Td>
            <Table.Td>{m.column || t('common.none')}</Table.Td>
            {/* The app's words for the key when it has them; the server's English otherwise. */}
            <Table.Td>{translateIssue(m.key) === m.key ? m.message : translateIssue(m.key)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * Catalog import, export and template download. The desktop app picks files in native dialogs; the browser
 * preview has none, so there the person types the path.
 */
export function CatalogFiles() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const [manual, setManual] = useState<Action | null>(null);
  // The catalog file carries costs: core refuses its import to the service role and leaves them out of exports.
  const costsHidden = useCostsHidden();
  const [pathText, setPathText] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  // The import job's id, and jobs that ended before start() answered (a small file can finish first).
  const importing = useRef<string | null>(null);
  const ended = useRef(new Map<string, JobInfo>());

  const finish = (job: JobInfo) => {
    importing.current = null;
    setBusy(false);
    if (job.state === 'done' && job.message)
      setOutcome({ summary: JSON.parse(job.message) as ImportSummary });
    else if (job.state === 'failed') setOutcome({ failed: job.message ?? '' });
  };

  useEffect(
    () =>
      onEvent('jobs:progress', (job) => {
        if (job.kind !== 'importProducts' || job.state === 'running') return;
        if (job.id === importing.current) finish(job);
        else ended.current.set(job.id, job);
      }),
    [],
  );

  const run = async (action: Action, path: string) => {
    setBusy(true);
    try {
      if (action.purpose === 'catalogImport') {
        const job = await api.catalog.importProducts({ path });
        notifySuccess(t('catalogFiles.importing', { path }));
        const already = ended.current.get(job.id) ?? (job.state === 'running' ? undefined : job);
        if (already) finish(already);
        else importing.current = job.id;
        return;
      }
      const call =
        action.purpose === 'catalogExport' ? api.catalog.exportProducts : api.catalog.productTemplate;
      const written = await call({ path, lang, format: action.format });
      notifySuccess(
        action.purpose === 'catalogExport'
          ? t('catalogFiles.exported', { rows: written.rows, path: written.path })
          : t('catalogFiles.templateSaved', { path: written.path }),
      );
      setBusy(false);
    } catch (err) {
      setBusy(false);
      notifyError(err);
    }
  };

  const start = async (action: Action) => {
    try {
      const choice = await api.files.choose({ purpose: action.purpose, defaultName: action.defaultName });
      if (choice.manual) {
        setPathText('');
        setManual(action);
      } else if (choice.path) await run(action, choice.path);
    } catch (err) {
      notifyError(err);
    }
  };

  const today = dayjs().format('YYYY-MM-DD');
  const actions: { label: string; action: Action }[] = [
    { label: t('catalogFiles.import'), action: { purpose: 'catalogImport', defaultName: '' } },
    {
      label: t('catalogFiles.exportXlsx'),
      action: { purpose: 'catalogExport', format: 'xlsx', defaultName: `channeldesk-products-${today}.xlsx` },
    },
    {
      label: t('catalogFiles.exportCsv'),
      action: { purpose: 'catalogExport', format: 'csv', defaultName: `channeldesk-products-${today}.csv` },
    },
    {
      label: t('catalogFiles.template'),
      action: {
        purpose: 'catalogTemplate',
        format: 'xlsx',
        defaultName: 'channeldesk-product-template.xlsx',
      },
    },
  ];
  const summary = outcome && 'summary' in outcome ? outcome.summary : null;

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            loading={busy}
            leftSection={<IconFileSpreadsheet size={16} />}
            rightSection={<IconChevronDown size={14} />}
          >
            {t('catalogFiles.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {actions
            .filter(({ action }) => !(costsHidden && action.purpose === 'catalogImport'))
            .map(({ label, action }) => (
              <Menu.Item key={label} onClick={() => void start(action)}>
                {label}
              </Menu.Item>
            ))}
        </Menu.Dropdown>
      </Menu>

      <Modal opened={!!manual} onClose={() => setManual(null)} title={t('catalogFiles.pathTitle')} size="lg">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const action = manual;
            if (!action || !pathText.trim()) return;
            setManual(null);
            void run(action, pathText.trim());
          }}
        >
          <Stack>
            <Text size="sm" c="dimmed">
              {t('catalogFiles.pathHint')}
            </Text>
            <TextInput
              label={t('catalogFiles.path')}
              required
              data-autofocus
              value={pathText}
              placeholder={manual?.defaultName ? `/home/me/${manual.defaultName}` : '/home/me/products.xlsx'}
              onChange={(e) => setPathText(e.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setManual(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" disabled={!pathText.trim()}>
                {t('catalogFiles.continue')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>

      <Modal
        opened={!!outcome}
        onClose={() => setOutcome(null)}
        title={t('catalogFiles.resultTitle')}
        size="xl"
      >
        <Stack>
          {outcome && 'failed' in outcome && (
            <Alert color="red">{t('catalogFiles.failed', { message: outcome.failed })}</Alert>
          )}
          {summary && summary.errors.length > 0 && (
            <>
              <Alert color="red">{t('catalogFiles.rejected', { count: summary.errors.length })}</Alert>
              <MessagesTable rows={summary.errors} label={t('catalogFiles.problem')} />
            </>
          )}
          {summary && summary.errors.length === 0 && (
            <Alert color="teal">{t('catalogFiles.imported', { ...summary })}</Alert>
          )}
          {summary && summary.warnings.length > 0 && (
            <>
              <Text fw={600} size="sm">
                {t('catalogFiles.warnings')}
              </Text>
              <MessagesTable rows={summary.warnings} label={t('catalogFiles.warnings')} />
            </>
          )}
          <Group justify="flex-end">
            <Button onClick={() => setOutcome(null)}>{t('common.close')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
