import { normalizeHeader } from '../formats/values';
import { amazonDateRange } from './amazon-date-range';
import { amazonSettlement } from './amazon-settlement';
import { shopifyPayments } from './shopify-payments';
import type { FeeFilePart } from './types';

export const feeFileParts: readonly FeeFilePart[] = [amazonSettlement, amazonDateRange, shopifyPayments];

/**
 * Which fee file a header row belongs to, or null: the importer then reports the file as 'feeFormatUnknown'.
 * Also the `findHeader` of openTable for fee files (`(cells) => detectFeeFile(cells) !== null`).
 */
export function detectFeeFile(headers: readonly string[]): FeeFilePart | null {
  const normalized = headers.map(normalizeHeader);
  return feeFileParts.find((part) => part.matches(normalized)) ?? null;
}
