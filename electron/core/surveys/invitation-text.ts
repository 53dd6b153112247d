import type { Sqlite } from '../db/connection';
import type { Language } from '../../../shared/domain/settings';
import type { RenderedInvitation, SurveyInvitationRow } from '../../../shared/domain/survey-views';
import { surveyScales, type SurveyQuestion } from '../../../shared/domain/surveys';
import { getInvitation } from './invitations';
import { requireTemplate } from './repo';

/** How a customer answers each kind in a chat reply, in their language. */
const answerHint: Record<Language, (q: SurveyQuestion) => string> = {
  'zh-CN': (q) => {
    if (q.kind === 'csat' || q.kind === 'dimension')
      return `（请回复 ${surveyScales[q.kind].min}–${surveyScales[q.kind].max}，${surveyScales[q.kind].max} 为非常满意）`;
    if (q.kind === 'nps') return '（请回复 0–10，10 为非常愿意）';
    if (q.kind === 'single_choice' || q.kind === 'multiple_choice')
      return `${q.kind === 'multiple_choice' ? '（可多选）' : ''}\n${q.options.map((o, i) => `   ${String.fromCharCode(65 + i)}. ${o.label['zh-CN']}`).join('\n')}`;
    return '';
  },
  en: (q) => {
    if (q.kind === 'csat' || q.kind === 'dimension')
      return ` (reply ${surveyScales[q.kind].min}–${surveyScales[q.kind].max}, ${surveyScales[q.kind].max} = very satisfied)`;
    if (q.kind === 'nps') return ' (reply 0–10, 10 = very likely)';
    if (q.kind === 'single_choice' || q.kind === 'multiple_choice')
      return `${q.kind === 'multiple_choice' ? ' (one or more)' : ''}\n${q.options.map((o, i) => `   ${String.fromCharCode(65 + i)}. ${o.label.en}`).join('\n')}`;
    return '';
  },
};

function placeholders(inv: SurveyInvitationRow, language: Language): Record<string, string | null> {
  return {
    customer_name: inv.customerName ?? (language === 'en' ? 'there' : '亲'),
    order_id: inv.orderExternalId,
    ticket_number: inv.ticketNumber === null ? null : `#${inv.ticketNumber}`,
    storefront: inv.storefrontName,
  };
}

/**
 * The invitation as text to paste into the platform chat: the template's intro with {placeholders} filled
 * from the invitation, then each question numbered with how to answer it. Placeholders it cannot fill stay
 * visible and are listed, so nobody pastes "{order_id}" unnoticed.
 */
export function renderInvitation(sqlite: Sqlite, id: string, language?: Language): RenderedInvitation {
  const inv = getInvitation(sqlite, id);
  const lang = language ?? inv.language;
  const template = requireTemplate(sqlite, inv.templateId);
  const intro = lang === 'en' ? template.record.intro_en : template.record.intro_zh;
  const values = placeholders(inv, lang);
  const unknown = new Set<string>();
  const filled = intro.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = values[name];
    if (v === undefined || v === null) {
      unknown.add(name);
      return whole;
    }
    return v;
  });
  const questions = template.questions.map((q, i) => `${i + 1}. ${q.text[lang]}${answerHint[lang](q)}`);
  return {
    invitationId: inv.id,
    language: lang,
    text: [filled, '', ...questions].join('\n'),
    unknownPlaceholders: [...unknown],
  };
}
