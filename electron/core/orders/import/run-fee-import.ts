import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { newId, nowIso } from '../../../../shared/logic/ids';
import type { OrderImportSummary } from '../../../../shared/domain/orders';
import type { ParsedFee } from '../../../../shared/domain/order-fees';
import { readShop } from '../../pricing/raw-context';
import { refreshRollups } from '../rollups/refresh-rollups';
import { detectFeeFile } from '../fees/detect';
import { normalizeHeader } from '../formats/values';
import type { RowIssue } from '../formats/types';
import { openTable } from '../read/open-table';
import { TableReadError } from '../read/types';
import { IssueList } from './import-issues';
import { OrderImportCancelled, type ImportIo } from './run-order-import';

export interface FeeImportRequest {
  storefrontId: string;
  files: string[];
}

const TEXT_TYPES = ['.csv', '.txt', '.tsv', '.xlsx'];

/**
 * Attaches actual fees from settlement / transaction files to the storefront's imported orders, all or nothing.
 * Each fee is keyed by (order, source reference, kind), so re-importing the same or an overlapping file
 * changes nothing twice; orders.fees_minor becomes the sum of the order's fees (METRICS.md: imported fees
 * replace the fee rule). Fees naming an order that is not imported are reported as warnings and skipped:
 * settlements routinely cover orders from before the shop started importing.
 */
export async function importFeeFiles(
  sqlite: BetterSqlite3.Database,
  request: FeeImportRequest,
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
  const storefront = sqlite
    .prepare('SELECT id, currency, timezone FROM storefronts WHERE id = ?')
    .get(request.storefrontId) as { id: string; currency: string; timezone: string } | undefined;
  if (!storefront) {
    errors.add({ file: '', row: 0, column: '', key: 'storefrontUnknown' });
    return { ...summary, errors: errors.messages() };
  }
  const ctx = { timezone: storefront.timezone, currency: storefront.currency };
  const fees: (ParsedFee & { file: string })[] = [];
  const kinds = new Set<string>();
  const hash = createHash('sha256');

  for (const file of request.files) {
    const name = path.basename(file);
    const add = (i: RowIssue) => {
      const issue = {
        file: name,
        row: i.row,
        column: i.column,
        key: i.key,
        ...(i.params ? { params: i.params } : {}),
      };
      if (i.severity === 'error') errors.add(issue);
      else warnings.add(issue);
    };
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      add({ severity: 'error', row: 0, column: '', key: 'fileMissing' });
      continue;
    }
    if (!TEXT_TYPES.includes(path.extname(file).toLowerCase())) {
      add({ severity: 'error', row: 0, column: '', key: 'fileType' });
      continue;
    }
    try {
      const source = await openTable(file, { findHeader: (cells) => detectFeeFile(cells) !== null });
      try {
        const part = detectFeeFile(source.headers)!;
        kinds.add(part.kind);
        const assembler = part.parse(source.headers.map(normalizeHeader), ctx, {
          fee: (fee) => fees.push({ ...fee, file: name }),
          issue: add,
        });
        let n = 0;
        for await (const row of source.rows()) {
          assembler.push(row);
          if (++n % 2000 === 0) {
            if (io.cancelled) throw new OrderImportCancelled();
            io.progress(source.bytesRead(), source.bytesTotal);
          }
        }
        assembler.finish();
        // A header and nothing below it: refused like a catalog file, rather than an empty history entry.
        if (n === 0) add({ severity: 'error', row: source.headerRow, column: '', key: 'noRows' });
      } finally {
        await source.close();
      }
      for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
    } catch (err) {
      if (!(err instanceof TableReadError)) throw err;
      add({
        severity: 'error',
        row: err.row,
        column: '',
        key: err.key === 'headerNotFound' ? 'feeFormatUnknown' : err.key,
      });
    }
  }
  summary.format = null;
  if (errors.count) return { ...summary, errors: errors.messages(), warnings: warnings.messages() };

  const findOrder = sqlite.prepare(
    'SELECT id, currency FROM orders WHERE storefront_id = ? AND external_id = ?',
  );
  const findFee = sqlite.prepare(
    'SELECT id, amount_minor, currency FROM order_fees WHERE order_id = ? AND source_ref = ? AND kind = ?',
  );
  const insertFee = sqlite.prepare(
    `INSERT INTO order_fees (order_id, import_id, kind, amount_minor, currency, source_ref) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const updateFee = sqlite.prepare(
    'UPDATE order_fees SET amount_minor = ?, currency = ?, import_id = ? WHERE id = ?',
  );
  const sumFees = sqlite.prepare(
    'UPDATE orders SET fees_minor = (SELECT sum(amount_minor) FROM order_fees WHERE order_id = ?), updated_at = ? WHERE id = ?',
  );
  const shop = readShop(sqlite);
  const importId = newId();
  const at = nowIso();
  const touched = new Set<string>();
  const unknown = new Set<string>();

  sqlite.exec('BEGIN IMMEDIATE');
  try {
    sqlite
      .prepare(
        `INSERT INTO imports (id, kind, storefront_id, format, files, checksum, inserted, updated, unchanged, lines,
           warnings, actor_id, at) VALUES (?, 'fees', ?, ?, ?, ?, 0, 0, 0, 0, 0, ?, ?)`,
      )
      .run(
        importId,
        storefront.id,
        [...kinds].join('+'),
        JSON.stringify(request.files.map((f) => path.basename(f))),
        hash.digest('hex'),
        shop.actingStaffId,
        at,
      );
    for (const fee of fees) {
      const order = findOrder.get(storefront.id, fee.orderExternalId) as
        { id: string; currency: string } | undefined;
      if (!order) {
        if (!unknown.has(fee.orderExternalId)) {
          unknown.add(fee.orderExternalId);
          warnings.add({
            file: fee.file,
            row: fee.row,
            column: '',
            key: 'feeOrderUnknown',
            params: { value: fee.orderExternalId },
          });
        }
        continue;
      }
      if (fee.currency !== order.currency) {
        errors.add({
          file: fee.file,
          row: fee.row,
          column: '',
          key: 'orderCurrencyMismatch',
          params: { value: fee.currency, expected: order.currency },
        });
        continue;
      }
      const existing = findFee.get(order.id, fee.sourceRef, fee.kind) as
        { id: number; amount_minor: number; currency: string } | undefined;
      if (!existing) {
        insertFee.run(order.id, importId, fee.kind, fee.amountMinor, fee.currency, fee.sourceRef);
        summary.inserted++;
      } else if (existing.amount_minor !== fee.amountMinor || existing.currency !== fee.currency) {
        updateFee.run(fee.amountMinor, fee.currency, importId, existing.id);
        summary.updated++;
      } else {
        summary.unchanged++;
        continue;
      }
      touched.add(order.id);
    }
    if (errors.count || io.cancelled) {
      sqlite.exec('ROLLBACK');
      if (io.cancelled) throw new OrderImportCancelled();
      return {
        ...summary,
        inserted: 0,
        updated: 0,
        unchanged: 0,
        errors: errors.messages(),
        warnings: warnings.messages(),
      };
    }
    for (const id of touched) sumFees.run(id, at, id);
    // Actual fees replace the fee rule in the day sums of these orders: recompute them before COMMIT.
    refreshRollups(sqlite);
    sqlite
      .prepare('UPDATE imports SET inserted = ?, updated = ?, unchanged = ?, warnings = ? WHERE id = ?')
      .run(summary.inserted, summary.updated, summary.unchanged, warnings.count, importId);
    sqlite.exec('COMMIT');
  } finally {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
  }
  return { ...summary, importId, warnings: warnings.messages() };
}
