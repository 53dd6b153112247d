/**
 * Messages of the surveys feature, English and Chinese side by side (tickets-texts.ts pattern):
 * `surveyValidation*` are field messages (`validation.<key>`: zod issues, answer problems, import rows),
 * `surveyError*` are whole sentences for refused actions (`errors.<key>` with the error's params).
 * `{{name}}` placeholders are i18next style; a unit test checks both languages have the same keys.
 */
export const surveyValidationEn = {
  surveyQuestionKind: 'must be csat, nps, dimension, single_choice, multiple_choice or free_text',
  surveyDimension: 'must be attitude, speed or resolution',
  surveyQuestionId: 'must be an id of 1–40 letters, digits, - or _',
  surveyQuestionRepeated: 'repeats the id of another question',
  surveyOptionRepeated: 'repeats the id of another option of this question',
  surveyOptionsNeeded: 'needs 2–20 options',
  surveyQuestionsNeeded: 'needs 1–50 questions',
  surveyOneCsat: 'has more than one CSAT question (results read one per response)',
  surveyOneNps: 'has more than one NPS question (results read one per response)',
  surveyTrigger: 'must be ticket_closed or order_completed',
  surveyChannel: 'must be chat or phone (imported responses come through the import)',
  surveyDelayHours: 'must be a whole number of hours from 0 to 720',
  invitationStatus: 'must be to_send, waiting, sent, answered or all',
  improvementStatus: 'must be planned, in_progress, done or cancelled',
  improvementDates: 'must not be before the start date',
  // Answer problems (shared/logic/survey-answers.ts), for entry and import alike.
  unknownQuestion: 'is not a question of this survey',
  duplicateAnswer: 'is answered twice',
  kindMismatch: 'is answered as another kind of question',
  scoreRange: 'must be a whole number on the question’s scale (CSAT 1–5, NPS 0–10, ratings 1–5)',
  unknownOption: 'is not one of the question’s options',
  // Import of a form tool's export.
  surveyColumnUnknown: 'is mapped to column "{{value}}", which the header row does not have',
  surveyColumnTwice: 'uses column "{{value}}", which is already mapped to another question',
  surveyNoQuestionsMapped: 'maps no column to a question of the survey',
  surveyScoreCell: 'must be a whole number {{min}}–{{max}} (got "{{value}}")',
  surveyOptionCell: 'is not an option of this question (got "{{value}}")',
  surveyDateCell: 'must be a real date and time (got "{{value}}")',
  surveyOrderUnknown: 'names order {{value}}, which is not imported',
  surveyTicketUnknown: 'names ticket #{{value}}, which does not exist',
  surveyRowRepeated: 'repeats response id {{value}} of row {{row}}',
  surveyNoRows: 'has a header but no response rows',
  surveyRowEmpty: 'answers none of the mapped questions',
  surveyLinkWarning:
    'names an order of another storefront than its ticket: linked to the ticket only ({{value}})',
  surveyImportMore: 'and {{count}} more problems not listed',
} as const;

export type SurveyValidationKey = keyof typeof surveyValidationEn;

