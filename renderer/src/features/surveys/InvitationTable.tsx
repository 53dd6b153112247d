import { Anchor, Badge, Button, Checkbox, Group, Table, Text } from '@mantine/core';
import { IconMessage, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { SurveyInvitationRow } from '../../../../shared/domain/survey-views';
import { formatDateTime } from '../../../../shared/logic/money';
import { useShop } from '../../shop-context';
import { localized } from './survey-format';

interface Props {
  rows: SurveyInvitationRow[];
  selected: string[];
  onSelect(ids: string[]): void;
  onOpenText(row: SurveyInvitationRow): void;
}

/** What each invitation is about (ticket, order, customer, phone) and where it stands. */
export function InvitationTable({ rows, selected, onSelect, onOpenText }: Props) {
  const { t, i18n } = useTranslation();
  const { settings } = useShop();
  const navigate = useNavigate();
  const zone = settings?.timezone;
  const when = (iso: string) => formatDateTime(iso, i18n.language, zone);
  const unsent = rows.filter((r) => !r.sentAt).map((r) => r.id);
  const allChecked = unsent.length > 0 && unsent.every((id) => selected.includes(id));
  const toggle = (id: string) =>
    onSelect(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);

  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table aria-label={t('surveys.invitations.title')} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>
              <Checkbox
                aria-label={t('surveys.invitations.selectAll')}
                checked={allChecked}
                indeterminate={!allChecked && selected.length > 0}
                disabled={unsent.length === 0}
                onChange={() => onSelect(allChecked ? [] : unsent)}
              />
            </Table.Th>
            <Table.Th>{t('surveys.invitations.created')}</Table.Th>
            <Table.Th>{t('surveys.invitations.storefront')}</Table.Th>
            <Table.Th>{t('surveys.invitations.about')}</Table.Th>
            <Table.Th>{t('surveys.invitations.customer')}</Table.Th>
            <Table.Th>{t('surveys.invitations.agent')}</Table.Th>
            <Table.Th>{t('surveys.invitations.survey')}</Table.Th>
            <Table.Th>{t('surveys.invitations.state')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const about = r.ticketNumber !== null ? `#${r.ticketNumber}` : (r.orderExternalId ?? '—');
            return (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('surveys.invitations.select', { about })}
                    checked={selected.includes(r.id)}
                    disabled={!!r.sentAt}
                    onChange={() => toggle(r.id)}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{when(r.createdAt)}</Text>
                </Table.Td>
                <Table.Td>{r.storefrontName}</Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {t(`surveys.triggers.${r.trigger}`)}
                  </Text>
                  <Group gap={6}>
                    {r.ticketId && (
                      <Anchor component={Link} to={`/tickets/${r.ticketId}`} size="sm">
                        #{r.ticketNumber}
                      </Anchor>
                    )}
                    {r.orderId && (
                      <Anchor component={Link} to={`/orders/${r.orderId}`} size="sm" ff="monospace">
                        {r.orderExternalId}
                      </Anchor>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.customerName ?? t('common.none')}</Text>
                  {r.phone && (
                    <Text size="xs" c="dimmed" ff="monospace">
                      {r.phone}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{r.agentName ?? t('common.none')}</Table.Td>
                <Table.Td>
                  <Text size="sm">{localized(r.templateName, i18n.language)}</Text>
                </Table.Td>
                <Table.Td>
                  {r.responseId ? (
                    <Badge color="teal">{t('surveys.statuses.answered')}</Badge>
                  ) : r.sentAt ? (
                    <Badge color="blue" title={when(r.sentAt)}>
                      {t('surveys.statuses.sent')}
                    </Badge>
                  ) : (
                    <Badge color="orange" variant="light">
                      {t('surveys.statuses.to_send')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconMessage size={14} />}
                      onClick={() => onOpenText(r)}
                      aria-label={t('surveys.invitations.textOf', { about })}
                    >
                      {t('surveys.invitations.textButton')}
                    </Button>
                    {!r.responseId && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconPhone size={14} />}
                        aria-label={t('surveys.invitations.phoneOf', { about })}
                        onClick={() =>
                          navigate(`/surveys?tab=responses&invitation=${r.id}`, { state: { invitation: r } })
                        }
                      >
                        {t('surveys.invitations.phoneButton')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
