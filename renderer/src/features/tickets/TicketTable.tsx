import { Anchor, Checkbox, Paper, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TicketSummary } from '../../../../shared/domain/ticket-views';
import { formatDateTime } from '../../../../shared/logic/money';
import { useShop } from '../../shop-context';
import { PriorityBadge, SlaFlag, StateBadge } from './ticket-badges';

interface Props {
  rows: TicketSummary[];
  loading: boolean;
  selected: ReadonlySet<string>;
  onSelect(ids: Set<string>): void;
}

/**
 * One server page of a queue (at most 50 rows, so a plain table; the server pages). Overdue rows get a red
 * edge besides their badge; the ref opens the ticket.
 */
export function TicketTable({ rows, loading, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const { settings } = useShop();
  const locale = i18n.language;
  const tz = settings?.timezone;
  const allOn = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onSelect(next);
  };

  return (
    <Paper withBorder radius="md">
      <ScrollArea>
        <Table aria-label={t('tickets.title')} highlightOnHover verticalSpacing={6} fz="sm" miw={1250}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36}>
                <Checkbox
                  aria-label={t('tickets.selectAll')}
                  checked={allOn}
                  indeterminate={!allOn && rows.some((r) => selected.has(r.id))}
                  onChange={(e) =>
                    onSelect(e.currentTarget.checked ? new Set(rows.map((r) => r.id)) : new Set())
                  }
                />
              </Table.Th>
              {(
                [
                  'ref',
                  'type',
                  'priority',
                  'state',
                  'subject',
                  'storefront',
                  'order',
                  'customer',
                  'assignee',
                  'sla',
                  'updated',
                ] as const
              ).map((c) => (
                <Table.Th key={c}>{t(`tickets.columns.${c}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {!loading && rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={12}>
                  <Text c="dimmed" ta="center" py="lg">
                    {t('tickets.noMatch')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {rows.map((r) => (
              <Table.Tr
                key={r.id}
                style={
                  r.flag === 'overdue' ? { boxShadow: 'inset 3px 0 0 var(--mantine-color-red-6)' } : undefined
                }
              >
                <Table.Td>
                  <Checkbox
                    aria-label={t('tickets.selectRow', { number: r.number })}
                    checked={selected.has(r.id)}
                    onChange={(e) => toggle(r.id, e.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/tickets/${r.id}`} fw={600}>
                    #{r.number}
                  </Anchor>
                  {r.externalRef && (
                    <Text size="xs" c="dimmed">
                      {r.externalRef}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(`tickets.types.${r.type}`)}</Table.Td>
                <Table.Td>
                  <PriorityBadge priority={r.priority} t={t} />
                </Table.Td>
                <Table.Td>
                  <StateBadge ticket={r} t={t} />
                </Table.Td>
                <Table.Td maw={260}>
                  <Text size="sm" truncate>
                    {r.subject}
                  </Text>
                </Table.Td>
                <Table.Td>{r.storefrontName}</Table.Td>
                <Table.Td>
                  {r.orderId ? (
                    <Anchor component={Link} to={`/orders/${r.orderId}`} size="sm">
                      {r.orderExternalId}
                    </Anchor>
                  ) : (
                    t('common.none')
                  )}
                </Table.Td>
                <Table.Td>{r.customerName ?? t('common.none')}</Table.Td>
                <Table.Td>
                  {r.assigneeName ?? (
                    <Text size="sm" c="dimmed">
                      {t('tickets.unassigned')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <SlaFlag ticket={r} t={t} locale={locale} timeZone={tz} />
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(r.updatedAt, locale, tz)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
}
