import type { OpenTableOptions, TableRow } from './types';

export const DEFAULT_MAX_PREAMBLE_ROWS = 30;

export type HeaderSearch =
  | { found: true; header: TableRow; headers: string[] }
  | { found: false; reason: 'headerNotFound' | 'fileEmpty' };

export const isBlankRow = (cells: string[]): boolean => cells.every((cell) => cell.trim() === '');

/**
 * Reads rows until `findHeader` accepts one. Everything before it is preamble (report titles, Amazon's notes,
 * eBay's all-comma first line); after `maxPreambleRows` rows the file is refused rather than read to its end.
 * The iterator is left positioned just after the header, so the same stream goes on with the data rows.
 */
export async function searchHeader(
  rows: AsyncIterator<TableRow>,
  options: OpenTableOptions,
): Promise<HeaderSearch> {
  const limit = options.maxPreambleRows ?? DEFAULT_MAX_PREAMBLE_ROWS;
  let seen = 0;
  let sawText = false;
  for (;;) {
    const next = await rows.next();
    if (next.done) break;
    seen++;
    const cells = next.value.cells;
    if (!isBlankRow(cells)) {
      sawText = true;
      const headers = cells.map((cell) => cell.trim());
      if (options.findHeader(headers)) return { found: true, header: next.value, headers };
    }
    if (seen > limit) return { found: false, reason: 'headerNotFound' };
  }
  return { found: false, reason: sawText ? 'headerNotFound' : 'fileEmpty' };
}
