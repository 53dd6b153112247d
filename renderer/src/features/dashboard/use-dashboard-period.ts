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
import type { DashboardQuery } from '../../../../shared/api/schemas/dashboard';
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

/** What the dashboard shows, from its address: the part of DashboardSelection that is not a setter. */
export type DashboardView = Pick<DashboardSelection, 'period' | 'preset' | 'storefrontId'>;

/**
 * The dashboard's period and storefront from its address (?preset=lastMonth, ?from=…&to=…, ?storefront=id);
 * without any, this month of the shop's time zone. Pure, so the window's first calls (first-overview.ts) ask
 * for exactly what the page will.
 */
export function dashboardView(params: URLSearchParams, timezone: string, nowIso: string): DashboardView {
  const storefrontId = params.get('storefront');
  const from = params.get('from');
  const to = params.get('to');
  const asked = params.get('preset') as PeriodPreset | null;
  const today = localDate(nowIso, timezone);
  const custom = from && to && isCalendarDate(from) && isCalendarDate(to) && from <= to ? { from, to } : null;
  if (asked && asked !== 'custom' && periodPresets.includes(asked))
    return { period: presetPeriod(asked, today), preset: asked, storefrontId };
  if (custom)
    return { period: custom, preset: asked === 'custom' ? 'custom' : presetOf(custom, today), storefrontId };
  return { period: presetPeriod('thisMonth', today), preset: 'thisMonth', storefrontId };
}

/** The dashboard calls' input for a view, and the key its answers are kept under (null: nothing to ask yet). */
export function dashboardQueryOf(
  view: Pick<DashboardView, 'period' | 'storefrontId'>,
): DashboardQuery | null {
  if (!view.period) return null;
  return { ...view.period, ...(view.storefrontId ? { storefrontId: view.storefrontId } : {}) };
}

/**
 * The dashboard's period and storefront live in the URL, so links, the back button and a reload keep them.
 * The period is null until the shop's time zone is known ("this month" is the shop's month, not the computer's).
 */
export function useDashboardPeriod(): DashboardSelection {
  const [params, setParams] = useSearchParams();
  const { settings } = useShop();
  const { period, preset, storefrontId } = settings
    ? dashboardView(params, settings.timezone, new Date().toISOString())
    : { period: null, preset: 'thisMonth' as const, storefrontId: params.get('storefront') };

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
