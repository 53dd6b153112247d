import type { Sqlite } from '../db/connection';
import { AppError, notFound } from '../../../shared/api/result';
import { surveyErrorText, type SurveyErrorKey } from '../../../shared/api/schemas/surveys-texts';
import type { Language } from '../../../shared/domain/settings';
import type { Platform } from '../../../shared/domain/storefronts';
import type { SurveyQuestion, SurveyTemplate } from '../../../shared/domain/surveys';
import type { SurveyTemplateView } from '../../../shared/domain/survey-views';
import { localDate } from '../../../shared/logic/dates';
import { readShop, stmt } from '../pricing/raw-context';
import { actorOf } from '../tickets/repo';

/** A survey_templates row as stored (migration 0010). */
export interface TemplateRecord {
  id: string;
  name_zh: string;
  name_en: string;
  intro_zh: string;
  intro_en: string;
  questions: string;
  archived: number;
  created_at: string;
  updated_at: string;
}

/** A refused action: CONFLICT with the key the renderer translates and the English sentence for the CLI. */
export function surveyConflict(key: SurveyErrorKey, params: Record<string, string | number>): AppError {
  return new AppError('CONFLICT', surveyErrorText(key, params), { key, params });
}

export const findTemplateRecord = (sqlite: Sqlite, id: string): TemplateRecord | undefined =>
  stmt(sqlite, 'SELECT * FROM survey_templates WHERE id = ?').get(id) as TemplateRecord | undefined;

export function toTemplate(r: TemplateRecord): SurveyTemplate {
  return {
    id: r.id,
    name: { 'zh-CN': r.name_zh, en: r.name_en },
    questions: JSON.parse(r.questions) as SurveyQuestion[],
    archived: r.archived === 1,
    createdAt: r.created_at,
  };
}

export function requireTemplate(sqlite: Sqlite, id: string): SurveyTemplate & { record: TemplateRecord } {
  const record = findTemplateRecord(sqlite, id);
  if (!record) throw notFound('survey_template', id);
  return { ...toTemplate(record), record };
}

/** A template that may take new invitations and responses. */
export function requireActiveTemplate(
  sqlite: Sqlite,
  id: string,
): SurveyTemplate & { record: TemplateRecord } {
  const t = requireTemplate(sqlite, id);
  if (t.archived) throw surveyConflict('surveyTemplateArchived', { name: t.name.en });
  return t;
}

/** How many answers each question of a template has: those questions are fixed (PRODUCT.md §8 history). */
export function answerCounts(sqlite: Sqlite, templateId: string): Map<string, number> {
  const rows = stmt(
    sqlite,
    `SELECT a.question_id, count(*) AS n FROM survey_answers a
       JOIN survey_responses r ON r.id = a.response_id
      WHERE r.template_id = ? GROUP BY a.question_id`,
  ).all(templateId) as { question_id: string; n: number }[];
  return new Map(rows.map((r) => [r.question_id, r.n]));
}

export function templateView(sqlite: Sqlite, record: TemplateRecord): SurveyTemplateView {
  const counts = answerCounts(sqlite, record.id);
  const responses = (
    stmt(sqlite, 'SELECT count(*) AS n FROM survey_responses WHERE template_id = ?').get(record.id) as {
      n: number;
    }
  ).n;
  return {
    ...toTemplate(record),
    intro: { 'zh-CN': record.intro_zh, en: record.intro_en },
    updatedAt: record.updated_at,
    responses,
    answeredQuestionIds: [...counts.keys()].sort(),
  };
}

/** Chinese platforms' buyers read Chinese; the others English (the template has both). */
const chinesePlatforms: ReadonlySet<Platform> = new Set([
  'tmall',
  'taobao',
  'jd',
  'pinduoduo',
  'douyin',
  'wechat',
]);
export const languageOfPlatform = (platform: string): Language =>
  chinesePlatforms.has(platform as Platform) ? 'zh-CN' : 'en';

/** The shop's time zone with its default (METRICS.md: Asia/Shanghai for a Chinese computer, else its zone). */
export const shopZone = (sqlite: Sqlite): string => readShop(sqlite).timezone;

export const shopDate = (sqlite: Sqlite, instant: string): string => localDate(instant, shopZone(sqlite));

export function audit(
  sqlite: Sqlite,
  at: string,
  entity: string,
  entityId: string,
  action: string,
  detail: Record<string, unknown>,
): void {
  stmt(
    sqlite,
    'INSERT INTO audit_log (at, actor_id, entity, entity_id, action, detail) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(at, actorOf(sqlite), entity, entityId, action, JSON.stringify(detail));
}
