import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerTier } from '../../../../shared/domain/customers';

/** One colour per value tier, so a segment is recognisable at a glance in the list and on the detail page. */
export const tierColor: Record<CustomerTier, string> = {
  high_value: 'teal',
  potential: 'blue',
  low_value: 'gray',
  at_risk: 'orange',
  lost: 'red',
};

export function TierBadge({ tier }: { tier: CustomerTier | null }) {
  const { t } = useTranslation();
  if (!tier) {
    return (
      <Badge color="gray" variant="outline">
        {t('customers.noTier')}
      </Badge>
    );
  }
  return (
    <Badge color={tierColor[tier]} variant="light">
      {t(`customers.tiers.${tier}`)}
    </Badge>
  );
}
