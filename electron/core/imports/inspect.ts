import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../../shared/api/result';
import type { FileInspection } from '../../../shared/domain/import-inspection';
import type { GenericImportSettings, GenericMapping } from '../../../shared/domain/order-mapping';
import type { OrderFormat, OrderStatus } from '../../../shared/domain/orders';
import { writeAudit } from '../audit/repo';
import type { Database } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { commonStatus, suggestMapping } from '../orders/formats/generic';
import { detectPart } from '../orders/formats/registry';
import { normalizeHeader } from '../orders/formats/values';
import { firstFilledRow } from '../orders/import/run-order-import';
import { loadMapping, mappingSignature, saveMapping } from '../orders/mappings';
import { openTable } from '../orders/read/open-table';
import { TableReadError, type TableSource } from '../orders/read/types';

const SAMPLE_ROWS = 5;
const STATUS_SCAN_ROWS = 1000;
const MAX_STATUSES = 20;

/** A file that cannot be read as a table is bad input naming the path, like every other refused file. */
async function open(file: string, findHeader: (cells: string[]) => boolean): Promise<TableSource> {
  try {
    return await openTable(file, { findHeader });
  } catch (err) {
    if (err instanceof TableReadError) {
      throw new AppError('INVALID_INPUT', `${file}: ${err.key}`, {
        key: 'invalidInput',
        issues: [{ path: 'path', message: err.key === 'headerNotFound' ? 'mappingHeaderMissing' : err.key }],
      });
    }
    throw err;
  }
}

/** The platform whose header the file has (after any preamble), as the automatic import would find it. */
async function detectFormat(file: string): Promise<OrderFormat | null> {
  let source: TableSource;
  try {
    source = await openTable(file, {
      findHeader: (cells) => detectPart(cells.map(normalizeHeader)) !== null,
    });
  } catch (err) {
    if (err instanceof TableReadError) return null;
    throw err;
  }
  await source.close();
  const format = detectPart(source.headers.map(normalizeHeader))?.format;
  return format && format !== 'generic' ? format : null;
}

/**
 * Reads the head of a file for the mapping screen. The header is found with the generic importer's own rule
 * (run-order-import's firstFilledRow), so the headers shown are exactly the ones a saved mapping is keyed by.
 * Only the first 1,000 rows are read: enough to list a file's status values, cheap on a 500,000-row export.
 */
export async function inspectFile(
  sqlite: BetterSqlite3.Database,
  storefrontId: string,
  file: string,
  statusHeader?: string,
): Promise<FileInspection> {
  const detected = await detectFormat(file);
  const source = await open(file, firstFilledRow);
  try {
    const { headers } = source;
    const saved = loadMapping(sqlite, storefrontId, headers);
    const suggested = suggestMapping(headers);
    const statusColumn = statusHeader ?? saved?.mapping.status ?? suggested.status ?? null;
    const statusIndex =
      statusColumn === null
        ? -1
        : headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(statusColumn));
    const sample: string[][] = [];
    const statuses = new Set<string>();
    let scanned = 0;
    for await (const row of source.rows()) {
      if (sample.length < SAMPLE_ROWS) sample.push(row.cells.map((c) => c.trim()));
      const status = statusIndex >= 0 ? (row.cells[statusIndex] ?? '').trim() : '';
      if (status && statuses.size < MAX_STATUSES) statuses.add(status);
      if (++scanned >= STATUS_SCAN_ROWS || (sample.length >= SAMPLE_ROWS && statusIndex < 0)) break;
    }
    const distinctStatuses = [...statuses];
    const recognisedStatuses: Record<string, OrderStatus> = {};
    for (const value of distinctStatuses) {
      const status = commonStatus(value);
      if (status) recognisedStatuses[value] = status;
    }
    return {
      headers,
      headerRow: source.headerRow,
      sample,
      detected,
      saved,
      suggested,
      statusHeader: statusIndex >= 0 ? headers[statusIndex]! : null,
      distinctStatuses,
      recognisedStatuses,
    };
  } finally {
    await source.close();
  }
}

/** Only mapped fields (a blank choice means "not in this file"), header texts trimmed. */
function cleanMapping(mapping: GenericMapping): GenericMapping {
  const clean: GenericMapping = {};
  for (const [field, header] of Object.entries(mapping) as [keyof GenericMapping, string | undefined][]) {
    if (header?.trim()) clean[field] = header.trim();
  }
  return clean;
}

/**
 * Saves the settings for this storefront and header row. The input schema (saveMappingSchema) has already
 * refused, by field, unknown columns and the fields checkMapping requires, with the same genericFields list.
 */
export async function saveImportMapping(
  db: Kysely<Database>,
  sqlite: BetterSqlite3.Database,
  input: { storefrontId: string; headers: string[]; settings: GenericImportSettings },
): Promise<GenericImportSettings> {
  const settings: GenericImportSettings = {
    ...input.settings,
    mapping: cleanMapping(input.settings.mapping),
  };
  return inTransaction(db, async (trx) => {
    const shop = await trx
      .selectFrom('storefronts')
      .select('id')
      .where('id', '=', input.storefrontId)
      .executeTakeFirst();
    if (!shop) throw notFound('storefront', input.storefrontId);
    // Same connection as the transaction (one SQLite handle), so this write commits or rolls back with it.
    saveMapping(sqlite, input.storefrontId, input.headers, settings);
    await writeAudit(trx, {
      entity: 'importMapping',
      entityId: input.storefrontId,
      action: 'save',
      detail: { signature: mappingSignature(input.headers), fields: Object.keys(settings.mapping) },
    });
    return settings;
  });
}
