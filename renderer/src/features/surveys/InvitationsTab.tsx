import { useState } from 'react';
import { Button, Group, Pagination, Paper, Select, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconChecks, IconShoppingBagCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import {
  invitationStatuses,
  type InvitationStatus,
  type SurveyInvitationRow,
} from '../../../../shared/domain/survey-views';
import { surveyTriggers, type SurveyTrigger } from '../../../../shared/domain/surveys';
import { isCalendarDate } from '../../../../shared/api/schemas/common';
import { localDate } from '../../../../shared/logic/dates';
import { presetPeriod } from '../../../../shared/logic/period-presets';
import { api } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';
import { useShop } from '../../shop-context';
import { InvitationExport } from './InvitationExport';
import { InvitationTable } from './InvitationTable';
import { InvitationTextModal } from './InvitationTextModal';

const PAGE_SIZE = 50;

/**
 * Invitations waiting to be sent (or sent, answered…), filtered in the URL: copy one's text into the
 * platform chat, mark many sent at once, export the sheet for printing or a phone interviewer.
 */
export function InvitationsTab() {
  const { t } = useTranslation();
  const { storefronts, settings } = useShop();
  const [params, setParams] = useSearchParams();
  const status = (invitationStatuses as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as InvitationStatus)
    : 'to_send';
  const storefrontId = params.get('storefront');
  const trigger = (surveyTriggers as readonly string[]).includes(params.get('trigger') ?? '')
    ? (params.get('trigger') as SurveyTrigger)
    : null;
  // Created from … to (shop-zone days); a malformed or reversed day in the URL is ignored, not sent.
  const dayParam = (key: string) => {
    const v = params.get(key);
    return v && isCalendarDate(v) ? v : null;
  };
  const from = dayParam('from');
  const toParam = dayParam('to');
  const to = from && toParam && toParam < from ? null : toParam;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [selected, setSelected] = useState<string[]>([]);
  const [open, setOpen] = useState<SurveyInvitationRow | null>(null);
  const [busy, setBusy] = useState(false);

  const filter = {
    status,
    ...(storefrontId ? { storefrontId } : {}),
    ...(trigger ? { trigger } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const list = useApiQuery(
    () => api.surveys.invitations({ ...filter, page, pageSize: PAGE_SIZE }),
    [status, storefrontId, trigger, from, to, page],
    'surveys',
  );
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;

  /** A filter change starts at page 1 and forgets the selection (it may hold rows no longer shown). */
  const update = (changes: Record<string, string | null>) => {
    setSelected([]);
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      if (!('page' in changes)) next.delete('page');
      return next;
    });
  };

  const markSelected = async () => {
    setBusy(true);
    try {
      const result = await api.surveys.markSent({ ids: selected });
      notifySuccess(t('surveys.invitations.markedMany', { count: result.changed }));
      setSelected([]);
      await list.reload();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const inviteOrders = async () => {
    if (!settings) return;
    setBusy(true);
    try {
      const period = presetPeriod('last30', localDate(new Date().toISOString(), settings.timezone));
      const result = await api.surveys.createOrderInvitations({
        ...period,
        ...(storefrontId ? { storefrontId } : {}),
      });
      notifySuccess(
        t('surveys.invitations.ordersInvited', { created: result.created, skipped: result.skipped }),
      );
      await list.reload();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="sm">
          <Select
            label={t('surveys.invitations.status')}
            data={invitationStatuses.map((s) => ({ value: s, label: t(`surveys.statuses.${s}`) }))}
            value={status}
            allowDeselect={false}
            onChange={(v) => v && update({ status: v })}
            w={170}
          />
          <Select
            label={t('surveys.invitations.storefront')}
            data={storefronts.map((s) => ({ value: s.id, label: s.name }))}
            value={storefrontId}
            placeholder={t('surveys.allStorefronts')}
            clearable
            onChange={(v) => update({ storefront: v })}
            w={200}
          />
          <Select
            label={t('surveys.invitations.trigger')}
            data={surveyTriggers.map((k) => ({ value: k, label: t(`surveys.triggers.${k}`) }))}
            value={trigger}
            placeholder={t('surveys.invitations.anyTrigger')}
            clearable
            onChange={(v) => update({ trigger: v })}
            w={190}
          />
          <DatePickerInput
            type="range"
            label={t('surveys.invitations.createdPeriod')}
            placeholder={t('surveys.invitations.anyPeriod')}
            value={[from, to]}
            onChange={([f, tTo]) => {
              // Sent once both ends are picked; clearing removes both.
              if (f && !tTo) return;
              update({ from: f ? String(f) : null, to: tTo ? String(tTo) : null });
            }}
            valueFormat="YYYY-MM-DD"
            clearable
            allowSingleDateInRange
            w={230}
          />
        </Group>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconShoppingBagCheck size={16} />}
            loading={busy}
            onClick={() => void inviteOrders()}
          >
            {t('surveys.invitations.inviteOrders')}
          </Button>
          <Button
            leftSection={<IconChecks size={16} />}
            disabled={selected.length === 0}
            loading={busy}
            onClick={() => void markSelected()}
          >
            {selected.length
              ? t('surveys.invitations.markSelected', { count: selected.length })
              : t('surveys.invitations.markSelectedNone')}
          </Button>
          <InvitationExport filter={filter} />
        </Group>
      </Group>
      <Paper withBorder radius="md">
        <InvitationTable rows={rows} selected={selected} onSelect={setSelected} onOpenText={setOpen} />
        {!list.loading && rows.length === 0 && (
          <Text c="dimmed" ta="center" py="xl">
            {t('surveys.invitations.empty')}
          </Text>
        )}
      </Paper>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('surveys.invitations.count', { count: total })}
        </Text>
        {total > PAGE_SIZE && (
          <Pagination
            total={Math.ceil(total / PAGE_SIZE)}
            value={page}
            onChange={(p) => update({ page: String(p) })}
          />
        )}
      </Group>
      {open && (
        <InvitationTextModal
          invitation={open}
          onClose={() => setOpen(null)}
          onSent={() => {
            setOpen(null);
            void list.reload();
          }}
        />
      )}
    </Stack>
  );
}
