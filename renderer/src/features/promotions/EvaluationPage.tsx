import { Anchor, Badge, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { attributionRules } from '../../../../shared/domain/promotions';
import type {
  CampaignEvaluationWithSeries,
  EvaluationBreakdownRow,
} from '../../../../shared/domain/promotions-evaluation';
import { periodDays } from '../../../../shared/logic/metrics';
import { formatDate } from '../../../../shared/logic/money';
import { api } from '../../api';
import { errorText } from '../../components/notify-error';
import { useKeyedLoad } from '../dashboard/use-keyed-load';
import { stateColor } from './campaign-text';
import { EvaluationChart } from './EvaluationChart';
import { EvaluationCards, evaluationFormat } from './EvaluationFigures';

/** /promotions/:id/evaluation — live while the campaign runs, final after it ends (METRICS.md Promotions). */
export function EvaluationPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const load = useKeyedLoad(id, () => api.promotions.evaluate({ id }), ['promotions', 'orders', 'imports']);
  const e = load.data;
  if (load.error !== undefined) return <Text c="red">{errorText(load.error).body}</Text>;
  if (!e) return <Loader aria-label={t('common.loading')} />;
  const date = (d: string) => formatDate(d, i18n.language);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Group gap="sm">
            <Title order={2}>{t('promoEval.titleOf', { name: e.name })}</Title>
            <Badge color={stateColor[e.campaignState]} variant="light" size="lg">
              {t(`promotions.states.${e.campaignState}`)}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {t(`promoEval.states.${e.state}`, {
              days: e.during ? periodDays(e.during) : 0,
              planned: e.plannedDays,
            })}
            {e.during && e.baseline && (
              <>
                {' · '}
                {t('promoEval.periods', {
                  from: date(e.during.from),
                  to: date(e.during.to),
                  baseFrom: date(e.baseline.from),
                  baseTo: date(e.baseline.to),
                })}
              </>
            )}
            {' · '}
            {t('promoEval.amountsIn', { currency: e.baseCurrency })}
          </Text>
        </div>
        <Anchor component={Link} to={`/promotions/${e.campaignId}`} size="sm">
          {t('promoEval.back')}
        </Anchor>
      </Group>
      {e.costsHidden && <Text c="dimmed">{t('promoEval.costsHidden')}</Text>}
      {e.state !== 'upcoming' && (
        <>
          <EvaluationCards figures={e.figures} currency={e.baseCurrency} />
          <EvaluationChart series={e.series} currency={e.baseCurrency} />
          <Attribution evaluation={e} />
          <Breakdown
            title={t('promoEval.byStorefront')}
            first={t('promoEval.columns.storefront')}
            rows={e.byStorefront.map((r) => ({ key: r.storefrontId, name: r.name, row: r }))}
            currency={e.baseCurrency}
          />
          <Breakdown
            title={t('promoEval.bySkuTop')}
            first={t('promoEval.columns.sku')}
            rows={e.bySku
              .slice(0, 10)
              .map((r) => ({ key: r.skuId ?? r.skuCode, name: `${r.skuCode} · ${r.title}`, row: r }))}
            currency={e.baseCurrency}
          />
        </>
      )}
    </Stack>
  );
}

/** Which rule matched the campaign's order lines: codes and promotion ids where the export had them, else the window. */
function Attribution({ evaluation: e }: { evaluation: CampaignEvaluationWithSeries }) {
  const { t, i18n } = useTranslation();
  const total = attributionRules.reduce((n, r) => n + (e.linesByRule[r] ?? 0), 0);
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4} mb="xs">
        {t('promoEval.attribution')}
      </Title>
      {total === 0 ? (
        <Text c="dimmed">{t('promoEval.noLines')}</Text>
      ) : (
        <Group gap="md" aria-label={t('promoEval.attribution')}>
          {attributionRules
            .filter((r) => (e.linesByRule[r] ?? 0) > 0)
            .map((r) => (
              <Text key={r} size="sm">
                <b>{t(`promoEval.rules.${r}`)}</b>: {t('promoEval.lines', { count: e.linesByRule[r] })} (
                {new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(
                  e.linesByRule[r] / total,
                )}
                )
              </Text>
            ))}
        </Group>
      )}
    </Paper>
  );
}

function Breakdown({
  title,
  first,
  rows,
  currency,
}: {
  title: string;
  first: string;
  rows: { key: string; name: string; row: EvaluationBreakdownRow }[];
  currency: string;
}) {
  const { t, i18n } = useTranslation();
  const x = evaluationFormat(currency, i18n.language);
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4} mb="xs">
        {title}
      </Title>
      <Table fz="sm" striped aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{first}</Table.Th>
            <Table.Th ta="right">{t('promoEval.columns.units')}</Table.Th>
            <Table.Th ta="right">{t('promoEval.columns.baselineUnits')}</Table.Th>
            <Table.Th ta="right">{t('promoEval.columns.uplift')}</Table.Th>
            <Table.Th ta="right">{t('promoEval.columns.netSales')}</Table.Th>
            <Table.Th ta="right">{t('promoEval.columns.grossProfit')}</Table.Th>
            <Table.Th ta="right">{t('promoEval.columns.discount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ key, name, row }) => (
            <Table.Tr key={key}>
              <Table.Td>{name}</Table.Td>
              <Table.Td ta="right">{x.count(row.units)}</Table.Td>
              <Table.Td ta="right">{x.count(row.baselineUnits)}</Table.Td>
              <Table.Td ta="right">{x.signedPct(row.upliftBp)}</Table.Td>
              <Table.Td ta="right">{x.money(row.netSalesMinor)}</Table.Td>
              <Table.Td ta="right">{x.money(row.grossProfitMinor)}</Table.Td>
              <Table.Td ta="right">{x.money(row.attributedDiscountMinor)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
