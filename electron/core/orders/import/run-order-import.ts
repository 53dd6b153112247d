import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { newId, nowIso } from '../../../../shared/logic/ids';
import type {
  OrderFormat,
  OrderFormatChoice,
  OrderImportIssue,
  OrderImportSummary,
} from '../../../../shared/domain/orders';
import { readShop } from '../../pricing/raw-context';
import { openTable } from '../read/open-table';
import { TableReadError, type TableRow, type TableSource } from '../read/types';
import { detectPart, isItemsPart } from '../formats/registry';
import { normalizeHeader } from '../formats/values';
import { checkMapping, genericOrdersPart } from '../formats/generic';
import { loadMapping } from '../mappings';
import type { FormatContext, FormatSink, ItemsPart, OrdersPart } from '../formats/types';
import { IssueList } from './import-issues';
import { OrderWriter } from './write-orders';
import { refreshCustomerStats } from '../../customers/stats';
import { refreshRollups } from '../rollups/refresh-rollups';
import { refreshAttributionForDirtyDays } from '../../promotions/attribution';

export interface OrderImportRequest {
  storefrontId: string;
  files: string[];
  format: OrderFormatChoice;
}

export interface ImportIo {
  progress(done: number, total: number): void;
  readonly cancelled: boolean;
}

export class OrderImportCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'OrderImportCancelled';
  }
}

interface OpenedFile {
  file: string;
  name: string;
  source: TableSource;
  part: OrdersPart | ItemsPart;
}

const TEXT_TYPES = ['.csv', '.txt', '.tsv', '.xlsx'];

/** sha256 over the files' bytes, streamed: the history shows when the very same export comes back. */
async function checksumOf(files: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) {
    for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

function storefrontOf(sqlite: BetterSqlite3.Database, id: string) {
  return sqlite
    .prepare('SELECT id, name, platform, currency, timezone FROM storefronts WHERE id = ?')
    .get(id) as
    { id: string; name: string; platform: string; currency: string; timezone: string } | undefined;
}

/** A generic file's header: its first row with at least two filled cells (such files have no preamble). */
export const firstFilledRow = (cells: string[]) => cells.filter((c) => c.trim() !== '').length >= 2;

/**
 * A generic file through the column mapping saved for its header row on this storefront (the mapping screen
 * saves it); without one the file is refused with `mappingMissing`, naming nothing written.
 */
async function openGeneric(
  sqlite: BetterSqlite3.Database,
  storefrontId: string,
  file: string,
  name: string,
  errors: IssueList,
): Promise<OpenedFile | null> {
  const source = await openTable(file, { findHeader: firstFilledRow });
  const settings = loadMapping(sqlite, storefrontId, source.headers);
  const issues = settings ? checkMapping(settings.mapping, source.headers) : [];
  if (!settings || issues.length) {
    await source.close();
    if (!settings) errors.add({ file: name, row: source.headerRow, column: '', key: 'mappingMissing' });
    for (const i of issues)
      errors.add({
        file: name,
        row: source.headerRow,
        column: i.column,
        key: i.key,
        ...(i.params ? { params: i.params } : {}),
      });
    return null;
  }
  return { file, name, source, part: genericOrdersPart(settings) };
}

/** Opens each file at its header and tells which platform part it is; problems become file-level issues. */
async function openFiles(
  sqlite: BetterSqlite3.Database,
  storefrontId: string,
  files: string[],
  format: OrderFormatChoice,
  errors: IssueList,
): Promise<OpenedFile[]> {
  const opened: OpenedFile[] = [];
  const wanted: OrderFormat | undefined = format === 'auto' || format === 'generic' ? undefined : format;
  for (const file of files) {
    const name = path.basename(file);
    const fileIssue = (key: string, params?: Record<string, string | number>, row = 0) =>
      errors.add({ file: name, row, column: '', key, ...(params ? { params } : {}) });
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      fileIssue('fileMissing');
      continue;
    }
    if (!TEXT_TYPES.includes(path.extname(file).toLowerCase())) {
      fileIssue('fileType');
      continue;
    }
    try {
      if (format === 'generic') {
        const generic = await openGeneric(sqlite, storefrontId, file, name, errors);
        if (generic) opened.push(generic);
        continue;
      }
      const source = await openTable(file, {
        findHeader: (cells) => detectPart(cells.map(normalizeHeader)) !== null,
      });
      const headers = source.headers.map(normalizeHeader);
      const part = detectPart(headers, wanted);
      if (!part) {
        const found = detectPart(headers);
        await source.close();
        fileIssue(
          'orderFormatMismatch',
          { found: found?.format ?? '?', expected: wanted ?? '?' },
          source.headerRow,
        );
        continue;
      }
      opened.push({ file, name, source, part });
    } catch (err) {
      if (err instanceof TableReadError) {
        fileIssue(err.key === 'headerNotFound' ? 'orderFormatUnknown' : err.key, undefined, err.row);
      } else throw err;
    }
  }
  const formats = new Set(opened.map((o) => o.part.format));
  if (formats.size > 1) {
    for (const o of opened.slice(1)) {
      if (o.part.format !== opened[0]!.part.format) {
        errors.add({
          file: o.name,
          row: o.source.headerRow,
          column: '',
          key: 'orderFormatMismatch',
          params: { found: o.part.format, expected: opened[0]!.part.format },
        });
      }
    }
  }
  for (const o of opened.filter((x) => isItemsPart(x.part))) {
    if (!opened.some((x) => x.part.part === 'orders' && x.part.format === o.part.format)) {
      errors.add({ file: o.name, row: 0, column: '', key: 'orderItemsWithoutOrders' });
    }
  }
  return opened;
}

