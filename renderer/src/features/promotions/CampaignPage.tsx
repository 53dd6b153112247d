import { useState } from 'react';
import { Anchor, Badge, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { CampaignCreate } from '../../../../shared/api/schemas/promotions';
import type { Campaign } from '../../../../shared/domain/promotions';
import { localDate } from '../../../../shared/logic/dates';
import { addDays } from '../../../../shared/logic/metrics';
import { formatDateTime } from '../../../../shared/logic/money';
import { api } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';
import { useShop } from '../../shop-context';
import { CampaignForm } from './CampaignForm';
import { emptyValues, valuesFrom } from './campaign-form-values';
import { windowDays } from './campaign-time';
import { ConflictsList } from './ConflictsList';
import { GuardrailPanel } from './GuardrailPanel';
import { useBelowFloorOverride } from './OverrideDialog';
import type { SkuLabels } from './SkuPicker';
import { stateColor } from './campaign-text';

/** /promotions/new: the editor alone; saving creates a draft and opens its page. */
export function NewCampaignPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { settings } = useShop();
  const [labels, setLabels] = useState<SkuLabels>({});
  if (!settings) return <Loader aria-label={t('common.loading')} />;
  const tomorrow = addDays(localDate(new Date().toISOString(), settings.timezone), 1);
  const save = async (input: CampaignCreate) => {
    const created = await api.promotions.create(input);
    notifySuccess(t('promotions.editor.created'));
    void navigate(`/promotions/${created.id}`);
  };
  return (
    <Stack>
      <Header title={t('promotions.editor.newTitle')} />
      <CampaignForm
        initial={emptyValues(`${tomorrow}T00:00`, `${addDays(tomorrow, 7)}T00:00`)}
        isNew
        locked={false}
        save={save}
        labels={labels}
        addLabels={(more) => setLabels((l) => ({ ...l, ...more }))}
      />
    </Stack>
  );
}

function Header({ title, campaign }: { title: string; campaign?: Campaign }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-end">
      <Group gap="sm" align="center">
        <Title order={2}>{title}</Title>
        {campaign && (
          <Badge color={stateColor[campaign.state]} variant="light" size="lg">
            {t(`promotions.states.${campaign.state}`)}
          </Badge>
        )}
      </Group>
      <Anchor component={Link} to="/promotions" size="sm">
        {t('promotions.editor.back')}
      </Anchor>
    </Group>
  );
}

/** /promotions/:id — the editor, the guardrail and the conflicts of one campaign, with activate / cancel. */
export function CampaignPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { settings, storefronts } = useShop();
  const timeZone = settings?.timezone ?? 'Asia/Shanghai';
  const campaign = useApiQuery(() => api.promotions.get({ id }), [id], 'promotions');
  const guardrail = useApiQuery(() => api.promotions.guardrail({ id }), [id], 'promotions');
  const c = campaign.data;
  const days = c ? windowDays(c.startAt, c.endAt, timeZone) : null;
  const conflicts = useApiQuery(
    async () => (days ? api.promotions.conflicts({ from: days.first, to: days.last }) : undefined),
    [id, days?.first, days?.last],
    'promotions',
  );
  const others = useApiQuery(
    async () => (days ? api.promotions.list({ from: days.first, to: days.last }) : []),
    [id, days?.first, days?.last],
    'promotions',
  );
  const [extraLabels, setExtraLabels] = useState<SkuLabels>({});
  const { attempt, dialog } = useBelowFloorOverride();

  if (!c || !settings) return <Loader aria-label={t('common.loading')} />;
  const reload = async () => {
    await Promise.all([campaign.reload(), guardrail.reload(), conflicts.reload()]);
  };
  const labels: SkuLabels = {
    ...Object.fromEntries((guardrail.data?.rows ?? []).map((r) => [r.skuId, `${r.skuCode} · ${r.skuName}`])),
    ...extraLabels,
  };
  const storefrontName = (sid: string) => storefronts.find((s) => s.id === sid)?.name ?? sid;
  const campaignName = (cid: string) =>
    cid === c.id ? c.name : ((others.data ?? []).find((x) => x.id === cid)?.name ?? cid);
  const locked = c.state === 'ended' || c.state === 'cancelled';

  const save = (input: CampaignCreate) =>
    attempt(async (overrideReason) => {
      const changes = locked
        ? {
            budgetMinor: input.budgetMinor,
            spendMinor: input.spendMinor,
            notes: input.notes,
            keys: input.keys,
          }
        : input;
      await api.promotions.update({ id: c.id, ...changes, ...(overrideReason ? { overrideReason } : {}) });
      notifySuccess(t('promotions.editor.saved'));
      await reload();
    });
  const activate = () =>
    attempt(async (overrideReason) => {
      await api.promotions.activate({ id: c.id, ...(overrideReason ? { overrideReason } : {}) });
      notifySuccess(t('promoGuard.activated'));
      await reload();
    }).catch(notifyError);
  const cancel = () =>
    modals.openConfirmModal({
      title: t('promoGuard.cancel'),
      children: <Text size="sm">{t('promoGuard.cancelConfirm', { name: c.name })}</Text>,
      labels: { confirm: t('promoGuard.cancel'), cancel: t('promoGuard.keep') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void api.promotions
          .cancel({ id: c.id })
          .then(() => notifySuccess(t('promoGuard.cancelled')))
          .then(reload)
          .catch(notifyError),
    });

  return (
    <Stack>
      <Header title={c.name} campaign={c} />
      <Group gap="sm">
        {c.state === 'draft' && <Button onClick={() => void activate()}>{t('promoGuard.activate')}</Button>}
        {c.state !== 'draft' && c.state !== 'cancelled' && (
          <Button component={Link} to={`/promotions/${c.id}/evaluation`} variant="light">
            {t('promoGuard.evaluation')}
          </Button>
        )}
        {(c.state === 'draft' || c.state === 'scheduled' || c.state === 'active') && (
          <Button variant="subtle" color="red" onClick={cancel}>
            {t('promoGuard.cancel')}
          </Button>
        )}
      </Group>
      <CampaignForm
        // Keyed by the saved version: after a save or a move the form starts from what main stored.
        key={c.updatedAt}
        initial={valuesFrom(c, timeZone)}
        isNew={false}
        locked={locked}
        save={save}
        labels={labels}
        addLabels={(more) => setExtraLabels((l) => ({ ...l, ...more }))}
      />
      <GuardrailPanel
        guardrail={guardrail.data}
        storefrontName={storefrontName}
        campaignName={campaignName}
      />
      <ConflictsList
        campaignId={c.id}
        conflicts={conflicts.data}
        storefrontName={storefrontName}
        timeZone={timeZone}
        currency={c.currency}
      />
      {c.overrides.length > 0 && (
        <Stack gap={4}>
          <Title order={5}>{t('promoGuard.overrides')}</Title>
          {c.overrides.map((o) => (
            <Text key={o.id} size="sm" c="dimmed">
              {t('promoGuard.overrideLine', {
                at: formatDateTime(o.at, i18n.language, timeZone),
                action: t(`promoGuard.overrideActions.${o.action}`),
                rows: o.belowFloorRows,
                reason: o.reason,
              })}
            </Text>
          ))}
        </Stack>
      )}
      {dialog}
    </Stack>
  );
}
