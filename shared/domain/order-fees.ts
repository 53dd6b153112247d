/**
 * Actual fees read from platform fee and settlement files, attached to imported orders (METRICS.md fees:
 * imported actual fees replace the storefront's fee rule for that order).
 */
export const feeKinds = ['commission', 'fba', 'payment', 'other'] as const;
export type FeeKind = (typeof feeKinds)[number];

/** The fee files ChannelDesk reads. */
export const feeFileKinds = ['amazon-settlement', 'amazon-date-range', 'shopify-payments'] as const;
export type FeeFileKind = (typeof feeFileKinds)[number];

export interface ParsedFee {
  /** The order as the platform names it (114-0000001-0000001, #1001): matched to orders.external_id. */
  orderExternalId: string;
  kind: FeeKind;
  /**
   * Minor units of `currency`, POSITIVE = a cost to the seller. Amazon writes fees as negatives and returned
   * fees (a refunded commission) as positives; both are turned round here, so a refund's returned commission
   * is a negative fee and the order's fees are simply the sum.
   */
  amountMinor: number;
  currency: string;
  /**
   * Stable across re-imports of the same data (even a re-downloaded or re-sorted file): the file kind, the
   * transaction's own identifying cells, the fee column or type, and an occurrence count for exact repeats.
   */
  sourceRef: string;
  /** 1-based row of the file, for messages. */
  row: number;
}
