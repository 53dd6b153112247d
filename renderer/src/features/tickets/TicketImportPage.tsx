import { useState } from 'react';
import { Button, Group, Modal, Paper, Progress, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { notifyError } from '../../components/notify-error';
import { useShop } from '../../shop-context';
import { jobPercent, useImportJob } from '../imports/use-import-job';
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
  const [pathText, setPathText] = useState('');
  const { job, follow, clear, running } = useImportJob(['importTickets']);

  const choose = async () => {
    try {
      const choice = await api.files.choose({ purpose: 'ticketImport' });
      if (choice.manual) {
        setPathText(file ?? '');
        setAskPath(true);
      } else if (choice.path) setFile(choice.path);
    } catch (err) {
      notifyError(err);
    }
  };

  const start = async () => {
    if (!storefrontId || !file) return;
    clear();
    try {
      follow(await api.tickets.importFile({ storefrontId, path: file }));
    } catch (err) {
      notifyError(err);
    }
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
          {job && running && (
            <Stack gap={4}>
              <Text size="sm">{t('ticketImport.progress', { percent: jobPercent(job) })}</Text>
              <Progress
                value={jobPercent(job)}
                animated
                aria-label={t('ticketImport.progress', { percent: jobPercent(job) })}
              />
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                w="fit-content"
                onClick={() => api.jobs.cancel({ id: job.id }).catch(notifyError)}
              >
                {t('ticketImport.cancel')}
              </Button>
            </Stack>
          )}
          {job && !running && <TicketImportResult job={job} />}
        </Stack>
      </Paper>

      <Modal opened={askPath} onClose={() => setAskPath(false)} title={t('ticketImport.pathTitle')} size="lg">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!pathText.trim()) return;
            setFile(pathText.trim());
            clear();
            setAskPath(false);
          }}
        >
          <Stack>
            <Text size="sm" c="dimmed">
              {t('ticketImport.pathHint')}
            </Text>
            <TextInput
              label={t('ticketImport.path')}
              required
              data-autofocus
              value={pathText}
              placeholder="/home/me/after-sales.xlsx"
              onChange={(e) => setPathText(e.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAskPath(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" disabled={!pathText.trim()}>
                {t('ticketImport.use')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
