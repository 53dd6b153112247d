import type { OrderStatus } from './orders';

/** What the order list can be sorted by; `placed_at` (newest first) is the default and the fast path. */
export const orderSorts = ['placed_at', 'total_paid', 'gross', 'units'] as const;
export type OrderSort = (typeof orderSorts)[number];
export type SortDirection = 'asc' | 'desc';

/**
 * The order list's filters. Dates are calendar days in the shop's time zone (the order's placed_date).
 * Yes/no filters: true keeps only such orders, false only the others, left out means both.
 */
export interface OrderFilters {
  storefrontIds?: string[];
  statuses?: OrderStatus[];
  from?: string;
  to?: string;
  hasRefund?: boolean;
  afterSales?: boolean;
  /** Orders with at least one line whose storefront code matched no SKU. */
  unmatched?: boolean;
  /** Orders at least one after-sales ticket is linked to. */
  hasTicket?: boolean;
  customerId?: string;
  skuId?: string;
  /** Order id (exact or prefix), buyer phone (exact), buyer name (prefix), SKU code, product or SKU name. */
  search?: string;
}

/** Columns the list can show; the chooser picks which, saved views remember the choice. */
export const orderColumns = [
  'placedAt',
  'storefront',
  'externalId',
  'status',
  'buyer',
  'phone',
  'units',
  'lines',
  'gross',
  'discounts',
  'totalPaid',
  'refunded',
  'unmatched',
] as const;
export type OrderColumn = (typeof orderColumns)[number];
export const defaultOrderColumns: OrderColumn[] = [
  'placedAt',
  'storefront',
  'externalId',
  'status',
  'buyer',
  'units',
  'totalPaid',
  'refunded',
];

/** One row of the list. Buyer fields are as the platform exported them: a masked phone stays masked. */
export interface OrderRow {
  id: string;
  storefrontId: string;
  storefrontName: string;
  externalId: string;
  placedAt: string;
  placedDate: string;
  status: OrderStatus;
  afterSales: boolean;
  buyerName: string | null;
  buyerPhone: string | null;
  units: number;
  lineCount: number;
  /** Minor units of the order currency: Σ unit price × quantity. */
  grossMinor: number;
  /** Seller-funded discounts: line discounts + order discount. */
  discountsMinor: number;
  totalPaidMinor: number;
  refundedMinor: number;
  currency: string;
  unmatchedLines: number;
}

/**
 * One page of the list. Counting stops at `countLimit` matches (a million-row count on every page turn
 * would cost more than the page): `totalCapped` then says "at least `total`".
 */
export interface OrderListPage {
  rows: OrderRow[];
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
}

/** A saved view of the order list: filters, sort and visible columns under a name. */
export interface OrderView {
  id: string;
  name: string;
  filters: OrderFilters;
  sort: OrderSort;
  direction: SortDirection;
  columns: OrderColumn[];
  updatedAt: string;
}

export interface OrderExportResult {
  path: string;
  rows: number;
}
