import type { TableRow } from '../read/types';
import { ConsecutiveGroups, errorIssue } from './columns';
import type { FormatSink } from './types';

/**
 * The consecutive rows of each order (Shopify, Amazon and eBay write one row per item), handed over once per
 * order. A key that comes back after its order was closed is reported once as `orderRowsApart`, naming the row
 * where the order started, and its late rows are dropped: emitting them as a second order would replace the
 * first half of the order in the database.
 */
export class GroupedOrderRows {
  private readonly reported = new Set<string>();
  private readonly groups: ConsecutiveGroups<TableRow>;

  constructor(idColumn: string, sink: Pick<FormatSink, 'issue'>, onOrder: (rows: TableRow[]) => void) {
    this.groups = new ConsecutiveGroups<TableRow>(
      (_key, rows) => onOrder(rows),
      (key, row, firstRow) => {
        if (this.reported.has(key)) return;
        this.reported.add(key);
        sink.issue(errorIssue(row.row, idColumn, 'orderRowsApart', { value: firstRow }));
      },
      (row) => row.row,
    );
  }

  push(key: string, row: TableRow): void {
    this.groups.push(key, row);
  }

  finish(): void {
    this.groups.finish();
  }
}
