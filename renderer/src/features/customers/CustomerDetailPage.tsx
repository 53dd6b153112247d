import { useState, type ReactNode } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Pagination,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { CustomerDetail } from '../../../../shared/domain/customers';
import { localDate } from '../../../../shared/logic/dates';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../../../../shared/logic/money';
import { api } from '../../api';
import { useApiQuery } from '../../hooks/use-api-query';
import { useShop } from '../../shop-context';
import { MergeDialog } from './MergeDialog';
import { SplitDialog } from './SplitDialog';
import { TierBadge } from './TierBadge';

const PAGE_SIZE = 50;

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={500}>{children}</Text>
    </div>
  );
}

function Figures({ customer, zone }: { customer: CustomerDetail; zone: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const money = (minor: number) => formatMoney(minor, customer.baseCurrency, locale);
  const day = (iso: string | null) => (iso ? formatDate(localDate(iso, zone), locale) : t('common.none'));
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4} mb="sm">
        {t('customers.figures')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Figure label={t('customers.orders')}>{formatNumber(customer.orders, locale, 0)}</Figure>
        <Figure label={t('customers.spent')}>{money(customer.monetaryMinor)}</Figure>
        {/* Null for the service role (PRODUCT.md §10): the figure is left out, not shown as 0. */}
        {customer.grossProfitMinor !== null && (
          <Figure label={t('customers.grossProfit')}>{money(customer.grossProfitMinor)}</Figure>
        )}
        <Figure label={t('customers.storefronts')}>{formatNumber(customer.storefronts, locale, 0)}</Figure>
        <Figure label={t('customers.firstOrder')}>{day(customer.firstOrderAt)}</Figure>
        <Figure label={t('customers.lastOrder')}>{day(customer.lastOrderAt)}</Figure>
        <Figure label={t('customers.recency')}>
          {customer.recencyDays === null ? t('common.none') : formatNumber(customer.recencyDays, locale, 0)}
        </Figure>
        <Figure label={t('customers.cycle')}>
          {customer.purchaseCycleDays === null
            ? t('common.none')
            : t('customers.cycleDays', { days: formatNumber(customer.purchaseCycleDays, locale, 1) })}
        </Figure>
        <Figure label={t('customers.repurchase')}>
          {customer.repurchase ? t('customers.yes') : t('customers.no')}
        </Figure>
      </SimpleGrid>
      {customer.unconvertedOrders > 0 && (
        <Alert color="yellow" mt="sm">
          {t('customers.unconverted', { count: customer.unconvertedOrders })}
        </Alert>
      )}
    </Paper>
  );
}

function Scores({ customer }: { customer: CustomerDetail }) {
  const { t } = useTranslation();
  const { rfm } = customer;
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('customers.scores')}</Title>
        <TierBadge tier={customer.tier} />
      </Group>
      {rfm ? (
        <SimpleGrid cols={3}>
          <Figure label={t('customers.recencyScore')}>{rfm.recency} / 5</Figure>
          <Figure label={t('customers.frequencyScore')}>{rfm.frequency} / 5</Figure>
          <Figure label={t('customers.monetaryScore')}>{rfm.monetary} / 5</Figure>
        </SimpleGrid>
      ) : (
        <Text size="sm" c="dimmed">
          {t('customers.notRanked')}
        </Text>
      )}
    </Paper>
  );
}

function Identities({ customer }: { customer: CustomerDetail }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4} mb="sm">
        {t('customers.identities')}
      </Title>
      {customer.identities.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('customers.noIdentities')}
        </Text>
      ) : (
        <Stack gap={4} aria-label={t('customers.identities')}>
          {customer.identities.map((i) => (
            <Group key={`${i.kind}:${i.value}`} gap="xs">
              <Badge variant="light" w={90}>
                {t(`customers.kinds.${i.kind}`)}
              </Badge>
              <Text size="sm">{i.value}</Text>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/** One customer on every storefront: identities, lifetime figures, RFM, orders, and the merge and split actions. */
export function CustomerDetailPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { settings } = useShop();
  const { customerId = '' } = useParams();
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<'merge' | 'split' | null>(null);
  const detail = useApiQuery(
    () => api.customers.get({ id: customerId, page, pageSize: PAGE_SIZE }),
    [customerId, page],
    'customers',
  );
  const customer = detail.data;
  const zone = settings?.timezone ?? 'UTC';
  const locale = i18n.language;
  if (!customer) {
    return (
      <Anchor component={Link} to="/customers">
        {t('customers.back')}
      </Anchor>
    );
  }
  const orders = customer.orderPage;
  return (
    <Stack>
      <Anchor component={Link} to="/customers" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('customers.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{customer.name ?? t('customers.noName')}</Title>
          <Text c="dimmed" size="sm">
            {[customer.phone, customer.email].filter(Boolean).join(' · ') || t('common.none')}
          </Text>
        </div>
        <Group>
          <Button variant="default" onClick={() => setDialog('merge')}>
            {t('customers.merge')}
          </Button>
          <Button variant="default" disabled={orders.total < 2} onClick={() => setDialog('split')}>
            {t('customers.split')}
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Identities customer={customer} />
        <Scores customer={customer} />
      </SimpleGrid>
      <Figures customer={customer} zone={zone} />
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="sm">
          {t('customers.orderList')}
        </Title>
        <Table aria-label={t('customers.orderList')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('customers.placedAt')}</Table.Th>
              <Table.Th>{t('customers.storefront')}</Table.Th>
              <Table.Th>{t('customers.orderNo')}</Table.Th>
              <Table.Th>{t('customers.status')}</Table.Th>
              <Table.Th ta="right">{t('customers.amount')}</Table.Th>
              <Table.Th ta="right">{t('customers.refunded')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {orders.rows.map((o) => (
              <Table.Tr key={o.id} opacity={o.valid ? 1 : 0.6}>
                <Table.Td>{formatDateTime(o.placedAt, locale, zone)}</Table.Td>
                <Table.Td>{o.storefrontName}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/orders/${o.id}`}>
                    {o.externalId}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`customers.statuses.${o.status}`)}</Table.Td>
                <Table.Td ta="right">{formatMoney(o.amountMinor, o.currency, locale)}</Table.Td>
                <Table.Td ta="right">
                  {o.refundedMinor ? formatMoney(o.refundedMinor, o.currency, locale) : t('common.none')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {orders.total > PAGE_SIZE && (
          <Group justify="flex-end" mt="sm">
            <Pagination total={Math.ceil(orders.total / PAGE_SIZE)} value={page} onChange={setPage} />
          </Group>
        )}
      </Paper>
      <MergeDialog
        customer={customer}
        opened={dialog === 'merge'}
        onClose={() => setDialog(null)}
        onMerged={() => {
          setDialog(null);
          void detail.reload();
        }}
      />
      <SplitDialog
        key={`${customer.id}:${orders.page}:${orders.total}`}
        customer={customer}
        opened={dialog === 'split'}
        timeZone={zone}
        onClose={() => setDialog(null)}
        onSplit={(id) => {
          setDialog(null);
          void navigate(`/customers/${id}`);
        }}
      />
    </Stack>
  );
}
