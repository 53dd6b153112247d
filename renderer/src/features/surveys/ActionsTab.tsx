import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImprovementActionView, ScoreWindow } from '../../../../shared/domain/survey-views';
import { localDate } from '../../../../shared/logic/dates';
import { formatDate } from '../../../../shared/logic/money';
import { api } from '../../api';
import { useApiQuery } from '../../hooks/use-api-query';
import { useShop } from '../../shop-context';
import { ActionEditor } from './ActionEditor';
import { pointsText, scoreText } from './survey-format';

/** Short cells stay on one line; the table scrolls sideways instead of truncating a status. */
const nowrap = { whiteSpace: 'nowrap' } as const;

const statusColor = { planned: 'gray', in_progress: 'blue', done: 'teal', cancelled: 'red' } as const;

/**
 * Improvement actions with their before/after scores: CSAT and NPS in the equal-length stretch before the
 * start against start → end (or today), and the tickets of the linked root cause in both windows.
 */
export function ActionsTab() {
  const { t, i18n } = useTranslation();
  const { settings } = useShop();
  const locale = i18n.language;
  const list = useApiQuery(() => api.surveys.improvementActions(), [], 'surveys');
  const [editing, setEditing] = useState<ImprovementActionView | 'new' | null>(null);
  const today = localDate(new Date().toISOString(), settings?.timezone ?? 'UTC');
  const rows = list.data ?? [];
  const d = (day: string | null) => (day ? formatDate(day, locale) : '…');
  const window = (w: ScoreWindow) =>
    t('surveyResults.actions.window', {
      csat: scoreText(w.csat, locale),
      nps: scoreText(w.nps, locale),
      count: w.responses,
    });

  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('surveyResults.actions.hint')}
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          {t('surveyResults.actions.new')}
        </Button>
      </Group>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={1150}>
          <Table aria-label={t('surveyResults.actions.title')} highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('surveyResults.actions.what')}</Table.Th>
                <Table.Th>{t('surveyResults.actions.owner')}</Table.Th>
                <Table.Th>{t('surveyResults.actions.dates')}</Table.Th>
                <Table.Th>{t('surveyResults.actions.rootCause')}</Table.Th>
                <Table.Th>{t('surveyResults.actions.status')}</Table.Th>
                <Table.Th>{t('surveyResults.actions.before')}</Table.Th>
                <Table.Th>{t('surveyResults.actions.after')}</Table.Th>
                <Table.Th>{t('surveyResults.actions.changeColumn')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {a.title}
                    </Text>
                    {a.notes && (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {a.notes}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={nowrap}>{a.ownerName ?? t('common.none')}</Table.Td>
                  <Table.Td style={nowrap}>
                    <Text size="sm">
                      {d(a.startDate)} – {d(a.endDate)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {a.rootCause ? t(`surveyResults.rootCauses.${a.rootCause}`) : t('common.none')}
                    {a.rootCauseTickets && (
                      <Text size="xs" c="dimmed">
                        {t('surveyResults.actions.tickets', { ...a.rootCauseTickets })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={nowrap}>
                    <Badge color={statusColor[a.status]} variant="light" style={{ overflow: 'visible' }}>
                      {t(`surveyResults.statuses.${a.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{window(a.before)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{window(a.after)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {t('surveyResults.actions.changes', {
                        csat: pointsText(a.csatChangePoints, locale),
                        nps: pointsText(a.npsChangePoints, locale),
                      })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={() => setEditing(a)}
                      aria-label={t('surveyResults.actions.editOf', { title: a.title })}
                    >
                      {t('surveyResults.actions.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!list.loading && rows.length === 0 && (
          <Text c="dimmed" ta="center" py="xl">
            {t('surveyResults.actions.empty')}
          </Text>
        )}
      </Paper>
      {editing && (
        <ActionEditor
          action={editing === 'new' ? null : editing}
          today={today}
          onClose={(saved) => {
            setEditing(null);
            if (saved) void list.reload();
          }}
        />
      )}
    </Stack>
  );
}