/**
 * Imports one storefront's export files (one platform; a Taobao or Etsy pair counts as one export) all or
 * nothing. Files are opened and detected first; item files are collected; then the orders file streams
 * through its platform assembler into the OrderWriter inside ONE transaction. Any error anywhere means
 * ROLLBACK, so a rejected file, a cancel or a killed process leaves the database exactly as it was.
 * Parsing continues after the first error so the person sees every problem at once.
 */
export async function importOrderFiles(
  sqlite: BetterSqlite3.Database,
  request: OrderImportRequest,
  io: ImportIo,
): Promise<OrderImportSummary> {
  const summary: OrderImportSummary = {
    importId: null,
    format: null,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    lines: 0,
    unmatchedSkus: [],
    warnings: [],
    errors: [],
  };
  const errors = new IssueList();
  const warnings = new IssueList();
  const storefront = storefrontOf(sqlite, request.storefrontId);
  if (!storefront) {
    errors.add({ file: '', row: 0, column: '', key: 'storefrontUnknown' });
    return { ...summary, errors: errors.messages() };
  }
  const opened = await openFiles(sqlite, storefront.id, request.files, request.format, errors);
  const closeAll = () => Promise.all(opened.map((o) => o.source.close()));
  try {
    if (errors.count || !opened.length) {
      if (!opened.length && !errors.count) errors.add({ file: '', row: 0, column: '', key: 'fileMissing' });
      return { ...summary, errors: errors.messages() };
    }
    summary.format = opened[0]!.part.format;
    const shop = readShop(sqlite);
    const ctx: FormatContext = { timezone: storefront.timezone, currency: storefront.currency };
    const checksum = await checksumOf(opened.map((o) => o.file));
    const previous = sqlite
      .prepare('SELECT at FROM imports WHERE checksum = ? AND storefront_id = ? ORDER BY at DESC LIMIT 1')
      .get(checksum, storefront.id) as { at: string } | undefined;
    if (previous) {
      warnings.add({
        file: opened[0]!.name,
        row: 0,
        column: '',
        key: 'importRepeated',
        params: { value: previous.at },
      });
    }

    const totalBytes = opened.reduce((n, o) => n + o.source.bytesTotal, 0);
    let doneBytes = 0;
    let rowsSinceTick = 0;
    const tick = (source: TableSource) => {
      if (++rowsSinceTick < 2000) return;
      rowsSinceTick = 0;
      if (io.cancelled) throw new OrderImportCancelled();
      io.progress(doneBytes + source.bytesRead(), totalBytes);
    };

    // Items files first: the orders file's assembler joins them by order id.
    const items = new Map<string, Map<string, unknown[]>>();
    for (const o of opened) {
      if (!isItemsPart(o.part)) continue;
      const sink = { issue: (i: Parameters<FormatSink['issue']>[0]) => collect(i, o.name) };
      const collector = o.part.collect(o.source.headers.map(normalizeHeader), ctx, sink);
      await readRows(o, (row) => {
        collector.push(row);
        tick(o.source);
      });
      const collected = collector.done();
      const into = items.get(o.part.format) ?? new Map<string, unknown[]>();
      for (const [k, v] of collected) into.set(k, [...(into.get(k) ?? []), ...v]);
      items.set(o.part.format, into);
      doneBytes += o.source.bytesTotal;
    }

    /** Streams a file's rows; a file that turns out unreadable further down (a 10 MB cell, a quote never closed) is one more error. */
    async function readRows(o: OpenedFile, push: (row: TableRow) => void): Promise<boolean> {
      try {
        for await (const row of o.source.rows()) push(row);
        return true;
      } catch (err) {
        if (!(err instanceof TableReadError)) throw err;
        errors.add({ file: o.name, row: err.row, column: '', key: err.key });
        return false;
      }
    }

    function collect(issue: Parameters<FormatSink['issue']>[0], file: string) {
      const full: OrderImportIssue = {
        file,
        row: issue.row,
        column: issue.column,
        key: issue.key,
        ...(issue.params ? { params: issue.params } : {}),
      };
      if (issue.severity === 'error') errors.add(full);
      else warnings.add(full);
    }

    const at = nowIso();
    const importId = newId();
    sqlite.exec('BEGIN IMMEDIATE');
    let committed = false;
    try {
      sqlite
        .prepare(
          `INSERT INTO imports (id, kind, storefront_id, format, files, checksum, inserted, updated, unchanged, lines,
             warnings, actor_id, at) VALUES (?, 'orders', ?, ?, ?, ?, 0, 0, 0, 0, 0, ?, ?)`,
        )
        .run(
          importId,
          storefront.id,
          summary.format,
          JSON.stringify(opened.map((o) => o.name)),
          checksum,
          shop.actingStaffId,
          at,
        );
      const writer = new OrderWriter(sqlite, {
        storefrontId: storefront.id,
        platform: storefront.platform,
        shopTimezone: shop.timezone,
        importId,
        at,
      });
      for (const o of opened) {
        if (isItemsPart(o.part)) continue;
        // Rows of one order belong together; an id seen earlier in the same file means the export was
        // re-sorted, and silently replacing the first half of the order would lose lines.
        const seen = new Map<string, number>();
        const sink: FormatSink = {
          issue: (i) => collect(i, o.name),
          order: (order) => {
            const first = seen.get(order.externalId);
            if (first !== undefined) {
              collect(
                {
                  severity: 'error',
                  row: order.row,
                  column: '',
                  key: 'orderRowsApart',
                  params: { value: first },
                },
                o.name,
              );
              return;
            }
            seen.set(order.externalId, order.row);
            if (errors.count) return;
            summary[writer.write(order)]++;
          },
        };
        const assembler = o.part.assemble(
          o.source.headers.map(normalizeHeader),
          ctx,
          sink,
          items.get(o.part.format),
        );
        let rows = 0;
        const readToEnd = await readRows(o, (row) => {
          rows++;
          assembler.push(row);
          // This file's share alone (not the items file read before it): a later file only adds orders, so the
          // estimate of the orders to come errs low, towards keeping the indexes.
          if (rows % 2000 === 0 && o.source.bytesTotal > 0)
            writer.deferIndexesIfWorthIt(o.source.bytesRead() / o.source.bytesTotal);
          tick(o.source);
        });
        assembler.finish();
        // A header and nothing below it: refused like a catalog file, rather than an empty history entry.
        if (!rows && readToEnd)
          collect({ severity: 'error', row: o.source.headerRow, column: '', key: 'noRows' }, o.name);
        doneBytes += o.source.bytesTotal;
      }
      if (io.cancelled) throw new OrderImportCancelled();
      if (errors.count) {
        sqlite.exec('ROLLBACK');
        committed = true;
        return {
          ...summary,
          inserted: 0,
          updated: 0,
          unchanged: 0,
          errors: errors.messages(),
          warnings: warnings.messages(),
        };
      }
      writer.finish();
      // Customer figures and RFM scores commit (or roll back) with the orders that changed them.
      refreshCustomerStats(sqlite, writer.touchedCustomers, { at });
      // Campaigns meeting the days these orders fall on attribute them again (it reads the day marks, so first).
      refreshAttributionForDirtyDays(sqlite);
      // The days these orders fall on get their rollup rows recomputed in the same transaction.
      refreshRollups(sqlite);
      summary.lines = writer.lines;
      summary.unmatchedSkus = [...writer.unmatchedCodes].sort();
      sqlite
        .prepare(
          'UPDATE imports SET inserted = ?, updated = ?, unchanged = ?, lines = ?, warnings = ? WHERE id = ?',
        )
        .run(summary.inserted, summary.updated, summary.unchanged, summary.lines, warnings.count, importId);
      sqlite.exec('COMMIT');
      committed = true;
      io.progress(totalBytes, totalBytes);
      return { ...summary, importId, warnings: warnings.messages() };
    } finally {
      if (!committed && sqlite.inTransaction) sqlite.exec('ROLLBACK');
    }
  } finally {
    await closeAll();
  }
}
