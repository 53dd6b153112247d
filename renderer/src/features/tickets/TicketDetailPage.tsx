import { Button, Card, Grid, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api';
import { useApiQuery } from '../../hooks/use-api-query';
import { ReplyBox } from './ReplyBox';
import { ResolutionPanel } from './ResolutionPanel';
import { SlaClocks } from './SlaClocks';
import { TicketClassify } from './TicketClassify';
import { TicketHeader } from './TicketHeader';
import { TicketCustomer, TicketOrderPanel } from './TicketOrderPanel';
import { TicketTimeline } from './TicketTimeline';
import { isFinal, useTicketAction } from './use-ticket-action';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" component="section" aria-label={title}>
      <Title order={4} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** One ticket: header and state, SLA clocks, the order and customer behind it, the work and the timeline. */
export function TicketDetailPage() {
  const { ticketId = '' } = useParams();
  const { t } = useTranslation();
  const detail = useApiQuery(() => api.tickets.get({ id: ticketId }), [ticketId], 'tickets');
  // Each action answers the ticket; reading it again also picks up what others changed meanwhile.
  const action = useTicketAction(() => void detail.reload());
  const ticket = detail.data?.id === ticketId ? detail.data : undefined;

  const back = (
    <Button
      component={Link}
      to="/tickets"
      variant="subtle"
      leftSection={<IconArrowLeft size={16} />}
      w="fit-content"
    >
      {t('tickets.back')}
    </Button>
  );
  if (!ticket) {
    return (
      <Stack>
        {back}
        {detail.loading ? (
          <Loader aria-label={t('common.loading')} />
        ) : (
          <Text c="dimmed">{t('tickets.notFound')}</Text>
        )}
      </Stack>
    );
  }
  const final = isFinal(ticket);
  return (
    <Stack>
      {back}
      <TicketHeader ticket={ticket} action={action} />
      {ticket.description && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {ticket.description}
        </Text>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack>
            <Section title={final ? t('tickets.noteTab') : t('tickets.replyTab')}>
              <ReplyBox key={ticket.id} ticket={ticket} action={action} final={final} />
            </Section>
            <Section title={t('tickets.timeline')}>
              <TicketTimeline ticket={ticket} />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack>
            <Section title={t('tickets.clocks')}>
              <SlaClocks ticket={ticket} />
            </Section>
            <Section title={t('tickets.order')}>
              <TicketOrderPanel ticket={ticket} action={action} />
            </Section>
            <Section title={t('tickets.customer')}>
              <TicketCustomer ticket={ticket} />
            </Section>
            <Section title={t('tickets.resolutionTitle')}>
              <ResolutionPanel
                key={`${ticket.order?.id ?? ''}:${ticket.lines.map((l) => `${l.lineNo}x${l.quantity}`).join(',')}`}
                ticket={ticket}
                action={action}
              />
            </Section>
            <Section title={`${t('tickets.tags')} · ${t('tickets.rootCause')}`}>
              <TicketClassify key={ticket.tags.join('\n')} ticket={ticket} action={action} />
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
