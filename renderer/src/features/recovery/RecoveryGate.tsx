import { useEffect, useState, type ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecoveryStatus } from '../../../../shared/domain/recovery';
import { api, onEvent } from '../../api';
import { dropFirstCalls, takeFirstCall } from '../../first-calls';
import { RecoveryScreen } from './RecoveryScreen';
import { UpgradeScreen } from './UpgradeScreen';

/** How often the upgrade screen asks again (the host also pushes each step as data:changed "recovery"). */
const UPGRADE_POLL_MS = 1000;

/**
 * Asks the core first whether the database opened. In recovery every other call is refused, so the app
 * (and its ShopProvider, which loads settings) is not even mounted: the recovery screen stands alone. While
 * an older file is upgraded the upgrade screen shows its steps. The status is asked again whenever the host
 * says it changed — the background integrity check of a big file can switch a running app to recovery.
 * When the answer does not come (server gone), the app below shows its own "cannot reach" message.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RecoveryStatus | null>();
  const [now, setNow] = useState(() => Date.now());
  const upgrading = status?.mode === 'upgrading';

  useEffect(() => {
    const load = () =>
      takeFirstCall('recovery.status').then(
        (answer) => {
          // The other early answers were asked of a file that is not open normally: the screens ask again.
          if (answer?.mode !== 'normal') dropFirstCalls();
          setStatus(answer ?? null);
          setNow(Date.now());
        },
        () => setStatus(null),
      );
    void load();
    return onEvent('data:changed', (event) => {
      if (event.namespace === 'recovery') void load();
    });
  }, []);

  useEffect(() => {
    if (!upgrading) return undefined;
    const timer = setInterval(() => {
      setNow(Date.now());
      void api.recovery.status().then(
        (answer) => setStatus(answer ?? null),
        () => undefined,
      );
    }, UPGRADE_POLL_MS);
    return () => clearInterval(timer);
  }, [upgrading]);

  if (status === undefined) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (status?.mode === 'upgrading' && status.upgrade)
    return <UpgradeScreen upgrade={status.upgrade} now={now} />;
  if (status?.mode === 'recovery') return <RecoveryScreen status={status} />;
  return children;
}
