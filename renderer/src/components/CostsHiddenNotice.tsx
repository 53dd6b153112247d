import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CostRoleErrorKey } from '../../../shared/api/schemas/cost-visibility-texts';

/** The page-level "not available for the service role" message, in the words core's refusal uses. */
export function CostsHiddenNotice({ reason }: { reason: CostRoleErrorKey }) {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" role="status" title={t('staffRoles.service')}>
      {t(`errors.${reason}`)}
    </Alert>
  );
}
