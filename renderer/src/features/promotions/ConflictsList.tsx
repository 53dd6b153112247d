import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PromotionConflicts } from '../../../../shared/domain/promotions';
import { formatDateTime, formatMoney } from '../../../../shared/logic/money';

interface Props {
  campaignId: string;
  conflicts: PromotionConflicts | undefined;
  storefrontName(id: string): string;
  timeZone: string;
  /** The campaign's currency: a below-floor conflict's prices are in it. */
  currency: string;
}

const kindColor = { noStack: 'orange', belowFloor: 'red', crossStorefront: 'grape' } as const;

/** The conflicts that involve this campaign, each naming the other campaigns (links) and the SKU, stores and time. */
export function ConflictsList({ campaignId, conflicts, storefrontName, timeZone, currency }: Props) {
  const { t, i18n } = useTranslation();
  const mine = (conflicts?.conflicts ?? []).filter((c) => c.campaignIds.includes(campaignId));
  const nameOf = (id: string) => conflicts?.campaigns.find((c) => c.id === id)?.name ?? id;
  const when = (iso: string) => formatDateTime(iso, i18n.language, timeZone);
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Title order={4}>{t('promoGuard.conflicts')}</Title>
        {conflicts && mine.length === 0 && <Text c="dimmed">{t('promoGuard.noConflicts')}</Text>}
        {mine.length > 0 && (
          <List spacing="xs" listStyleType="none" aria-label={t('promoGuard.conflicts')}>
            {mine.map((c, i) => (
              <List.Item key={`${c.kind}:${c.skuId}:${c.from}:${i}`}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge color={kindColor[c.kind]} variant="light" style={{ flexShrink: 0 }}>
                    {t(`promoGuard.conflictKinds.${c.kind}`)}
                  </Badge>
                  <div>
                    <Text size="sm">
                      {t('promoGuard.conflictLine', {
                        sku: c.skuCode,
                        storefronts: c.storefrontIds.map(storefrontName).join(', '),
                        from: when(c.from),
                        to: when(c.to),
                      })}
                      {c.effectivePriceMinor !== null && c.floorMinor !== null && (
                        <Text span c="red.8">
                          {' '}
                          · {formatMoney(c.effectivePriceMinor, currency, i18n.language)} &lt;{' '}
                          {formatMoney(c.floorMinor, currency, i18n.language)}
                        </Text>
                      )}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('promoGuard.with', { names: '' })}
                      {c.campaignIds
                        .filter((id) => id !== campaignId)
                        .map((id, k) => (
                          <span key={id}>
                            {k > 0 && ', '}
                            <Anchor component={Link} to={`/promotions/${id}`} size="xs">
                              {nameOf(id)}
                            </Anchor>
                          </span>
                        ))}
                    </Text>
                  </div>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
