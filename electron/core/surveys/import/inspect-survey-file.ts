import type { Sqlite } from '../../db/connection';
import { AppError } from '../../../../shared/api/result';
import type { SurveyImportInspection } from '../../../../shared/domain/survey-views';
import { firstFilledRow } from '../../orders/import/run-order-import';
import { openTable } from '../../orders/read/open-table';
import { TableReadError } from '../../orders/read/types';
import { requireTemplate } from '../repo';
import { suggestLinkColumns, suggestQuestionColumn } from './cells';

const SAMPLE_ROWS = 5;

/**
 * What the mapping screen shows before an import (orders' imports.inspectFile pattern): the header row, a few
 * rows beside it, and a suggested mapping — questions by their text in either language or id, the linking
 * columns by the names form tools give them. An unreadable file is INVALID_INPUT with the reader's key.
 */
export async function inspectSurveyFile(
  sqlite: Sqlite,
  templateId: string,
  file: string,
): Promise<SurveyImportInspection> {
  const template = requireTemplate(sqlite, templateId);
  let source;
  try {
    source = await openTable(file, { findHeader: firstFilledRow });
  } catch (err) {
    if (!(err instanceof TableReadError)) throw err;
    throw new AppError('INVALID_INPUT', `${file} cannot be read as a table (${err.key})`, {
      key: 'invalidInput',
      issues: [{ path: 'path', message: err.key }],
    });
  }
  try {
    const sample: string[][] = [];
    for await (const row of source.rows()) {
      sample.push(row.cells.map((c) => c.trim()));
      if (sample.length >= SAMPLE_ROWS) break;
    }
    const questions: Record<string, string> = {};
    const taken = new Set<string>();
    const links = suggestLinkColumns(source.headers);
    for (const h of Object.values(links)) taken.add(h);
    for (const q of template.questions) {
      const header = suggestQuestionColumn(
        q,
        source.headers.filter((h) => !taken.has(h)),
      );
      if (header) {
        questions[q.id] = header;
        taken.add(header);
      }
    }
    return {
      headers: source.headers,
      headerRow: source.headerRow,
      sample,
      suggested: { questions, ...links },
    };
  } finally {
    await source.close();
  }
}
