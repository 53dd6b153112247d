import { DEMO_USD_RATE } from './demo-catalog';

/**
 * USD → CNY rates for the demo's months, one on the first of each month: every order date then has a rate in
 * force (the latest on or before it). A small seeded walk around today's rate, which is the newest month's,
 * so the USD listings (priced at DEMO_USD_RATE) and the newest orders agree.
 */
export function demoUsdRates(months: string[], rnd: () => number): { date: string; rate: string }[] {
  const rates: number[] = [];
  let rate = Number(DEMO_USD_RATE);
  for (let i = months.length - 1; i >= 0; i--) {
    rates[i] = rate;
    rate = Math.min(7.35, Math.max(6.9, rate + (rnd() - 0.5) * 0.08));
  }
  return months.map((month, i) => ({ date: `${month}-01`, rate: String(Number(rates[i]!.toFixed(4))) }));
}
