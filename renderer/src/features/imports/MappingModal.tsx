import { useCallback, useState } from 'react';
import { Alert, Button, Group, Loader, Modal, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FileInspection } from '../../../../shared/domain/import-inspection';
import type { GenericField } from '../../../../shared/domain/order-mapping';
import { api } from '../../api';
import { issuesByField } from '../../components/form-errors';
import { notifySuccess } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';
import { useSaveForm } from '../../hooks/use-save-form';
import { MappingFields } from './MappingFields';
import { StatusValueMap } from './StatusValueMap';
import {
  draftSettings,
  initialDraft,
  missingFields,
  unmappedStatuses,
  type MappingDraft,
  type StatusValues,
} from './mapping-draft';

interface MappingTarget {
  storefrontId: string;
  file: string;
}

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/**
 * The column-mapping screen of the generic importer: reads the file's head (inspectFile), lets the person
 * say which column is which field, saves that for the storefront and header row, then hands over to the import.
 */
export function MappingModal({
  storefrontId,
  file,
  onClose,
  onSaved,
}: MappingTarget & { onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const inspected = useApiQuery(
    () => api.imports.inspectFile({ storefrontId, path: file }),
    [storefrontId, file],
  );
  return (
    <Modal opened onClose={onClose} title={t('imports.mapping.title', { file: baseName(file) })} size="xl">
      {inspected.loading && (
        <Group gap="xs">
          <Loader size="sm" />
          <Text size="sm">{t('imports.mapping.loading')}</Text>
        </Group>
      )}
      {!inspected.loading && !inspected.data && (
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Group>
      )}
      {inspected.data && (
        <MappingEditor
          storefrontId={storefrontId}
          file={file}
          inspection={inspected.data}
          onCancel={onClose}
          onSaved={onSaved}
        />
      )}
    </Modal>
  );
}

function MappingEditor({
  storefrontId,
  file,
  inspection,
  onCancel,
  onSaved,
}: MappingTarget & { inspection: FileInspection; onCancel(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<MappingDraft>(() => initialDraft(inspection));
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const statusColumn = draft.mapping.status ?? null;

  // The inspection listed the values of the suggested (or saved) status column; another column is read anew.
  const otherColumn = statusColumn !== null && statusColumn !== inspection.statusHeader ? statusColumn : null;
  const other = useApiQuery(
    () =>
      otherColumn
        ? api.imports.inspectFile({ storefrontId, path: file, statusHeader: otherColumn })
        : Promise.resolve(null),
    [otherColumn],
  );
  const statusValues: StatusValues | null =
    otherColumn === null ? inspection : other.data?.statusHeader === otherColumn ? other.data : null;

  const missing = missingFields(draft.mapping);
  const unmapped = statusColumn && statusValues ? unmappedStatuses(draft, statusValues) : [];
  const ready = Object.keys(missing).length === 0 && unmapped.length === 0 && statusValues !== null;

  const { saving, run } = useSaveForm({
    convert: (d: MappingDraft) =>
      ready ? { storefrontId, headers: inspection.headers, settings: draftSettings(d) } : null,
    save: (input) => api.imports.saveMapping(input),
    done: () => {
      notifySuccess(t('imports.mapping.saved'));
      onSaved();
    },
    setErrors: setServerErrors,
    toErrors: (issues) => issuesByField(issues, (p) => p.replace(/^settings\.mapping\./, '')),
  });

  // Stable, so the memoized field rows re-render only when their own value changes.
  const setField = useCallback((field: GenericField, header: string | null) => {
    setServerErrors((errors) => {
      const rest = { ...errors };
      delete rest[field];
      return rest;
    });
    setDraft((d) => {
      const mapping = { ...d.mapping };
      if (header) mapping[field] = header;
      else delete mapping[field];
      return { ...d, mapping };
    });
  }, []);

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('imports.mapping.intro')} {t('imports.mapping.headerRow', { row: inspection.headerRow })}
      </Text>
      {inspection.detected && (
        <Alert color="blue">
          {t('imports.mapping.detected', { format: t(`imports.formats.${inspection.detected}`) })}
        </Alert>
      )}
      {inspection.saved && (
        <Text size="sm" c="teal">
          {t('imports.mapping.savedNote')}
        </Text>
      )}
      <MappingFields
        inspection={inspection}
        mapping={draft.mapping}
        errors={{ ...missing, ...serverErrors }}
        onChange={setField}
      />
      <Text size="xs" c="dimmed">
        {t('imports.mapping.priceHint')}
      </Text>
      <StatusValueMap
        draft={draft}
        values={statusValues}
        onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
      />
      <Switch
        label={t('imports.mapping.dayFirst')}
        checked={draft.dayFirst}
        onChange={(e) => {
          const dayFirst = e.currentTarget.checked;
          setDraft((d) => ({ ...d, dayFirst }));
        }}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void run(draft)} loading={saving} disabled={!ready}>
          {t('imports.mapping.save')}
        </Button>
      </Group>
    </Stack>
  );
}
