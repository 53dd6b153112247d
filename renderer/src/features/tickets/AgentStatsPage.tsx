import { Alert, Group, Loader, Paper, SegmentedControl, Table, Text, Title, Stack } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import type { AgentStats } from '../../../../shared/domain/ticket-views';
import { periodPresets, type PeriodPreset } from '../../../../shared/logic/period-presets';
import { api } from '../../api';
import { useApiQuery } from '../../hooks/use-api-query';
import { useDashboardPeriod } from '../dashboard/use-dashboard-period';

const MINUTE_MS = 60_000;

/**
 * /tickets/stats: per agent, the tickets resolved in the period (METRICS.md Service). The period lives in the
 * URL like the dashboard's (?preset=lastMonth or from/to), so a link or reload keeps it.
 */
export function AgentStatsPage() {
  const { t, i18n } = useTranslation();
  const selection = useDashboardPeriod();
  const { period, preset } = selection;
  const stats = useApiQuery(
    () => (period ? api.tickets.stats(period) : Promise.resolve(undefined)),
    [period?.from, period?.to],
    'tickets',
  );

  const duration = (ms: number | null) => {
    if (ms === null) return t('common.none');
    const minutes = Math.round(ms / MINUTE_MS);
    const h = Math.floor(minutes / 60);
    return h ? t('ticketStats.hours', { h, m: minutes % 60 }) : t('ticketStats.minutes', { m: minutes });
  };
  const percent = new Intl.NumberFormat(i18n.language === 'zh-CN' ? 'zh-CN' : 'en-US', {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  // sla_met_rate is "—" when no resolved ticket could be judged (METRICS.md: zero denominators).
  const slaMet = (bp: number | null) => (bp === null ? t('common.none') : percent.format(bp / 10_000));
  // CSAT is 0–100 (METRICS.md: share of 4–5 answers × 100), "—" until a survey about the agent's tickets is answered.
  const csat = (value: number | null) => (value === null ? t('common.none') : percent.format(value / 100));

  const row = (a: AgentStats, name: string, key: string, bold = false) => (
    <Table.Tr key={key} fw={bold ? 600 : undefined}>
      <Table.Td>{name}</Table.Td>
      <Table.Td ta="right">{a.handled}</Table.Td>
      <Table.Td ta="right">{duration(a.medianFirstResponseMs)}</Table.Td>
      <Table.Td ta="right">{duration(a.medianResolutionMs)}</Table.Td>
      <Table.Td ta="right">{slaMet(a.slaMetBp)}</Table.Td>
      <Table.Td ta="right">{csat(a.csat)}</Table.Td>
    </Table.Tr>
  );

  const data = stats.data;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('ticketStats.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('ticketStats.subtitle')}
          </Text>
        </div>
        <Group gap="sm" align="flex-end">
          <SegmentedControl
            aria-label={t('ticketStats.period')}
            value={preset}
            onChange={(value) => selection.setPreset(value as PeriodPreset)}
            data={periodPresets.map((p) => ({ value: p, label: t(`dashboard.presets.${p}`) }))}
          />
          {preset === 'custom' && (
            <DatePickerInput
              type="range"
              aria-label={t('ticketStats.customRange')}
              value={period ? [period.from, period.to] : [null, null]}
              onChange={([from, to]) => {
                if (from && to) selection.setCustom({ from: String(from), to: String(to) });
              }}
              valueFormat="YYYY-MM-DD"
              w={230}
            />
          )}
        </Group>
      </Group>
      <Paper withBorder p="md">
        {!data ? (
          <Loader aria-label={t('common.loading')} />
        ) : data.agents.length === 0 ? (
          <Text c="dimmed">{t('ticketStats.empty')}</Text>
        ) : (
          <Table striped aria-label={t('ticketStats.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ticketStats.agent')}</Table.Th>
                <Table.Th ta="right">{t('ticketStats.handled')}</Table.Th>
                <Table.Th ta="right">{t('ticketStats.firstResponse')}</Table.Th>
                <Table.Th ta="right">{t('ticketStats.resolution')}</Table.Th>
                <Table.Th ta="right">{t('ticketStats.slaMet')}</Table.Th>
                <Table.Th ta="right">{t('ticketStats.csat')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.agents.map((a) =>
                row(a, a.assigneeName ?? t('ticketStats.unassigned'), a.assigneeId ?? '—'),
              )}
            </Table.Tbody>
            <Table.Tfoot>{row(data.total, t('ticketStats.total'), 'total', true)}</Table.Tfoot>
          </Table>
        )}
      </Paper>
      {data && data.total.csat === null && data.agents.length > 0 && (
        <Alert color="gray" p="xs">
          {t('ticketStats.csatHint')}
        </Alert>
      )}
    </Stack>
  );
}
