import type { ReactNode } from 'react';
import { Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SurveyInvitationRow } from '../../../../shared/domain/survey-views';

/** Who the agent is calling and about what: ticket, order, customer and phone of the invitation. */
export function InvitationContext({
  invitation: r,
  answered,
}: {
  invitation: SurveyInvitationRow;
  answered: boolean;
}) {
  const { t } = useTranslation();
  const none = (
    <Text span c="dimmed">
      {t('common.none')}
    </Text>
  );
  const rows: [string, ReactNode][] = [
    [t('surveys.invitations.storefront'), r.storefrontName],
    [t('surveys.invitations.trigger'), t(`surveys.triggers.${r.trigger}`)],
    [
      t('surveyEntry.context.ticket'),
      r.ticketId ? (
        <Anchor component={Link} to={`/tickets/${r.ticketId}`}>
          #{r.ticketNumber}
        </Anchor>
      ) : (
        none
      ),
    ],
    [
      t('surveyEntry.context.order'),
      r.orderId ? (
        <Anchor component={Link} to={`/orders/${r.orderId}`} ff="monospace">
          {r.orderExternalId}
        </Anchor>
      ) : (
        none
      ),
    ],
    [
      t('surveys.invitations.customer'),
      r.customerId ? (
        <Anchor component={Link} to={`/customers/${r.customerId}`}>
          {r.customerName ?? r.customerId}
        </Anchor>
      ) : (
        (r.customerName ?? none)
      ),
    ],
    [t('surveyEntry.context.phone'), r.phone ? <Text ff="monospace">{r.phone}</Text> : none],
    [t('surveys.invitations.agent'), r.agentName ?? none],
  ];
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('surveyEntry.context.title')}>
      <Stack gap="xs">
        <Title order={5}>{t('surveyEntry.context.title')}</Title>
        {answered && <Badge color="teal">{t('surveys.statuses.answered')}</Badge>}
        <Table>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={110}>
                  <Text size="sm" c="dimmed">
                    {label}
                  </Text>
                </Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
