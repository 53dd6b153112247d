import { useState } from 'react';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CannedReply, RenderedReply, TicketSummary } from '../../../../shared/domain/ticket-views';
import { api } from '../../api';
import { notifyError } from '../../components/notify-error';

interface Preview {
  ticket: TicketSummary;
  zh: RenderedReply;
  en: RenderedReply;
}

/**
 * The saved reply filled from a real ticket (renderCannedReply, both languages): the ticket is the newest one
 * the list search finds for an order id or #number, so the shop sees exactly what an agent would paste.
 */
export function CannedReplyPreview({ reply }: { reply: CannedReply }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [missing, setMissing] = useState<string | null>(null);

  const show = async () => {
    const search = query.trim();
    if (!search) return;
    try {
      const page = await api.tickets.list({ queue: 'all', search, page: 1, pageSize: 1 });
      const ticket = page.rows[0];
      if (!ticket) {
        setPreview(null);
        setMissing(search);
        return;
      }
      const [zh, en] = await Promise.all(
        (['zh-CN', 'en'] as const).map((language) =>
          api.tickets.renderCannedReply({ id: reply.id, ticketId: ticket.id, language }),
        ),
      );
      setMissing(null);
      setPreview({ ticket, zh: zh!, en: en! });
    } catch (err) {
      notifyError(err);
    }
  };

  const names = (list: string[]) => list.map((n) => `{${n}}`).join(', ');
  const problems = preview
    ? {
        unknown: [...new Set([...preview.zh.unknownPlaceholders, ...preview.en.unknownPlaceholders])],
        unfilled: [...new Set([...preview.zh.unfilledPlaceholders, ...preview.en.unfilledPlaceholders])],
      }
    : null;

  return (
    <Stack gap="xs" aria-label={`${t('ticketSetup.canned.preview')} ${reply.title}`} role="region">
      <Text size="xs" c="dimmed">
        {t('ticketSetup.canned.previewHint')}
      </Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void show();
        }}
      >
        <Group gap="xs" align="flex-end">
          <TextInput
            size="xs"
            label={t('ticketSetup.canned.previewTicket')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            w={220}
          />
          <Button size="xs" variant="light" type="submit" disabled={!query.trim()}>
            {t('ticketSetup.canned.previewShow')}
          </Button>
        </Group>
      </form>
      {missing && (
        <Text size="sm" c="red">
          {t('ticketSetup.canned.noTicket', { query: missing })}
        </Text>
      )}
      {preview && problems && (
        <>
          <Text size="xs" c="dimmed">
            {t('ticketSetup.canned.ticketFor', {
              number: preview.ticket.number,
              order: preview.ticket.orderExternalId ?? t('common.none'),
            })}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {[preview.zh, preview.en].map((r, i) => (
              <Paper key={i} withBorder p="xs" bg="gray.0">
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lang={i === 0 ? 'zh-CN' : 'en'}>
                  {r.text}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          {problems.unknown.length > 0 && (
            <Alert color="red" p="xs">
              {t('ticketSetup.canned.unknown', { names: names(problems.unknown) })}
            </Alert>
          )}
          {problems.unfilled.length > 0 && (
            <Alert color="yellow" p="xs">
              {t('ticketSetup.canned.unfilled', { names: names(problems.unfilled) })}
            </Alert>
          )}
        </>
      )}
    </Stack>
  );
}
