import { useState } from 'react';
import {
  Alert,
  Button,
  Center,
  Code,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconDatabaseImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RestoreSummary } from '../../../../shared/domain/backup';
import type { Language } from '../../../../shared/domain/settings';
import type { RecoveryStatus } from '../../../../shared/domain/recovery';
import { formatDateTime } from '../../../../shared/logic/money';
import { api } from '../../api';
import { notifyError } from '../../components/notify-error';
import { setLanguage } from '../../i18n';
import { RestoreDialog, type RestoreTarget } from '../backup/RestoreDialog';
import { usePickedPath } from '../backup/use-picked-path';

const fileName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/**
 * Shown instead of the app when the core could not open the database (recovery/host.ts): what is wrong, the
 * latest backup that passed validation, another backup file, or quit. A database from a newer ChannelDesk is
 * only explained (update), never restored over. The shop's language is in the unreadable file, so the screen
 * follows the computer's and offers both.
 */
export function RecoveryScreen({
  status,
  onRestored,
}: {
  status: RecoveryStatus;
  onRestored?: (summary: RestoreSummary) => void;
}) {
  const { t, i18n } = useTranslation();
  const [target, setTarget] = useState<RestoreTarget | null>(null);
  const [quit, setQuit] = useState(false);
  const problem = status.problem!;
  const tooNew = problem.kind === 'tooNew';
  const chooser = usePickedPath({
    purpose: 'backupRestore',
    title: t('backup.pathTitleRestore'),
    onPicked: (path) => setTarget({ path, name: fileName(path) }),
  });
  const latest = status.latestGood;

  const quitApp = async () => {
    try {
      if ((await api.recovery.quit()).quitting) setQuit(true);
    } catch (err) {
      notifyError(err);
    }
  };

  if (quit) {
    return (
      <Center h="100vh" p="lg">
        <Text size="lg">{t('recovery.quitDone')}</Text>
      </Center>
    );
  }
  return (
    <Center mih="100vh" p="lg">
      <Paper withBorder shadow="sm" radius="md" p="xl" maw={720} w="100%" component="main">
        <Stack>
          <Group justify="space-between" align="flex-start">
            <Group gap="sm">
              <IconAlertTriangle size={28} color="var(--mantine-color-red-6)" />
              <Title order={2}>{t('recovery.title')}</Title>
            </Group>
            <SegmentedControl
              size="xs"
              aria-label={t('recovery.language')}
              value={i18n.language}
              onChange={(value) => setLanguage(value as Language)}
              data={[
                { value: 'zh-CN', label: '中文' },
                { value: 'en', label: 'English' },
              ]}
            />
          </Group>
          <Alert color={tooNew ? 'orange' : 'red'} role="alert">
            {t(`recovery.problems.${problem.kind}`, { found: problem.found, known: problem.known })}
          </Alert>
          <Text size="sm">
            {t('recovery.file')}: <Code>{status.dbFile}</Code>
          </Text>
          {problem.details.length > 0 && (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('recovery.details')}
              </Text>
              <Code block>{problem.details.join('\n')}</Code>
            </Stack>
          )}
          {tooNew ? (
            <Text>{t('recovery.updateHint')}</Text>
          ) : (
            <Paper withBorder radius="md" p="md" bg="var(--mantine-color-gray-0)">
              <Stack gap="sm">
                <Text fw={500}>{t('recovery.latest')}</Text>
                {latest ? (
                  <Text size="sm">
                    {t('recovery.latestMade', {
                      name: latest.name,
                      date: formatDateTime(latest.createdAt, i18n.language),
                    })}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('recovery.noGoodBackup')}
                  </Text>
                )}
                <Group>
                  {latest && (
                    <Button
                      leftSection={<IconDatabaseImport size={16} />}
                      onClick={() =>
                        setTarget({ path: latest.path, name: latest.name, createdAt: latest.createdAt })
                      }
                    >
                      {t('recovery.restoreLatest')}
                    </Button>
                  )}
                  <Button variant="default" onClick={() => void chooser.pick()}>
                    {t('recovery.chooseFile')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          )}
          {status.canQuit && (
            <Group justify="flex-end">
              <Button variant="subtle" color="gray" onClick={() => void quitApp()}>
                {t('recovery.quit')}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
      {chooser.prompt}
      <RestoreDialog target={target} onClose={() => setTarget(null)} onRestored={onRestored} />
    </Center>
  );
}
