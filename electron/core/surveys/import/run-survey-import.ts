import { createHash } from 'node:crypto';
import type { Sqlite } from '../../db/connection';
import { AppError, notFound } from '../../../../shared/api/result';
import type { SurveyImportInput } from '../../../../shared/api/schemas/surveys';
import type { SurveyImportSummary } from '../../../../shared/domain/survey-views';
import type { SurveyAnswer } from '../../../../shared/domain/surveys';
import { checkSurveyAnswers } from '../../../../shared/logic/survey-answers';
import { firstFilledRow, type ImportIo } from '../../orders/import/run-order-import';
import { normalizePhone } from '../../orders/import/customer-identity';
import { cleanId, parseDateTime } from '../../orders/formats/values';
import { openTable } from '../../orders/read/open-table';
import { TableReadError } from '../../orders/read/types';
import { stmt } from '../../pricing/raw-context';
import { JobCancelled } from '../../jobs/protocol';
import { audit, requireActiveTemplate, shopZone } from '../repo';
import { resolveLinks, writeResponse, type LinkRequest } from '../responses';
import { answerOfCell, isProblem } from './cells';
import { finish, MAX_LISTED, toMessage, type Issue } from './import-messages';

interface ParsedRow {
  row: number;
  sourceKey: string;
  answers: SurveyAnswer[];
  answeredAt: string;
  links: LinkRequest;
}

/**
 * Imports a form tool's export (问卷星, 腾讯问卷, Google Forms …) as responses to one template, all or nothing:
 * the mapping is checked against the header, then every row — scores on their scale, options known, required
 * questions answered — and any error means nothing is written, each naming its row and column. Rows link to an
 * order (by its id in the storefront), a ticket (by number) or a customer (by phone) when the file has them;
 * an id that matches nothing is a warning and the row is kept unlinked. A row imported before (same response id
 * column value, or without one the same cells) is counted unchanged, so a re-import adds nothing. `dryRun` does
 * it all and rolls back; a cancel (job `importSurveyResponses`) stops before COMMIT, so nothing is written.
 */
