import { useState } from 'react';
import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { JobRunProgress } from '../../components/JobRunProgress';
import { PathModal, pathTexts } from '../../components/PathModal';
import { notifyError } from '../../components/notify-error';
import { useJobRun } from '../../hooks/use-job-run';
import { useShop } from '../../shop-context';
import { TicketImportResult } from './TicketImportResult';

/**
 * /tickets/import: a platform's after-sales export in, as the importTickets job with progress and cancel.
 * The desktop app picks the file in a native dialog; the browser preview asks for its path.
 */
export function TicketImportPage() {
  const { t } = useTranslation();
  const { storefronts } = useShop();
  const active = storefronts.filter((s) => !s.archived);
  const [storefrontId, setStorefrontId] = useState<string | null>(null);
  const [file, setFile] = useState<string | null>(null);
  const [askPath, setAskPath] = useState(false);
  const run = useJobRun('importTickets');
  const { job, running } = run;

  const choose = async () => {
    try {
      const choice = await api.files.choose({ purpose: 'ticketImport' });
      if (choice.manual) setAskPath(true);
      else if (choice.path) setFile(choice.path);
    } catch (err) {
      notifyError(err);
    }
  };

  const start = async () => {
    if (!storefrontId || !file) return;
    await run.start(() => api.tickets.importFile({ storefrontId, path: file }));
  };

  return (
    <Stack>
      <div>
        <Title order={2}>{t('ticketImport.title')}</Title>
        <Text c="dimmed" size="sm" maw={900}>
          {t('ticketImport.intro')}
        </Text>
      </div>
      <Paper withBorder p="md" component="section" aria-label={t('ticketImport.title')}>
        <Stack>
          <Select
            label={t('ticketImport.storefront')}
            required
            searchable
            value={storefrontId}
            onChange={setStorefrontId}
            data={active.map((s) => ({ value: s.id, label: `${s.name} (${t(`platforms.${s.platform}`)})` }))}
            w={360}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('ticketImport.file')}
            </Text>
            <Text size="sm" ff={file ? 'monospace' : undefined} c={file ? undefined : 'dimmed'}>
              {file ?? t('ticketImport.noFile')}
            </Text>
          </Stack>
          <Group>
            <Button
              variant="default"
              leftSection={<IconFilePlus size={16} />}
              onClick={() => void choose()}
              disabled={running}
            >
              {t('ticketImport.choose')}
            </Button>
            <Button onClick={() => void start()} disabled={!storefrontId || !file || running}>
              {t('ticketImport.start')}
            </Button>
          </Group>
          <JobRunProgress
            run={run}
            label={t('ticketImport.progress', { percent: run.progress })}
            cancelLabel={t('ticketImport.cancel')}
          />
          {job && !running && <TicketImportResult job={job} />}
        </Stack>
      </Paper>

      <PathModal
        opened={askPath}
        texts={pathTexts(t, 'ticketImport', 'use', '/home/me/after-sales.xlsx')}
        initial={file ?? ''}
        onClose={() => setAskPath(false)}
        onPath={(path) => {
          setFile(path);
          run.clear();
        }}
      />
    </Stack>
  );
}
