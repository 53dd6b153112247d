import type { Sqlite } from '../db/connection';
import type { SurveyRuleSave, SurveyTemplateSave } from '../../../shared/api/schemas/surveys';
import { notFound } from '../../../shared/api/result';
import type { SurveyRule, SurveyTemplateView } from '../../../shared/domain/survey-views';
import { surveyTriggers, type SurveyTrigger } from '../../../shared/domain/surveys';
import { newSortableId } from '../../../shared/logic/ids';
import { stmt } from '../pricing/raw-context';
import {
  answerCounts,
  audit,
  requireActiveTemplate,
  requireTemplate,
  surveyConflict,
  templateView,
  type TemplateRecord,
} from './repo';

export function listTemplates(sqlite: Sqlite, includeArchived: boolean): SurveyTemplateView[] {
  const rows = stmt(
    sqlite,
    `SELECT * FROM survey_templates WHERE archived = 0 OR ? ORDER BY archived, created_at DESC, id DESC`,
  ).all(includeArchived ? 1 : 0) as TemplateRecord[];
  return rows.map((r) => templateView(sqlite, r));
}

export const getTemplateView = (sqlite: Sqlite, id: string): SurveyTemplateView =>
  templateView(sqlite, requireTemplate(sqlite, id).record);

/**
 * A new template, or new questions for one. Answers already given keep their meaning: a question with
 * answers may change its wording or options' labels but may not be removed or change kind (or dimension,
 * or lose an option someone chose) — CONFLICT naming the question; archive and start a new template instead.
 */
export function saveTemplate(sqlite: Sqlite, input: SurveyTemplateSave, at: string): string {
  return sqlite.transaction((): string => {
    const fields = {
      name_zh: input.name['zh-CN'],
      name_en: input.name.en,
      intro_zh: input.intro['zh-CN'],
      intro_en: input.intro.en,
      questions: JSON.stringify(input.questions),
    };
    if (!input.id) {
      const id = newSortableId();
      stmt(
        sqlite,
        `INSERT INTO survey_templates (id, name_zh, name_en, intro_zh, intro_en, questions, archived, created_at, updated_at)
         VALUES (@id, @name_zh, @name_en, @intro_zh, @intro_en, @questions, 0, @at, @at)`,
      ).run({ id, ...fields, at });
      audit(sqlite, at, 'survey_template', id, 'create', {
        name: input.name.en,
        questions: input.questions.length,
      });
      return id;
    }
    const existing = requireActiveTemplate(sqlite, input.id);
    const counts = answerCounts(sqlite, input.id);
    const next = new Map(input.questions.map((q) => [q.id, q]));
    for (const old of existing.questions) {
      const n = counts.get(old.id) ?? 0;
      if (!n) continue;
      const q = next.get(old.id);
      const refuse = () => surveyConflict('surveyQuestionAnswered', { question: old.text.en, count: n });
      if (!q || q.kind !== old.kind) throw refuse();
      if (old.kind === 'dimension' && q.kind === 'dimension' && q.dimension !== old.dimension) throw refuse();
      if ('options' in old && 'options' in q) {
        const kept = new Set(q.options.map((o) => o.id));
        if (chosenOptions(sqlite, input.id, old.id).some((o) => !kept.has(o))) throw refuse();
      }
    }
    stmt(
      sqlite,
      `UPDATE survey_templates SET name_zh = @name_zh, name_en = @name_en, intro_zh = @intro_zh,
         intro_en = @intro_en, questions = @questions, updated_at = @at WHERE id = @id`,
    ).run({ id: input.id, ...fields, at });
    audit(sqlite, at, 'survey_template', input.id, 'update', {
      name: input.name.en,
      questions: input.questions.length,
    });
    return input.id;
  })();
}

/** Option ids answers chose for a choice question (single: one, multiple: a JSON array). */
function chosenOptions(sqlite: Sqlite, templateId: string, questionId: string): string[] {
  const rows = stmt(
    sqlite,
    `SELECT DISTINCT j.value AS option_id FROM survey_answers a
       JOIN survey_responses r ON r.id = a.response_id, json_each(a.choices) j
      WHERE r.template_id = ? AND a.question_id = ?`,
  ).all(templateId, questionId) as { option_id: string }[];
  return rows.map((r) => r.option_id);
}

