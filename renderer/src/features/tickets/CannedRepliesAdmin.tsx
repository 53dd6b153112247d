import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CannedReply } from '../../../../shared/domain/ticket-views';
import { api } from '../../api';
import { notifyError } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';
import { CannedReplyEditor } from './CannedReplyEditor';
import { CannedReplyPreview } from './CannedReplyPreview';

/** The shop's canned replies: create, rewrite, archive, and preview each one filled from a real ticket. */
export function CannedRepliesAdmin() {
  const { t } = useTranslation();
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<CannedReply | null | 'new'>(null);
  const replies = useApiQuery(
    () => api.tickets.cannedReplies({ includeArchived: showArchived }),
    [showArchived],
    'tickets',
  );

  const archive = (reply: CannedReply) =>
    modals.openConfirmModal({
      title: t('ticketSetup.canned.archive'),
      children: <Text size="sm">{t('ticketSetup.canned.archiveConfirm', { title: reply.title })}</Text>,
      labels: { confirm: t('ticketSetup.canned.archive'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void api.tickets
          .archiveCannedReply({ id: reply.id })
          .then(() => replies.reload())
          .catch(notifyError),
    });

  const list = replies.data ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-label={t('ticketSetup.canned.title')}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={4}>{t('ticketSetup.canned.title')}</Title>
            <Text size="sm" c="dimmed">
              {t('ticketSetup.canned.hint')}
            </Text>
          </div>
          <Group>
            <Switch
              label={t('ticketSetup.canned.showArchived')}
              checked={showArchived}
              onChange={(e) => setShowArchived(e.currentTarget.checked)}
            />
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
              {t('ticketSetup.canned.new')}
            </Button>
          </Group>
        </Group>
        {!replies.loading && list.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('ticketSetup.canned.empty')}
          </Text>
        )}
        {list.map((reply) => (
          <Paper key={reply.id} withBorder p="sm" opacity={reply.archived ? 0.6 : 1}>
            <Stack gap={6}>
              <Group justify="space-between">
                <Group gap="xs">
                  <Text fw={600}>{reply.title}</Text>
                  {reply.placeholders.map((p) => (
                    <Badge tt="none" key={p} size="xs" variant="outline">{`{${p}}`}</Badge>
                  ))}
                  {reply.archived && (
                    <Badge size="xs" color="gray">
                      {t('ticketSetup.canned.archived')}
                    </Badge>
                  )}
                </Group>
                {!reply.archived && (
                  <Group gap="xs">
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={`${t('ticketSetup.canned.edit')} ${reply.title}`}
                      onClick={() => setEditing(reply)}
                    >
                      {t('ticketSetup.canned.edit')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      aria-label={`${t('ticketSetup.canned.archive')} ${reply.title}`}
                      onClick={() => archive(reply)}
                    >
                      {t('ticketSetup.canned.archive')}
                    </Button>
                  </Group>
                )}
              </Group>
              <Text size="sm" lineClamp={2} lang="zh-CN">
                {reply.bodyZh}
              </Text>
              <Text size="sm" lineClamp={2} c="dimmed" lang="en">
                {reply.bodyEn}
              </Text>
              {!reply.archived && <CannedReplyPreview key={reply.updatedAt} reply={reply} />}
            </Stack>
          </Paper>
        ))}
      </Stack>
      {editing !== null && (
        <CannedReplyEditor
          reply={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void replies.reload();
          }}
        />
      )}
    </Paper>
  );
}
