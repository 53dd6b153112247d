import { Group, Paper, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ComparedFigureKey, DashboardOverview } from '../../../../shared/domain/dashboard';
import { validOrderStatuses } from '../../../../shared/domain/orders';
import { changeDirection } from '../../../../shared/logic/dashboard-changes';
import { changeMagnitude, figureText, goodDirection, linkTo } from './dashboard-format';

/** The cards, in the order an owner reads them; profit ones are left out for the service role. */
const cardKeys: ComparedFigureKey[] = [
  'netSalesMinor',
  'grossProfitMinor',
  'grossMarginBp',
  'orders',
  'averageOrderValueMinor',
  'buyers',
  'newCustomers',
  'repurchaseRateBp',
  'refundRateBp',
];
const profitKeys: ReadonlySet<ComparedFigureKey> = new Set(['grossProfitMinor', 'grossMarginBp']);

/** The valid orders of the period and storefront: the rows every card is made of. */
export function ordersLink(overview: DashboardOverview): string {
  return linkTo('/orders', {
    from: overview.period.from,
    to: overview.period.to,
    ...(overview.storefrontId ? { storefront: overview.storefrontId } : {}),
    status: validOrderStatuses.join(','),
  });
}

function Change({
  label,
  figure,
  bp,
  now,
  then,
}: {
  label: string;
  figure: ComparedFigureKey;
  bp: number | null;
  now: number | null;
  then: number | null | undefined;
}) {
  const { t, i18n } = useTranslation();
  const direction = bp === null ? null : changeDirection(now, then ?? null);
  if (direction === null) {
    return (
      <Text size="xs" c="dimmed">
        {label} —
      </Text>
    );
  }
  const Icon =
    direction === 'up' ? IconArrowUpRight : direction === 'down' ? IconArrowDownRight : IconArrowRight;
  const color = direction === 'flat' ? 'dimmed' : goodDirection(figure, direction) ? 'teal.7' : 'red.7';
  const value = changeMagnitude(bp!, i18n.language);
  const words =
    direction === 'flat'
      ? t('dashboard.changeFlat')
      : t(`dashboard.change${direction === 'up' ? 'Up' : 'Down'}`, { value });
  return (
    <Group gap={4} wrap="nowrap" aria-label={`${label} ${words}`}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Icon size={14} color={`var(--mantine-color-${color.replace('.', '-')})`} aria-hidden />
      <Text size="xs" c={color} fw={500}>
        {direction === 'flat' ? '0%' : value}
      </Text>
    </Group>
  );
}

export function KpiCards({ overview }: { overview: DashboardOverview }) {
  const { t, i18n } = useTranslation();
  const keys = cardKeys.filter((k) => !(overview.costsHidden && profitKeys.has(k)));
  const to = ordersLink(overview);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm">
      {keys.map((key) => {
        const name = t(`dashboard.cards.${key}`);
        const change = overview.changes[key];
        return (
          <UnstyledButton
            key={key}
            component={Link}
            to={to}
            aria-label={t('dashboard.openRows', { figure: name })}
          >
            <Paper withBorder radius="md" p="sm" h="100%" data-figure={key}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {name}
              </Text>
              <Text fz="lg" fw={700} mt={4} data-testid={`figure-${key}`}>
                {figureText(key, overview.current[key], overview.baseCurrency, i18n.language)}
              </Text>
              <Change
                label={t('dashboard.mom')}
                figure={key}
                bp={change.momBp}
                now={overview.current[key]}
                then={overview.previous?.[key]}
              />
              <Change
                label={t('dashboard.yoy')}
                figure={key}
                bp={change.yoyBp}
                now={overview.current[key]}
                then={overview.lastYear?.[key]}
              />
            </Paper>
          </UnstyledButton>
        );
      })}
    </SimpleGrid>
  );
}
