import type { FeeFileKind, ParsedFee } from '../../../../shared/domain/order-fees';
import type { FormatContext, RowIssue } from '../formats/types';
import type { TableRow } from '../read/types';

export interface FeeSink {
  fee(fee: ParsedFee): void;
  issue(issue: RowIssue): void;
}

export interface FeeAssembler {
  push(row: TableRow): void;
  finish(): void;
}

/**
 * One kind of fee file. Pure like the order formats: rows in, fees and issues out, no database; the importer
 * matches `orderExternalId` to the storefront's orders and reports the unknown ones ('feeOrderUnknown').
 */
export interface FeeFilePart {
  kind: FeeFileKind;
  /** True when these (normalized) header cells are this file's header row. */
  matches(headers: string[]): boolean;
  parse(headers: string[], ctx: FormatContext, sink: FeeSink): FeeAssembler;
}
