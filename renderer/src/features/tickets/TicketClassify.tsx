import { useState } from 'react';
import { Button, Group, Select, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { TicketDetail, TicketSummary } from '../../../../shared/domain/ticket-views';
import { rootCauses, type RootCause } from '../../../../shared/domain/tickets';
import { api } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import type { TicketAction } from './use-ticket-action';

/** Tags and root cause (editable after close too: the shop learns from them), and merge into another ticket. */
export function TicketClassify({ ticket, action }: { ticket: TicketDetail; action: TicketAction }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Keyed by the saved tags (see TicketDetailPage), so this draft starts from them after every save.
  const [tags, setTags] = useState<string[]>(ticket.tags);
  const [ref, setRef] = useState('');
  const [candidates, setCandidates] = useState<TicketSummary[]>();
  const merged = ticket.state === 'merged';
  const workable = !merged && ticket.state !== 'closed';
  const tagsChanged = JSON.stringify(tags) !== JSON.stringify(ticket.tags);

  const findTargets = async () => {
    if (!ref.trim()) return;
    try {
      const page = await api.tickets.list({ queue: 'all', search: ref.trim(), page: 1, pageSize: 10 });
      setCandidates(page.rows.filter((r) => r.id !== ticket.id && !['closed', 'merged'].includes(r.state)));
    } catch (err) {
      notifyError(err);
    }
  };
  const merge = (target: TicketSummary) =>
    modals.openConfirmModal({
      title: t('tickets.merge'),
      children: (
        <Text size="sm">{t('tickets.mergeConfirm', { source: ticket.number, target: target.number })}</Text>
      ),
      labels: { confirm: t('tickets.mergeButton'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void api.tickets
          .merge({ targetId: target.id, sourceIds: [ticket.id] })
          .then((result) => {
            notifySuccess(t('tickets.merged', { number: result.number }));
            void navigate(`/tickets/${result.id}`);
          })
          .catch(notifyError),
    });

  return (
    <Stack gap="sm">
      <div>
        <TagsInput
          label={t('tickets.tags')}
          value={tags}
          onChange={setTags}
          disabled={merged}
          clearable
          maxTags={20}
        />
        {tagsChanged && (
          <Group justify="flex-end" mt={4}>
            <Button
              size="compact-sm"
              loading={action.busy === 'tags'}
              onClick={() =>
                void action.run(
                  'tags',
                  () => api.tickets.setTags({ id: ticket.id, tags }),
                  t('tickets.tagsSaved'),
                )
              }
            >
              {t('common.save')}
            </Button>
          </Group>
        )}
      </div>
      <Select
        label={t('tickets.rootCause')}
        data={rootCauses.map((c) => ({ value: c, label: t(`tickets.rootCauses.${c}`) }))}
        value={ticket.rootCause}
        onChange={(v) =>
          void action.run('rootCause', () =>
            api.tickets.setRootCause({ id: ticket.id, rootCause: (v as RootCause | null) ?? null }),
          )
        }
        disabled={merged}
        clearable
      />
      {workable && (
        <div>
          <Group gap="xs" align="flex-end">
            <TextInput
              label={t('tickets.merge')}
              placeholder={t('tickets.mergeSearch')}
              value={ref}
              onChange={(e) => setRef(e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Enter' && void findTargets()}
              style={{ flex: 1 }}
            />
            <Button variant="default" onClick={() => void findTargets()}>
              {t('tickets.findButton')}
            </Button>
          </Group>
          {candidates?.length === 0 && (
            <Text size="sm" c="dimmed" mt={4}>
              {t('tickets.mergeNone')}
            </Text>
          )}
          {candidates?.map((c) => (
            <Group key={c.id} justify="space-between" mt={4} wrap="nowrap">
              <Text size="sm" truncate>
                #{c.number} · {c.subject}
              </Text>
              <Button size="compact-sm" color="red" variant="light" onClick={() => merge(c)}>
                {t('tickets.mergeButton')}
              </Button>
            </Group>
          ))}
        </div>
      )}
    </Stack>
  );
}
