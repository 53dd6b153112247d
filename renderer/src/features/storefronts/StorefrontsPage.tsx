import { useState } from 'react';
import { Badge, Button, Group, Modal, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { Storefront } from '../../../../shared/domain/storefronts';
import { bpToPercentString, formatMoney } from '../../../../shared/logic/money';
import { api } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';
import { useShop } from '../../shop-context';
import { StorefrontForm } from './StorefrontForm';
import { emptyValues, valuesFrom } from './storefront-form-values';

type Editing = { mode: 'create' } | { mode: 'edit'; storefront: Storefront } | null;

export function StorefrontsPage() {
  const { t, i18n } = useTranslation();
  const { settings } = useShop();
  const [showArchived, setShowArchived] = useState(false);
  const [chosen, setChosen] = useState<Editing>(null);
  const [params, setParams] = useSearchParams();
  // The command palette opens the create form with ?new=1, so the address itself is that state.
  const editing: Editing = chosen ?? (params.get('new') === '1' ? { mode: 'create' } : null);
  const setEditing = (next: Editing) => {
    setChosen(next);
    if (params.has('new')) setParams({}, { replace: true });
  };
  const list = useApiQuery(
    () => api.storefronts.list({ includeArchived: showArchived }),
    [showArchived],
    'storefronts',
  );

  const setArchived = async (s: Storefront, archived: boolean) => {
    try {
      const saved = archived
        ? await api.storefronts.archive({ id: s.id })
        : await api.storefronts.restore({ id: s.id });
      notifySuccess(
        t(archived ? 'storefronts.archivedDone' : 'storefronts.restoredDone', { name: saved.name }),
      );
      await list.reload();
    } catch (err) {
      notifyError(err);
    }
  };

  const confirmArchive = (s: Storefront) =>
    modals.openConfirmModal({
      title: t('common.archive'),
      children: <Text size="sm">{t('storefronts.archiveConfirm', { name: s.name })}</Text>,
      labels: { confirm: t('common.archive'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void setArchived(s, true),
    });

  const rows = (list.data ?? []).map((s) => (
    <Table.Tr key={s.id} opacity={s.archived ? 0.6 : 1}>
      <Table.Td fw={500}>{s.name}</Table.Td>
      <Table.Td>{t(`platforms.${s.platform}`)}</Table.Td>
      <Table.Td>{s.currency}</Table.Td>
      <Table.Td>{s.timezone}</Table.Td>
      <Table.Td>{t(`storefrontRoles.${s.role}`)}</Table.Td>
      <Table.Td>
        <Text size="sm">
          {t('storefronts.feeSummary', {
            commission: bpToPercentString(s.feeRules.commissionRateBp),
            payment: bpToPercentString(s.feeRules.paymentFeeRateBp),
            fixed: formatMoney(s.feeRules.fixedFeeMinor, s.currency, i18n.language),
            shipping: formatMoney(s.feeRules.shippingCostMinor, s.currency, i18n.language),
          })}
          {s.feeRules.categoryCommissions.length > 0 &&
            ` · ${t('storefronts.categoryRates', { count: s.feeRules.categoryCommissions.length })}`}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {s.archived ? (
          <Badge color="gray" miw="max-content">
            {t('common.archived')}
          </Badge>
        ) : (
          <Badge color="teal" miw="max-content">
            {t('storefronts.active')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => setEditing({ mode: 'edit', storefront: s })}
            aria-label={`${t('common.edit')} ${s.name}`}
          >
            {t('common.edit')}
          </Button>
          {s.archived ? (
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => void setArchived(s, false)}
              aria-label={`${t('common.restore')} ${s.name}`}
            >
              {t('common.restore')}
            </Button>
          ) : (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              onClick={() => confirmArchive(s)}
              aria-label={`${t('common.archive')} ${s.name}`}
            >
              {t('common.archive')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  ));

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('storefronts.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('storefronts.subtitle')}
          </Text>
        </div>
        <Group>
          <Switch
            label={t('storefronts.showArchived')}
            checked={showArchived}
            onChange={(e) => setShowArchived(e.currentTarget.checked)}
          />
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ mode: 'create' })}>
            {t('storefronts.new')}
          </Button>
        </Group>
      </Group>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('storefronts.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('storefronts.name')}</Table.Th>
                <Table.Th>{t('storefronts.platform')}</Table.Th>
                <Table.Th>{t('storefronts.currency')}</Table.Th>
                <Table.Th>{t('storefronts.timezone')}</Table.Th>
                <Table.Th>{t('storefronts.role')}</Table.Th>
                <Table.Th>{t('storefronts.fees')}</Table.Th>
                <Table.Th>{t('storefronts.status')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>{rows}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!list.loading && rows.length === 0 && (
          <Text c="dimmed" ta="center" p="xl">
            {t('storefronts.empty')}
          </Text>
        )}
      </Paper>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? t('storefronts.editTitle') : t('storefronts.new')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing && (
          <StorefrontForm
            initial={
              editing.mode === 'edit'
                ? valuesFrom(editing.storefront)
                : emptyValues(settings?.baseCurrency ?? 'CNY', settings?.timezone ?? 'Asia/Shanghai')
            }
            onSubmit={(input) =>
              editing.mode === 'edit'
                ? api.storefronts.update({ id: editing.storefront.id, patch: input })
                : api.storefronts.create(input)
            }
            onDone={(saved) => {
              notifySuccess(
                t(editing.mode === 'edit' ? 'storefronts.updated' : 'storefronts.created', {
                  name: saved.name,
                }),
              );
              setEditing(null);
              void list.reload();
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
