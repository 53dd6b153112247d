import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import {
  improvementStatuses,
  type ImprovementActionView,
  type ImprovementStatus,
} from '../../../../shared/domain/survey-views';
import { rootCauses, type RootCause } from '../../../../shared/domain/tickets';
import { api, ApiError } from '../../api';
import { errorText, notifySuccess, translateIssue } from '../../components/notify-error';
import { useShop } from '../../shop-context';

interface Props {
  /** null: a new action starting `today`. */
  action: ImprovementActionView | null;
  today: string;
  onClose(saved: boolean): void;
}

/** What the shop changes because of what customers said: who, from when to when, which root cause. */
export function ActionEditor({ action, today, onClose }: Props) {
  const { t } = useTranslation();
  const { staff } = useShop();
  const [title, setTitle] = useState(action?.title ?? '');
  const [ownerId, setOwnerId] = useState<string | null>(action?.ownerId ?? null);
  const [startDate, setStartDate] = useState<string | null>(action?.startDate ?? today);
  const [endDate, setEndDate] = useState<string | null>(action?.endDate ?? null);
  const [rootCause, setRootCause] = useState<RootCause | null>(action?.rootCause ?? null);
  const [status, setStatus] = useState<ImprovementStatus>(action?.status ?? 'planned');
  const [notes, setNotes] = useState(action?.notes ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const error = (field: string) => (errors[field] ? translateIssue(errors[field]) : undefined);

  const save = async () => {
    const local: Record<string, string> = {};
    if (!title.trim()) local.title = 'required';
    if (!startDate) local.startDate = 'required';
    if (startDate && endDate && endDate < startDate) local.endDate = 'improvementDates';
    setErrors(local);
    if (Object.keys(local).length) return;
    setSaving(true);
    try {
      await api.surveys.saveImprovementAction({
        ...(action ? { id: action.id } : {}),
        title: title.trim(),
        ownerId,
        startDate: startDate!,
        endDate,
        rootCause,
        status,
        notes: notes.trim() || null,
      });
      notifySuccess(t('surveyResults.actions.saved'));
      onClose(true);
    } catch (err) {
      if (err instanceof ApiError) setErrors(Object.fromEntries(err.issues.map((i) => [i.path, i.message])));
      setFailure(errorText(err).body);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened
      onClose={() => onClose(false)}
      title={action ? t('surveyResults.actions.editTitle') : t('surveyResults.actions.newTitle')}
      size="lg"
    >
      <Stack>
        {failure && (
          <Alert color="red" style={{ whiteSpace: 'pre-line' }}>
            {failure}
          </Alert>
        )}
        <TextInput
          label={t('surveyResults.actions.what')}
          value={title}
          required
          data-autofocus
          error={error('title')}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <Group grow>
          <Select
            label={t('surveyResults.actions.owner')}
            data={staff.map((s) => ({ value: s.id, label: s.name }))}
            value={ownerId}
            clearable
            onChange={setOwnerId}
          />
          <Select
            label={t('surveyResults.actions.rootCause')}
            data={rootCauses.map((c) => ({ value: c, label: t(`surveyResults.rootCauses.${c}`) }))}
            value={rootCause}
            clearable
            onChange={(v) => setRootCause(v as RootCause | null)}
          />
        </Group>
        <Group grow align="flex-start">
          <DateInput
            label={t('surveyResults.actions.start')}
            value={startDate}
            onChange={setStartDate}
            valueFormat="YYYY-MM-DD"
            required
            error={error('startDate')}
          />
          <DateInput
            label={t('surveyResults.actions.end')}
            value={endDate}
            onChange={setEndDate}
            valueFormat="YYYY-MM-DD"
            clearable
            error={error('endDate')}
          />
          <Select
            label={t('surveyResults.actions.status')}
            data={improvementStatuses.map((s) => ({ value: s, label: t(`surveyResults.statuses.${s}`) }))}
            value={status}
            allowDeselect={false}
            onChange={(v) => v && setStatus(v as ImprovementStatus)}
          />
        </Group>
        <Textarea
          label={t('surveyResults.actions.notes')}
          rows={3}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose(false)}>
            {t('common.cancel')}
          </Button>
          <Button loading={saving} onClick={() => void save()}>
            {t('surveyResults.actions.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