export async function importSurveyResponses(
  sqlite: Sqlite,
  input: SurveyImportInput & { path: string },
  at: string,
  options: { dryRun?: boolean; io?: ImportIo } = {},
): Promise<SurveyImportSummary> {
  const { io } = options;
  const summary: SurveyImportSummary = {
    written: false,
    inserted: 0,
    unchanged: 0,
    linked: 0,
    followupTickets: 0,
    errors: [],
    warnings: [],
  };
  const template = requireActiveTemplate(sqlite, input.templateId);
  if (!stmt(sqlite, 'SELECT 1 FROM storefronts WHERE id = ?').get(input.storefrontId))
    throw notFound('storefront', input.storefrontId);
  const zone = shopZone(sqlite);
  const errors: Issue[] = [];
  let errorCount = 0;
  const error = (i: Issue) => {
    errorCount++;
    if (errors.length < MAX_LISTED) errors.push(i);
  };
  const warn = (i: Issue) => {
    if (summary.warnings.length < MAX_LISTED) summary.warnings.push(toMessage(i));
  };
  let table;
  try {
    table = await openTable(input.path, { findHeader: firstFilledRow });
  } catch (err) {
    const known = err instanceof TableReadError;
    summary.errors.push(
      toMessage({ row: known ? err.row : 0, column: '', key: known ? err.key : 'fileUnreadable' }),
    );
    return summary;
  }
  const rows: ParsedRow[] = [];
  try {
    const { headers } = table;
    const indexOf = new Map(headers.map((h, i) => [h, i] as const));
    const questions = new Map(template.questions.map((q) => [q.id, q]));
    const used = new Map<string, string>();
    const column = (field: string, header: string | undefined): number | undefined => {
      if (header === undefined) return undefined;
      const i = indexOf.get(header);
      if (i === undefined)
        error({
          row: table!.headerRow,
          column: field,
          key: 'surveyColumnUnknown',
          params: { value: header },
        });
      else if (used.has(header))
        error({ row: table!.headerRow, column: field, key: 'surveyColumnTwice', params: { value: header } });
      used.set(header, field);
      return i;
    };
    const questionColumns: [string, number][] = [];
    for (const [questionId, header] of Object.entries(input.mapping.questions)) {
      if (!questions.has(questionId)) {
        error({ row: 0, column: questionId, key: 'unknownQuestion' });
        continue;
      }
      const i = column(questionId, header);
      if (i !== undefined) questionColumns.push([questionId, i]);
    }
    if (!Object.keys(input.mapping.questions).length)
      error({ row: 0, column: '', key: 'surveyNoQuestionsMapped' });
    const link = {
      responseId: column('responseId', input.mapping.responseId),
      orderId: column('orderId', input.mapping.orderId),
      ticketNumber: column('ticketNumber', input.mapping.ticketNumber),
      phone: column('phone', input.mapping.phone),
      answeredAt: column('answeredAt', input.mapping.answeredAt),
    };
    const headerOf = (i: number) => headers[i]!;
    if (errorCount) return finish(summary, errors, errorCount);

    const findOrder = stmt(sqlite, 'SELECT id FROM orders WHERE storefront_id = ? AND external_id = ?');
    const findTicket = stmt(sqlite, 'SELECT id FROM tickets WHERE number = ?');
    const findCustomer = stmt(
      sqlite,
      "SELECT customer_id FROM customer_identities WHERE kind = 'phone' AND value = ?",
    );
    const seen = new Map<string, number>();
    for await (const { row, cells } of table.rows()) {
      const answers: SurveyAnswer[] = [];
      const columnOfQuestion = new Map<string, string>();
      let cellProblems = 0;
      for (const [questionId, i] of questionColumns) {
        columnOfQuestion.set(questionId, headerOf(i));
        const a = answerOfCell(questions.get(questionId)!, cells[i]);
        if (isProblem(a)) {
          cellProblems++;
          error({ row, column: headerOf(i), key: a.key, params: a.params });
        } else if (a) answers.push(a);
      }
      if (!answers.length && !cellProblems) {
        error({ row, column: '', key: 'surveyRowEmpty' });
        continue;
      }
      // Problems of the answers as a whole (a required question left empty, …), at the question's column.
      for (const p of checkSurveyAnswers(template, answers)) {
        if (errors.some((e) => e.row === row && e.column === columnOfQuestion.get(p.questionId))) continue;
        error({ row, column: columnOfQuestion.get(p.questionId) ?? p.questionId, key: p.key });
      }
      const cell = (i: number | undefined) => (i === undefined ? '' : cleanId(cells[i]));
      const responseRef = cell(link.responseId);
      const sourceKey = responseRef
        ? `${template.id}:id:${responseRef}`
        : `${template.id}:row:${createHash('sha256')
            .update(
              JSON.stringify(
                questionColumns
                  .map(([, i]) => cells[i] ?? '')
                  .concat(cell(link.answeredAt), cell(link.orderId), cell(link.phone)),
              ),
            )
            .digest('hex')
            .slice(0, 32)}`;
      if (responseRef) {
        const earlier = seen.get(responseRef);
        if (earlier !== undefined)
          error({
            row,
            column: headerOf(link.responseId!),
            key: 'surveyRowRepeated',
            params: { value: responseRef, row: earlier },
          });
        seen.set(responseRef, row);
      }
      let answeredAt = at;
      if (link.answeredAt !== undefined && cell(link.answeredAt)) {
        const parsed = parseDateTime(cells[link.answeredAt], zone);
        if (!parsed)
          error({
            row,
            column: headerOf(link.answeredAt),
            key: 'surveyDateCell',
            params: { value: cells[link.answeredAt] ?? '' },
          });
        else answeredAt = parsed;
      }
      const links: LinkRequest = { storefrontId: input.storefrontId };
      const orderRef = cell(link.orderId);
      if (orderRef) {
        const o = findOrder.get(input.storefrontId, orderRef) as { id: string } | undefined;
        if (o) links.orderId = o.id;
        else
          warn({
            row,
            column: headerOf(link.orderId!),
            key: 'surveyOrderUnknown',
            params: { value: orderRef },
          });
      }
      const ticketRef = cell(link.ticketNumber).replace(/^#/, '');
      if (ticketRef) {
        const t = /^\d+$/.test(ticketRef)
          ? (findTicket.get(Number(ticketRef)) as { id: string } | undefined)
          : undefined;
        if (t) links.ticketId = t.id;
        else
          warn({
            row,
            column: headerOf(link.ticketNumber!),
            key: 'surveyTicketUnknown',
            params: { value: ticketRef },
          });
      }
      const phone = normalizePhone(cell(link.phone) || null);
      if (phone && !links.orderId && !links.ticketId) {
        const c = findCustomer.get(phone) as { customer_id: string } | undefined;
        if (c) links.customerId = c.customer_id;
      }
      rows.push({ row, sourceKey, answers, answeredAt, links });
      io?.progress(table.bytesRead(), table.bytesTotal);
      if (io?.cancelled) throw new JobCancelled();
    }
  } finally {
    await table.close();
  }
  if (!rows.length && !errorCount) error({ row: table.headerRow, column: '', key: 'surveyNoRows' });
  if (errorCount) return finish(summary, errors, errorCount);

  const exists = stmt(sqlite, 'SELECT 1 FROM survey_responses WHERE source_key = ?');
  const write = () => {
    for (const r of rows) {
      if (io?.cancelled) throw new JobCancelled();
      if (exists.get(r.sourceKey)) {
        summary.unchanged++;
        continue;
      }
      let links;
      try {
        links = resolveLinks(sqlite, template.id, r.links);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        // A ticket of another storefront than the order named: keep the ticket's links, say so.
        warn({ row: r.row, column: '', key: 'surveyLinkWarning', params: { value: err.message } });
        links = resolveLinks(sqlite, template.id, { ...r.links, orderId: undefined });
      }
      const { followupTicketId } = writeResponse(
        sqlite,
        {
          template,
          links,
          channel: 'import',
          answeredAt: r.answeredAt,
          answers: r.answers,
          sourceKey: r.sourceKey,
        },
        at,
        zone,
      );
      summary.inserted++;
      if (links.orderId || links.ticketId || links.customerId) summary.linked++;
      if (followupTicketId) summary.followupTickets++;
    }
    if (summary.inserted)
      audit(sqlite, at, 'survey_import', template.id, 'import', {
        file: input.path,
        inserted: summary.inserted,
        unchanged: summary.unchanged,
      });
    // Last look before COMMIT. What follows COMMIT is synchronous, so a cancel the worker sees after it cannot
    // arrive: a cancelled job has always written nothing.
    if (io?.cancelled) throw new JobCancelled();
  };
  if (options.dryRun) {
    // Everything a real import would do, then rolled back: the counts and warnings are the real ones.
    const rollback = new Error('dry run');
    try {
      sqlite.transaction(() => {
        write();
        throw rollback;
      })();
    } catch (err) {
      if (err !== rollback) throw err;
    }
    return summary;
  }
  sqlite.transaction(write)();
  summary.written = true;
  return summary;
}
