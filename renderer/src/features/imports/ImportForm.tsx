import { useState } from 'react';
import { ActionIcon, Button, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconColumns, IconFilePlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { orderFormats, type OrderFormatChoice } from '../../../../shared/domain/orders';
import { api } from '../../api';
import { JobRunProgress } from '../../components/JobRunProgress';
import { PathModal, pathTexts } from '../../components/PathModal';
import { notifyError } from '../../components/notify-error';
import { useJobRun } from '../../hooks/use-job-run';
import { useShop } from '../../shop-context';
import { ImportResult } from './ImportResult';
import { MappingModal } from './MappingModal';

type Kind = 'orders' | 'fees';

/**
 * Choose a storefront, the file(s) and (rarely) the format, then import as a job with a progress bar and cancel.
 * The desktop app picks files in a native dialog; the browser preview asks for the path. A file no platform
 * writes is imported as "other file" through the column-mapping screen (MappingModal), one file at a time.
 */
export function ImportForm() {
  const { t } = useTranslation();
  const { storefronts } = useShop();
  const active = storefronts.filter((s) => !s.archived);
  const [kind, setKind] = useState<Kind>('orders');
  const [storefrontId, setStorefrontId] = useState<string | null>(null);
  const [format, setFormat] = useState<OrderFormatChoice>('auto');
  const [files, setFiles] = useState<string[]>([]);
  const [askPath, setAskPath] = useState(false);
  const [mapping, setMapping] = useState(false);
  const run = useJobRun('importOrders', 'importFees');
  const { job, running } = run;

  const addPath = (path: string) => setFiles((list) => (list.includes(path) ? list : [...list, path]));

  const chooseFile = async () => {
    try {
      const choice = await api.files.choose({ purpose: kind === 'orders' ? 'orderImport' : 'feeImport' });
      if (choice.manual) setAskPath(true);
      else if (choice.path) addPath(choice.path);
    } catch (err) {
      notifyError(err);
    }
  };

  const canMap = kind === 'orders' && !!storefrontId && files.length === 1;

  // `as` is the format right after the mapping screen switched it: this render's `format` is not updated yet.
  const start = async (as: OrderFormatChoice = format) => {
    if (!storefrontId || !files.length) return;
    await run.start(() =>
      kind === 'orders'
        ? api.imports.importOrders({ storefrontId, files, format: as })
        : api.imports.importFees({ storefrontId, files }),
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-label={t('imports.title')}>
      <Stack>
        <SegmentedControl
          value={kind}
          onChange={(v) => {
            setKind(v as Kind);
            setFiles([]);
            run.clear();
          }}
          data={[
            { value: 'orders', label: t('imports.kindOrders') },
            { value: 'fees', label: t('imports.kindFees') },
          ]}
          w="fit-content"
        />
        <Group grow align="flex-start">
          <Select
            label={t('imports.storefront')}
            required
            searchable
            value={storefrontId}
            onChange={setStorefrontId}
            data={active.map((s) => ({ value: s.id, label: `${s.name} (${t(`platforms.${s.platform}`)})` }))}
          />
          {kind === 'orders' && (
            <Select
              label={t('imports.format')}
              value={format}
              allowDeselect={false}
              onChange={(v) => setFormat((v ?? 'auto') as OrderFormatChoice)}
              data={[
                { value: 'auto', label: t('imports.formatAuto') },
                ...orderFormats.map((f) => ({ value: f, label: t(`imports.formats.${f}`) })),
                { value: 'generic', label: t('imports.formatGeneric') },
              ]}
            />
          )}
        </Group>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('imports.files')}
          </Text>
          {kind === 'orders' && (
            <Text size="xs" c="dimmed">
              {t('imports.filesHint')}
            </Text>
          )}
          {files.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('imports.noFiles')}
            </Text>
          )}
          {files.map((f) => (
            <Group key={f} gap="xs">
              <Text size="sm" ff="monospace">
                {f}
              </Text>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`${t('imports.remove')} ${f}`}
                onClick={() => setFiles((list) => list.filter((x) => x !== f))}
              >
                <IconX size={14} />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              leftSection={<IconFilePlus size={16} />}
              onClick={() => void chooseFile()}
              disabled={running}
            >
              {t('imports.addFile')}
            </Button>
            {format === 'generic' && canMap && (
              <Button
                variant="default"
                leftSection={<IconColumns size={16} />}
                onClick={() => setMapping(true)}
                disabled={running}
              >
                {t('imports.mapColumns')}
              </Button>
            )}
            <Button onClick={() => void start()} disabled={!storefrontId || !files.length || running}>
              {t('imports.start')}
            </Button>
          </Group>
        </Stack>
        <JobRunProgress
          run={run}
          label={t('imports.progress', { percent: run.progress })}
          cancelLabel={t('imports.cancel')}
        />
        {job && !running && (
          <ImportResult
            job={job}
            onMapColumns={
              canMap
                ? () => {
                    setFormat('generic');
                    setMapping(true);
                  }
                : undefined
            }
          />
        )}
      </Stack>

      {mapping && storefrontId && files[0] && (
        <MappingModal
          storefrontId={storefrontId}
          file={files[0]}
          onClose={() => setMapping(false)}
          onSaved={() => {
            setMapping(false);
            setFormat('generic');
            void start('generic');
          }}
        />
      )}

      <PathModal
        opened={askPath}
        texts={pathTexts(t, 'imports', 'add', '/home/me/orders_export_1.csv')}
        onClose={() => setAskPath(false)}
        onPath={addPath}
      />
    </Paper>
  );
}
