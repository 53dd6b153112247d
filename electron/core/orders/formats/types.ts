import type { OrderFormat, ParsedOrder } from '../../../../shared/domain/orders';
import type { TableRow } from '../read/types';

/** Which file of a platform's export this is: most platforms have one; Taobao and Etsy split orders and items. */
export type FilePart = 'orders' | 'items';

/** What a format needs to turn local times and bare amounts into ChannelDesk values. */
export interface FormatContext {
  /** IANA zone used for times written without an offset (the storefront's zone). */
  timezone: string;
  /** Currency for files that do not name one (the storefront's currency). */
  currency: string;
}

/** A problem at a row/column. Errors refuse the whole import; warnings are reported and do not block. */
export interface RowIssue {
  severity: 'error' | 'warning';
  row: number;
  column: string;
  key: string;
  params?: Record<string, string | number>;
}

export interface FormatSink {
  order(order: ParsedOrder): void;
  issue(issue: RowIssue): void;
}

/**
 * One part of one platform's export. Formats are pure: rows in, parsed orders and issues out, no database.
 * Rows arrive in file order; an assembler groups a platform's multi-row orders itself and must emit each
 * order exactly once (`finish` flushes the last one).
 */
export interface FormatPart {
  /** `generic`: the column-mapping importer (formats/generic.ts) for any other file. */
  format: OrderFormat | 'generic';
  part: FilePart;
  /** True when these (normalized, see normalizeHeader) header cells are this part's header row. */
  matches(headers: string[]): boolean;
}

export interface ItemsPart extends FormatPart {
  part: 'items';
  /** Collects item rows by order id, to be joined with the orders file. */
  collect(headers: string[], ctx: FormatContext, sink: Pick<FormatSink, 'issue'>): ItemsCollector;
}

export interface ItemsCollector {
  push(row: TableRow): void;
  /** Items keyed by the order id they belong to (already cleaned of tab/=""/' prefixes). */
  done(): Map<string, unknown[]>;
}

export interface OrdersPart extends FormatPart {
  part: 'orders';
  /** `items` is what the platform's items part collected (undefined when no items file was given). */
  assemble(
    headers: string[],
    ctx: FormatContext,
    sink: FormatSink,
    items?: Map<string, unknown[]>,
  ): OrdersAssembler;
}

export interface OrdersAssembler {
  push(row: TableRow): void;
  finish(): void;
}
