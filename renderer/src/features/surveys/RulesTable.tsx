import { NumberInput, Paper, Select, Switch, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyRule, SurveyTemplateView } from '../../../../shared/domain/survey-views';
import { api } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';
import { localized } from './survey-format';

/**
 * Which survey each storefront sends, and when: after a ticket closes, after an order completes. A change
 * saves at once; a rule without a survey cannot be switched on.
 */
export function RulesTable({ templates }: { templates: SurveyTemplateView[] }) {
  const { t, i18n } = useTranslation();
  const rules = useApiQuery(() => api.surveys.rules(), [], 'surveys');
  const choices = templates
    .filter((tpl) => !tpl.archived)
    .map((tpl) => ({ value: tpl.id, label: localized(tpl.name, i18n.language) }));

  const save = async (rule: SurveyRule, patch: Partial<SurveyRule>) => {
    const next = { ...rule, ...patch };
    if (!next.templateId) return;
    try {
      await api.surveys.saveRule({
        storefrontId: next.storefrontId,
        trigger: next.trigger,
        templateId: next.templateId,
        enabled: next.enabled,
        delayHours: next.delayHours,
      });
      notifySuccess(t('surveys.rules.saved', { storefront: rule.storefrontName }));
      await rules.reload();
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('surveys.rules.title')}>
      <Title order={4}>{t('surveys.rules.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('surveys.rules.hint')}
      </Text>
      <Table aria-label={t('surveys.rules.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('surveys.rules.storefront')}</Table.Th>
            <Table.Th>{t('surveys.rules.trigger')}</Table.Th>
            <Table.Th>{t('surveys.rules.template')}</Table.Th>
            <Table.Th>{t('surveys.rules.delay')}</Table.Th>
            <Table.Th>{t('surveys.rules.enabled')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(rules.data ?? []).map((rule) => {
            const name = `${rule.storefrontName} · ${t(`surveys.triggers.${rule.trigger}`)}`;
            return (
              <Table.Tr key={`${rule.storefrontId}-${rule.trigger}`}>
                <Table.Td>{rule.storefrontName}</Table.Td>
                <Table.Td>{t(`surveys.triggers.${rule.trigger}`)}</Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={t('surveys.rules.templateOf', { rule: name })}
                    data={choices}
                    value={rule.templateId}
                    placeholder={t('surveys.rules.noTemplate')}
                    allowDeselect={false}
                    onChange={(v) => v && void save(rule, { templateId: v, enabled: true })}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    w={90}
                    min={0}
                    max={720}
                    allowDecimal={false}
                    aria-label={t('surveys.rules.delayOf', { rule: name })}
                    defaultValue={rule.delayHours}
                    disabled={!rule.templateId}
                    onBlur={(e) => {
                      const hours = Number(e.currentTarget.value);
                      if (hours !== rule.delayHours) void save(rule, { delayHours: hours });
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  <Switch
                    aria-label={t('surveys.rules.enabledOf', { rule: name })}
                    checked={rule.enabled}
                    disabled={!rule.templateId}
                    onChange={(e) => void save(rule, { enabled: e.currentTarget.checked })}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {!rules.loading && (rules.data ?? []).length === 0 && (
        <Text c="dimmed" size="sm" ta="center" py="md">
          {t('surveys.rules.noStorefronts')}
        </Text>
      )}
    </Paper>
  );
}
