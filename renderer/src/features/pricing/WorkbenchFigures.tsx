import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PriceOutcome, PricingWorkbench } from '../../../../shared/domain/pricing';
import { formatMoney, formatPercentBp } from '../../../../shared/logic/money';

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} aria-label={label}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </div>
  );
}

/** Formatting shared by the page: money in the storefront currency, ratios as %, failures in words. */
export function useFormats(w: PricingWorkbench | undefined) {
  const { t, i18n } = useTranslation();
  const money = (m: number) => formatMoney(m, w?.currency ?? 'CNY', i18n.language);
  const pct = (bp: number) => formatPercentBp(bp, i18n.language);
  const outcome = (o: PriceOutcome) => (o.ok ? money(o.priceMinor) : t(`pricing.reasons.${o.reason}`));
  return { money, pct, outcome };
}

/** Cost, fees, break-even and floor: what does not change while a price is typed. */
export function CostFigures({ w }: { w: PricingWorkbench }) {
  const { t, i18n } = useTranslation();
  const { money, pct, outcome } = useFormats(w);
  const base = formatMoney(w.unitCostBaseMinor, w.baseCurrency, i18n.language);
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure
          label={t('pricing.unitCost')}
          value={money(w.unitCostMinor)}
          hint={
            w.fx ? t('pricing.unitCostBase', { amount: base, rate: w.fx.rate, date: w.fx.date }) : undefined
          }
        />
        <Figure
          label={t('pricing.commission')}
          value={pct(w.commissionRateBp)}
          hint={w.commissionSource === 'category' ? t('pricing.commissionCategory') : undefined}
        />
        <Figure label={t('pricing.paymentFee')} value={pct(w.paymentFeeRateBp)} />
        <Figure label={t('pricing.fixedFeeShare')} value={money(w.fixedFeeShareMinor)} />
        <Figure label={t('pricing.shippingShare')} value={money(w.shippingShareMinor)} />
        {w.discountMinor > 0 && <Figure label={t('pricing.discount')} value={money(w.discountMinor)} />}
        <Figure label={t('pricing.breakEven')} value={outcome(w.breakEven)} />
        <Figure
          label={t('pricing.floor')}
          value={w.effectiveFloorMinor === null ? t('pricing.noFloor') : money(w.effectiveFloorMinor)}
          hint={
            w.listingFloorMinor !== null
              ? t('pricing.floorListing')
              : w.computedFloor.ok
                ? t('pricing.floorComputed', { margin: pct(w.minMarginBp) })
                : outcome(w.computedFloor)
          }
        />
      </SimpleGrid>
    </Paper>
  );
}

/** Net price, fees, profit and margin at the typed price (or the listing's own price). */
export function PriceFigures({ w }: { w: PricingWorkbench }) {
  const { t } = useTranslation();
  const { money, pct } = useFormats(w);
  const at = w.atPrice;
  if (!at) return null;
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure label={t('pricing.netPrice')} value={money(at.netPriceMinor)} />
        <Figure label={t('pricing.fees')} value={money(at.fees.totalMinor)} />
        <Figure label={t('pricing.profit')} value={money(at.profitMinor)} />
        <Figure
          label={t('pricing.margin')}
          value={at.marginBp === null ? t('pricing.noMargin') : pct(at.marginBp)}
        />
      </SimpleGrid>
      {w.belowFloor && (
        <Group>
          <Badge color="red" variant="light">
            {t('pricing.belowFloor')}
          </Badge>
        </Group>
      )}
    </Stack>
  );
}
