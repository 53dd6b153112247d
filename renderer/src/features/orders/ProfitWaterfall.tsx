import { Alert, Box, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderProfitView, WaterfallStep } from '../../../../shared/domain/order-detail';
import { formatDate, formatMoney, formatPercentBp } from '../../../../shared/logic/money';

interface Bar {
  step: WaterfallStep;
  from: number;
  to: number;
}

/** Where each bar starts and ends: subtotals from zero, every other step from the running total. */
function bars(steps: WaterfallStep[]): Bar[] {
  let running = 0;
  return steps.map((step) => {
    if (step.total) {
      running = step.baseMinor;
      return { step, from: 0, to: step.baseMinor };
    }
    const from = running;
    running += step.baseMinor;
    return { step, from, to: running };
  });
}

const barColor = (step: WaterfallStep) =>
  step.total ? (step.baseMinor < 0 ? 'red' : 'teal') : step.baseMinor < 0 ? 'orange' : 'blue';

/**
 * The order's profit waterfall (METRICS.md): a horizontal bar per step, on one scale from the lowest to the
 * highest running total, with the figures in the base currency and, when it differs, the order's.
 */
export function ProfitWaterfall({ profit }: { profit: OrderProfitView }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  // The page leaves the section out for the service role; nothing to draw here either.
  if (!profit.available && 'hidden' in profit) return null;
  if (!profit.available) {
    return (
      <Alert color="yellow">
        {t('orders.missingRate', {
          currency: profit.missingRate.currency,
          date: formatDate(profit.missingRate.date, locale),
        })}
      </Alert>
    );
  }
  const list = bars(profit.steps);
  const low = Math.min(0, ...list.flatMap((b) => [b.from, b.to]));
  const high = Math.max(0, ...list.flatMap((b) => [b.from, b.to]));
  const span = high - low || 1;
  const pct = (v: number) => `${((v - low) / span) * 100}%`;
  const twoCurrencies = profit.currency !== profit.baseCurrency;
  const notes = [
    t(profit.feesSource === 'actual' ? 'orders.feesActualNote' : 'orders.feesRuleNote'),
    ...(profit.shippingCostSource === 'default' ? [t('orders.shippingDefaultNote')] : []),
  ];

  return (
    <div>
      <Table aria-label={t('orders.profit')} verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150} />
            <Table.Th />
            <Table.Th ta="right" w={140}>
              {t('orders.currencyBase', { currency: profit.baseCurrency })}
            </Table.Th>
            {twoCurrencies && (
              <Table.Th ta="right" w={140}>
                {t('orders.currencyOrder', { currency: profit.currency })}
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map(({ step, from, to }) => (
            <Table.Tr key={step.key}>
              <Table.Td fw={step.total ? 600 : undefined}>{t(`orders.steps.${step.key}`)}</Table.Td>
              <Table.Td>
                <Box pos="relative" h={18} miw={160}>
                  <Box
                    pos="absolute"
                    top={0}
                    h={18}
                    bg={`var(--mantine-color-${barColor(step)}-6)`}
                    style={{
                      left: pct(Math.min(from, to)),
                      width: `max(2px, calc(${pct(Math.max(from, to))} - ${pct(Math.min(from, to))}))`,
                      borderRadius: 3,
                    }}
                  />
                </Box>
              </Table.Td>
              <Table.Td ta="right" fw={step.total ? 600 : undefined}>
                {formatMoney(step.baseMinor, profit.baseCurrency, locale)}
              </Table.Td>
              {twoCurrencies && (
                <Table.Td ta="right" c="dimmed">
                  {formatMoney(step.orderMinor, profit.currency, locale)}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between" mt="xs">
        <Text size="sm" fw={600}>
          {profit.grossMarginBp === null
            ? t('orders.marginNone')
            : t('orders.margin', { margin: formatPercentBp(profit.grossMarginBp, locale) })}
        </Text>
        <Text size="xs" c="dimmed">
          {notes.join(' · ')}
        </Text>
      </Group>
    </div>
  );
}
