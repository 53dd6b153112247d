import { addDays } from './metrics';

/** Calendar months as 'YYYY-MM' (years 1000–9999), the monthly report's unit. */
export const isMonth = (value: string): boolean => /^[1-9]\d{3}-(0[1-9]|1[0-2])$/.test(value);

/** '2024-02' → { from: '2024-02-01', to: '2024-02-29' }. */
export function monthPeriod(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  return { from, to: addDays(`${shiftMonth(month, 1)}-01`, -1) };
}

/** '2024-01' + −1 → '2023-12'; + −12 → the same month a year earlier. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month a day ('YYYY-MM-DD') falls in. */
export const monthOf = (day: string): string => day.slice(0, 7);

/** The month before the one `today` falls in: what a monthly report is usually about. */
export const lastMonth = (today: string): string => shiftMonth(monthOf(today), -1);