export function setTemplateArchived(sqlite: Sqlite, id: string, archived: boolean, at: string): void {
  sqlite.transaction(() => {
    const t = requireTemplate(sqlite, id);
    if (t.archived === archived) return;
    stmt(sqlite, 'UPDATE survey_templates SET archived = ?, updated_at = ? WHERE id = ?').run(
      archived ? 1 : 0,
      at,
      id,
    );
    // An archived template asks nobody: rules pointing at it stop until another template is chosen.
    if (archived)
      stmt(sqlite, 'UPDATE survey_rules SET enabled = 0, updated_at = ? WHERE template_id = ?').run(at, id);
    audit(sqlite, at, 'survey_template', id, archived ? 'archive' : 'restore', {});
  })();
}

interface RuleRecord {
  storefront_id: string;
  trigger: SurveyTrigger;
  template_id: string;
  enabled: number;
  delay_hours: number;
}

/** Every active storefront × trigger, the saved rule or an empty one. */
export function listRules(sqlite: Sqlite): SurveyRule[] {
  const storefronts = stmt(
    sqlite,
    'SELECT id, name FROM storefronts WHERE archived = 0 ORDER BY name, id',
  ).all() as {
    id: string;
    name: string;
  }[];
  const saved = stmt(sqlite, 'SELECT * FROM survey_rules').all() as RuleRecord[];
  const byKey = new Map(saved.map((r) => [`${r.storefront_id}/${r.trigger}`, r]));
  return storefronts.flatMap((s) =>
    surveyTriggers.map((trigger): SurveyRule => {
      const r = byKey.get(`${s.id}/${trigger}`);
      return {
        storefrontId: s.id,
        storefrontName: s.name,
        trigger,
        templateId: r?.template_id ?? null,
        enabled: r ? r.enabled === 1 : false,
        delayHours: r?.delay_hours ?? 0,
      };
    }),
  );
}

export function saveRule(sqlite: Sqlite, input: SurveyRuleSave, at: string): SurveyRule {
  sqlite.transaction(() => {
    if (!stmt(sqlite, 'SELECT 1 FROM storefronts WHERE id = ?').get(input.storefrontId))
      throw notFound('storefront', input.storefrontId);
    if (input.enabled) requireActiveTemplate(sqlite, input.templateId);
    else requireTemplate(sqlite, input.templateId);
    stmt(
      sqlite,
      `INSERT INTO survey_rules (storefront_id, trigger, template_id, enabled, delay_hours, updated_at)
       VALUES (@storefrontId, @trigger, @templateId, @enabled, @delayHours, @at)
       ON CONFLICT (storefront_id, trigger) DO UPDATE SET template_id = excluded.template_id,
         enabled = excluded.enabled, delay_hours = excluded.delay_hours, updated_at = excluded.updated_at`,
    ).run({ ...input, enabled: input.enabled ? 1 : 0, at });
    audit(sqlite, at, 'survey_rule', `${input.storefrontId}/${input.trigger}`, 'save', { ...input });
  })();
  const name = (
    stmt(sqlite, 'SELECT name FROM storefronts WHERE id = ?').get(input.storefrontId) as { name: string }
  ).name;
  return { ...input, storefrontName: name };
}

/** The enabled rule of a storefront and trigger with an active template, or none. */
export function activeRule(
  sqlite: Sqlite,
  storefrontId: string,
  trigger: SurveyTrigger,
): { templateId: string; delayHours: number } | null {
  const row = stmt(
    sqlite,
    `SELECT r.template_id, r.delay_hours FROM survey_rules r JOIN survey_templates t ON t.id = r.template_id
      WHERE r.storefront_id = ? AND r.trigger = ? AND r.enabled = 1 AND t.archived = 0`,
  ).get(storefrontId, trigger) as { template_id: string; delay_hours: number } | undefined;
  return row ? { templateId: row.template_id, delayHours: row.delay_hours } : null;
}
