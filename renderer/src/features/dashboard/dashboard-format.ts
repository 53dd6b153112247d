import type { ComparedFigureKey } from '../../../../shared/domain/dashboard';
import { formatMoney, formatNumber, formatPercentBp } from '../../../../shared/logic/money';

/** What a figure is, by its name: money in minor units, basis points, or a count. */
export const isMoneyFigure = (key: string): boolean => key.endsWith('Minor');
export const isRateFigure = (key: string): boolean => key.endsWith('Bp');

/** A figure for people; null is "—" (METRICS.md: a ratio over zero is never 0, ∞ or NaN). */
export function figureText(key: string, value: number | null, currency: string, locale: string): string {
  if (value === null) return '—';
  if (isMoneyFigure(key)) return formatMoney(value, currency, locale);
  if (isRateFigure(key)) return formatPercentBp(value, locale);
  return formatNumber(value, locale, 0);
}

/** The magnitude of a change ("12.5%"); its direction is the arrow beside it. */
export const changeMagnitude = (bp: number, locale: string): string => formatPercentBp(Math.abs(bp), locale);

/** Figures where going up is bad news: their arrows are red when they rise. */
const worseWhenUp: ReadonlySet<ComparedFigureKey> = new Set(['refundRateBp']);
export const goodDirection = (key: ComparedFigureKey, direction: 'up' | 'down'): boolean =>
  worseWhenUp.has(key) ? direction === 'down' : direction === 'up';

/** Minor units → major units as a plain number, for chart coordinates only (never shown unformatted). */
export const chartAmount = (minor: number, exponent: number): number => minor / 10 ** exponent;

/** The query string of a link (alerts, cards) in a stable order. */
export function linkTo(route: string, query: Record<string, string>): string {
  const search = new URLSearchParams(query).toString();
  return search ? `${route}?${search}` : route;
}
