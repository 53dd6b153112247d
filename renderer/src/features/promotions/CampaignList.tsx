import { Alert, Anchor, Badge, Group, Paper, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import {
  campaignStates,
  campaignTypes,
  type CampaignState,
  type CampaignType,
} from '../../../../shared/domain/promotions';
import { formatDate, formatDateTime, formatMoney } from '../../../../shared/logic/money';
import { isCalendarDate } from '../../../../shared/api/schemas/common';
import { api } from '../../api';
import { useApiQuery } from '../../hooks/use-api-query';
import { useShop } from '../../shop-context';
import { stateColor, termsSummary } from './campaign-text';
import { windowDays } from './campaign-time';

/**
 * Every campaign, newest start first, filtered by state, type and storefront (kept in the URL). A link may
 * narrow it to the campaigns meeting a period (?from=&to=) and to those in conflict then (&conflicts=1: the
 * dashboard's promotion-conflict alert).
 */
export function CampaignList() {
  const { t, i18n } = useTranslation();
  const { storefronts, settings } = useShop();
  const [params, setParams] = useSearchParams();
  const state = (campaignStates as readonly string[]).includes(params.get('state') ?? '')
    ? (params.get('state') as CampaignState)
    : undefined;
  const type = (campaignTypes as readonly string[]).includes(params.get('type') ?? '')
    ? (params.get('type') as CampaignType)
    : undefined;
  const storefrontId = params.get('storefront') ?? undefined;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const period = isCalendarDate(from) && isCalendarDate(to) && from <= to ? { from, to } : null;
  const conflictsOnly = period !== null && params.get('conflicts') === '1';
  const query = {
    ...(state ? { state } : {}),
    ...(type ? { type } : {}),
    ...(storefrontId ? { storefrontId } : {}),
    ...(period ?? {}),
  };
  const list = useApiQuery(() => api.promotions.list(query), [JSON.stringify(query)], 'promotions');
  const conflicts = useApiQuery(
    () =>
      conflictsOnly && period
        ? api.promotions.conflicts({ ...period, ...(storefrontId ? { storefrontId } : {}) })
        : Promise.resolve(undefined),
    [conflictsOnly, from, to, storefrontId],
    'promotions',
  );
  const inConflict = new Set(conflicts.data?.campaigns.map((c) => c.id));
  const rows = [...(list.data ?? [])]
    .filter((c) => !conflictsOnly || inConflict.has(c.id))
    .sort((a, b) => b.startAt.localeCompare(a.startAt));
  const filtered = Boolean(state || type || storefrontId || period);
  const clearPeriod = () =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const key of ['from', 'to', 'conflicts']) next.delete(key);
        return next;
      },
      { replace: true },
    );
  const set = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const name = (id: string) => storefronts.find((s) => s.id === id)?.name ?? id;
  const timeZone = settings?.timezone ?? 'Asia/Shanghai';
  const when = (iso: string) => formatDateTime(iso, i18n.language, timeZone);
  // The shop days a campaign runs (an end at midnight is the day before); the exact times are in the tooltip.
  const days = (startAt: string, endAt: string) => {
    const d = windowDays(startAt, endAt, timeZone);
    return d.first === d.last
      ? formatDate(d.first, i18n.language)
      : `${formatDate(d.first, i18n.language)} – ${formatDate(d.last, i18n.language)}`;
  };
  const money = (minor: number | null, currency: string) =>
    minor === null ? '—' : formatMoney(minor, currency, i18n.language);

  return (
    <Paper withBorder radius="md" p="md">
      <Group mb="sm">
        <Select
          aria-label={t('promotions.columns.state')}
          placeholder={t('promotions.allStates')}
          data={campaignStates.map((s) => ({ value: s, label: t(`promotions.states.${s}`) }))}
          value={state ?? null}
          onChange={(v) => set('state', v)}
          clearable
        />
        <Select
          aria-label={t('promotions.columns.type')}
          placeholder={t('promotions.allTypes')}
          data={campaignTypes.map((s) => ({ value: s, label: t(`promotions.types.${s}`) }))}
          value={type ?? null}
          onChange={(v) => set('type', v)}
          clearable
        />
        <Select
          aria-label={t('promotions.columns.storefronts')}
          placeholder={t('promotions.allStorefronts')}
          data={storefronts.map((s) => ({ value: s.id, label: s.name }))}
          value={storefrontId ?? null}
          onChange={(v) => set('storefront', v)}
          clearable
          searchable
        />
      </Group>
      {period && (
        <Alert color={conflictsOnly ? 'orange' : 'blue'} mb="sm" data-testid="campaign-period">
          <Group justify="space-between">
            <Text size="sm">
              {t(conflictsOnly ? 'promotions.conflictsIn' : 'promotions.meetingPeriod', {
                from: formatDate(period.from, i18n.language),
                to: formatDate(period.to, i18n.language),
              })}
            </Text>
            <Anchor component="button" size="sm" onClick={clearPeriod}>
              {t('promotions.allCampaigns')}
            </Anchor>
          </Group>
        </Alert>
      )}
      {list.data && rows.length === 0 && (
        <Text c="dimmed">{filtered ? t('promotions.noMatch') : t('promotions.empty')}</Text>
      )}
      {rows.length > 0 && (
        <Table fz="sm" striped highlightOnHover aria-label={t('promotions.tabs.list')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('promotions.columns.name')}</Table.Th>
              <Table.Th>{t('promotions.columns.type')}</Table.Th>
              <Table.Th>{t('promotions.columns.terms')}</Table.Th>
              <Table.Th>{t('promotions.columns.state')}</Table.Th>
              <Table.Th>{t('promotions.columns.window')}</Table.Th>
              <Table.Th>{t('promotions.columns.storefronts')}</Table.Th>
              <Table.Th ta="right">{t('promotions.columns.budget')}</Table.Th>
              <Table.Th ta="right">{t('promotions.columns.spend')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/promotions/${c.id}`} fw={500}>
                    {c.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`promotions.types.${c.type}`)}</Table.Td>
                <Table.Td>{termsSummary(c.terms, c.currency, t, i18n.language)}</Table.Td>
                {/* A badge in a squeezed cell cuts its word to "草…": the cell keeps room for the longest state. */}
                <Table.Td miw={96}>
                  <Badge color={stateColor[c.state]} variant="light">
                    {t(`promotions.states.${c.state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }} title={`${when(c.startAt)} – ${when(c.endAt)}`}>
                  {days(c.startAt, c.endAt)}
                </Table.Td>
                <Table.Td>{c.storefrontIds.map(name).join(', ')}</Table.Td>
                <Table.Td ta="right">{money(c.budgetMinor, c.currency)}</Table.Td>
                <Table.Td ta="right">{money(c.spendMinor, c.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
