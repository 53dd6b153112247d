import { Badge, Button, Group, Paper, Stack, Switch, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { SurveyTemplateView } from '../../../../shared/domain/survey-views';
import { localDate } from '../../../../shared/logic/dates';
import { formatDate, formatNumber } from '../../../../shared/logic/money';
import { api } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';
import { useShop } from '../../shop-context';
import { RulesTable } from './RulesTable';
import { TemplateEditor } from './TemplateEditor';
import { localized } from './survey-format';

/**
 * The survey templates and, below them, which storefront sends which one. `?edit=<id>` or `?edit=new` opens
 * the editor in place of the list (a link or reload keeps it open).
 */
export function TemplatesTab() {
  const { t, i18n } = useTranslation();
  const { settings } = useShop();
  const [params, setParams] = useSearchParams();
  const showArchived = params.get('archived') === '1';
  const editing = params.get('edit');
  const list = useApiQuery(() => api.surveys.templates({ includeArchived: true }), [], 'surveys');
  const all = list.data ?? [];
  const shown = all.filter((tpl) => showArchived || !tpl.archived);
  const setParam = (key: string, value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value === null) next.delete(key);
      else next.set(key, value);
      return next;
    });

  const toggleArchive = async (tpl: SurveyTemplateView) => {
    try {
      const done = tpl.archived
        ? await api.surveys.restoreTemplate({ id: tpl.id })
        : await api.surveys.archiveTemplate({ id: tpl.id });
      const name = localized(done.name, i18n.language);
      notifySuccess(t(done.archived ? 'surveys.templates.archived' : 'surveys.templates.restored', { name }));
      await list.reload();
    } catch (err) {
      notifyError(err);
    }
  };

  if (editing && (editing === 'new' || !list.loading)) {
    const template = editing === 'new' ? null : (all.find((tpl) => tpl.id === editing) ?? null);
    return (
      <TemplateEditor
        key={editing}
        template={template}
        onDone={() => {
          setParam('edit', null);
          void list.reload();
        }}
      />
    );
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Switch
          label={t('surveys.templates.showArchived')}
          checked={showArchived}
          onChange={(e) => setParam('archived', e.currentTarget.checked ? '1' : null)}
        />
        <Button leftSection={<IconPlus size={16} />} onClick={() => setParam('edit', 'new')}>
          {t('surveys.templates.new')}
        </Button>
      </Group>
      <Paper withBorder radius="md">
        <Table aria-label={t('surveys.templates.title')} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('surveys.templates.name')}</Table.Th>
              <Table.Th ta="right">{t('surveys.templates.questions')}</Table.Th>
              <Table.Th ta="right">{t('surveys.templates.responses')}</Table.Th>
              <Table.Th>{t('surveys.templates.updated')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((tpl) => {
              const name = localized(tpl.name, i18n.language);
              return (
                <Table.Tr key={tpl.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text fw={500}>{name}</Text>
                      {tpl.archived && <Badge color="gray">{t('surveys.templates.archivedBadge')}</Badge>}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {tpl.questions.map((q) => t(`surveys.kinds.${q.kind}`)).join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(tpl.questions.length, i18n.language, 0)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(tpl.responses, i18n.language, 0)}</Table.Td>
                  <Table.Td>
                    {formatDate(localDate(tpl.updatedAt, settings?.timezone ?? 'UTC'), i18n.language)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end">
                      <Button
                        size="compact-sm"
                        variant="light"
                        onClick={() => setParam('edit', tpl.id)}
                        aria-label={t('surveys.templates.editOf', { name })}
                      >
                        {t('surveys.templates.edit')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color={tpl.archived ? 'teal' : 'gray'}
                        onClick={() => void toggleArchive(tpl)}
                        aria-label={t(
                          tpl.archived ? 'surveys.templates.restoreOf' : 'surveys.templates.archiveOf',
                          { name },
                        )}
                      >
                        {t(tpl.archived ? 'surveys.templates.restore' : 'surveys.templates.archive')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {!list.loading && shown.length === 0 && (
          <Text c="dimmed" ta="center" py="xl">
            {t('surveys.templates.empty')}
          </Text>
        )}
      </Paper>
      <RulesTable templates={all} />
    </Stack>
  );
}
