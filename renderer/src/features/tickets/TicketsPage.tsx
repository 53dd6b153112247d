import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  MultiSelect,
  Pagination,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconChartBar, IconFileImport, IconPlus, IconSearch, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import {
  ticketPriorities,
  ticketStates,
  ticketTypes,
  type TicketPriority,
  type TicketState,
  type TicketType,
} from '../../../../shared/domain/tickets';
import { formatNumber } from '../../../../shared/logic/money';
import { api } from '../../api';
import { useApiQuery } from '../../hooks/use-api-query';
import { useShop } from '../../shop-context';
import { NewTicketDialog } from './NewTicketDialog';
import { TicketBulkBar } from './TicketBulkBar';
import { TicketTable } from './TicketTable';
import {
  filtersFromParams,
  listInput,
  paramsFromFilters,
  queueTabs,
  type QueueTab,
  type TicketFilters,
} from './ticket-query';

const PAGE_SIZE = 50;
/** Queues whose count is a warning when above zero. */
const alarming: Partial<Record<QueueTab, string>> = {
  overdue: 'red',
  due_today: 'orange',
  pending_long: 'yellow',
};

/** The agent's queues with counts, filters and search in the URL, server pages, bulk assign and close. */
export function TicketsPage() {
  const { t, i18n } = useTranslation();
  const { storefronts, settings } = useShop();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const [search, setSearch] = useState(filters.search);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [creating, setCreating] = useState(false);
  const num = (n: number) => formatNumber(n, i18n.language, 0);

  /** Any change of what is listed goes to the URL, back on page 1, with the selection cleared. */
  const change = (patch: Partial<TicketFilters>) => {
    setParams(paramsFromFilters({ ...filters, page: 1, ...patch }), { replace: true });
    setSelected(new Set());
  };
  // Typing must not send a request per key: the search reaches the URL (and the server) 300 ms after the last key.
  const pushSearch = useDebouncedCallback((text: string) => change({ search: text }), 300);
  const effective = filters;
  const debounced = filters.search.trim();

  const list = useApiQuery(
    () => api.tickets.list(listInput(effective, filters.tab, debounced, PAGE_SIZE)),
    [JSON.stringify(effective)],
    'tickets',
  );
  // One count per tab with the same filters: a page of one row answers its total.
  const counts = useApiQuery(
    () =>
      Promise.all(
        queueTabs.map((tab) =>
          api.tickets
            .list({ ...listInput({ ...effective, page: 1 }, tab, debounced, 1), page: 1 })
            .then((p) => [tab, p.total] as const),
        ),
      ).then((pairs) => Object.fromEntries(pairs) as Record<QueueTab, number>),
    [JSON.stringify({ ...effective, page: 1, tab: 'open' })],
    'tickets',
  );

  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const filtered =
    filters.storefrontIds.length + filters.types.length + filters.priorities.length + filters.states.length >
      0 ||
    !!filters.tag ||
    !!debounced;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('tickets.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('tickets.subtitle')}
          </Text>
        </div>
        <Group gap="xs">
          <Button
            component={Link}
            to="/tickets/stats"
            variant="default"
            leftSection={<IconChartBar size={16} />}
          >
            {t('tickets.stats')}
          </Button>
          <Button
            component={Link}
            to="/tickets/import"
            variant="default"
            leftSection={<IconFileImport size={16} />}
          >
            {t('tickets.import')}
          </Button>
          <Button
            component={Link}
            to="/tickets/setup"
            variant="default"
            leftSection={<IconSettings size={16} />}
          >
            {t('tickets.setup')}
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('tickets.newTicket')}
          </Button>
        </Group>
      </Group>

      <Tabs value={filters.tab} onChange={(v) => v && change({ tab: v as QueueTab, states: [] })}>
        <Tabs.List aria-label={t('tickets.queueTabs')}>
          {queueTabs.map((tab) => {
            const n = counts.data?.[tab];
            return (
              <Tabs.Tab
                key={tab}
                value={tab}
                rightSection={
                  n === undefined ? null : (
                    <Badge
                      size="sm"
                      circle={n < 10}
                      variant={n > 0 && alarming[tab] ? 'filled' : 'light'}
                      color={n > 0 ? (alarming[tab] ?? 'gray') : 'gray'}
                    >
                      {num(n)}
                    </Badge>
                  )
                }
              >
                {t(`tickets.queues.${tab}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
      </Tabs>
      {filters.tab === 'mine' && !settings?.actingStaffId && (
        <Alert color="blue" variant="light">
          {t('tickets.noActing')}
        </Alert>
      )}

      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('tickets.search')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            pushSearch(e.currentTarget.value);
          }}
          w={280}
        />
        <MultiSelect
          label={t('tickets.storefronts')}
          data={storefronts.map((s) => ({ value: s.id, label: s.name }))}
          value={filters.storefrontIds}
          onChange={(storefrontIds) => change({ storefrontIds })}
          clearable
          searchable
          w={200}
        />
        <MultiSelect
          label={t('tickets.typeFilter')}
          data={ticketTypes.map((v) => ({ value: v, label: t(`tickets.types.${v}`) }))}
          value={filters.types}
          onChange={(v) => change({ types: v as TicketType[] })}
          clearable
          w={190}
        />
        <MultiSelect
          label={t('tickets.priorityFilter')}
          data={ticketPriorities.map((v) => ({ value: v, label: t(`tickets.priorities.${v}`) }))}
          value={filters.priorities}
          onChange={(v) => change({ priorities: v as TicketPriority[] })}
          clearable
          w={170}
        />
        <MultiSelect
          label={t('tickets.stateFilter')}
          data={ticketStates.map((v) => ({ value: v, label: t(`tickets.states.${v}`) }))}
          value={filters.states}
          onChange={(v) => change({ states: v as TicketState[] })}
          disabled={filters.tab === 'closed'}
          clearable
          w={170}
        />
        <TextInput
          label={t('tickets.tagFilter')}
          defaultValue={filters.tag}
          key={filters.tag}
          onBlur={(e) =>
            e.currentTarget.value.trim() !== filters.tag && change({ tag: e.currentTarget.value })
          }
          onKeyDown={(e) => e.key === 'Enter' && change({ tag: e.currentTarget.value })}
          w={130}
        />
        {filtered && (
          <Button
            variant="subtle"
            onClick={() => {
              setSearch('');
              change({ storefrontIds: [], types: [], priorities: [], states: [], tag: '', search: '' });
            }}
          >
            {t('tickets.clearFilters')}
          </Button>
        )}
      </Group>

      {selected.size > 0 && (
        <TicketBulkBar
          ids={[...selected]}
          onDone={() => {
            setSelected(new Set());
            void list.reload();
          }}
        />
      )}
      <TicketTable rows={rows} loading={list.loading} selected={selected} onSelect={setSelected} />
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('tickets.total', { count: total, total: num(total) })}
        </Text>
        <Pagination
          total={Math.max(1, Math.ceil(total / PAGE_SIZE))}
          value={filters.page}
          onChange={(page) => {
            setParams(paramsFromFilters({ ...filters, page }), { replace: true });
            setSelected(new Set());
          }}
        />
      </Group>
      {creating && <NewTicketDialog onClose={() => setCreating(false)} />}
    </Stack>
  );
}
