import type { Language } from '../../../shared/domain/settings';

/**
 * The follow-up ticket a low score opens is read by the shop's staff, so it is written in the shop's
 * interface language (settings.language), not the customer's.
 */
export function followupSubject(lang: Language, csat: number | null, nps: number | null): string {
  const scores = [csat !== null ? `CSAT ${csat}` : null, nps !== null ? `NPS ${nps}` : null]
    .filter(Boolean)
    .join(lang === 'en' ? ', ' : '，');
  return lang === 'en' ? `Low survey score (${scores}): follow up` : `满意度低分回访（${scores}）`;
}

export function followupDescription(
  lang: Language,
  responseId: string,
  ticketId: string | null,
  comments: readonly string[],
): string {
  const lines =
    lang === 'en'
      ? [
          `Opened by survey response ${responseId}.`,
          ticketId ? `The response was about ticket ${ticketId}.` : null,
        ]
      : [`由问卷答卷 ${responseId} 自动创建。`, ticketId ? `该答卷针对工单 ${ticketId}。` : null];
  const said = comments.map((c) => `> ${c}`);
  return [...lines.filter((l): l is string => l !== null), ...said].join('\n').slice(0, 4000);
}
