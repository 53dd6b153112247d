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
  private readonly firstRow = new Map<string, number>();
  private readonly reported = new Set<string>();
  private readonly groups: ConsecutiveGroups<TableRow>;

  constructor(idColumn: string, sink: Pick<FormatSink, 'issue'>, onOrder: (rows: TableRow[]) => void) {
    this.groups = new ConsecutiveGroups<TableRow>(
      (key, rows) => {
        this.firstRow.set(key, rows[0]!.row);
        onOrder(rows);
      },
      (key, row) => {
        if (this.reported.has(key)) return;
        this.reported.add(key);
        sink.issue(errorIssue(row.row, idColumn, 'orderRowsApart', { value: this.firstRow.get(key) ?? 0 }));
      },
    );
  }

  push(key: string, row: TableRow): void {
    this.groups.push(key, row);
  }

  finish(): void {
    this.groups.finish();
  }
}