export const surveyValidationZh: Record<SurveyValidationKey, string> = {
  surveyQuestionKind: '应为 csat、nps、dimension、single_choice、multiple_choice 或 free_text',
  surveyDimension: '应为服务态度（attitude）、响应速度（speed）或问题解决（resolution）',
  surveyQuestionId: '应为 1–40 个字母、数字、- 或 _ 组成的编号',
  surveyQuestionRepeated: '与另一个问题的编号重复',
  surveyOptionRepeated: '与本题另一个选项的编号重复',
  surveyOptionsNeeded: '需要 2–20 个选项',
  surveyQuestionsNeeded: '需要 1–50 个问题',
  surveyOneCsat: '有不止一个满意度（CSAT）问题（统计时每份答卷只读一个）',
  surveyOneNps: '有不止一个净推荐值（NPS）问题（统计时每份答卷只读一个）',
  surveyTrigger: '应为工单关闭（ticket_closed）或订单完成（order_completed）',
  surveyChannel: '应为在线聊天（chat）或电话（phone）（导入的答卷请用导入功能）',
  surveyDelayHours: '应为 0 到 720 之间的整数小时',
  invitationStatus: '应为待发送、未到时间、已发送、已回复或全部',
  improvementStatus: '应为计划中、进行中、已完成或已取消',
  improvementDates: '不能早于开始日期',
  unknownQuestion: '不是本问卷的问题',
  duplicateAnswer: '被回答了两次',
  kindMismatch: '的回答类型与问题不符',
  scoreRange: '应为问题量表内的整数（满意度 1–5，NPS 0–10，评分 1–5）',
  unknownOption: '不是本题的选项',
  surveyColumnUnknown: '对应的列“{{value}}”在表头中不存在',
  surveyColumnTwice: '使用的列“{{value}}”已对应到另一个问题',
  surveyNoQuestionsMapped: '没有任何列对应到问卷的问题',
  surveyScoreCell: '应为 {{min}}–{{max}} 的整数（实际为“{{value}}”）',
  surveyOptionCell: '不是本题的选项（实际为“{{value}}”）',
  surveyDateCell: '应为有效的日期时间（实际为“{{value}}”）',
  surveyOrderUnknown: '对应的订单 {{value}} 尚未导入',
  surveyTicketUnknown: '对应的工单 #{{value}} 不存在',
  surveyRowRepeated: '与第 {{row}} 行的答卷编号 {{value}} 重复',
  surveyNoRows: '有表头但没有答卷数据行',
  surveyRowEmpty: '没有回答任何已对应的问题',
  surveyLinkWarning: '对应的订单与其工单不属于同一店铺：只关联到工单（{{value}}）',
  surveyImportMore: '另有 {{count}} 个问题未列出',
};

export const surveyErrorEn = {
  surveyQuestionAnswered:
    'Question "{{question}}" already has {{count}} answers: it cannot be removed or change kind. Archive the template and make a new one instead.',
  surveyTemplateArchived: 'Survey "{{name}}" is archived: restore it or choose another survey.',
  surveyAnswers: 'The answers do not fit the survey: {{problems}}.',
  surveyInvitationAnswered: 'This invitation already has a response.',
  surveyInvitationTemplate: 'The invitation asks survey "{{name}}", not the one chosen.',
  surveyLinkMismatch: 'Order {{order}} does not belong to the storefront of the response.',
  surveyImportErrors: 'The file has {{count}} problems; nothing was imported.',
} as const;

export type SurveyErrorKey = keyof typeof surveyErrorEn;

export const surveyErrorZh: Record<SurveyErrorKey, string> = {
  surveyQuestionAnswered:
    '问题“{{question}}”已有 {{count}} 个回答：不能删除或更改类型。请归档该问卷并新建一个。',
  surveyTemplateArchived: '问卷“{{name}}”已归档：请先恢复，或选择其他问卷。',
  surveyAnswers: '回答与问卷不符：{{problems}}。',
  surveyInvitationAnswered: '该邀请已有答卷。',
  surveyInvitationTemplate: '该邀请对应的问卷是“{{name}}”，不是所选问卷。',
  surveyLinkMismatch: '订单 {{order}} 不属于该答卷的店铺。',
  surveyImportErrors: '文件中有 {{count}} 个问题，未导入任何内容。',
};

const fill = (text: string, params: Record<string, string | number>): string =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));

/** The English sentence an AppError carries for logs and the CLI. */
export const surveyErrorText = (key: SurveyErrorKey, params: Record<string, string | number>): string =>
  fill(surveyErrorEn[key], params);

/** The English text of a field message with its params (import rows, answer problems). */
export const surveyValidationText = (
  key: SurveyValidationKey,
  params: Record<string, string | number> = {},
): string => fill(surveyValidationEn[key], params);
