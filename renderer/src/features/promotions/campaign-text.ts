import type { TFunction } from 'i18next';
import type { CampaignState, CampaignTerms, UnitDiscount } from '../../../../shared/domain/promotions';
import { formatMoney, formatPercentBp } from '../../../../shared/logic/money';

export const stateColor: Record<CampaignState, string> = {
  draft: 'gray',
  scheduled: 'blue',
  active: 'teal',
  ended: 'dark',
  cancelled: 'red',
};

/** Bar colours on the calendar, by type (light enough for dark text on them). */
export const typeColor: Record<CampaignTerms['type'], string> = {
  percentage: 'var(--mantine-color-blue-2)',
  fixed: 'var(--mantine-color-cyan-2)',
  flash: 'var(--mantine-color-orange-3)',
  tiered: 'var(--mantine-color-red-2)',
  coupon: 'var(--mantine-color-grape-2)',
  gift: 'var(--mantine-color-lime-3)',
  multibuy: 'var(--mantine-color-yellow-3)',
  member: 'var(--mantine-color-indigo-2)',
};

/** A campaign's terms in one line: "满300减40 · 满500减80", "8 件…", in the person's language. */
export function termsSummary(terms: CampaignTerms, currency: string, t: TFunction, locale: string): string {
  // Whole amounts without decimals (满300减40, not 满300.00减40.00): that is how shops write them.
  const money = (minor: number) => {
    const text = formatMoney(minor, currency, locale);
    return text.replace(/[.,]00(?=\D*$)/, '');
  };
  const pct = (bp: number) => formatPercentBp(bp, locale);
  const off = (d: UnitDiscount) => (d.kind === 'percent' ? pct(d.offBp) : money(d.offMinor));
  const s = (key: string, params: Record<string, string | number>) => t(`promotions.summary.${key}`, params);
  switch (terms.type) {
    case 'percentage':
      return s('percentage', { off: pct(terms.offBp) });
    case 'fixed':
      return s('fixed', { off: money(terms.offMinor) });
    case 'flash':
      return s(terms.discount.kind === 'percent' ? 'flashPercent' : 'flashAmount', {
        off: off(terms.discount),
        cap: terms.quantityCap,
      });
    case 'tiered':
      return terms.tiers
        .map((x) =>
          s('tier', {
            threshold: money(x.thresholdMinor).replace(/^\D+/, ''),
            off: money(x.offMinor).replace(/^\D+/, ''),
          }),
        )
        .join(' · ');
    case 'coupon':
      return s(terms.discount.kind === 'percent' ? 'couponPercent' : 'couponAmount', {
        off: off(terms.discount),
        min: money(terms.minSpendMinor),
        count: terms.quantityIssued,
      });
    case 'gift':
      return s('gift', { quantity: terms.giftQuantity, min: money(terms.minSpendMinor) });
    case 'multibuy':
      return s(terms.mode, { units: terms.units, off: pct(terms.offBp) });
    default:
      return s(terms.discount.kind === 'percent' ? 'memberPercent' : 'memberAmount', {
        off: off(terms.discount),
      });
  }
}
