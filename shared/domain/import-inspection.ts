import type { GenericImportSettings, GenericMapping } from './order-mapping';
import type { OrderFormat, OrderStatus } from './orders';

/**
 * What the column-mapping screen needs to know about one file before it is imported as a generic file: its
 * header row (found as the generic importer finds it), a few rows to show beside each column, and what
 * ChannelDesk already knows (a platform header, a mapping saved for this storefront, a suggestion).
 */
export interface FileInspection {
  /** Header cells as in the file (trimmed), including empty ones, in file order. */
  headers: string[];
  /** 1-based row of the header in the file. */
  headerRow: number;
  /** The first data rows (at most 5), cells as text. */
  sample: string[][];
  /** A known platform's export: it imports without a mapping ("detect automatically"). */
  detected: OrderFormat | null;
  /** The settings saved for this storefront and header row. */
  saved: GenericImportSettings | null;
  /** Columns pre-filled from their names. */
  suggested: GenericMapping;
  /** The column `distinctStatuses` were read from: the asked, saved or suggested status column; null without one. */
  statusHeader: string | null;
  /** Up to 20 distinct, trimmed values of that column in the first 1,000 data rows, in order of appearance. */
  distinctStatuses: string[];
  /** Those values the importer already understands without a value map (待发货, shipped, …). */
  recognisedStatuses: Record<string, OrderStatus>;
}
