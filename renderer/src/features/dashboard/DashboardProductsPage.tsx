import { Anchor, Group, Loader, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { isCalendarDate } from '../../../../shared/api/schemas/common';
import { sellsAtALoss } from '../../../../shared/logic/dashboard-changes';
import { formatDate } from '../../../../shared/logic/money';
import { api } from '../../api';
import { errorText } from '../../components/notify-error';
import { linkTo } from './dashboard-format';
import { ProductTable } from './ProductTable';
import { useKeyedLoad } from './use-keyed-load';

/**
 * /dashboard/products?from=…&to=…[&storefront=id][&loss=1]: every SKU of the period ranked by gross profit
 * (by net sales for the service role) — the rows behind "all products" and the "sold at a loss" alert.
 */
export function DashboardProductsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const storefrontId = params.get('storefront');
  const lossOnly = params.get('loss') === '1';
  const valid = isCalendarDate(from) && isCalendarDate(to) && from <= to;
  const query = valid ? { from, to, ...(storefrontId ? { storefrontId } : {}) } : null;
  const load = useKeyedLoad(query && JSON.stringify(query), () => api.dashboard.products(query!), ['orders']);
  const data = load.data;
  const rows = data ? (lossOnly ? data.rows.filter(sellsAtALoss) : data.rows) : [];
  const back = linkTo('/dashboard', {
    ...(valid ? { from, to } : {}),
    ...(storefrontId ? { storefront: storefrontId } : {}),
  });
  const title = t(data?.costsHidden ? 'dashboard.productsBySalesTitle' : 'dashboard.productsTitle');

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{title}</Title>
          {valid && (
            <Text c="dimmed" size="sm">
              {t('dashboard.productsSubtitle', {
                from: formatDate(from, i18n.language),
                to: formatDate(to, i18n.language),
              })}
            </Text>
          )}
        </div>
        <Group>
          {!data?.costsHidden && (
            <Switch
              label={t('dashboard.lossOnly')}
              checked={lossOnly}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                setParams(
                  (current) => {
                    const next = new URLSearchParams(current);
                    if (checked) next.set('loss', '1');
                    else next.delete('loss');
                    return next;
                  },
                  { replace: true },
                );
              }}
            />
          )}
          <Anchor component={Link} to={back} size="sm">
            {t('dashboard.backToDashboard')}
          </Anchor>
        </Group>
      </Group>
      <Paper withBorder radius="md" p="md">
        {!valid && <Text c="dimmed">{t('validation.date')}</Text>}
        {valid && load.loading && <Loader size="sm" aria-label={t('common.loading')} />}
        {load.error !== undefined && <Text c="red">{errorText(load.error).body}</Text>}
        {data && (
          <ProductTable
            rows={rows}
            label={title}
            currency={data.baseCurrency}
            costsHidden={data.costsHidden}
            period={data.period}
            storefrontId={storefrontId}
            withCosts
          />
        )}
      </Paper>
    </Stack>
  );
}
