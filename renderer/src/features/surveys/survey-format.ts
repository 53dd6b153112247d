/**
 * How survey figures read on screen. The API gives scores in hundredths of a point (CSAT 87.5 → 8750,
 * NPS −33⅓ → −3333, dimension 4.25 → 425) and rates in basis points; null is a zero denominator, shown "—".
 */
import type { Language } from '../../../../shared/domain/settings';
import type { LocalizedText } from '../../../../shared/domain/surveys';
import { formatNumber, formatPercentBp } from '../../../../shared/logic/money';

export const DASH = '—';

/** A score of hundredths, one decimal at most for CSAT/NPS (87.5), two for dimension means (4.25). */
export function scoreText(hundredths: number | null | undefined, locale: string, digits = 1): string {
  if (hundredths === null || hundredths === undefined) return DASH;
  return formatNumber(hundredths / 100, locale, digits);
}

/** A change in points with its sign (+6, −2.5); "—" when either period had nothing to score. */
export function pointsText(hundredths: number | null | undefined, locale: string, digits = 1): string {
  if (hundredths === null || hundredths === undefined) return DASH;
  const sign = hundredths > 0 ? '+' : hundredths < 0 ? '−' : '';
  return `${sign}${formatNumber(Math.abs(hundredths) / 100, locale, digits)}`;
}

export const rateText = (bp: number | null | undefined, locale: string): string =>
  bp === null || bp === undefined ? DASH : formatPercentBp(bp, locale);

/** The interface language of i18next ('zh-CN' or anything else → 'en'). */
export const languageOf = (i18nLanguage: string): Language => (i18nLanguage === 'zh-CN' ? 'zh-CN' : 'en');

/** A bilingual text in the reader's language, the other one when that side is still empty. */
export function localized(text: LocalizedText, language: string): string {
  const lang = languageOf(language);
  const other: Language = lang === 'en' ? 'zh-CN' : 'en';
  return text[lang] || text[other];
}
