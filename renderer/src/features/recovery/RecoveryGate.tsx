import { useEffect, useState, type ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecoveryStatus } from '../../../../shared/domain/recovery';
import { api } from '../../api';
import { RecoveryScreen } from './RecoveryScreen';

/**
 * Asks the core first whether the database opened. In recovery every other call is refused, so the app
 * (and its ShopProvider, which loads settings) is not even mounted: the recovery screen stands alone.
 * When the answer does not come (server gone), the app below shows its own "cannot reach" message.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RecoveryStatus | null>();

  useEffect(() => {
    api.recovery.status().then(
      (answer) => setStatus(answer ?? null),
      () => setStatus(null),
    );
  }, []);

  if (status === undefined) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (status?.mode === 'recovery') return <RecoveryScreen status={status} />;
  return children;
}
