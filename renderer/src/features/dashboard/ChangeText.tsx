import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPercentBp } from '../../../../shared/logic/money';

/** A change in a table cell: signed as METRICS.md computes it, "—" over a zero earlier figure. */
export function ChangeText({ bp }: { bp: number | null }) {
  const { i18n } = useTranslation();
  if (bp === null)
    return (
      <Text span size="sm" c="dimmed">
        —
      </Text>
    );
  const text = `${bp > 0 ? '+' : ''}${formatPercentBp(bp, i18n.language)}`;
  return (
    <Text span size="sm" c={bp > 0 ? 'teal.7' : bp < 0 ? 'red.7' : undefined}>
      {text}
    </Text>
  );
}
