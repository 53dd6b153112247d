import { useState } from 'react';
import { Alert, Button, Group, SegmentedControl, Select, Stack, Textarea } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RenderedReply, TicketDetail } from '../../../../shared/domain/ticket-views';
import type { Language } from '../../../../shared/domain/settings';
import { api } from '../../api';
import { notifyError } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';
import { type TicketAction } from './use-ticket-action';

/**
 * The reply to paste into the platform's chat (a canned reply filled from the order, or typed), copied to the
 * clipboard and recorded as sent; or an internal note for colleagues. Replies need a ticket still in work.
 */
export function ReplyBox({
  ticket,
  action,
  final,
}: {
  ticket: TicketDetail;
  action: TicketAction;
  final: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<'reply' | 'note'>(final ? 'note' : 'reply');
  const [body, setBody] = useState('');
  const [cannedId, setCannedId] = useState<string | null>(null);
  const [rendered, setRendered] = useState<RenderedReply>();
  const [copied, setCopied] = useState(false);
  const canned = useApiQuery(() => api.tickets.cannedReplies(), [], 'tickets');

  const pick = async (id: string | null) => {
    setCannedId(id);
    setRendered(undefined);
    if (!id) return;
    try {
      const reply = await api.tickets.renderCannedReply({
        id,
        ticketId: ticket.id,
        language: i18n.language as Language,
      });
      setRendered(reply);
      setBody(reply.text);
      setCopied(false);
    } catch (err) {
      notifyError(err);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(body);
      setCopied(true);
    } catch {
      notifyError(new Error(t('tickets.copyFailed')));
    }
  };
  const clear = () => {
    setBody('');
    setCannedId(null);
    setRendered(undefined);
    setCopied(false);
  };
  const send = () =>
    void action
      .run(
        mode,
        () =>
          mode === 'reply'
            ? api.tickets.reply({ id: ticket.id, body, ...(cannedId ? { cannedReplyId: cannedId } : {}) })
            : api.tickets.note({ id: ticket.id, body }),
        t(mode === 'reply' ? 'tickets.replyRecorded' : 'tickets.noteAdded'),
      )
      .then((ok) => ok && clear());

  return (
    <Stack gap="xs">
      <SegmentedControl
        value={mode}
        onChange={(v) => setMode(v as 'reply' | 'note')}
        data={[
          { value: 'reply', label: t('tickets.replyTab'), disabled: final },
          { value: 'note', label: t('tickets.noteTab') },
        ]}
        w="fit-content"
      />
      {mode === 'reply' && (
        <Select
          label={t('tickets.canned')}
          placeholder={t('tickets.cannedPlaceholder')}
          data={(canned.data ?? []).map((c) => ({ value: c.id, label: c.title }))}
          value={cannedId}
          onChange={(id) => void pick(id)}
          searchable
          clearable
        />
      )}
      {rendered && rendered.unknownPlaceholders.length > 0 && (
        <Alert color="orange" variant="light" py={6}>
          {t('tickets.unknownPlaceholders', {
            names: rendered.unknownPlaceholders.map((n) => `{${n}}`).join(', '),
          })}
        </Alert>
      )}
      {rendered && rendered.unfilledPlaceholders.length > 0 && (
        <Alert color="yellow" variant="light" py={6}>
          {t('tickets.unfilledPlaceholders', {
            names: rendered.unfilledPlaceholders.map((n) => `{${n}}`).join(', '),
          })}
        </Alert>
      )}
      <Textarea
        label={mode === 'reply' ? t('tickets.replyLabel') : t('tickets.noteLabel')}
        value={body}
        onChange={(e) => {
          setBody(e.currentTarget.value);
          setCopied(false);
        }}
        rows={5}
        styles={mode === 'note' ? { input: { background: 'var(--mantine-color-yellow-light)' } } : undefined}
      />
      <Group justify="flex-end" gap="xs">
        {mode === 'reply' && (
          <Button
            variant="default"
            leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
            color={copied ? 'teal' : undefined}
            disabled={!body.trim()}
            onClick={() => void copy()}
          >
            {copied ? t('tickets.copied') : t('tickets.copy')}
          </Button>
        )}
        <Button
          disabled={!body.trim()}
          loading={action.busy === mode}
          onClick={send}
          color={mode === 'note' ? 'yellow' : undefined}
        >
          {mode === 'reply' ? t('tickets.recordReply') : t('tickets.addNote')}
        </Button>
      </Group>
    </Stack>
  );
}
