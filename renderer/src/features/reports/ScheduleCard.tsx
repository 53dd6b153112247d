import { useEffect, useState } from 'react';
import { Button, Card, Group, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { IconFolder } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReportSchedule } from '../../../../shared/domain/reports';
import type { Language } from '../../../../shared/domain/settings';
import { api } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import { PathModal } from '../../components/PathModal';

/** The scheduled export: on, into which folder, in which language; and which month it last wrote. */
export function ScheduleCard() {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<ReportSchedule | null>(null);
  const [draft, setDraft] = useState<Omit<ReportSchedule, 'lastWrittenMonth'> | null>(null);
  const [typing, setTyping] = useState(false);

  useEffect(() => {
    api.reports
      .schedule()
      .then((s) => {
        setSaved(s);
        setDraft({ enabled: s.enabled, folder: s.folder, lang: s.lang });
      })
      .catch(notifyError);
  }, []);

  if (!draft) return null;
  const chooseFolder = async () => {
    try {
      const choice = await api.files.choose({ purpose: 'reportFolder' });
      if (choice.manual) setTyping(true);
      else if (choice.path) setDraft({ ...draft, folder: choice.path });
    } catch (err) {
      notifyError(err);
    }
  };
  const save = async () => {
    try {
      const s = await api.reports.saveSchedule(draft);
      setSaved(s);
      notifySuccess(t('reports.scheduleSaved'));
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Card withBorder padding="lg">
      <Stack>
        <Title order={4}>{t('reports.schedule')}</Title>
        <Text size="sm" c="dimmed">
          {t('reports.scheduleHint')}
        </Text>
        <Switch
          label={t('reports.enabled')}
          checked={draft.enabled}
          onChange={(e) => setDraft({ ...draft, enabled: e.currentTarget.checked })}
        />
        <Group>
          <Text size="sm" fw={500}>
            {t('reports.folder')}:
          </Text>
          <Text size="sm" c={draft.folder ? undefined : 'dimmed'} data-testid="schedule-folder">
            {draft.folder ?? t('reports.noFolder')}
          </Text>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconFolder size={14} />}
            onClick={() => void chooseFolder()}
          >
            {t('reports.chooseFolder')}
          </Button>
        </Group>
        <Group>
          <Text size="sm" fw={500}>
            {t('reports.language')}
          </Text>
          <SegmentedControl
            size="xs"
            value={draft.lang}
            onChange={(v) => setDraft({ ...draft, lang: v as Language })}
            data={(['zh-CN', 'en'] as const).map((l) => ({ value: l, label: t(`reports.languages.${l}`) }))}
          />
        </Group>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {saved?.lastWrittenMonth
              ? t('reports.lastWritten', { month: saved.lastWrittenMonth })
              : t('reports.neverWritten')}
          </Text>
          <Button onClick={() => void save()} disabled={draft.enabled && !draft.folder}>
            {t('reports.saveSchedule')}
          </Button>
        </Group>
      </Stack>
      <PathModal
        opened={typing}
        texts={{
          title: t('reports.folderTitle'),
          hint: t('reports.folderHint'),
          label: t('reports.folder'),
          submit: t('reports.useFolder'),
          placeholder: '/home/me/reports',
        }}
        onClose={() => setTyping(false)}
        onPath={(folder) => setDraft({ ...draft, folder })}
      />
    </Card>
  );
}
