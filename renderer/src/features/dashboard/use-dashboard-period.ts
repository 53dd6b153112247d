import { useSearchParams } from 'react-router-dom';
import { isCalendarDate } from '../../../../shared/api/schemas/common';
import { localDate } from '../../../../shared/logic/dates';
import {
  periodPresets,
  presetOf,
  presetPeriod,
  type PeriodPreset,
} from '../../../../shared/logic/period-presets';
import type { Period } from '../../../../shared/logic/metrics';
import { useShop } from '../../shop-context';

export interface DashboardSelection {
  /** Null until the shop's time zone is known ("this month" is the shop's month, not the computer's). */
  period: Period | null;
  preset: PeriodPreset;
  storefrontId: string | null;
  setPreset(preset: PeriodPreset): void;
  setCustom(period: Period): void;
  setStorefront(id: string | null): void;
}

/**
 * The dashboard's period and storefront live in the URL (?preset=lastMonth, ?from=…&to=…, ?storefront=id), so
 * links, the back button and a reload keep them; without any, it is this month of the shop's time zone.
 */
export function useDashboardPeriod(): DashboardSelection {
  const [params, setParams] = useSearchParams();
  const { settings } = useShop();
  const storefrontId = params.get('storefront');
  const from = params.get('from');
  const to = params.get('to');
  const asked = params.get('preset') as PeriodPreset | null;

  let period: Period | null = null;
  let preset: PeriodPreset = 'thisMonth';
  if (settings) {
    const today = localDate(new Date().toISOString(), settings.timezone);
    const custom =
      from && to && isCalendarDate(from) && isCalendarDate(to) && from <= to ? { from, to } : null;
    if (asked && asked !== 'custom' && periodPresets.includes(asked)) {
      preset = asked;
      period = presetPeriod(asked, today);
    } else if (custom) {
      preset = asked === 'custom' ? 'custom' : presetOf(custom, today);
      period = custom;
    } else {
      period = presetPeriod('thisMonth', today);
    }
  }

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );

  return {
    period,
    preset,
    storefrontId,
    setPreset: (p) =>
      p === 'custom'
        ? update({ preset: 'custom', from: period?.from ?? null, to: period?.to ?? null })
        : update({ preset: p, from: null, to: null }),
    setCustom: (p) => update({ preset: 'custom', from: p.from, to: p.to }),
    setStorefront: (id) => update({ storefront: id }),
  };
}
