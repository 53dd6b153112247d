import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { VisibleEvaluationFigures } from '../../../../shared/domain/promotions-evaluation';
import { formatMoney, formatNumber, formatPercentBp } from '../../../../shared/logic/money';

/** Formatting shared by the evaluation cards and the comparison table; null is "—" (METRICS.md). */
export function evaluationFormat(currency: string, locale: string) {
  const money = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : formatMoney(v, currency, locale);
  const pct = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : formatPercentBp(v, locale);
  // ROAS is a multiple of spend (52,000 bp = 5.2×), not a percentage: written as one so it never reads as ROI.
  const times = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : `${formatNumber(v / 10_000, locale, 2)}×`;
  const count = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : formatNumber(v, locale, 2);
  const signedPct = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : `${v > 0 ? '+' : ''}${pct(v)}`;
  return { money, pct, times, count, signedPct };
}

export type FigureRow = { key: string; label: string; value: string; hint?: string; tone?: 'good' | 'bad' };

/** The figures of one campaign in reading order: what it sold, what it cost, what it earned, budget. */
export function figureRows(
  f: VisibleEvaluationFigures,
  currency: string,
  locale: string,
  t: TFunction,
): FigureRow[] {
  const x = evaluationFormat(currency, locale);
  const tone = (v: number | null | undefined): FigureRow['tone'] =>
    v === null || v === undefined || v === 0 ? undefined : v > 0 ? 'good' : 'bad';
  const k = (key: string) => t(`promoEval.figures.${key}`);
  const h = (key: string, params?: Record<string, string | number>) => t(`promoEval.hints.${key}`, params);
  const overBudget = f.budgetLeftMinor !== null && f.budgetLeftMinor < 0;
  return [
    {
      key: 'units',
      label: k('units'),
      value: x.count(f.units),
      hint: h('perDay', { value: x.count(f.dailyUnits), baseline: x.count(f.baselineDailyUnits) }),
    },
    {
      key: 'netSales',
      label: k('netSales'),
      value: x.money(f.netSalesMinor),
      hint: h('perDay', {
        value: x.money(f.dailyNetSalesMinor),
        baseline: x.money(f.baselineDailyNetSalesMinor),
      }),
    },
    { key: 'uplift', label: k('uplift'), value: x.signedPct(f.upliftBp), tone: tone(f.upliftBp) },
    {
      key: 'netSalesUplift',
      label: k('netSalesUplift'),
      value: x.signedPct(f.netSalesUpliftBp),
      tone: tone(f.netSalesUpliftBp),
    },
    {
      key: 'discountCost',
      label: k('discountCost'),
      value: x.money(f.discountCostMinor),
      hint: `${h('discountCost')}: ${x.money(f.attributedDiscountMinor)} + ${x.money(f.giftCostMinor)}`,
    },
    {
      key: 'incrementalGrossProfit',
      label: k('incrementalGrossProfit'),
      value: x.money(f.incrementalGrossProfitMinor),
      hint: h('incremental'),
      tone: tone(f.incrementalGrossProfitMinor),
    },
    { key: 'roi', label: k('roi'), value: x.pct(f.roiBp), hint: h('roi'), tone: tone(f.roiBp) },
    { key: 'roas', label: k('roas'), value: x.times(f.roasBp), hint: h('roas') },
    {
      key: 'redemption',
      label: k('redemption'),
      value: x.pct(f.redemptionRateBp),
      hint:
        f.couponsIssued === null
          ? h('noCoupon')
          : h('redemption', { used: x.count(f.couponsUsed), issued: x.count(f.couponsIssued) }),
    },
    { key: 'spend', label: k('spend'), value: x.money(f.spendMinor) },
    {
      key: 'budget',
      label: `${k('budget')} / ${k('actualCost')}`,
      value: `${x.money(f.budgetMinor)} / ${x.money(f.actualCostMinor)}`,
      hint:
        f.budgetMinor === null
          ? h('noBudget')
          : overBudget
            ? h('overBudget', { value: x.money(-(f.budgetLeftMinor ?? 0)) })
            : h('budget', { used: x.pct(f.budgetUsedBp) }),
      tone: overBudget ? 'bad' : undefined,
    },
  ];
}

export function EvaluationCards({
  figures,
  currency,
}: {
  figures: VisibleEvaluationFigures;
  currency: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }}>
      {figureRows(figures, currency, i18n.language, t).map((r) => (
        <Paper key={r.key} withBorder radius="md" p="sm">
          <Text size="xs" c="dimmed">
            {r.label}
          </Text>
          <Text
            size="lg"
            fw={700}
            data-testid={`eval-${r.key}`}
            c={r.tone === 'good' ? 'teal.8' : r.tone === 'bad' ? 'red.8' : undefined}
          >
            {r.value}
          </Text>
          {r.hint && (
            <Text size="xs" c="dimmed">
              {r.hint}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
