import { useState } from 'react';
import { Anchor, Badge, Button, Group, Pagination, Paper, Switch, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { isCalendarDate } from '../../../../shared/api/schemas/common';
import { localDate } from '../../../../shared/logic/dates';
import { formatDateTime } from '../../../../shared/logic/money';
import { presetPeriod } from '../../../../shared/logic/period-presets';
import { api } from '../../api';
import { useApiQuery } from '../../hooks/use-api-query';
import { useShop } from '../../shop-context';

const PAGE_SIZE = 20;

/**
 * Responses newest first, the last 30 days unless the URL names a period: the dashboard's low-score alert
 * links here with `low=1&from=…&to=…[&storefront=…]`. Low scores show the follow-up ticket they opened.
 */
export function ResponsesList() {
  const { t, i18n } = useTranslation();
  const { settings, storefronts } = useShop();
  const [params, setParams] = useSearchParams();
  const lowOnly = params.get('low') === '1';
  const day = (key: string) => {
    const v = params.get(key);
    return v && isCalendarDate(v) ? v : null;
  };
  const asked =
    day('from') && day('to') && day('from')! <= day('to')! ? { from: day('from')!, to: day('to')! } : null;
  const storefrontId = params.get('storefront');
  const zone = settings?.timezone ?? null;
  const period = asked ?? (zone ? presetPeriod('last30', localDate(new Date().toISOString(), zone)) : null);
  // The page belongs to one set of filters: another set starts again at page 1.
  const filterKey = `${period?.from}|${period?.to}|${lowOnly}|${storefrontId}`;
  const [paged, setPaged] = useState({ key: filterKey, page: 1 });
  const page = paged.key === filterKey ? paged.page : 1;
  const setPage = (p: number) => setPaged({ key: filterKey, page: p });
  const setParam = (changes: Record<string, string | null>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes))
        if (value === null) next.delete(key);
        else next.set(key, value);
      return next;
    });
  const list = useApiQuery(
    async () =>
      period
        ? api.surveys.responses({
            ...period,
            ...(lowOnly ? { lowOnly } : {}),
            ...(storefrontId ? { storefrontId } : {}),
            page,
            pageSize: PAGE_SIZE,
          })
        : undefined,
    [period?.from, period?.to, lowOnly, storefrontId, page],
    'surveys',
  );
  const storefrontName = storefrontId
    ? (storefronts.find((s) => s.id === storefrontId)?.name ?? storefrontId)
    : null;
  const title = asked
    ? t('surveyEntry.responses.inPeriod', { from: asked.from, to: asked.to })
    : t('surveyEntry.responses.recent');
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="xs">
        <Group gap="sm">
          <Title order={4}>{title}</Title>
          {storefrontName && <Badge variant="light">{storefrontName}</Badge>}
          {(asked || storefrontId) && (
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => setParam({ from: null, to: null, storefront: null })}
            >
              {t('surveyEntry.responses.showRecent')}
            </Button>
          )}
        </Group>
        <Switch
          label={t('surveyEntry.responses.lowOnly')}
          checked={lowOnly}
          onChange={(e) => setParam({ low: e.currentTarget.checked ? '1' : null })}
        />
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <Table aria-label={title} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('surveyEntry.responses.answeredAt')}</Table.Th>
              <Table.Th>{t('surveys.invitations.storefront')}</Table.Th>
              <Table.Th>{t('surveys.invitations.about')}</Table.Th>
              <Table.Th>{t('surveys.invitations.customer')}</Table.Th>
              <Table.Th>{t('surveys.invitations.agent')}</Table.Th>
              <Table.Th>{t('surveyEntry.responses.channel')}</Table.Th>
              <Table.Th ta="right">CSAT</Table.Th>
              <Table.Th ta="right">NPS</Table.Th>
              <Table.Th>{t('surveyEntry.responses.followupColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{formatDateTime(r.answeredAt, i18n.language, zone ?? undefined)}</Table.Td>
                <Table.Td>{r.storefrontName ?? t('common.none')}</Table.Td>
                <Table.Td>
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
                <Table.Td>{r.customerName ?? t('common.none')}</Table.Td>
                <Table.Td>{r.agentName ?? t('common.none')}</Table.Td>
                <Table.Td>{t(`surveys.channels.${r.channel}`)}</Table.Td>
                <Table.Td ta="right">{r.csat ?? '—'}</Table.Td>
                <Table.Td ta="right">{r.nps ?? '—'}</Table.Td>
                <Table.Td>
                  {r.low && (
                    <Group gap={6}>
                      <Badge color="red" variant="light">
                        {t('surveyEntry.responses.low')}
                      </Badge>
                      {r.followupTicketId && (
                        <Anchor component={Link} to={`/tickets/${r.followupTicketId}`} size="sm">
                          #{r.followupTicketNumber}
                        </Anchor>
                      )}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!list.loading && rows.length === 0 && (
        <Text c="dimmed" ta="center" py="md">
          {asked ? t('surveyEntry.responses.noneInPeriod') : t('surveyEntry.responses.none')}
        </Text>
      )}
      {total > PAGE_SIZE && (
        <Group justify="flex-end" mt="sm">
          <Pagination total={Math.ceil(total / PAGE_SIZE)} value={page} onChange={setPage} />
        </Group>
      )}
    </Paper>
  );
}
