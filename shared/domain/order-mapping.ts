import type { OrderStatus } from './orders';

/**
 * The generic order importer: any csv/xlsx with one row per line item, read through a column mapping the person
 * makes on the mapping screen (and that is saved per storefront and header row). Shared so the screen lists the
 * same fields, in the same order, as the importer reads.
 */
export const genericFields = [
  { field: 'externalId', level: 'order', required: true },
  { field: 'placedAt', level: 'order', required: true },
  { field: 'status', level: 'order', required: false },
  { field: 'currency', level: 'order', required: false },
  { field: 'sku', level: 'line', required: false },
  { field: 'title', level: 'line', required: false },
  { field: 'quantity', level: 'line', required: false },
  // One of unitPrice / lineTotal is required (see genericPriceFields).
  { field: 'unitPrice', level: 'line', required: false },
  { field: 'lineTotal', level: 'line', required: false },
  { field: 'lineDiscount', level: 'line', required: false },
  { field: 'orderDiscount', level: 'order', required: false },
  { field: 'shipping', level: 'order', required: false },
  { field: 'tax', level: 'order', required: false },
  { field: 'totalPaid', level: 'order', required: false },
  { field: 'refunded', level: 'order', required: false },
  { field: 'customerName', level: 'order', required: false },
  { field: 'phone', level: 'order', required: false },
  { field: 'email', level: 'order', required: false },
  { field: 'buyerId', level: 'order', required: false },
  { field: 'address', level: 'order', required: false },
  { field: 'city', level: 'order', required: false },
  { field: 'province', level: 'order', required: false },
  { field: 'zip', level: 'order', required: false },
  { field: 'country', level: 'order', required: false },
] as const satisfies readonly { field: string; level: 'order' | 'line'; required: boolean }[];

export type GenericField = (typeof genericFields)[number]['field'];

/** Either column gives the line's price: a unit price, or the line's amount before discounts (price × qty). */
export const genericPriceFields = ['unitPrice', 'lineTotal'] as const satisfies readonly GenericField[];

/** For each field, the header text of its column as the file writes it; unmapped fields are absent. */
export type GenericMapping = { [field in GenericField]?: string };

/** A mapping with what else the screen asks for; this is what is saved per storefront and header row. */
export interface GenericImportSettings {
  mapping: GenericMapping;
  /** The file's status texts → ChannelDesk statuses (compared trimmed, case-insensitive). */
  statusValues?: Record<string, OrderStatus>;
  /** Status of every order when no status column is mapped (default 'paid'). */
  defaultStatus?: OrderStatus;
  /** Dates such as 07/12/2025 are day first (UK/EU/AU files); default month first. */
  dayFirst?: boolean;
}
