/**
 * The dashboard's period choices as calendar days of the shop's time zone. `today` is the shop's date now
 * (localDate(now, shop timezone)), so "this month" starts on the shop's first of the month, not the computer's.
 */
import { addDays, type Period } from './metrics';

export const periodPresets = ['thisMonth', 'lastMonth', 'last30', 'thisYear', 'custom'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

/** The days a preset covers; 'custom' has none of its own and answers this month. */
export function presetPeriod(preset: PeriodPreset, today: string): Period {
  const month = today.slice(0, 7);
  switch (preset) {
    case 'lastMonth': {
      const lastDay = addDays(`${month}-01`, -1);
      return { from: `${lastDay.slice(0, 7)}-01`, to: lastDay };
    }
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    default:
      return { from: `${month}-01`, to: today };
  }
}

/** The preset a period is, if any (a link with from/to of last month shows "last month" selected). */
export function presetOf(period: Period, today: string): PeriodPreset {
  for (const preset of periodPresets) {
    if (preset === 'custom') continue;
    const p = presetPeriod(preset, today);
    if (p.from === period.from && p.to === period.to) return preset;
  }
  return 'custom';
}
